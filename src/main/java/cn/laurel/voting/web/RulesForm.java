package cn.laurel.voting.web;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

import cn.laurel.voting.TallyDisplay;
import cn.laurel.voting.VoteRules;

import org.springframework.format.annotation.DateTimeFormat;

/** The rules page's fields; times are local (Beijing) date and minute, as the browser's picker gives them. */
class RulesForm {

	/** What a {@code datetime-local} field sends and shows. */
	private static final String MINUTE = "yyyy-MM-dd'T'HH:mm";

	@DateTimeFormat(pattern = MINUTE)
	private LocalDateTime opensAt;

	@DateTimeFormat(pattern = MINUTE)
	private LocalDateTime closesAt;

	private Integer perDay;

	private Integer perCategoryPerDay;

	private Integer perCandidatePerDay;

	private TallyDisplay tallyDisplay = TallyDisplay.LIVE;

	private Integer tallyDelayMinutes;

	static RulesForm of(VoteRules rules, ZoneId zone) {
		RulesForm form = new RulesForm();
		form.opensAt = local(rules.opensAt(), zone);
		form.closesAt = local(rules.closesAt(), zone);
		form.perDay = rules.perDay();
		form.perCategoryPerDay = rules.perCategoryPerDay();
		form.perCandidatePerDay = rules.perCandidatePerDay();
		form.tallyDisplay = rules.tallyDisplay();
		form.tallyDelayMinutes = rules.tallyDelayMinutes();
		return form;
	}

	VoteRules asRules(ZoneId zone) {
		return new VoteRules(instant(this.opensAt, zone), instant(this.closesAt, zone), this.perDay,
				this.perCategoryPerDay, (this.perCandidatePerDay == null) ? 0 : this.perCandidatePerDay,
				(this.tallyDisplay == null) ? TallyDisplay.LIVE : this.tallyDisplay,
				(this.tallyDelayMinutes == null) ? 0 : this.tallyDelayMinutes);
	}

	/** A window needs both ends, or neither (then the VOTING phase's dates apply). */
	boolean windowIncomplete() {
		return (this.opensAt == null) != (this.closesAt == null);
	}

	private static LocalDateTime local(Instant instant, ZoneId zone) {
		return instant == null ? null : LocalDateTime.ofInstant(instant, zone);
	}

	private static Instant instant(LocalDateTime time, ZoneId zone) {
		return time == null ? null : time.atZone(zone).toInstant();
	}

	public LocalDateTime getOpensAt() {
		return this.opensAt;
	}

	public void setOpensAt(LocalDateTime opensAt) {
		this.opensAt = opensAt;
	}

	public LocalDateTime getClosesAt() {
		return this.closesAt;
	}

	public void setClosesAt(LocalDateTime closesAt) {
		this.closesAt = closesAt;
	}

	public Integer getPerDay() {
		return this.perDay;
	}

	public void setPerDay(Integer perDay) {
		this.perDay = perDay;
	}

	public Integer getPerCategoryPerDay() {
		return this.perCategoryPerDay;
	}

	public void setPerCategoryPerDay(Integer perCategoryPerDay) {
		this.perCategoryPerDay = perCategoryPerDay;
	}

	public Integer getPerCandidatePerDay() {
		return this.perCandidatePerDay;
	}

	public void setPerCandidatePerDay(Integer perCandidatePerDay) {
		this.perCandidatePerDay = perCandidatePerDay;
	}

	public TallyDisplay getTallyDisplay() {
		return this.tallyDisplay;
	}

	public void setTallyDisplay(TallyDisplay tallyDisplay) {
		this.tallyDisplay = tallyDisplay;
	}

	public Integer getTallyDelayMinutes() {
		return this.tallyDelayMinutes;
	}

	public void setTallyDelayMinutes(Integer tallyDelayMinutes) {
		this.tallyDelayMinutes = tallyDelayMinutes;
	}

}
