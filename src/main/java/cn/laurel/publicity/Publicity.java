package cn.laurel.publicity;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import cn.laurel.calendar.WorkingDayEnd;
import cn.laurel.calendar.WorkingDays;
import cn.laurel.campaign.Campaign;
import cn.laurel.campaign.CampaignAction;
import cn.laurel.campaign.CampaignPhase;
import cn.laurel.campaign.Campaigns;
import cn.laurel.campaign.Violation;
import cn.laurel.org.LaurelUser;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A campaign's 公示: the organiser publishes the shortlist from a start date for the campaign's number of working
 * days, counted on the statutory calendar; fill-ins for withdrawn candidates go into a 二次公示 of their own. The
 * final list (what the decision confirms) is everyone publicised and not withdrawn.
 */
@Service
public class Publicity {

	private final PublicityRecords records;

	private final ObjectProvider<ShortlistSource> shortlist;

	private final Campaigns campaigns;

	private final WorkingDays workingDays;

	private final Objections objections;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Publicity(PublicityRecords records, ObjectProvider<ShortlistSource> shortlist, Campaigns campaigns, WorkingDays workingDays,
			Objections objections, ApplicationEventPublisher events, Clock clock) {
		this.records = records;
		this.shortlist = shortlist;
		this.campaigns = campaigns;
		this.workingDays = workingDays;
		this.objections = objections;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * A published round with what the organiser should be told: years without holiday data (the end date may be
	 * wrong) and whether counting had to begin after the start date because that is not a working day.
	 */
	public record Publication(PublicityRound round, List<Integer> yearsWithoutData, boolean startsOnWorkingDay) {
	}

	/**
	 * Publishes the next 公示: the first takes the shortlist, each later one the fill-ins waiting for it. The
	 * period ends after the campaign's working days from {@code startsOn}.
	 */
	@Transactional
	@PreAuthorize("@campaignAccess.canManage(#campaignId)")
	public Publication publish(long campaignId, LocalDate startsOn) {
		Campaign campaign = this.campaigns.findById(campaignId).orElseThrow();
		CampaignAction.PUBLICISE.refusalIn(campaign).ifPresent(refusal -> {
			throw new PublicityRefused(refusal.code(), refusal.args().toArray());
		});
		if (campaign.getPublicityWorkingDays() < 1) {
			throw new PublicityRefused("publicity.publish.no-period");
		}
		if (startsOn == null || startsOn.isBefore(today())) {
			throw new PublicityRefused("publicity.publish.start-past");
		}
		List<PublicityRound> rounds = this.records.rounds(campaignId);
		int roundNo = rounds.size() + 1;
		if (!rounds.isEmpty() && !startsOn.isAfter(rounds.get(rounds.size() - 1).endsOn())) {
			throw new PublicityRefused("publicity.publish.overlaps", rounds.get(rounds.size() - 1).endsOn());
		}
		int candidates;
		if (roundNo == 1) {
			List<ShortlistEntry> entries = shortlist().map(source -> source.shortlist(campaignId)).orElse(List.of());
			if (entries.isEmpty()) {
				throw new PublicityRefused("publicity.publish.no-shortlist");
			}
			entries.forEach(entry -> this.records.add(campaignId, entry, 1, null));
			candidates = entries.size();
		}
		else {
			candidates = (int) this.records.candidates(campaignId).stream()
				.filter(c -> c.roundNo() == roundNo)
				.count();
			if (candidates == 0) {
				throw new PublicityRefused("publicity.publish.nothing-pending");
			}
		}
		WorkingDayEnd end = this.workingDays.end(startsOn, campaign.getPublicityWorkingDays());
		PublicityRound round = new PublicityRound(0, campaignId, roundNo, startsOn, end.end(), end.days());
		this.records.addRound(round, actor(), this.clock.instant());
		this.events.publishEvent(new PublicityEvents.Published(campaignId, roundNo, startsOn, end.end(), candidates));
		return new Publication(round, end.yearsWithoutData(), this.workingDays.isWorkingDay(startsOn));
	}

	@Transactional
	@PreAuthorize("@campaignAccess.canManage(#campaignId)")
	public void configure(long campaignId, boolean fillIn, int investigationDays) {
		if (investigationDays < 1 || investigationDays > 60) {
			throw new PublicityRefused("publicity.settings.investigation-days");
		}
		PublicitySettings before = this.records.settings(campaignId);
		PublicitySettings after = new PublicitySettings(fillIn, investigationDays);
		this.records.saveSettings(campaignId, after);
		this.events.publishEvent(new PublicityEvents.SettingsChanged(campaignId, before, after));
	}

	/**
	 * The candidates the decision confirms: everyone publicised in a 公示 and not withdrawn, by category; without a
	 * 公示 stage, the shortlist.
	 */
	@Transactional(readOnly = true)
	public List<ShortlistEntry> finalList(long campaignId) {
		if (decidedWithoutPublicity(campaignId)) {
			return shortlist().map(source -> source.shortlist(campaignId)).orElse(List.of());
		}
		int published = this.records.rounds(campaignId).size();
		return this.records.candidates(campaignId).stream()
			.filter(c -> c.roundNo() <= published && !c.isWithdrawn())
			.map(PublicisedCandidate::entry)
			.sorted(Comparator.comparingInt(ShortlistEntry::categoryOrder)
				.thenComparingLong(ShortlistEntry::categoryId)
				.thenComparingInt(ShortlistEntry::rank))
			.toList();
	}

	/**
	 * What still stands in the way of the decision: a 公示 not yet published or not over, a fill-in waiting for
	 * its 二次公示, an objection not concluded. Empty when the result may be decided.
	 */
	@Transactional(readOnly = true)
	public List<Violation> openMatters(long campaignId) {
		if (decidedWithoutPublicity(campaignId)) {
			return List.of();
		}
		List<Violation> open = new ArrayList<>();
		List<PublicityRound> rounds = this.records.rounds(campaignId);
		if (rounds.isEmpty()) {
			open.add(Violation.of("publicity", "publicity.open.not-published"));
		}
		rounds.stream()
			.filter(round -> !round.isOver(today()))
			.forEach(round -> open.add(Violation.of("publicity", "publicity.open.period-running", round.roundNo(),
					round.endsOn())));
		if (this.records.candidates(campaignId).stream().anyMatch(c -> c.roundNo() > rounds.size())) {
			open.add(Violation.of("publicity", "publicity.open.fill-in-pending"));
		}
		long unresolved = this.objections.ofCampaign(campaignId).stream()
			.filter(o -> !o.getStatus().isConcluded())
			.count();
		if (unresolved > 0) {
			open.add(Violation.of("objections", "publicity.open.objections", unresolved));
		}
		return open;
	}

	/**
	 * A plan whose only 公示 is the nominating units' own, before they recommend (seed 003), schedules no 公示 stage:
	 * its decision confirms the shortlist as selected. One that published a 公示 all the same is decided on it.
	 */
	private boolean decidedWithoutPublicity(long campaignId) {
		return this.records.rounds(campaignId).isEmpty() && this.campaigns.findById(campaignId)
			.filter(campaign -> !campaign.schedules(CampaignPhase.PUBLICITY))
			.isPresent();
	}

	/** The round whose period includes {@code today}, if any. */
	Optional<PublicityRound> openRound(long campaignId) {
		return this.records.rounds(campaignId).stream().filter(round -> round.isOpen(today())).findFirst();
	}

	/** Working days left in the round's period, today included; 0 once it is over. */
	int remainingWorkingDays(PublicityRound round) {
		LocalDate today = today();
		if (round.isOver(today)) {
			return 0;
		}
		LocalDate from = today.isBefore(round.startsOn()) ? round.startsOn() : today;
		return this.workingDays.count(from, round.endsOn()).count();
	}

	/** The ranking that feeds 公示; absent while no module provides one. */
	Optional<ShortlistSource> shortlist() {
		return Optional.ofNullable(this.shortlist.getIfAvailable());
	}

	public LocalDate today() {
		return LocalDate.now(this.clock);
	}

	static String actor() {
		var authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null && authentication.getPrincipal() instanceof LaurelUser user
				? user.getUsername() : "system";
	}

}
