/**
 * The office's 初审 desk and reminders.
 * <p>
 * Other modules use only the types of this package; its sub-packages (such as {@code web}) are its own.
 */
@ApplicationModule(allowedDependencies = { "campaign", "documents", "nomination", "notification", "org", "system" })
package cn.laurel.review;

import org.springframework.modulith.ApplicationModule;
