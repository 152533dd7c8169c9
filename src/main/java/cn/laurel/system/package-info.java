/**
 * Cross-cutting configuration: security, errors, languages, the database.
 * <p>
 * Other modules use only the types of this package; its sub-packages (such as {@code web}) are its own.
 */
@ApplicationModule(allowedDependencies = {})
package cn.laurel.system;

import org.springframework.modulith.ApplicationModule;
