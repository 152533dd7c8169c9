package cn.laurel.publicity;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** A campaign's published 公示 rounds as pages and the notice show them. */
@Component
public class PublicityViews {

	private final PublicityRecords records;

	private final Publicity publicity;

	PublicityViews(PublicityRecords records, Publicity publicity) {
		this.records = records;
		this.publicity = publicity;
	}

	/**
	 * One published round.
	 *
	 * @param categories its candidates still standing, by category name in category order
	 * @param remaining working days left of its period, today included
	 */
	public record RoundView(PublicityRound round, Map<String, List<ShortlistEntry>> categories,
			List<ShortlistEntry> shown, boolean open, boolean over, int remaining) {
	}

	@Transactional(readOnly = true)
	public List<RoundView> published(long campaignId) {
		List<PublicisedCandidate> candidates = this.records.candidates(campaignId);
		return this.records.rounds(campaignId).stream().map(round -> {
			List<ShortlistEntry> shown = candidates.stream()
				.filter(c -> c.roundNo() == round.roundNo() && !c.isWithdrawn())
				.map(PublicisedCandidate::entry)
				.toList();
			return new RoundView(round, PublicityNotice.byCategory(shown), shown,
					round.isOpen(this.publicity.today()), round.isOver(this.publicity.today()),
					this.publicity.remainingWorkingDays(round));
		}).toList();
	}

}
