/**
 * The 公示 and its objections.
 * <p>
 * Other modules use only the types of this package; its sub-packages (such as {@code web}) are its own.
 */
@ApplicationModule(allowedDependencies = { "audit", "calendar", "campaign", "documents", "nomination", "org", "system" })
package cn.laurel.publicity;

import org.springframework.modulith.ApplicationModule;
