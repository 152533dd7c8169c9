/**
 * Telling people what waits for them: notices, e-mail and push.
 * <p>
 * Other modules use only the types of this package; its sub-packages (such as {@code web}) are its own.
 */
@ApplicationModule(allowedDependencies = { "campaign", "nomination", "org", "system" })
package cn.laurel.notification;

import org.springframework.modulith.ApplicationModule;
