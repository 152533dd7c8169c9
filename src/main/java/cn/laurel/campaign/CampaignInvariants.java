package cn.laurel.campaign;

import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The invariant checker: every module's {@link CampaignInvariant} run over one campaign, on one connection and one
 * snapshot of the data (a read-only, repeatable-read transaction), so that checks reading related tables at
 * different moments do not see a transition half done.
 */
@Service
public class CampaignInvariants {

	private final Campaigns campaigns;

	private final List<CampaignInvariant> invariants;

	CampaignInvariants(Campaigns campaigns, List<CampaignInvariant> invariants) {
		this.campaigns = campaigns;
		this.invariants = invariants;
	}

	@Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
	@PreAuthorize("@campaignAccess.canManage(#campaignId)")
	public List<InvariantViolation> check(Long campaignId) {
		Campaign campaign = this.campaigns.findById(campaignId).orElseThrow(() -> new CampaignNotFound(campaignId));
		return this.invariants.stream().flatMap(invariant -> invariant.check(campaign).stream()).toList();
	}

}
