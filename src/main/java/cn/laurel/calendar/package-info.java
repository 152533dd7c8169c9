/**
 * Working days and the State Council's holiday notices.
 * <p>
 * Other modules use only the types of this package; its sub-packages (such as {@code web}) are its own.
 */
@ApplicationModule(allowedDependencies = { "audit", "system" })
package cn.laurel.calendar;

import org.springframework.modulith.ApplicationModule;
