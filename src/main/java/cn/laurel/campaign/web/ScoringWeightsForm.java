package cn.laurel.campaign.web;

import java.util.ArrayList;
import java.util.List;

import cn.laurel.campaign.Campaign;
import cn.laurel.campaign.ScoringWeight;

import org.springframework.util.StringUtils;

/** The components of the composite score, as rows of source, label and weight in percent. */
class ScoringWeightsForm {

	private List<Row> scoringWeights = new ArrayList<>();

	static ScoringWeightsForm of(Campaign campaign) {
		ScoringWeightsForm form = new ScoringWeightsForm();
		for (ScoringWeight weight : campaign.getScoringWeights()) {
			Row row = new Row();
			row.component = weight.component();
			row.label = weight.label();
			row.weight = weight.weight();
			form.scoringWeights.add(row);
		}
		return form;
	}

	void compact() {
		EditableRow.compact(this.scoringWeights);
	}

	List<ScoringWeight> asDomain() {
		return this.scoringWeights.stream()
			.map(row -> new ScoringWeight(row.component, StringUtils.hasText(row.label) ? row.label.trim() : null,
					row.weight == null ? 0 : row.weight))
			.toList();
	}

	/** The sum shown next to the rows, so the organiser sees how far from 100 it is. */
	public int getSum() {
		return this.scoringWeights.stream()
			.filter(row -> !row.isRemoved() && row.weight != null)
			.mapToInt(Row::getWeight)
			.sum();
	}

	public List<Row> getScoringWeights() {
		return this.scoringWeights;
	}

	public void setScoringWeights(List<Row> scoringWeights) {
		this.scoringWeights = scoringWeights;
	}

	static class Row extends EditableRow {

		private ScoringWeight.Source component;

		private String label;

		private Integer weight;

		@Override
		boolean isBlank() {
			return this.component == null && !StringUtils.hasText(this.label) && this.weight == null;
		}

		public ScoringWeight.Source getComponent() {
			return this.component;
		}

		public void setComponent(ScoringWeight.Source component) {
			this.component = component;
		}

		public String getLabel() {
			return this.label;
		}

		public void setLabel(String label) {
			this.label = label;
		}

		public Integer getWeight() {
			return this.weight;
		}

		public void setWeight(Integer weight) {
			this.weight = weight;
		}

	}

}
