package cn.laurel.notification;

import java.time.Instant;
import java.util.List;
import java.util.function.Predicate;

import cn.laurel.campaign.Campaign;
import cn.laurel.campaign.Campaigns;
import cn.laurel.nomination.NominationEvents;
import cn.laurel.nomination.NominationEvents.AwaitsEndorsement;
import cn.laurel.nomination.NominationEvents.AwaitsReview;
import cn.laurel.nomination.NominationEvents.Honoured;
import cn.laurel.nomination.NominationEvents.Passed;
import cn.laurel.nomination.NominationEvents.Rejected;
import cn.laurel.nomination.NominationEvents.Returned;
import cn.laurel.nomination.NominationEvents.Subject;
import cn.laurel.nomination.NominationEvents.Vetoed;
import cn.laurel.nomination.NominationEvents.Withdrawn;
import cn.laurel.org.Account;
import cn.laurel.org.Accounts;
import cn.laurel.org.Role;
import cn.laurel.org.Unit;
import cn.laurel.org.Units;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells people what a nomination's move means for them: the endorsers of the step it reached, the organisers of its
 * campaign when it waits for 初审, and its unit's clerks when it is returned, vetoed, passed, rejected, withdrawn or
 * honoured. It runs once the move has committed, in a transaction of its own, so a notice that fails is retried from
 * the event publication registry instead of undoing the move.
 */
@Component
class NominationNotices {

	private static final String KEYS = "notification.notice.";

	private final Notifier notifier;

	private final Accounts accounts;

	private final Units units;

	private final Campaigns campaigns;

	NominationNotices(Notifier notifier, Accounts accounts, Units units, Campaigns campaigns) {
		this.notifier = notifier;
		this.accounts = accounts;
		this.units = units;
		this.campaigns = campaigns;
	}

	@ApplicationModuleListener
	void on(NominationEvents.Transition transition) {
		Subject n = transition.nomination();
		Campaign campaign = this.campaigns.findById(n.campaignId()).orElseThrow();
		String title = campaign.getTitle();
		String page = "/nominations/" + n.nominationId();
		if (transition instanceof AwaitsEndorsement at) {
			tell(n.at(), accountsOf(at.step().endorserUnitId(),
					account -> account.getRole() == Role.ENDORSER && account.getCapacity() == at.step().capacity()),
					"awaits-endorsement", "/endorsements/" + n.nominationId(), unitName(n.unitId()), n.nominee(),
					title);
		}
		else if (transition instanceof AwaitsReview) {
			tell(n.at(), accountsOf(campaign.getOrganiserUnitId(), account -> account.getRole() == Role.ORGANISER),
					"awaits-review", "/review/" + n.nominationId(), unitName(n.unitId()), n.nominee(), title);
		}
		else if (transition instanceof Returned returned) {
			tell(n.at(), clerks(n), "returned", page, n.nominee(), title, returned.reason());
		}
		else if (transition instanceof Vetoed vetoed) {
			tell(n.at(), clerks(n), "vetoed", page, n.nominee(), title, vetoed.reason());
		}
		else if (transition instanceof Passed) {
			tell(n.at(), clerks(n), "passed", page, n.nominee(), title);
		}
		else if (transition instanceof Rejected rejected) {
			tell(n.at(), clerks(n), "rejected", page, n.nominee(), title, rejected.reason());
		}
		else if (transition instanceof Withdrawn withdrawn) {
			tell(n.at(), clerks(n), "withdrawn", page, n.nominee(), title, withdrawn.reason());
		}
		else if (transition instanceof Honoured) {
			tell(n.at(), clerks(n), "honoured", page, n.nominee(), title);
		}
	}

	private List<Account> clerks(Subject nomination) {
		return accountsOf(nomination.unitId(), account -> account.getRole() == Role.CLERK);
	}

	private List<Account> accountsOf(long unitId, Predicate<Account> who) {
		return this.accounts.findByUnitId(unitId).stream().filter(Account::isEnabled).filter(who).toList();
	}

	private String unitName(long unitId) {
		return this.units.findById(unitId).map(Unit::getName).orElse("");
	}

	private void tell(Instant at, List<Account> recipients, String notice, String link, String... args) {
		recipients.forEach(account -> this.notifier.notify(account, at, KEYS + notice, List.of(args), link));
	}

}
