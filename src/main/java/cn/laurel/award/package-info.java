/**
 * The decision (审定), certificates, the honour roll and the filing package.
 * <p>
 * Other modules use only the types of this package; its sub-packages (such as {@code web}) are its own.
 */
@ApplicationModule(allowedDependencies = { "campaign", "documents", "nomination", "org", "publicity", "system" })
package cn.laurel.award;

import org.springframework.modulith.ApplicationModule;
