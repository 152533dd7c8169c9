/**
 * Public online voting.
 * <p>
 * Other modules use only the types of this package; its sub-packages (such as {@code web}) are its own.
 */
@ApplicationModule(allowedDependencies = { "audit", "campaign", "documents", "nomination", "org", "scoring", "system" })
package cn.laurel.voting;

import org.springframework.modulith.ApplicationModule;
