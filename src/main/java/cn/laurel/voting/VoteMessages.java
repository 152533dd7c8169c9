package cn.laurel.voting;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Says in the voter's language which rule or limit refused a vote and when they may vote again. */
@Component
public class VoteMessages {

	private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");

	private static final DateTimeFormatter SECOND = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	private final MessageSource messages;

	private final Clock clock;

	public VoteMessages(MessageSource messages, Clock clock) {
		this.messages = messages;
		this.clock = clock;
	}

	public String refusal(Admission.Refused refused, Locale locale) {
		String rule = this.messages.getMessage(refused.rule().messageKey(), new Object[] { refused.limit() }, locale);
		if (refused.rule() == VoteRule.WINDOW_CLOSED) {
			return rule;
		}
		String next = (refused.nextChance() != null)
				? this.messages.getMessage("voting.next-chance", new Object[] { time(refused.nextChance()) }, locale)
				: this.messages.getMessage("voting.no-next-chance", null, locale);
		return rule + next;
	}

	public String limited(RateLimits.Exceeded exceeded, Locale locale) {
		return this.messages.getMessage(exceeded.limit().messageKey(), new Object[] { exceeded.retryAfterSeconds() },
				locale);
	}

	/** Beijing time to the minute; public so that templates can call it. */
	public String time(Instant instant) {
		return MINUTE.format(instant.atZone(this.clock.getZone()));
	}

	/**
	 * The end of a window as people say it: a window closing at midnight closes at 24:00 of its last day
	 * (the day the organiser scheduled), not at 00:00 of the next.
	 */
	public String closingTime(Instant instant) {
		ZonedDateTime at = instant.atZone(this.clock.getZone());
		if (at.toLocalTime().equals(LocalTime.MIDNIGHT)) {
			return DAY.format(at.minusDays(1)) + " 24:00";
		}
		return MINUTE.format(at);
	}

	/** Beijing time to the second, for the fraud screen. */
	public String exactTime(Instant instant) {
		return SECOND.format(instant.atZone(this.clock.getZone()));
	}

}
