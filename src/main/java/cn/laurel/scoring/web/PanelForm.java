package cn.laurel.scoring.web;

import java.util.ArrayList;
import java.util.List;

import cn.laurel.scoring.Aggregation;
import cn.laurel.scoring.Criterion;
import cn.laurel.scoring.Numbers;
import cn.laurel.scoring.Panel;
import cn.laurel.scoring.PanelMode;
import cn.laurel.scoring.RecusalScope;

/**
 * A panel's settings as the organiser types them. Criteria rows left blank are dropped; a few blank
 * rows are always offered for adding. Points are kept as typed so a refused form shows them again.
 */
class PanelForm {

	/** Blank criterion rows offered below the filled ones. */
	static final int SPARE_ROWS = 3;

	private String name;

	private String component;

	private PanelMode mode = PanelMode.SCORES;

	private Aggregation aggregation = Aggregation.TRIMMED_MEAN;

	private boolean normalised;

	private RecusalScope recusalScope = RecusalScope.OWN_UNIT;

	private List<Row> criteria = new ArrayList<>();

	/** One criterion as typed. */
	static class Row {

		private String name;

		private String maxPoints;

		public Row() {
		}

		Row(String name, String maxPoints) {
			this.name = name;
			this.maxPoints = maxPoints;
		}

		boolean isBlank() {
			return (this.name == null || this.name.isBlank()) && (this.maxPoints == null || this.maxPoints.isBlank());
		}

		public String getName() {
			return this.name;
		}

		public void setName(String name) {
			this.name = name;
		}

		public String getMaxPoints() {
			return this.maxPoints;
		}

		public void setMaxPoints(String maxPoints) {
			this.maxPoints = maxPoints;
		}

	}

	static PanelForm of(Panel.Settings settings) {
		PanelForm form = new PanelForm();
		form.name = settings.name();
		form.component = settings.component();
		form.mode = settings.mode();
		form.aggregation = settings.aggregation();
		form.normalised = settings.normalised();
		form.recusalScope = settings.recusalScope();
		settings.criteria()
			.forEach(c -> form.criteria.add(new Row(c.name(), Numbers.typed(c.maxPoints()))));
		return form.withSpareRows();
	}

	PanelForm withSpareRows() {
		this.criteria.removeIf(Row::isBlank);
		for (int i = 0; i < SPARE_ROWS; i++) {
			this.criteria.add(new Row());
		}
		return this;
	}

	/** The settings typed; points that are not numbers become {@code null}, which the rules refuse. */
	Panel.Settings asSettings() {
		List<Criterion> criteria = this.criteria.stream()
			.filter(row -> !row.isBlank())
			.map(row -> new Criterion(row.name == null ? null : row.name.strip(), Numbers.parse(row.maxPoints)))
			.toList();
		return new Panel.Settings(this.name, this.component, this.mode, criteria, this.aggregation, this.normalised,
				this.recusalScope);
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getComponent() {
		return this.component;
	}

	public void setComponent(String component) {
		this.component = component;
	}

	public PanelMode getMode() {
		return this.mode;
	}

	public void setMode(PanelMode mode) {
		this.mode = mode;
	}

	public Aggregation getAggregation() {
		return this.aggregation;
	}

	public void setAggregation(Aggregation aggregation) {
		this.aggregation = aggregation;
	}

	public boolean isNormalised() {
		return this.normalised;
	}

	public void setNormalised(boolean normalised) {
		this.normalised = normalised;
	}

	public RecusalScope getRecusalScope() {
		return this.recusalScope;
	}

	public void setRecusalScope(RecusalScope recusalScope) {
		this.recusalScope = recusalScope;
	}

	public List<Row> getCriteria() {
		return this.criteria;
	}

	public void setCriteria(List<Row> criteria) {
		this.criteria = criteria;
	}

}
