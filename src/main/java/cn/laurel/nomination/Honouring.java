package cn.laurel.nomination;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import static cn.laurel.nomination.NominationStore.actor;

/**
 * The end of selection: the decision (审定) honours its candidates, which become 已表彰 in the decision's
 * transaction. The decision was authorised where it was made; a nomination that is no longer a candidate is left
 * as it is.
 */
@Component
class Honouring {

	private final NominationStore store;

	private final Nominations nominations;

	Honouring(NominationStore store, Nominations nominations) {
		this.store = store;
		this.nominations = nominations;
	}

	@EventListener
	@Transactional
	void honour(HonourDecision decision) {
		for (long id : decision.honouredNominationIds()) {
			this.nominations.findById(id)
				.filter(nomination -> nomination.getStatus() == NominationStatus.CANDIDATE)
				.ifPresent(nomination -> {
					nomination.honour(actor(), this.store.now());
					this.store.store(nomination);
				});
		}
	}

}
