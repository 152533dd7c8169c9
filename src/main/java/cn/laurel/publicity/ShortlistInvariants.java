package cn.laurel.publicity;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import cn.laurel.campaign.Campaign;
import cn.laurel.campaign.CampaignInvariant;
import cn.laurel.campaign.InvariantViolation;
import cn.laurel.campaign.SelectionQuotas;
import cn.laurel.nomination.Candidates;

import org.springframework.stereotype.Component;

/**
 * The 公示 shortlist keeps every quota: the candidates standing on it (published or waiting for their 二次公示,
 * not withdrawn) fit their category's quota, its segments and its allocations.
 */
@Component
class ShortlistInvariants implements CampaignInvariant {

	private final PublicityRecords records;

	private final Candidates candidates;

	private final SelectionQuotas quotas;

	ShortlistInvariants(PublicityRecords records, Candidates candidates, SelectionQuotas quotas) {
		this.records = records;
		this.candidates = candidates;
		this.quotas = quotas;
	}

	@Override
	public List<InvariantViolation> check(Campaign campaign) {
		List<PublicisedCandidate> standing = this.records.candidates(campaign.getId())
			.stream()
			.filter(candidate -> !candidate.isWithdrawn())
			.toList();
		if (standing.isEmpty()) {
			return List.of();
		}
		Map<Long, Candidates.Standing> nominations = this.candidates.standings(campaign.getId());
		List<SelectionQuotas.Place> places = standing.stream()
			.map(candidate -> nominations.get(candidate.entry().nominationId()))
			.filter(Objects::nonNull)
			.map(Candidates.Standing::place)
			.toList();
		return this.quotas.overfilled(campaign.getId(), places, "publicity.invariant.shortlist");
	}

}
