package cn.laurel.review;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import cn.laurel.campaign.Campaign;
import cn.laurel.campaign.CampaignPhase;
import cn.laurel.campaign.Campaigns;
import cn.laurel.campaign.Categories;
import cn.laurel.campaign.PhaseWindow;
import cn.laurel.nomination.NominationReader;
import cn.laurel.nomination.NominationStatus;
import cn.laurel.nomination.NominationSummary;
import cn.laurel.notification.Notifier;
import cn.laurel.org.Account;
import cn.laurel.org.Accounts;
import cn.laurel.org.Capacity;
import cn.laurel.org.Role;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The daily reminders (SPEC §2 “reminders go out before deadlines”): the clerks of units below
 * their minimum, in the last days of the nomination window, and the endorsers with nominations
 * waiting at their step. A notice on the same thing goes to the same account at most once a day.
 */
@Component
class Reminders {

	private static final String ENDORSEMENTS_LINK = "/endorsements";

	private final Campaigns campaigns;

	private final Categories categories;

	private final Accounts accounts;

	private final NominationReader reader;

	private final ProgressBoards boards;

	private final Notifier notifier;

	private final ReviewSettings settings;

	private final Clock clock;

	Reminders(Campaigns campaigns, Categories categories, Accounts accounts, NominationReader reader,
			ProgressBoards boards, Notifier notifier, ReviewSettings settings, Clock clock) {
		this.campaigns = campaigns;
		this.categories = categories;
		this.accounts = accounts;
		this.reader = reader;
		this.boards = boards;
		this.notifier = notifier;
		this.settings = settings;
		this.clock = clock;
	}

	@Scheduled(cron = "${laurel.review.reminder-cron}", zone = "Asia/Shanghai")
	void daily() {
		remind(LocalDate.now(this.clock));
	}

	/** Sends the reminders due on {@code today}; returns how many notices were added. */
	int remind(LocalDate today) {
		int added = 0;
		for (Campaign campaign : this.campaigns.findAll()) {
			if (campaign.getPhase() == CampaignPhase.NOMINATION) {
				added += belowMinimum(campaign, today);
			}
			if (campaign.getPhase() != CampaignPhase.PREPARATION && campaign.getPhase() != CampaignPhase.CLOSED) {
				added += waiting(campaign, today);
			}
		}
		return added;
	}

	/** From {@code reminderDays} before the nomination window ends until it ends. */
	private int belowMinimum(Campaign campaign, LocalDate today) {
		PhaseWindow window = campaign.window(CampaignPhase.NOMINATION).orElse(null);
		if (window == null || today.isAfter(window.endsOn())
				|| today.isBefore(window.endsOn().minusDays(this.settings.reminderDays()))) {
			return 0;
		}
		String ends = window.endsOn().toString();
		int added = 0;
		for (ProgressBoard.Row row : this.boards.forReminders(campaign,
				this.categories.findByCampaignIdOrderBySortOrderAscIdAsc(campaign.getId()))) {
			List<Account> clerks = accountsOf(row.unit().id(), account -> account.getRole() == Role.CLERK);
			String topic = "below-minimum:" + campaign.getId() + ":" + row.unit().id();
			if (row.belowMinimum()) {
				added += notify(clerks, topic, today, "review.notice.below-minimum", null, campaign.getTitle(), ends,
						String.valueOf(row.total().counted()), String.valueOf(row.limit().min()));
			}
			for (ProgressBoard.Cell cell : row.cells()) {
				if (cell.belowMinimum()) {
					added += notify(clerks, topic + ":" + cell.category().id(), today,
							"review.notice.below-minimum-category", null, campaign.getTitle(), ends,
							cell.category().name(), String.valueOf(cell.counts().counted()),
							String.valueOf(cell.limit().min()));
				}
			}
		}
		return added;
	}

	private int waiting(Campaign campaign, LocalDate today) {
		Map<WaitingAt, Long> waiting = this.reader.summariesOf(campaign.getId())
			.stream()
			.filter(n -> n.status() == NominationStatus.ENDORSING)
			.collect(Collectors.groupingBy(WaitingAt::of, Collectors.counting()));
		int added = 0;
		for (Map.Entry<WaitingAt, Long> entry : waiting.entrySet()) {
			WaitingAt at = entry.getKey();
			List<Account> endorsers = accountsOf(at.unitId(),
					account -> account.getRole() == Role.ENDORSER && account.getCapacity() == at.capacity());
			added += notify(endorsers, "waiting:" + campaign.getId(), today, "review.notice.waiting", ENDORSEMENTS_LINK,
					String.valueOf(entry.getValue()), campaign.getTitle());
		}
		return added;
	}

	/** The step a nomination waits at: which unit, in which capacity. */
	private record WaitingAt(long unitId, Capacity capacity) {

		static WaitingAt of(NominationSummary nomination) {
			return new WaitingAt(Objects.requireNonNull(nomination.waitingUnitId()), nomination.waitingCapacity());
		}

	}

	private List<Account> accountsOf(long unitId, Predicate<Account> who) {
		return this.accounts.findByUnitId(unitId).stream().filter(Account::isEnabled).filter(who).toList();
	}

	private int notify(List<Account> recipients, String topic, LocalDate today, String messageKey, String link,
			String... args) {
		int added = 0;
		for (Account account : recipients) {
			if (this.notifier.remind(account, topic, today, messageKey, List.of(args), link)) {
				added++;
			}
		}
		return added;
	}

}
