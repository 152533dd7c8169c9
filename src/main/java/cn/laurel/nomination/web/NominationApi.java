package cn.laurel.nomination.web;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Locale;

import cn.laurel.nomination.Answers;
import cn.laurel.nomination.Declaration;
import cn.laurel.nomination.Drafting;
import cn.laurel.nomination.Endorsement;
import cn.laurel.nomination.FilePurpose;
import cn.laurel.nomination.Flag;
import cn.laurel.nomination.FormsWithMaterial;
import cn.laurel.nomination.HistoryEntry;
import cn.laurel.nomination.Nomination;
import cn.laurel.nomination.NominationNotFound;
import cn.laurel.nomination.NominationReader;
import cn.laurel.nomination.NominationRefused;
import cn.laurel.nomination.NominationStatus;
import cn.laurel.nomination.NominationSummary;
import cn.laurel.nomination.ScreenSheets;
import cn.laurel.nomination.Sheet;
import cn.laurel.nomination.StepTracker;
import cn.laurel.nomination.StoredFile;
import cn.laurel.nomination.UnitPublicity;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * A clerk's nominations as JSON: the unit's list, a new draft, one nomination, saving a draft (with the unit's own
 * 公示), attaching a file and submitting it. {@link Drafting} does the work, so rules and authorisation match the
 * pages; a refused submission answers 422 with every reason ({@link NominationApiErrors}), its answers saved all the same.
 */
@RestController
@RequestMapping("/api/v1/nominations")
class NominationApi {

	private final Drafting drafting;

	private final NominationReader reader;

	private final ScreenSheets sheets;

	private final FormsWithMaterial material;

	NominationApi(Drafting drafting, NominationReader reader, ScreenSheets sheets, FormsWithMaterial material) {
		this.drafting = drafting;
		this.reader = reader;
		this.sheets = sheets;
		this.material = material;
	}

	record NewDraft(long categoryId) {
	}

	/** What the clerk typed; left-out parts count as empty. */
	record Typed(Answers answers, String segment, boolean shareCapped, List<Declaration> declarations,
			UnitPublicity unitPublicity) {

		Drafting.Revision revision() {
			return new Drafting.Revision(this.answers == null ? Answers.empty() : this.answers,
					this.segment, this.shareCapped, this.declarations, this.unitPublicity);
		}

	}

	/**
	 * A nomination as its reader may see it: personal answers masked for all but the unit's clerk, and where it is on
	 * its way (the step tracker).
	 */
	record Details(long id, long campaignId, long categoryId, long unitId, int formVersion, NominationStatus status,
			boolean editable, Answers answers, String segment, boolean shareCapped, List<Declaration> declarations,
			UnitPublicity unitPublicity, Drafting.UnitPublicityPeriod unitPublicityPeriod,
			List<StoredFile> files, List<Endorsement> endorsements, List<Flag> flags, List<HistoryEntry> history,
			StepTracker tracker) {

		static Details of(Sheet sheet, boolean editable) {
			Nomination n = sheet.nomination();
			return new Details(n.getId(), n.getCampaignId(), n.getCategoryId(), n.getUnitId(), n.getFormVersion(),
					n.getStatus(), editable, sheet.answers(), n.getSegment(), n.isShareCapped(), n.getDeclarations(),
					n.getUnitPublicity(), sheet.unitPublicityPeriod(), sheet.files(), n.getEndorsements(),
					n.getFlags(), n.getHistory(), sheet.tracker());
		}

	}

	@GetMapping
	List<NominationSummary> mine() {
		return this.drafting.ofMyUnit();
	}

	@PostMapping
	ResponseEntity<Details> create(@RequestBody NewDraft request) {
		Nomination draft = this.drafting.startDraft(request.categoryId());
		return ResponseEntity.created(URI.create("/api/v1/nominations/" + draft.getId())).body(details(draft));
	}

	/** The 推荐表 and the 典型事迹材料 in one Word file named as seed 003 附件4 asks. */
	@GetMapping("/{id}/form-with-material.docx")
	void formWithMaterial(@PathVariable long id, Locale locale, HttpServletResponse response) throws IOException {
		this.material.one(id, locale).sendTo(response);
	}

	/** Those files of a campaign's submitted nominations as a zip, optionally of one category or one unit. */
	@GetMapping("/forms-with-material.zip")
	void formsWithMaterial(@RequestParam long campaignId, @RequestParam(required = false) Long categoryId,
			@RequestParam(required = false) Long unitId, Locale locale, HttpServletResponse response)
			throws IOException {
		this.material.ofCampaign(campaignId, categoryId, unitId, locale).sendTo(response);
	}

	@GetMapping("/{id}")
	Details nomination(@PathVariable long id) {
		return details(this.reader.read(id));
	}

	@PutMapping("/{id}")
	Details save(@PathVariable long id, @RequestBody Typed typed) {
		return details(this.drafting.saveDraft(id, typed.revision()));
	}

	@PostMapping("/{id}/submit")
	Details submit(@PathVariable long id, @RequestBody Typed typed) {
		NominationRefused.throwIfAny(this.drafting.submit(id, typed.revision()));
		return details(this.reader.read(id));
	}

	/** Attaches a file of the clerk's (photo, scan, 公示证明, other evidence) through the same checks as the page. */
	@PostMapping("/{id}/files")
	ResponseEntity<StoredFile> attach(@PathVariable long id, @RequestParam FilePurpose purpose,
			@RequestParam MultipartFile file) throws IOException {
		if (!purpose.isClerks()) {
			throw new NominationNotFound(id);
		}
		StoredFile stored = this.drafting.attach(id, purpose, file.getOriginalFilename(), file.getBytes());
		return ResponseEntity.created(URI.create("/nominations/" + id + "/files/" + stored.id())).body(stored);
	}

	private Details details(Nomination nomination) {
		return Details.of(this.sheets.of(nomination), this.reader.canEdit(nomination));
	}

}
