package cn.laurel.campaign;

import java.util.List;

/** A campaign's whole configuration at one moment: what the audit trail and the API show. */
public record CampaignSnapshot(Long id, String title, String edition, String documentNumber, Long organiserUnitId,
		String officeNote, CampaignPhase phase, int publicityWorkingDays, List<String> hosts,
		List<GroupMember> leadingGroup, List<PhaseWindow> schedule, List<ScoringWeight> scoringWeights,
		List<NominationLimit> nominationLimits, List<EndorsementStep> endorsementSteps, List<Long> scopeUnitIds,
		UnitPublicityRule unitPublicity) {
}
