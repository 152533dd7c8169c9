package cn.laurel.nomination;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import cn.laurel.campaign.Violation;

/** The flags the office must clear in writing before 初审 passes a nomination; cleared ones stay as the record. */
record Flags(List<Flag> all) {

	Flags {
		all = List.copyOf(all);
	}

	/** At a submission: the open flags give way to those raised now, except what was cleared already. */
	Flags raisedAnew(List<Flag> raised) {
		List<Flag> cleared = this.all.stream().filter(Flag::isCleared).toList();
		return new Flags(Stream.concat(cleared.stream(),
				raised.stream().filter(flag -> cleared.stream().noneMatch(kept -> kept.sameAs(flag))))
			.toList());
	}

	Flags with(Flag flag) {
		return this.all.stream().anyMatch(kept -> kept.sameAs(flag)) ? this
				: new Flags(Stream.concat(this.all.stream(), Stream.of(flag)).toList());
	}

	Flags cleared(int index, String actor, Instant now, String reason) {
		if (index < 0 || index >= this.all.size() || this.all.get(index).isCleared()) {
			throw new NominationRefused(List.of(Violation.of("flags", "nomination.rule.no-such-flag")));
		}
		List<Flag> flags = new ArrayList<>(this.all);
		flags.set(index, flags.get(index).clear(actor, now, reason));
		return new Flags(flags);
	}

	void requireAllCleared() {
		if (anyOpen()) {
			throw new NominationRefused(List.of(Violation.of("flags", "nomination.rule.flags-not-cleared")));
		}
	}

	boolean anyOpen() {
		return this.all.stream().anyMatch(flag -> !flag.isCleared());
	}

}
