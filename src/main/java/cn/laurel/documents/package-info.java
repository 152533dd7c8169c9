/**
 * Office paperwork: forms, 公文, workbooks and fonts, with no knowledge of the domain.
 * <p>
 * Other modules use only the types of this package; its sub-packages (such as {@code web}) are its own.
 */
@ApplicationModule(allowedDependencies = {})
package cn.laurel.documents;

import org.springframework.modulith.ApplicationModule;
