package cn.laurel.system;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

/**
 * The instance's clock: Beijing time, which the local demo may move to a day in the past while it plays a
 * campaign's earlier stages through the workflow, and puts back when it is done. Time keeps running from the day
 * moved to, so that what follows is recorded in order.
 */
public final class InstanceClock extends Clock {

	private final Clock system;

	private volatile Duration offset = Duration.ZERO;

	InstanceClock(Clock system) {
		this.system = system;
	}

	/** From now on the time is {@code day} at {@code time}, running on. */
	public void moveTo(LocalDate day, LocalTime time) {
		this.offset = Duration.between(this.system.instant(), day.atTime(time).atZone(getZone()).toInstant());
	}

	/** Back to the real time. */
	public void reset() {
		this.offset = Duration.ZERO;
	}

	@Override
	public ZoneId getZone() {
		return this.system.getZone();
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return Clock.offset(this.system.withZone(zone), this.offset);
	}

	@Override
	public Instant instant() {
		return this.system.instant().plus(this.offset);
	}

}
