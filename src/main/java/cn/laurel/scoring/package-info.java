/**
 * Panels, judges' sheets, weights and the shortlist.
 * <p>
 * Other modules use only the types of this package; its sub-packages (such as {@code web}) are its own.
 */
@ApplicationModule(allowedDependencies = { "audit", "campaign", "documents", "nomination", "org", "publicity", "system" })
package cn.laurel.scoring;

import org.springframework.modulith.ApplicationModule;
