/**
 * A campaign: its stages, categories, quotas, forms, chains, rules and templates.
 * <p>
 * Other modules use only the types of this package; its sub-packages (such as {@code web}) are its own.
 */
@ApplicationModule(allowedDependencies = { "audit", "documents", "org", "system" })
package cn.laurel.campaign;

import org.springframework.modulith.ApplicationModule;
