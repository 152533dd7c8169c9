package cn.laurel.campaign;

import java.util.List;

import cn.laurel.audit.AuditChain;

import org.springframework.stereotype.Component;

/**
 * The audit trail's hash chain is intact. The chain is one for the whole instance, so a break anywhere is reported
 * for every campaign: nothing recorded after it can be trusted. The audit module cannot implement the campaign's
 * interface itself (the campaign module depends on it), so its check is asked from here.
 */
@Component
class AuditChainIntact implements CampaignInvariant {

	private final AuditChain chain;

	AuditChainIntact(AuditChain chain) {
		this.chain = chain;
	}

	@Override
	public List<InvariantViolation> check(Campaign campaign) {
		return this.chain.firstBrokenEntryId()
			.map(id -> List.of(InvariantViolation.of("campaign.invariant.audit-chain-broken", "audit-entry", id,
					String.valueOf(id))))
			.orElse(List.of());
	}

}
