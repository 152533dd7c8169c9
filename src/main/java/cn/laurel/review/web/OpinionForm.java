package cn.laurel.review.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import cn.laurel.campaign.Violation;
import cn.laurel.nomination.Nomination;

/**
 * What the endorser types on the desk. Kept as typed (the date as text) so that a refused opinion
 * comes back exactly as it was, including a seal image uploaded with it ({@code sealFileId}).
 */
class OpinionForm {

	static final String AGREE = "agree";

	static final String DISAGREE = "disagree";

	private String verdict;

	private String opinion;

	private String signerName;

	private String signedOn;

	private boolean electronicSeal;

	private Long sealFileId;

	static OpinionForm prefilled(String signerName, LocalDate today) {
		OpinionForm form = new OpinionForm();
		form.signerName = signerName;
		form.signedOn = today.toString();
		return form;
	}

	/** What the domain cannot check for itself: a verdict chosen, a signer named, a real date. */
	List<Violation> check() {
		List<Violation> violations = new ArrayList<>();
		if (!AGREE.equals(this.verdict) && !DISAGREE.equals(this.verdict)) {
			violations.add(Violation.of("verdict", "review.endorse.verdict-required"));
		}
		if (this.signerName == null || this.signerName.isBlank()) {
			violations.add(Violation.of("signerName", "review.endorse.signer-required"));
		}
		if (date() == null) {
			violations.add(Violation.of("signedOn", "review.endorse.date-invalid"));
		}
		return violations;
	}

	/** The opinion as signed; call only once {@link #check()} found nothing. */
	Nomination.Opinion asOpinion(boolean sealStep) {
		return new Nomination.Opinion(AGREE.equals(this.verdict), this.opinion, this.signerName.strip(), date(),
				sealStep ? this.sealFileId : null, sealStep && this.electronicSeal);
	}

	private LocalDate date() {
		try {
			return this.signedOn == null ? null : LocalDate.parse(this.signedOn.strip());
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	public String getVerdict() {
		return this.verdict;
	}

	public void setVerdict(String verdict) {
		this.verdict = verdict;
	}

	public String getOpinion() {
		return this.opinion;
	}

	public void setOpinion(String opinion) {
		this.opinion = opinion;
	}

	public String getSignerName() {
		return this.signerName;
	}

	public void setSignerName(String signerName) {
		this.signerName = signerName;
	}

	public String getSignedOn() {
		return this.signedOn;
	}

	public void setSignedOn(String signedOn) {
		this.signedOn = signedOn;
	}

	public boolean isElectronicSeal() {
		return this.electronicSeal;
	}

	public void setElectronicSeal(boolean electronicSeal) {
		this.electronicSeal = electronicSeal;
	}

	public Long getSealFileId() {
		return this.sealFileId;
	}

	public void setSealFileId(Long sealFileId) {
		this.sealFileId = sealFileId;
	}

}
