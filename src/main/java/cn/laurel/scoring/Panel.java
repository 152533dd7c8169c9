package cn.laurel.scoring;

import java.math.BigDecimal;
import java.util.List;

/**
 * A judging panel (评审组) of a campaign, such as 社会监督员, 专家, 媒体代表 or 领导小组: how its
 * judges judge, how their marks combine, and which candidates of which categories it judges. Its
 * weight is that of the campaign's scoring component it is set up for ({@code component}, a label of
 * the campaign's {@link cn.laurel.campaign.ScoringWeight}s).
 */
public record Panel(Long id, long campaignId, Settings settings, List<Assignment> assignments) {

	public Panel {
		assignments = List.copyOf(assignments);
	}

	/**
	 * How the panel judges.
	 *
	 * @param criteria what a scoresheet asks for, with maximum points; none for a ballot panel
	 * @param normalised whether each judge's marks are normalised (z-scores) before aggregation
	 */
	public record Settings(String name, String component, PanelMode mode, List<Criterion> criteria,
			Aggregation aggregation, boolean normalised, RecusalScope recusalScope) {

		public Settings {
			criteria = criteria == null ? List.of() : List.copyOf(criteria);
		}

		/** A ballot panel has no criteria, averages nothing and normalises nothing. */
		Settings tidy() {
			return this.mode == PanelMode.BALLOT
					? new Settings(this.name, this.component, this.mode, List.of(), Aggregation.MEAN, false,
							this.recusalScope)
					: this;
		}

	}

	/**
	 * The candidates of one category the panel judges.
	 *
	 * @param all every candidate of the category, including those who become candidates later
	 * @param candidateIds the chosen candidates when not {@code all}
	 */
	public record Assignment(long categoryId, boolean all, List<Long> candidateIds) {

		public Assignment {
			candidateIds = all || candidateIds == null ? List.of() : List.copyOf(candidateIds);
		}

	}

	public String name() {
		return this.settings.name();
	}

	public PanelMode mode() {
		return this.settings.mode();
	}

	/** The most points a judge can give a candidate: the criteria's maxima summed. */
	public BigDecimal scale() {
		return this.settings.criteria().stream().map(Criterion::maxPoints).reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	boolean judges(long categoryId, long candidateId) {
		return this.assignments.stream()
			.anyMatch(a -> a.categoryId() == categoryId && (a.all() || a.candidateIds().contains(candidateId)));
	}

	CategoryEvaluation.PanelSpec spec() {
		return new CategoryEvaluation.PanelSpec(this.settings.mode(), this.settings.aggregation(),
				this.settings.normalised(), scale().doubleValue());
	}

}
