package cn.laurel.campaign.web;

import java.util.Arrays;

import cn.laurel.campaign.Campaign;

/** What the basics page and the new-campaign page post; co-hosts come one per line. */
class BasicsForm {

	private Long organiserUnitId;

	private String title;

	private String edition;

	private String documentNumber;

	private String hosts;

	private String officeNote;

	private Integer publicityWorkingDays;

	static BasicsForm of(Campaign campaign) {
		BasicsForm form = new BasicsForm();
		form.organiserUnitId = campaign.getOrganiserUnitId();
		form.title = campaign.getTitle();
		form.edition = campaign.getEdition();
		form.documentNumber = campaign.getDocumentNumber();
		form.hosts = String.join("\n", campaign.getHosts());
		form.officeNote = campaign.getOfficeNote();
		form.publicityWorkingDays = campaign.getPublicityWorkingDays();
		return form;
	}

	Campaign.Basics asDomain() {
		return new Campaign.Basics(this.title, this.edition, this.documentNumber,
				this.hosts == null ? null : Arrays.asList(this.hosts.split("\\R")), this.officeNote,
				this.publicityWorkingDays == null ? 0 : this.publicityWorkingDays);
	}

	public Long getOrganiserUnitId() {
		return this.organiserUnitId;
	}

	public void setOrganiserUnitId(Long organiserUnitId) {
		this.organiserUnitId = organiserUnitId;
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getEdition() {
		return this.edition;
	}

	public void setEdition(String edition) {
		this.edition = edition;
	}

	public String getDocumentNumber() {
		return this.documentNumber;
	}

	public void setDocumentNumber(String documentNumber) {
		this.documentNumber = documentNumber;
	}

	public String getHosts() {
		return this.hosts;
	}

	public void setHosts(String hosts) {
		this.hosts = hosts;
	}

	public String getOfficeNote() {
		return this.officeNote;
	}

	public void setOfficeNote(String officeNote) {
		this.officeNote = officeNote;
	}

	public Integer getPublicityWorkingDays() {
		return this.publicityWorkingDays;
	}

	public void setPublicityWorkingDays(Integer publicityWorkingDays) {
		this.publicityWorkingDays = publicityWorkingDays;
	}

}
