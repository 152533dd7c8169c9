package cn.laurel.campaign;

import java.util.List;

/** A category's configuration at one moment, for the audit trail and the API. */
public record CategorySnapshot(Long id, Long campaignId, String name, NomineeKind nomineeKind, int quota,
		int sortOrder, List<Segment> segments, List<Allocation> allocations, ShareCap shareCap,
		List<EligibilityRule> eligibilityRules, String criteria) {
}
