package cn.laurel.publicity;

import java.time.LocalDate;

/**
 * One 公示 of a campaign: the first publicises the shortlist, each later one (二次公示) the candidates who filled
 * in for withdrawn ones. Objections are received from its first to its last day, both included.
 *
 * @param roundNo 1 for the first 公示
 * @param workingDays its length on the statutory calendar (seeds 001/003: 3, seeds 002/004: 5)
 */
public record PublicityRound(long id, long campaignId, int roundNo, LocalDate startsOn, LocalDate endsOn,
		int workingDays) {

	public boolean isOpen(LocalDate today) {
		return !today.isBefore(this.startsOn) && !today.isAfter(this.endsOn);
	}

	public boolean isOver(LocalDate today) {
		return today.isAfter(this.endsOn);
	}

	public boolean isSecond() {
		return this.roundNo > 1;
	}

}
