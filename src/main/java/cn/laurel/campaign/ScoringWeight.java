package cn.laurel.campaign;

import org.springframework.data.relational.core.mapping.Table;

/**
 * One component of the composite score and its weight in percent, e.g. seed 000:
 * 社会监督员评议打分 60, 网络投票 10, 领导小组投票 30. Stored now, used by scoring.
 */
@Table("scoring_weight")
public record ScoringWeight(Source component, String label, int weight) {

	/** Where a component's points come from. */
	public enum Source {

		/** A judging panel's scores or ballots. */
		PANEL,
		/** The public online vote. */
		ONLINE_VOTES;

		public String messageKey() {
			return "score-source." + name();
		}

	}

}
