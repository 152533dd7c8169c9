/**
 * The local demo campaign.
 * <p>
 * Other modules use only the types of this package; its sub-packages (such as {@code web}) are its own.
 */
@ApplicationModule(allowedDependencies = { "award", "campaign", "nomination", "org", "publicity", "scoring", "system", "voting" })
package cn.laurel.demo;

import org.springframework.modulith.ApplicationModule;
