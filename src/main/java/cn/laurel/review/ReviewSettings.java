package cn.laurel.review;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the office is reminded and warned.
 *
 * @param overdueDays a chain step waiting longer than this many days is shown as overdue
 * @param reminderDays units below their minimum are reminded this many days before the
 * nomination window ends (and every day after, until it ends)
 */
@ConfigurationProperties("laurel.review")
public record ReviewSettings(@DefaultValue("3") int overdueDays, @DefaultValue("3") int reminderDays) {
}
