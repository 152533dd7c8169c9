/**
 * Events an office plans, fills with people by quota, runs on the day and reports on: the 政务开放日 of seed 004 and
 * a campaign's 发布仪式.
 * <p>
 * Other modules use only the types of this package; its sub-packages (such as {@code web}) are its own.
 */
@ApplicationModule(allowedDependencies = { "audit", "award", "campaign", "documents", "org", "publicity", "system" })
package cn.laurel.event;

import org.springframework.modulith.ApplicationModule;
