package cn.laurel.campaign.web;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import cn.laurel.campaign.Campaign;
import cn.laurel.campaign.CampaignAccess;
import cn.laurel.campaign.CampaignInvariants;
import cn.laurel.campaign.CampaignPhase;
import cn.laurel.campaign.CampaignSetup;
import cn.laurel.campaign.CampaignSnapshot;
import cn.laurel.campaign.Category;
import cn.laurel.campaign.CategorySnapshot;
import cn.laurel.campaign.EligibilityRule;
import cn.laurel.campaign.EndorsementStep;
import cn.laurel.campaign.FormDefinition;
import cn.laurel.campaign.FormTemplates;
import cn.laurel.campaign.FormVersion;
import cn.laurel.campaign.FormVersions;
import cn.laurel.campaign.GroupMember;
import cn.laurel.campaign.NominationLimit;
import cn.laurel.campaign.PhaseWindow;
import cn.laurel.campaign.ScoringWeight;
import cn.laurel.campaign.UnitPublicityRule;

import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The campaign configuration as JSON. The same service as the pages does the work, so rules and
 * authorisation are the same; refused changes answer 400 with every violation, refused phase
 * changes 409 with every reason ({@link CampaignApiErrors}).
 */
@RestController
@RequestMapping("/api/v1")
class CampaignApi {

	private final CampaignSetup setup;

	private final FormVersions forms;

	private final FormTemplates templates;

	private final CampaignInvariants invariants;

	private final MessageSource messages;

	CampaignApi(CampaignSetup setup, FormVersions forms, FormTemplates templates, CampaignInvariants invariants,
			MessageSource messages) {
		this.setup = setup;
		this.forms = forms;
		this.templates = templates;
		this.invariants = invariants;
		this.messages = messages;
	}

	record NewCampaign(Long organiserUnitId, Campaign.Basics basics) {
	}

	record NewCategory(Category.Settings settings, String templateKey) {
	}

	record WithReason(String reason) {
	}

	record CampaignDetails(CampaignSnapshot campaign, List<CategorySnapshot> categories) {
	}

	@GetMapping("/campaigns")
	List<CampaignSnapshot> campaigns() {
		return this.setup.manageable().stream().map(Campaign::snapshot).toList();
	}

	@PostMapping("/campaigns")
	ResponseEntity<CampaignSnapshot> create(@RequestBody NewCampaign request) {
		Long organiserUnitId = request.organiserUnitId() != null ? request.organiserUnitId()
				: currentUnit();
		Campaign campaign = this.setup.create(organiserUnitId, request.basics());
		return ResponseEntity.created(URI.create("/api/v1/campaigns/" + campaign.getId())).body(campaign.snapshot());
	}

	@GetMapping("/campaigns/{id}")
	CampaignDetails campaign(@PathVariable Long id) {
		return new CampaignDetails(this.setup.campaign(id).snapshot(),
				this.setup.categoriesOf(id).stream().map(Category::snapshot).toList());
	}

	@PutMapping("/campaigns/{id}/basics")
	CampaignSnapshot describe(@PathVariable Long id, @RequestBody Campaign.Basics basics) {
		return this.setup.describe(id, basics).snapshot();
	}

	@PutMapping("/campaigns/{id}/leading-group")
	CampaignSnapshot leadingGroup(@PathVariable Long id, @RequestBody List<GroupMember> members) {
		return this.setup.appointLeadingGroup(id, members).snapshot();
	}

	@PutMapping("/campaigns/{id}/schedule")
	CampaignSnapshot schedule(@PathVariable Long id, @RequestBody List<PhaseWindow> windows) {
		return this.setup.schedule(id, windows).snapshot();
	}

	@PutMapping("/campaigns/{id}/scoring-weights")
	CampaignSnapshot weights(@PathVariable Long id, @RequestBody List<ScoringWeight> weights) {
		return this.setup.weighScoring(id, weights).snapshot();
	}

	@PutMapping("/campaigns/{id}/nomination-limits")
	CampaignSnapshot limits(@PathVariable Long id, @RequestBody List<NominationLimit> limits) {
		return this.setup.limitNominations(id, limits).snapshot();
	}

	@PutMapping("/campaigns/{id}/unit-publicity")
	CampaignSnapshot unitPublicity(@PathVariable Long id, @RequestBody UnitPublicityRule rule) {
		return this.setup.askForUnitPublicity(id, rule).snapshot();
	}

	/** The named steps of every chain: campaign-wide per unit type, and each category's own. */
	@GetMapping("/campaigns/{id}/endorsement-chains")
	List<EndorsementStep> chains(@PathVariable Long id) {
		return this.setup.campaign(id).getEndorsementSteps();
	}

	@PutMapping("/campaigns/{id}/endorsement-chains")
	CampaignSnapshot chains(@PathVariable Long id, @RequestBody List<EndorsementStep> steps) {
		return this.setup.defineEndorsementChains(id, steps).snapshot();
	}

	@PutMapping("/campaigns/{id}/scope")
	CampaignSnapshot scope(@PathVariable Long id, @RequestBody List<Long> unitIds) {
		return this.setup.scopeNominations(id, unitIds).snapshot();
	}

	@PostMapping("/campaigns/{id}/advance")
	Map<String, CampaignPhase> advance(@PathVariable Long id, @RequestBody(required = false) WithReason request) {
		Campaign campaign = this.setup.advance(id, request == null ? null : request.reason());
		return Map.of("phase", campaign.getPhase());
	}

	/** Re-opens the selection configuration frozen by the shortlist, which is discarded; the reason is audited. */
	@PostMapping("/campaigns/{id}/selection/reopen")
	ResponseEntity<Void> reopenSelection(@PathVariable Long id, @RequestBody(required = false) WithReason request) {
		this.setup.reopenSelection(id, request == null ? null : request.reason());
		return ResponseEntity.noContent().build();
	}

	/**
	 * The invariant checker's findings: quotas kept by the shortlist and the honour list, honourees who passed 初审
	 * and 公示 and were not withdrawn, votes matching their tallies and cast in the window, the audit chain intact.
	 * An empty list when the campaign's data is consistent.
	 */
	@GetMapping("/campaigns/{id}/invariants")
	InvariantReport invariants(@PathVariable Long id, Locale locale) {
		return InvariantReport.of(this.invariants.check(id), this.messages, locale);
	}

	@PostMapping("/campaigns/{id}/categories")
	ResponseEntity<CategorySnapshot> addCategory(@PathVariable Long id, @RequestBody NewCategory request) {
		Category category = this.setup.addCategory(id, request.settings(), request.templateKey());
		return ResponseEntity.created(URI.create("/api/v1/categories/" + category.getId())).body(category.snapshot());
	}

	@GetMapping("/categories/{id}")
	CategorySnapshot category(@PathVariable Long id) {
		return this.setup.category(id).snapshot();
	}

	@PutMapping("/categories/{id}")
	CategorySnapshot configure(@PathVariable Long id, @RequestBody Category.Settings settings) {
		return this.setup.configureCategory(id, settings).snapshot();
	}

	@PutMapping("/categories/{id}/eligibility-rules")
	CategorySnapshot eligibility(@PathVariable Long id, @RequestBody List<EligibilityRule> rules) {
		return this.setup.setEligibilityRules(id, rules).snapshot();
	}

	@GetMapping("/categories/{id}/forms")
	List<FormVersion> formHistory(@PathVariable Long id) {
		this.setup.category(id);
		return this.forms.history(id);
	}

	@PostMapping("/categories/{id}/forms")
	FormVersion reviseForm(@PathVariable Long id, @RequestBody FormDefinition form) {
		return this.setup.reviseForm(id, form);
	}

	@GetMapping("/form-templates")
	List<FormDefinition> templates() {
		return this.templates.all();
	}

	private static Long currentUnit() {
		var user = CampaignAccess.currentUser();
		return user == null ? null : user.unitId();
	}

}
