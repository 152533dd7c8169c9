package cn.laurel.nomination;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.laurel.campaign.Campaign;
import cn.laurel.campaign.Category;
import cn.laurel.campaign.EligibilityRule;
import cn.laurel.campaign.FormDefinition;

/**
 * Everything the read-only sheet of a nomination shows, as the current user may see it. Its
 * methods are public because the templates call them through SpEL, which sees public methods only.
 *
 * @param answers the answers, personal ones masked unless {@code personalShown}
 * @param personalShown whether the user is the clerk of the nominating unit, who sees them whole
 * @param unitNames names of the nominating unit and the units whose endorsers signed, by id
 * @param unitPublicityPeriod the unit's 公示 on the working-day calendar, where the campaign asks for it and its
 * start is given; else {@code null}
 * @param tracker where it is on its way: steps done, the one it waits at, the ones to come
 */
public record Sheet(Nomination nomination, Campaign campaign, Category category, FormDefinition form, Answers answers,
		boolean personalShown, List<StoredFile> files, Map<Long, String> unitNames,
		Drafting.UnitPublicityPeriod unitPublicityPeriod, StepTracker tracker) {

	/** Whom or what the nomination is for: the answer to the form's first field (姓名, 实事简称, 名称). */
	public String nominee() {
		return this.form.fields().isEmpty() ? "" : this.answers.value(this.form.fields().get(0).key());
	}

	public List<StoredFile> photos() {
		return of(FilePurpose.PHOTO);
	}

	public List<StoredFile> sealedScans() {
		return of(FilePurpose.SEALED_SCAN);
	}

	/** 征求意见表 of same-level departments (seed 002 附件4). */
	public List<StoredFile> opinionForms() {
		return of(FilePurpose.OPINION_FORM);
	}

	/** Whether the sheet shows the unit's own 公示: the campaign asks for it, or the clerk gave one anyway. */
	public boolean showsUnitPublicity() {
		return this.campaign.getUnitPublicity().required() || !this.nomination.getUnitPublicity().isEmpty()
				|| !unitPublicityProofs().isEmpty();
	}

	/** 公示证明 of the unit's own 公示 (seed 003). */
	public List<StoredFile> unitPublicityProofs() {
		return of(FilePurpose.UNIT_PUBLICITY_PROOF);
	}

	/** 其他佐证材料. */
	public List<StoredFile> otherEvidence() {
		return of(FilePurpose.OTHER_EVIDENCE);
	}

	/** The clerk's statement on {@code rule}, if made. */
	public Optional<Declaration> declarationOn(EligibilityRule.Type rule) {
		return this.nomination.getDeclarations().stream().filter(d -> d.rule() == rule).findFirst();
	}

	/** Why a returned nomination came back: the latest return in its history. */
	public Optional<HistoryEntry> returned() {
		if (this.nomination.getStatus() != NominationStatus.RETURNED) {
			return Optional.empty();
		}
		return this.nomination.getHistory()
			.stream()
			.filter(entry -> entry.to() == NominationStatus.RETURNED)
			.reduce((earlier, later) -> later);
	}

	private List<StoredFile> of(FilePurpose purpose) {
		return this.files.stream().filter(file -> file.purpose() == purpose).toList();
	}

}
