package cn.laurel.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import cn.laurel.award.AwardDecisions;
import cn.laurel.award.Certificates;
import cn.laurel.award.DecisionWording;
import cn.laurel.campaign.Campaign;
import cn.laurel.campaign.CampaignPhase;
import cn.laurel.campaign.CampaignSetup;
import cn.laurel.campaign.CampaignTemplates;
import cn.laurel.campaign.Categories;
import cn.laurel.campaign.Category;
import cn.laurel.campaign.PhaseWindow;
import cn.laurel.nomination.PreliminaryReview;
import cn.laurel.org.Units;
import cn.laurel.publicity.Investigator;
import cn.laurel.publicity.ObjectionHandling;
import cn.laurel.publicity.Publicity;
import cn.laurel.publicity.PublicityRound;
import cn.laurel.scoring.Aggregation;
import cn.laurel.scoring.Criterion;
import cn.laurel.scoring.Judging;
import cn.laurel.scoring.OfficeSelection;
import cn.laurel.scoring.Panel;
import cn.laurel.scoring.PanelMode;
import cn.laurel.scoring.PanelSetup;
import cn.laurel.scoring.RecusalScope;
import cn.laurel.system.InstanceClock;

import org.springframework.stereotype.Component;

/**
 * The demo's campaigns of the later stages: each made from its seed template with its first day in the past and
 * played through the workflow's own verbs on the days its plan gives them, the instance's clock moved to each day,
 * up to the stage it is shown in today.
 */
@Component
class DemoStages {

	/** Past days' work happens in office hours. */
	private static final LocalTime OFFICE = LocalTime.of(9, 30);

	/** The stage after 发布表彰: decided, announced, certificates made, deeds in their 宣传 year. */
	static final String FINISHED = "FINISHED";

	private final InstanceClock clock;

	private final Actors actors;

	private final CampaignTemplates templates;

	private final CampaignSetup setup;

	private final Categories categories;

	private final Units units;

	private final DemoNominations nominations;

	private final PreliminaryReview review;

	private final OfficeSelection selection;

	private final DemoVotes votes;

	private final PanelSetup panels;

	private final Judging judging;

	private final Publicity publicity;

	private final ObjectionHandling objections;

	private final AwardDecisions decisions;

	private final Certificates certificates;

	DemoStages(InstanceClock clock, Actors actors, CampaignTemplates templates, CampaignSetup setup,
			Categories categories, Units units, DemoNominations nominations, PreliminaryReview review,
			OfficeSelection selection, DemoVotes votes, PanelSetup panels, Judging judging, Publicity publicity,
			ObjectionHandling objections, AwardDecisions decisions, Certificates certificates) {
		this.clock = clock;
		this.actors = actors;
		this.templates = templates;
		this.setup = setup;
		this.categories = categories;
		this.units = units;
		this.nominations = nominations;
		this.review = review;
		this.selection = selection;
		this.votes = votes;
		this.panels = panels;
		this.judging = judging;
		this.publicity = publicity;
		this.objections = objections;
		this.decisions = decisions;
		this.certificates = certificates;
	}

	/** Plays the campaign up to its stage, {@code today} being the real day; the clock is left on a past day. */
	long play(DemoSeed.StageSeed seed, LocalDate today) {
		return new Play(seed, today).run();
	}

	/** One campaign played day by day. */
	private final class Play {

		private final DemoSeed.StageSeed seed;

		private final LocalDate today;

		private final LocalDate startsOn;

		private LocalDate day;

		private long id;

		private List<Long> nominated = List.of();

		Play(DemoSeed.StageSeed seed, LocalDate today) {
			this.seed = seed;
			this.today = today;
			this.startsOn = today.minusDays(seed.startedDaysAgo());
		}

		long run() {
			on(this.startsOn.minusDays(1));
			this.id = organiser(() -> DemoStages.this.templates
				.create(unit(this.seed.organiser()), this.seed.template(), this.startsOn)
				.getId());
			describe();
			advanceTo(CampaignPhase.NOMINATION);
			on(this.day.plusDays(1));
			this.nominated = DemoStages.this.nominations.make(this.id, this.seed.nominations());
			on(this.day.plusDays(1));
			for (int i = 0; i < this.nominated.size(); i++) {
				DemoStages.this.nominations.endorse(this.nominated.get(i), this.seed.nominations().get(i).endorsements());
			}
			advanceTo(CampaignPhase.PRELIMINARY_REVIEW);
			this.nominated.forEach(nomination -> organiser(() -> DemoStages.this.review.pass(nomination)));
			if (OfficeSelection.selectsByOffice(campaign())) {
				organiser(() -> DemoStages.this.selection.select(this.id, choices()));
			}
			switch (this.seed.stage()) {
				case "VOTING" -> vote();
				case "EVALUATION" -> judge();
				case "PUBLICITY" -> object();
				case FINISHED -> finish();
				default -> throw new IllegalStateException("Unknown demo stage " + this.seed.stage());
			}
			return this.id;
		}

		/** The title and hosts the demo gives instead of the template's. */
		private void describe() {
			if (this.seed.title() == null && this.seed.hosts() == null) {
				return;
			}
			Campaign campaign = campaign();
			organiser(() -> DemoStages.this.setup.describe(this.id, new Campaign.Basics(
					this.seed.title() != null ? this.seed.title() : campaign.getTitle(), campaign.getEdition(),
					campaign.getDocumentNumber(), this.seed.hosts() != null ? this.seed.hosts() : campaign.getHosts(),
					campaign.getOfficeNote(), campaign.getPublicityWorkingDays())));
		}

		/** 网络投票 open since its first day; citizens have voted on each day so far, today included. */
		private void vote() {
			advanceTo(CampaignPhase.VOTING);
			organiserDoes(() -> DemoStages.this.votes.setRules(this.id));
			for (LocalDate voting = this.day; !voting.isAfter(this.today); voting = voting.plusDays(1)) {
				DemoStages.this.votes.castOn(voting, voting.equals(this.today), this.nominated, this.seed.votes());
			}
			on(this.today);
		}

		/**
		 * 评审 under way: the panels set up on its first day; the next day the judges who are done submit, and
		 * today the others have filled some of their sheets.
		 */
		private void judge() {
			advanceTo(CampaignPhase.EVALUATION);
			List<Long> panelIds = new ArrayList<>();
			List<Panel.Assignment> everyCategory = categoriesOf().stream()
				.map(category -> new Panel.Assignment(category.getId(), true, List.of()))
				.toList();
			for (DemoSeed.PanelSeed panel : this.seed.panels()) {
				long panelId = organiser(() -> DemoStages.this.panels.create(this.id, new Panel.Settings(panel.name(),
						panel.component(), PanelMode.SCORES,
						panel.criteria().stream().map(c -> new Criterion(c.name(), c.maxPoints())).toList(),
						Aggregation.MEAN, false, RecusalScope.OWN_UNIT)).id());
				organiser(() -> DemoStages.this.panels.assign(this.id, panelId, everyCategory));
				panel.judges().forEach(judge -> organiserDoes(
						() -> DemoStages.this.panels.addMember(this.id, panelId, judge.username(), unit(judge.unit()))));
				panelIds.add(panelId);
			}
			on(this.day.plusDays(1));
			fillSheets(panelIds, true);
			on(this.today);
			fillSheets(panelIds, false);
		}

		private void fillSheets(List<Long> panelIds, boolean submitting) {
			for (int p = 0; p < panelIds.size(); p++) {
				long panelId = panelIds.get(p);
				List<DemoSeed.JudgeSeed> judges = this.seed.panels().get(p).judges();
				List<DemoSeed.CriterionSeed> criteria = this.seed.panels().get(p).criteria();
				for (int j = 0; j < judges.size(); j++) {
					DemoSeed.JudgeSeed judge = judges.get(j);
					if (judge.submit() != submitting) {
						continue;
					}
					int seat = j;
					DemoStages.this.actors.as(judge.username(), () -> {
						for (int c = 0; c < judge.sheets(); c++) {
							DemoStages.this.judging.save(panelId, this.nominated.get(c), points(criteria, seat, c),
									null, null);
						}
						if (submitting) {
							DemoStages.this.judging.submit(panelId);
						}
					});
				}
			}
		}

		/**
		 * 公示 published on its first day; the next day a citizen objects to a candidate, and today the office
		 * accepts the objection and has it investigated.
		 */
		private void object() {
			advanceTo(CampaignPhase.PUBLICITY);
			organiser(() -> DemoStages.this.publicity.publish(this.id, this.day));
			DemoSeed.ObjectionSeed objection = this.seed.objection();
			on(this.day.plusDays(1));
			DemoStages.this.objections.file(this.id, this.nominated.get(objection.nomination()), objection.name(),
					objection.phone(), objection.content(), List.of());
			on(this.today);
			organiserDoes(() -> {
				long objectionId = DemoStages.this.objections.ofCampaign(this.id).get(0).getId();
				DemoStages.this.objections.accept(this.id, objectionId);
				DemoStages.this.objections.assign(this.id, objectionId, Investigator.DISCIPLINE,
						objection.investigator(), null);
			});
		}

		/**
		 * The whole plan: 公示 run to its end, the decision recorded, 发布表彰 with the certificates made, then
		 * 宣传.
		 */
		private void finish() {
			advanceTo(CampaignPhase.PUBLICITY);
			PublicityRound round = organiser(() -> DemoStages.this.publicity.publish(this.id, this.day)).round();
			on(later(round.endsOn().plusDays(1)));
			advanceTo(CampaignPhase.DECISION);
			DemoSeed.DecisionSeed decision = this.seed.decision();
			organiserDoes(() -> DemoStages.this.decisions.decide(this.id, DecisionWording.COMMENDATION,
					decision.decidingBody(), this.day, decision.documentNumber(), null));
			advanceTo(CampaignPhase.ANNOUNCEMENT);
			organiserDoes(() -> DemoStages.this.certificates.startBatch(this.id, Locale.SIMPLIFIED_CHINESE));
			if (campaign().schedules(CampaignPhase.PROMOTION)) {
				advanceTo(CampaignPhase.PROMOTION);
			}
		}

		/** Every candidate chosen by the office (审核评选), category by category. */
		private List<OfficeSelection.Choice> choices() {
			Map<Long, List<Long>> byCategory = new LinkedHashMap<>();
			categoriesOf().forEach(category -> byCategory.put(category.getId(), new ArrayList<>()));
			Map<String, Long> idsByName = new LinkedHashMap<>();
			categoriesOf().forEach(category -> idsByName.put(category.getName(), category.getId()));
			for (int i = 0; i < this.nominated.size(); i++) {
				byCategory.get(idsByName.get(this.seed.nominations().get(i).category())).add(this.nominated.get(i));
			}
			return byCategory.entrySet()
				.stream()
				.filter(entry -> !entry.getValue().isEmpty())
				.map(entry -> new OfficeSelection.Choice(entry.getKey(), entry.getValue()))
				.toList();
		}

		/**
		 * Moves on phase by phase to {@code phase}, each on the first day the plan allows: once the current window
		 * is over and the next one has begun.
		 */
		private void advanceTo(CampaignPhase phase) {
			while (campaign().getPhase() != phase) {
				Campaign campaign = campaign();
				CampaignPhase next = campaign.nextPhase().orElseThrow();
				LocalDate allowed = campaign.window(campaign.getPhase())
					.map(window -> window.endsOn().plusDays(1))
					.orElse(this.day);
				Optional<LocalDate> opens = campaign.window(next).map(PhaseWindow::startsOn);
				on(later(opens.map(this::later).map(d -> d.isAfter(allowed) ? d : allowed).orElse(allowed)));
				organiser(() -> DemoStages.this.setup.advance(this.id, null));
			}
		}

		/** {@code candidate} or the current day, whichever is later. */
		private LocalDate later(LocalDate candidate) {
			return candidate.isAfter(this.day) ? candidate : this.day;
		}

		/** The instance's clock on {@code next}: the real time today, office hours before. */
		private void on(LocalDate next) {
			if (next.isAfter(this.today)) {
				throw new IllegalStateException("Demo campaign " + this.seed.template() + " would need " + next
						+ " for its stage " + this.seed.stage() + "; start it earlier");
			}
			this.day = next;
			if (next.equals(this.today)) {
				DemoStages.this.clock.reset();
			}
			else {
				DemoStages.this.clock.moveTo(next, OFFICE);
			}
		}

		private Campaign campaign() {
			return organiser(() -> DemoStages.this.setup.campaign(this.id));
		}

		private List<Category> categoriesOf() {
			return DemoStages.this.categories.findByCampaignIdOrderBySortOrderAscIdAsc(this.id);
		}

		private <T> T organiser(Supplier<T> action) {
			return DemoStages.this.actors.as(this.seed.actingAs(), action);
		}

		private void organiserDoes(Runnable action) {
			DemoStages.this.actors.as(this.seed.actingAs(), action);
		}

		private Long unit(String code) {
			return code == null ? null : DemoStages.this.units.findByCode(code).orElseThrow().getId();
		}

	}

	/** A judge's points: between 70% and 95% of each criterion's maximum, varying by judge and candidate. */
	static List<BigDecimal> points(List<DemoSeed.CriterionSeed> criteria, int judge, int candidate) {
		BigDecimal share = BigDecimal.valueOf(70 + 5 * ((judge * 3 + candidate * 7 + 2) % 6), 2);
		return criteria.stream()
			.map(criterion -> criterion.maxPoints().multiply(share).setScale(0, RoundingMode.HALF_UP))
			.toList();
	}

}
