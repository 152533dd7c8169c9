/**
 * Units, accounts, roles and sign-in.
 * <p>
 * Other modules use only the types of this package; its sub-packages (such as {@code web}) are its own.
 */
@ApplicationModule(allowedDependencies = { "audit", "system" })
package cn.laurel.org;

import org.springframework.modulith.ApplicationModule;
