package cn.laurel.campaign;

import java.time.LocalDate;

import org.springframework.data.relational.core.mapping.Table;

/** When a scheduled phase runs, both days inclusive. */
@Table("phase_window")
public record PhaseWindow(CampaignPhase phase, LocalDate startsOn, LocalDate endsOn) {

	public boolean isOver(LocalDate today) {
		return today.isAfter(this.endsOn);
	}

}
