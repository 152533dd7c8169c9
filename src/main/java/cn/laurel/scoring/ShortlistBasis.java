package cn.laurel.scoring;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

import cn.laurel.campaign.SelectionBasis;
import cn.laurel.campaign.Violation;

import org.springframework.stereotype.Component;

/**
 * The shortlist, ranked from scores or chosen by the office, stands on the campaign's categories, quotas,
 * segments, allocations and weights: once made it freezes them, and re-opening them discards it (scoring stays
 * locked, so the shortlist can be made again from the same scores under the new rules).
 */
@Component
class ShortlistBasis implements SelectionBasis {

	private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

	private final ScoringRecords records;

	ShortlistBasis(ScoringRecords records) {
		this.records = records;
	}

	@Override
	public Optional<Violation> freezes(long campaignId) {
		return this.records.shortlistedAt(campaignId)
			.map(at -> Violation.of("selection", "scoring.rule.frozen-by-shortlist",
					LocalDate.ofInstant(at, BEIJING).toString()));
	}

	@Override
	public void discard(long campaignId, String reason) {
		this.records.discardShortlist(campaignId);
	}

}
