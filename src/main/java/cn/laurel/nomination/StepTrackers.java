package cn.laurel.nomination;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

import cn.laurel.campaign.Campaign;
import cn.laurel.nomination.StepTracker.State;
import cn.laurel.nomination.StepTracker.Step;
import cn.laurel.org.Account;
import cn.laurel.org.AccountNames;
import cn.laurel.org.Accounts;
import cn.laurel.org.Role;
import cn.laurel.org.Unit;
import cn.laurel.org.Units;

import org.springframework.stereotype.Component;

/** Works out a nomination's {@link StepTracker} from its chain, its endorsements and its history. */
@Component
class StepTrackers {

	private static final String UNIT = "nomination.tracker.unit";

	private static final String REVIEW = "nomination.tracker.review";

	private static final String DECISION = "nomination.tracker.decision";

	private final Accounts accounts;

	private final AccountNames names;

	private final Units units;

	StepTrackers(Accounts accounts, AccountNames names, Units units) {
		this.accounts = accounts;
		this.names = names;
		this.units = units;
	}

	StepTracker of(Nomination nomination, Campaign campaign) {
		NominationStatus status = nomination.getStatus();
		Office office = new Office(unitName(campaign.getOrganiserUnitId()),
				mayAct(campaign.getOrganiserUnitId(), a -> a.getRole() == Role.ORGANISER));
		List<Step> steps = new ArrayList<>();
		String unit = unitName(nomination.getUnitId());
		if (status.isEditable()) {
			steps.add(Step.current(UNIT, unit, mayAct(nomination.getUnitId(), a -> a.getRole() == Role.CLERK)));
		}
		else {
			Optional<HistoryEntry> sent = last(nomination, Set.of("submitted", "resubmitted", "imported"));
			steps.add(Step.of(UNIT, unit, State.DONE, sent.orElse(null), sent.map(this::actor).orElse(null)));
		}
		Optional<HistoryEntry> returned = last(nomination, Set.of("returned-by-endorser", "returned-by-office"))
			.filter(entry -> status == NominationStatus.RETURNED);
		for (ChainStep step : nomination.getChain()) {
			steps.add(chainStep(nomination, step));
		}
		steps.add(review(nomination, office, returned));
		steps.add(decision(nomination, office));
		return new StepTracker(steps);
	}

	private Step chainStep(Nomination nomination, ChainStep step) {
		return chainStep(nomination, step, step.capacity().messageKey()).titled(step.title());
	}

	private Step chainStep(Nomination nomination, ChainStep step, String titleKey) {
		String unit = unitName(step.endorserUnitId());
		Optional<Endorsement> signed = nomination.currentEndorsements()
			.stream()
			.filter(endorsement -> endorsement.stepOrder() == step.stepOrder())
			.findFirst();
		if (signed.isPresent()) {
			Endorsement endorsement = signed.get();
			State state = endorsement.agreed() ? State.DONE
					: nomination.getStatus() == NominationStatus.VETOED ? State.STOPPED : State.RETURNED;
			String by = endorsement.signerName() == null || endorsement.signerName().isBlank()
					? this.accounts.findById(endorsement.accountId()).map(Account::getDisplayName).orElse(null)
					: endorsement.signerName();
			return new Step(titleKey, unit, state, by, endorsement.recordedAt(),
					endorsement.agreed() ? null : endorsement.opinion(), List.of());
		}
		if (nomination.waitingAt().filter(step::equals).isPresent()) {
			return Step.current(titleKey, unit, mayAct(step.endorserUnitId(),
					a -> a.getRole() == Role.ENDORSER && a.getCapacity() == step.capacity()));
		}
		return Step.upcoming(titleKey, unit);
	}

	/** The leading-group office (领导小组办公室) of the campaign, which does 初审 and prepares the decision. */
	private record Office(String name, List<String> organisers) {
	}

	private Step review(Nomination nomination, Office office, Optional<HistoryEntry> returned) {
		NominationStatus status = nomination.getStatus();
		if (status == NominationStatus.IN_REVIEW) {
			return Step.current(REVIEW, office.name(), office.organisers());
		}
		if (status.hasPassedReview() || status == NominationStatus.WITHDRAWN) {
			return done(nomination, REVIEW, office.name(), State.DONE, "passed");
		}
		if (status == NominationStatus.REJECTED) {
			return done(nomination, REVIEW, office.name(), State.STOPPED, "rejected");
		}
		if (returned.filter(entry -> entry.action().equals("returned-by-office")).isPresent()) {
			return Step.of(REVIEW, office.name(), State.RETURNED, returned.get(), actor(returned.get()));
		}
		return Step.upcoming(REVIEW, office.name());
	}

	private Step decision(Nomination nomination, Office office) {
		return switch (nomination.getStatus()) {
			case HONOURED -> done(nomination, DECISION, office.name(), State.DONE, "honoured");
			case WITHDRAWN -> done(nomination, DECISION, office.name(), State.STOPPED, "withdrawn");
			case CANDIDATE -> Step.current(DECISION, office.name(), office.organisers());
			default -> Step.upcoming(DECISION, office.name());
		};
	}

	private Step done(Nomination nomination, String titleKey, String unit, State state, String action) {
		Optional<HistoryEntry> entry = last(nomination, Set.of(action));
		return Step.of(titleKey, unit, state, entry.orElse(null), entry.map(this::actor).orElse(null));
	}

	private List<String> mayAct(long unitId, Predicate<Account> who) {
		return this.accounts.findByUnitId(unitId)
			.stream()
			.filter(Account::isEnabled)
			.filter(who)
			.map(Account::getDisplayName)
			.sorted()
			.toList();
	}

	private String actor(HistoryEntry entry) {
		return this.names.of(entry.actor());
	}

	private String unitName(Long unitId) {
		return unitId == null ? "" : this.units.findById(unitId).map(Unit::getName).orElse("");
	}

	private static Optional<HistoryEntry> last(Nomination nomination, Set<String> actions) {
		return nomination.getHistory().stream().filter(entry -> actions.contains(entry.action())).reduce((a, b) -> b);
	}

}
