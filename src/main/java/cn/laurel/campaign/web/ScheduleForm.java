package cn.laurel.campaign.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.laurel.campaign.Campaign;
import cn.laurel.campaign.CampaignPhase;
import cn.laurel.campaign.PhaseWindow;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * One row per schedulable phase, in phase order, ticked when the campaign uses it. Mandatory
 * phases are always scheduled whatever the browser sends.
 */
class ScheduleForm {

	private static final Pattern WINDOW = Pattern.compile("schedule\\[(\\d+)]");

	private List<Row> schedule = new ArrayList<>();

	static ScheduleForm of(Campaign campaign) {
		ScheduleForm form = new ScheduleForm();
		for (CampaignPhase phase : CampaignPhase.schedulable()) {
			Row row = new Row();
			row.phase = phase;
			campaign.window(phase).ifPresent(window -> {
				row.scheduled = true;
				row.startsOn = window.startsOn();
				row.endsOn = window.endsOn();
			});
			form.schedule.add(row);
		}
		return form;
	}

	List<PhaseWindow> asDomain() {
		return scheduledRows().stream().map(row -> new PhaseWindow(row.phase, row.startsOn, row.endsOn)).toList();
	}

	/** Violations count the scheduled windows only; this points {@code schedule[i]} at the row of the same phase. */
	String fieldOf(String path) {
		Matcher window = WINDOW.matcher(path);
		if (!window.matches()) {
			return path;
		}
		Row row = scheduledRows().get(Integer.parseInt(window.group(1)));
		return "schedule[" + this.schedule.indexOf(row) + "]";
	}

	private List<Row> scheduledRows() {
		return this.schedule.stream().filter(Row::isIncluded).toList();
	}

	public List<Row> getSchedule() {
		return this.schedule;
	}

	public void setSchedule(List<Row> schedule) {
		this.schedule = schedule;
	}

	static class Row {

		private CampaignPhase phase;

		private boolean scheduled;

		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
		private LocalDate startsOn;

		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
		private LocalDate endsOn;

		boolean isIncluded() {
			return this.phase != null && (this.scheduled || this.phase.isMandatory());
		}

		public CampaignPhase getPhase() {
			return this.phase;
		}

		public void setPhase(CampaignPhase phase) {
			this.phase = phase;
		}

		public boolean isScheduled() {
			return this.scheduled;
		}

		public void setScheduled(boolean scheduled) {
			this.scheduled = scheduled;
		}

		public LocalDate getStartsOn() {
			return this.startsOn;
		}

		public void setStartsOn(LocalDate startsOn) {
			this.startsOn = startsOn;
		}

		public LocalDate getEndsOn() {
			return this.endsOn;
		}

		public void setEndsOn(LocalDate endsOn) {
			this.endsOn = endsOn;
		}

	}

}
