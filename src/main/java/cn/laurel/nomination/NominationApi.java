package cn.laurel.nomination;

import java.net.URI;
import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A clerk's nominations as JSON: the unit's list, a new draft, one nomination, saving a draft and
 * submitting it. The workflow does the work, so rules and authorisation match the pages; a refused
 * submission answers 422 with every reason ({@link NominationApiErrors}), its answers saved all the same.
 */
@RestController
@RequestMapping("/api/v1/nominations")
class NominationApi {

	private final NominationWorkflow workflow;

	private final ScreenSheets sheets;

	NominationApi(NominationWorkflow workflow, ScreenSheets sheets) {
		this.workflow = workflow;
		this.sheets = sheets;
	}

	record NewDraft(long categoryId) {
	}

	/** What the clerk typed; left-out parts count as empty. */
	record Typed(Answers answers, String segment, boolean shareCapped, List<Declaration> declarations) {

		NominationWorkflow.Revision revision() {
			return new NominationWorkflow.Revision(this.answers == null ? Answers.empty() : this.answers,
					this.segment, this.shareCapped, this.declarations);
		}

	}

	/**
	 * A nomination as its reader may see it: personal answers masked for all but the unit's clerk, and where it is on
	 * its way (the step tracker).
	 */
	record Details(long id, long campaignId, long categoryId, long unitId, int formVersion, NominationStatus status,
			boolean editable, Answers answers, String segment, boolean shareCapped, List<Declaration> declarations,
			List<StoredFile> files, List<Endorsement> endorsements, List<Flag> flags, List<HistoryEntry> history,
			StepTracker tracker) {

		static Details of(Sheet sheet, boolean editable) {
			Nomination n = sheet.nomination();
			return new Details(n.getId(), n.getCampaignId(), n.getCategoryId(), n.getUnitId(), n.getFormVersion(),
					n.getStatus(), editable, sheet.answers(), n.getSegment(), n.isShareCapped(), n.getDeclarations(),
					sheet.files(), n.getEndorsements(), n.getFlags(), n.getHistory(), sheet.tracker());
		}

	}

	@GetMapping
	List<NominationSummary> mine() {
		return this.workflow.ofMyUnit();
	}

	@PostMapping
	ResponseEntity<Details> create(@RequestBody NewDraft request) {
		Nomination draft = this.workflow.startDraft(request.categoryId());
		return ResponseEntity.created(URI.create("/api/v1/nominations/" + draft.getId())).body(details(draft));
	}

	@GetMapping("/{id}")
	Details nomination(@PathVariable long id) {
		return details(this.workflow.read(id));
	}

	@PutMapping("/{id}")
	Details save(@PathVariable long id, @RequestBody Typed typed) {
		return details(this.workflow.saveDraft(id, typed.revision()));
	}

	@PostMapping("/{id}/submit")
	Details submit(@PathVariable long id, @RequestBody Typed typed) {
		NominationRefused.throwIfAny(this.workflow.submit(id, typed.revision()));
		return details(this.workflow.read(id));
	}

	private Details details(Nomination nomination) {
		return Details.of(this.sheets.of(nomination), this.workflow.canEdit(nomination));
	}

}
