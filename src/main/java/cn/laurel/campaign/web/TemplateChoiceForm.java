package cn.laurel.campaign.web;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;

/** Which template a new campaign starts from, on which day, for which office. */
class TemplateChoiceForm {

	private String templateKey;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate startsOn;

	private Long organiserUnitId;

	public String getTemplateKey() {
		return this.templateKey;
	}

	public void setTemplateKey(String templateKey) {
		this.templateKey = templateKey;
	}

	public LocalDate getStartsOn() {
		return this.startsOn;
	}

	public void setStartsOn(LocalDate startsOn) {
		this.startsOn = startsOn;
	}

	public Long getOrganiserUnitId() {
		return this.organiserUnitId;
	}

	public void setOrganiserUnitId(Long organiserUnitId) {
		this.organiserUnitId = organiserUnitId;
	}

}
