package cn.laurel.scoring;

import java.util.List;

import cn.laurel.campaign.Campaign;
import cn.laurel.campaign.CampaignPhase;
import cn.laurel.campaign.PhaseGuard;
import cn.laurel.campaign.Violation;

import org.springframework.stereotype.Component;

/**
 * 评审 ends with a shortlist: the campaign leaves it only once scoring is locked and the shortlist generated. A
 * campaign without 评审 reaches 公示 (or 审定) only once the office has made its selection.
 */
@Component
class ScoringGuard implements PhaseGuard {

	private final ScoringRecords records;

	ScoringGuard(ScoringRecords records) {
		this.records = records;
	}

	@Override
	public List<Violation> check(Campaign campaign, CampaignPhase from, CampaignPhase to) {
		if (OfficeSelection.selectsByOffice(campaign)) {
			boolean selecting = from.compareTo(CampaignPhase.PUBLICITY) < 0 && (to == CampaignPhase.PUBLICITY
					|| to == CampaignPhase.DECISION);
			return selecting && this.records.shortlist(campaign.getId()).isEmpty()
					? List.of(Violation.of("selection", "scoring.selection.required")) : List.of();
		}
		if (from != CampaignPhase.EVALUATION || this.records.shortlist(campaign.getId()).isPresent()) {
			return List.of();
		}
		return List.of(Violation.of("scoring", "scoring.guard.shortlist-required"));
	}

}
