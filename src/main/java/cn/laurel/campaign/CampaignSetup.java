package cn.laurel.campaign;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import cn.laurel.org.LaurelUser;
import cn.laurel.org.Role;
import cn.laurel.org.Units;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the leading-group office does to set a campaign up and move it along. Every verb checks the
 * configuration rules, saves, and records before and after in the audit trail in one transaction.
 */
@Service
@Transactional
public class CampaignSetup {

	private final Campaigns campaigns;

	private final Categories categories;

	private final FormVersions forms;

	private final FormTemplates templates;

	private final Units units;

	private final List<PhaseGuard> guards;

	private final List<SelectionBasis> selectionBases;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	CampaignSetup(Campaigns campaigns, Categories categories, FormVersions forms, FormTemplates templates, Units units,
			List<PhaseGuard> guards, List<SelectionBasis> selectionBases, ApplicationEventPublisher events, Clock clock) {
		this.campaigns = campaigns;
		this.categories = categories;
		this.forms = forms;
		this.templates = templates;
		this.units = units;
		this.guards = guards;
		this.selectionBases = selectionBases;
		this.events = events;
		this.clock = clock;
	}

	@PreAuthorize("@campaignAccess.canOrganiseFor(#organiserUnitId)")
	public Campaign create(Long organiserUnitId, Campaign.Basics basics) {
		if (this.units.findById(organiserUnitId).isEmpty()) {
			throw new CampaignRefused(List.of(Violation.of("organiserUnitId", "campaign.rule.organiser-unit-unknown")));
		}
		Campaign campaign = this.campaigns.save(new Campaign(organiserUnitId, basics, this.clock.instant()));
		publish("campaign.created", campaign, null, campaign.snapshot());
		return campaign;
	}

	@PreAuthorize("@campaignAccess.canManage(#campaignId)")
	public Campaign describe(Long campaignId, Campaign.Basics basics) {
		return change(campaignId, "campaign.basics-changed", campaign -> campaign.describe(basics));
	}

	@PreAuthorize("@campaignAccess.canManage(#campaignId)")
	public Campaign appointLeadingGroup(Long campaignId, List<GroupMember> members) {
		return change(campaignId, "campaign.leading-group-changed", campaign -> campaign.appointLeadingGroup(members));
	}

	@PreAuthorize("@campaignAccess.canManage(#campaignId)")
	public Campaign schedule(Long campaignId, List<PhaseWindow> windows) {
		return change(campaignId, "campaign.schedule-changed", campaign -> campaign.schedule(windows));
	}

	@PreAuthorize("@campaignAccess.canManage(#campaignId)")
	public Campaign weighScoring(Long campaignId, List<ScoringWeight> weights) {
		return change(campaignId, "campaign.scoring-weights-changed", campaign -> {
			requireOpenSelection(campaign);
			campaign.weighScoring(weights);
		});
	}

	@PreAuthorize("@campaignAccess.canManage(#campaignId)")
	public Campaign limitNominations(Long campaignId, List<NominationLimit> limits) {
		List<Long> categoryIds = categoriesOf(campaignId).stream().map(Category::getId).toList();
		return change(campaignId, "campaign.nomination-limits-changed",
				campaign -> campaign.limitNominations(limits, categoryIds));
	}

	@PreAuthorize("@campaignAccess.canManage(#campaignId)")
	public Campaign askForUnitPublicity(Long campaignId, UnitPublicityRule rule) {
		return change(campaignId, "campaign.unit-publicity-changed", campaign -> campaign.askForUnitPublicity(rule));
	}

	@PreAuthorize("@campaignAccess.canManage(#campaignId)")
	public Campaign defineEndorsementChains(Long campaignId, List<EndorsementStep> steps) {
		List<Long> categoryIds = categoriesOf(campaignId).stream().map(Category::getId).toList();
		return change(campaignId, "campaign.endorsement-chains-changed",
				campaign -> campaign.defineEndorsementChains(steps, categoryIds));
	}

	/** Chooses the units that, with everything under them, may nominate; none restores the default. */
	@PreAuthorize("@campaignAccess.canManage(#campaignId)")
	public Campaign scopeNominations(Long campaignId, List<Long> unitIds) {
		List<Violation> unknown = new ArrayList<>();
		for (int i = 0; i < unitIds.size(); i++) {
			if (unitIds.get(i) == null || !this.units.existsById(unitIds.get(i))) {
				unknown.add(Violation.of("unitIds[" + i + "]", "campaign.rule.scope-unit-unknown"));
			}
		}
		CampaignRefused.throwIfAny(unknown);
		return change(campaignId, "campaign.nomination-scope-changed", campaign -> campaign.scopeNominations(unitIds));
	}

	/**
	 * Moves the campaign to its next scheduled phase; {@code earlyReason} is required when the
	 * current phase's window has not ended yet.
	 */
	@PreAuthorize("@campaignAccess.canManage(#campaignId)")
	public Campaign advance(Long campaignId, String earlyReason) {
		Campaign campaign = campaign(campaignId);
		CampaignPhase from = campaign.getPhase();
		List<Violation> readiness = from == CampaignPhase.PREPARATION ? readiness(campaign) : List.of();
		CampaignPhase to = campaign.advance(LocalDate.now(this.clock), earlyReason, readiness, this.guards);
		campaign = this.campaigns.save(campaign);
		this.events.publishEvent(new CampaignEvents.PhaseAdvanced(campaignId, from, to,
				earlyReason == null || earlyReason.isBlank() ? null : earlyReason.trim()));
		return campaign;
	}

	/** What must be configured before nominations may open. */
	List<Violation> readiness(Campaign campaign) {
		List<Violation> reasons = new ArrayList<>();
		List<Category> categories = categoriesOf(campaign.getId());
		if (categories.isEmpty()) {
			reasons.add(Violation.of("categories", "campaign.ready.needs-category"));
		}
		for (Category category : categories) {
			if (this.forms.current(category.getId()).isEmpty()) {
				reasons.add(Violation.of("categories", "campaign.ready.category-needs-form", category.getName()));
			}
		}
		for (CampaignPhase phase : CampaignPhase.schedulable()) {
			if (phase.isMandatory() && !campaign.schedules(phase)) {
				reasons.add(Violation.of("schedule", "campaign.rule.mandatory-phase-missing", phase.messageKey()));
			}
		}
		if (campaign.schedules(CampaignPhase.EVALUATION) && campaign.getScoringWeights().isEmpty()) {
			reasons.add(Violation.of("scoringWeights", "campaign.ready.evaluation-needs-weights"));
		}
		boolean votesWeighed = campaign.getScoringWeights().stream()
			.anyMatch(weight -> weight.component() == ScoringWeight.Source.ONLINE_VOTES);
		if (votesWeighed && !campaign.schedules(CampaignPhase.VOTING)) {
			reasons.add(Violation.of("scoringWeights", "campaign.ready.votes-weighed-without-voting"));
		}
		return reasons;
	}

	@PreAuthorize("@campaignAccess.canManage(#campaignId)")
	public Category addCategory(Long campaignId, Category.Settings settings, String templateKey) {
		requireOpenSelection(campaign(campaignId));
		FormDefinition form = this.templates.find(templateKey)
			.orElseThrow(() -> new CampaignRefused(List.of(Violation.of("templateKey", "campaign.rule.form-template-unknown"))));
		Category category = this.categories.save(new Category(campaignId, settings));
		this.events.publishEvent(new CampaignEvents.ConfigurationChanged("category.created", "category",
				String.valueOf(category.getId()), campaignId, null, category.snapshot()));
		appendForm(category, form);
		return category;
	}

	@PreAuthorize("@campaignAccess.canManageCategory(#categoryId)")
	public Category configureCategory(Long categoryId, Category.Settings settings) {
		return changeCategory(categoryId, "category.settings-changed", category -> {
			requireOpenSelection(campaign(category.getCampaignId()));
			category.configure(settings);
		});
	}

	@PreAuthorize("@campaignAccess.canManageCategory(#categoryId)")
	public Category setEligibilityRules(Long categoryId, List<EligibilityRule> rules) {
		LocalDate today = LocalDate.now(this.clock);
		return changeCategory(categoryId, "category.eligibility-changed",
				category -> category.setEligibilityRules(rules, today));
	}

	/** Saves {@code form} as the category's next version; nominations keep the version they were created on. */
	@PreAuthorize("@campaignAccess.canManageCategory(#categoryId)")
	public FormVersion reviseForm(Long categoryId, FormDefinition form) {
		Category category = category(categoryId);
		requireOpenSelection(campaign(category.getCampaignId()));
		return appendForm(category, form);
	}

	private FormVersion appendForm(Category category, FormDefinition form) {
		CampaignRefused.throwIfAny(form.check());
		FormDefinition before = this.forms.current(category.getId()).map(FormVersion::definition).orElse(null);
		FormVersion version = this.forms.append(category.getId(), form, currentUsername());
		this.events.publishEvent(new CampaignEvents.ConfigurationChanged("category.form-revised", "category",
				String.valueOf(category.getId()), category.getCampaignId(), before, form));
		return version;
	}

	@Transactional(readOnly = true)
	@PreAuthorize("@campaignAccess.canManage(#campaignId)")
	public Campaign campaign(Long campaignId) {
		return this.campaigns.findById(campaignId).orElseThrow(() -> new CampaignNotFound(campaignId));
	}

	@Transactional(readOnly = true)
	@PreAuthorize("@campaignAccess.canManageCategory(#categoryId)")
	public Category category(Long categoryId) {
		return this.categories.findById(categoryId).orElseThrow(() -> new CampaignNotFound(categoryId));
	}

	@Transactional(readOnly = true)
	@PreAuthorize("@campaignAccess.canManage(#campaignId)")
	public List<Category> categoriesOf(Long campaignId) {
		return this.categories.findByCampaignIdOrderBySortOrderAscIdAsc(campaignId);
	}

	/** The campaigns the current user manages: all for administrators, their office's for organisers. */
	@Transactional(readOnly = true)
	@PreAuthorize("hasAnyRole('ADMIN', 'ORGANISER')")
	public List<Campaign> manageable() {
		LaurelUser user = CampaignAccess.currentUser();
		if (user == null) {
			return List.of();
		}
		return user.is(Role.ADMIN) ? this.campaigns.findAllByOrderByCreatedAtDesc()
				: this.campaigns.findByOrganiserUnitIdOrderByCreatedAtDesc(user.unitId());
	}

	private Campaign change(Long campaignId, String action, Consumer<Campaign> change) {
		Campaign campaign = campaign(campaignId);
		CampaignSnapshot before = campaign.snapshot();
		change.accept(campaign);
		campaign = this.campaigns.save(campaign);
		publish(action, campaign, before, campaign.snapshot());
		return campaign;
	}

	private Category changeCategory(Long categoryId, String action, Consumer<Category> change) {
		Category category = category(categoryId);
		CategorySnapshot before = category.snapshot();
		change.accept(category);
		category = this.categories.save(category);
		this.events.publishEvent(new CampaignEvents.ConfigurationChanged(action, "category",
				String.valueOf(categoryId), category.getCampaignId(), before, category.snapshot()));
		return category;
	}

	/**
	 * The selection configuration may change only in its stages and while nothing made from it stands (the
	 * shortlist): then it is frozen until re-opened.
	 */
	private void requireOpenSelection(Campaign campaign) {
		CampaignAction.CONFIGURE_SELECTION.refusalIn(campaign).ifPresent(refusal -> {
			throw new CampaignRefused(List.of(refusal));
		});
		CampaignRefused.throwIfAny(freezes(campaign.getId()));
	}

	private List<Violation> freezes(long campaignId) {
		return this.selectionBases.stream().flatMap(basis -> basis.freezes(campaignId).stream()).toList();
	}

	/** Whether the selection configuration is frozen by what was made from it, so that only re-opening frees it. */
	@Transactional(readOnly = true)
	@PreAuthorize("@campaignAccess.canManage(#campaignId)")
	public List<Violation> selectionFrozenBy(Long campaignId) {
		return freezes(campaignId);
	}

	/**
	 * Re-opens the frozen selection configuration for a reason, which is audited: what was made from it (the
	 * shortlist) is discarded and must be made again. Only before the 公示 stage, after which the configuration is
	 * the published one for good.
	 */
	@PreAuthorize("@campaignAccess.canManage(#campaignId)")
	public void reopenSelection(Long campaignId, String reason) {
		Campaign campaign = campaign(campaignId);
		if (reason == null || reason.isBlank()) {
			throw new CampaignRefused(List.of(Violation.of("reason", "campaign.rule.reopen-reason-required")));
		}
		CampaignAction.CONFIGURE_SELECTION.refusalIn(campaign).ifPresent(refusal -> {
			throw new CampaignRefused(List.of(refusal));
		});
		if (freezes(campaignId).isEmpty()) {
			throw new CampaignRefused(List.of(Violation.of("selection", "campaign.rule.reopen-not-frozen")));
		}
		this.selectionBases.forEach(basis -> basis.discard(campaignId, reason.strip()));
		this.events.publishEvent(new CampaignEvents.SelectionReopened(campaignId, campaign.getPhase(), reason.strip()));
	}

	private void publish(String action, Campaign campaign, Object before, Object after) {
		this.events.publishEvent(new CampaignEvents.ConfigurationChanged(action, "campaign",
				String.valueOf(campaign.getId()), campaign.getId(), before, after));
	}

	private static String currentUsername() {
		LaurelUser user = CampaignAccess.currentUser();
		return user == null ? "system" : user.getUsername();
	}

}
