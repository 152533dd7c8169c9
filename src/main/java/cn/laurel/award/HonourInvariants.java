package cn.laurel.award;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import cn.laurel.campaign.Campaign;
import cn.laurel.campaign.CampaignInvariant;
import cn.laurel.campaign.InvariantViolation;
import cn.laurel.campaign.SelectionQuotas;
import cn.laurel.nomination.Candidates;
import cn.laurel.nomination.NominationStatus;
import cn.laurel.publicity.Publicity;
import cn.laurel.publicity.ShortlistEntry;

import org.springframework.stereotype.Component;

/**
 * The decided honour list holds: it keeps every quota, and every honouree passed 初审, stood in a published 公示
 * without being withdrawn from it, and was not withdrawn as a nomination.
 */
@Component
class HonourInvariants implements CampaignInvariant {

	private final Decisions decisions;

	private final Candidates candidates;

	private final Publicity publicity;

	private final SelectionQuotas quotas;

	HonourInvariants(Decisions decisions, Candidates candidates, Publicity publicity, SelectionQuotas quotas) {
		this.decisions = decisions;
		this.candidates = candidates;
		this.publicity = publicity;
		this.quotas = quotas;
	}

	@Override
	public List<InvariantViolation> check(Campaign campaign) {
		List<ShortlistEntry> honourees = this.decisions.find(campaign.getId())
			.map(Decision::honourees)
			.orElse(List.of());
		if (honourees.isEmpty()) {
			return List.of();
		}
		Map<Long, Candidates.Standing> nominations = this.candidates.standings(campaign.getId());
		Set<Long> publicised = this.publicity.finalList(campaign.getId())
			.stream()
			.map(ShortlistEntry::nominationId)
			.collect(Collectors.toSet());
		List<InvariantViolation> violations = new ArrayList<>();
		for (ShortlistEntry honouree : honourees) {
			Candidates.Standing nomination = nominations.get(honouree.nominationId());
			if (nomination != null && nomination.status() == NominationStatus.WITHDRAWN) {
				violations.add(violation("award.invariant.honoured-withdrawn", honouree));
			}
			if (nomination == null || !nomination.passedReview()) {
				violations.add(violation("award.invariant.honoured-without-review", honouree));
			}
			if (!publicised.contains(honouree.nominationId())) {
				violations.add(violation("award.invariant.honoured-without-publicity", honouree));
			}
		}
		List<SelectionQuotas.Place> places = honourees.stream()
			.map(honouree -> nominations.get(honouree.nominationId()))
			.filter(Objects::nonNull)
			.map(Candidates.Standing::place)
			.toList();
		violations.addAll(this.quotas.overfilled(campaign.getId(), places, "award.invariant.honours"));
		return violations;
	}

	private static InvariantViolation violation(String code, ShortlistEntry honouree) {
		return InvariantViolation.of(code, "nomination", honouree.nominationId(), honouree.displayName(),
				honouree.categoryName());
	}

}
