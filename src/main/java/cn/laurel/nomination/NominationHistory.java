package cn.laurel.nomination;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * What happened to a nomination: the entries its sheet shows, only ever added to, and what saving it publishes: the
 * audit event of each entry made since it was read, and who must act or hear of it.
 */
final class NominationHistory {

	/** Actions that bring a nomination to a step of its chain. */
	private static final Set<String> ARRIVALS = Set.of("submitted", "resubmitted", "endorsed");

	private final List<HistoryEntry> entries;

	/** How many of the entries are stored: the rest are appended when the nomination is saved. */
	private final int stored;

	private final List<NominationEvents.Changed> events = new ArrayList<>();

	/** What happened to whom, once the subject (its id, its nominee) is known after saving. */
	private final List<Function<NominationEvents.Subject, NominationEvents.Transition>> transitions = new ArrayList<>();

	NominationHistory(List<HistoryEntry> entries) {
		this.entries = new ArrayList<>(entries);
		this.stored = entries.size();
	}

	/** The same history for the nomination saved as {@code id}, keeping what it has yet to publish. */
	NominationHistory savedAs(long id) {
		NominationHistory saved = new NominationHistory(this.entries);
		this.events.stream().map(event -> event.withId(id)).forEach(saved.events::add);
		saved.transitions.addAll(this.transitions);
		return saved;
	}

	void record(String action, String actor, Instant now, NominationStatus from, NominationStatus to, String reason,
			Long nominationId, long campaignId) {
		String trimmed = reason == null || reason.isBlank() ? null : reason.strip();
		this.entries.add(new HistoryEntry(now, actor, action, from, to, trimmed));
		this.events.add(new NominationEvents.Changed("nomination." + action, nominationId == null ? 0 : nominationId,
				campaignId, from, to, trimmed));
	}

	void tell(Function<NominationEvents.Subject, NominationEvents.Transition> transition) {
		this.transitions.add(transition);
	}

	/** When it last reached a step of its chain. */
	Optional<Instant> lastArrival() {
		for (int i = this.entries.size() - 1; i >= 0; i--) {
			if (ARRIVALS.contains(this.entries.get(i).action())) {
				return Optional.of(this.entries.get(i).at());
			}
		}
		return Optional.empty();
	}

	List<HistoryEntry> entries() {
		return List.copyOf(this.entries);
	}

	/** The entries made since it was read, with their positions from {@link #storedCount()}. */
	List<HistoryEntry> unsaved() {
		return List.copyOf(this.entries.subList(this.stored, this.entries.size()));
	}

	int storedCount() {
		return this.stored;
	}

	List<NominationEvents.Changed> events() {
		return List.copyOf(this.events);
	}

	/** When the latest entry was made; {@code null} before the first. */
	Instant lastAt() {
		return this.entries.isEmpty() ? null : this.entries.get(this.entries.size() - 1).at();
	}

	List<NominationEvents.Transition> transitions(NominationEvents.Subject subject) {
		return this.transitions.stream().map(transition -> transition.apply(subject)).toList();
	}

}
