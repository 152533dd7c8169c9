/**
 * Nominations from draft through endorsement and 初审 to honour.
 * <p>
 * Other modules use only the types of this package; its sub-packages (such as {@code web}) are its own.
 */
@ApplicationModule(allowedDependencies = { "audit", "calendar", "campaign", "documents", "org", "system" })
package cn.laurel.nomination;

import org.springframework.modulith.ApplicationModule;
