/**
 * The tamper-evident audit trail of every audited action.
 * <p>
 * Other modules use only the types of this package; its sub-packages (such as {@code web}) are its own.
 */
@ApplicationModule(allowedDependencies = { "system" })
package cn.laurel.audit;

import org.springframework.modulith.ApplicationModule;
