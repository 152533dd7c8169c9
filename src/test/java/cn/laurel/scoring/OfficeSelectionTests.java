package cn.laurel.scoring;

import java.util.List;

import cn.laurel.CampaignConsistency;
import cn.laurel.LaurelIntegrationTest;
import cn.laurel.campaign.CampaignInvariants;
import cn.laurel.campaign.CampaignPhase;
import cn.laurel.campaign.CampaignRefused;
import cn.laurel.campaign.CampaignSetup;
import cn.laurel.campaign.Category;
import cn.laurel.campaign.NomineeKind;
import cn.laurel.campaign.Violation;
import cn.laurel.nomination.Nomination;
import cn.laurel.nomination.NominationDriver;
import cn.laurel.nomination.NominationScenario;
import cn.laurel.nomination.NominationScenarios;
import cn.laurel.publicity.PublicityFixtures;
import cn.laurel.publicity.ShortlistEntry;
import cn.laurel.publicity.ShortlistSource;
import cn.laurel.system.Refusal;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static cn.laurel.nomination.NominationScenario.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A campaign without 评审 (seeds 002, 003, 004) selects by the office's own review: its choice, within the places,
 * is the shortlist that goes to 公示 and 审定, and the campaign moves on only once it is made.
 */
@LaurelIntegrationTest
class OfficeSelectionTests {

	@Autowired
	NominationScenarios scenarios;

	@Autowired
	NominationDriver workflow;

	@Autowired
	OfficeSelection selection;

	@Autowired
	ShortlistSource shortlist;

	@Autowired
	CampaignSetup setup;

	@Autowired
	UserDetailsService users;

	@Autowired
	MockMvc mvc;

	@Autowired
	CampaignInvariants invariants;

	@Autowired
	JdbcClient jdbc;

	NominationScenario scenario;

	Category category;

	List<Nomination> made;

	long campaignId;

	/** Quota 2 and three candidates 甲, 乙, 丙, the campaign at 初审 and scheduling no 评审. */
	@BeforeEach
	void threeCandidatesForTwoPlaces() {
		this.scenario = this.scenarios.create();
		this.category = this.scenario.openCategory("generic-person", NomineeKind.PERSON, 2, List.of(), List.of());
		this.campaignId = this.category.getCampaignId();
		this.made = PublicityFixtures.candidates(this.scenario, this.workflow, this.category, List.of("甲", "乙", "丙"));
		as(this.scenario.organiser, () -> this.setup.advance(this.campaignId, "申报提前截止"));
	}

	@Test
	void theOfficesChoiceWithinTheQuotaIsTheShortlistAndTheCampaignMovesOnOnlyOnceItIsMade() {
		assertThatThrownBy(() -> as(this.scenario.organiser, () -> this.setup.advance(this.campaignId, "提前审定")))
			.isInstanceOfSatisfying(CampaignRefused.class, refused -> assertThat(refused.reasons())
				.containsExactly(Violation.of("selection", "scoring.selection.required")));

		as(this.scenario.organiser, () -> this.selection.select(this.campaignId,
				List.of(new OfficeSelection.Choice(this.category.getId(), List.of(id(2), id(0))))));

		assertThat(this.shortlist.shortlist(this.campaignId)).extracting(ShortlistEntry::displayName, ShortlistEntry::rank)
			.containsExactly(tuple("丙", 1), tuple("甲", 2));
		assertThat(as(this.scenario.organiser, () -> this.setup.advance(this.campaignId, "提前审定")).getPhase())
			.isEqualTo(CampaignPhase.DECISION);
		CampaignConsistency.assertConsistent(this.invariants, this.scenario.organiser, this.campaignId);
		assertThatThrownBy(() -> as(this.scenario.organiser, () -> this.selection.select(this.campaignId,
				List.of(new OfficeSelection.Choice(this.category.getId(), List.of(id(1)))))))
			.isInstanceOfSatisfying(ScoringRefused.class, refused -> assertThat(refused.reasons())
				.extracting(Refusal.Reason::code).containsExactly("campaign.stage.over"));
	}

	@Test
	void theShortlistFreezesTheQuotaUntilTheOrganiserReopensItForAReasonWhichDiscardsTheShortlist() throws Exception {
		as(this.scenario.organiser, () -> this.selection.select(this.campaignId,
				List.of(new OfficeSelection.Choice(this.category.getId(), List.of(id(2), id(0))))));
		Category.Settings threePlaces = new Category.Settings(this.category.getName(), NomineeKind.PERSON, 3, 0,
				List.of(), List.of(), null);
		assertThatThrownBy(() -> as(this.scenario.organiser,
				() -> this.setup.configureCategory(this.category.getId(), threePlaces)))
			.isInstanceOfSatisfying(CampaignRefused.class, refused -> assertThat(refused.reasons())
				.extracting(Refusal.Reason::code).containsExactly("scoring.rule.frozen-by-shortlist"));
		var organiser = user(this.users.loadUserByUsername(this.scenario.organiser.getUsername()));
		this.mvc.perform(get("/campaigns/" + this.campaignId).with(organiser))
			.andExpect(content().string(containsString("奖项、名额、分段、分配、权重和推荐表随之冻结")))
			.andExpect(content().string(containsString("重新开放名额与推荐表")));
		this.mvc.perform(post("/campaigns/" + this.campaignId + "/selection/reopen").with(organiser).with(csrf())
				.param("reason", " "))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("请说明重新开放的理由")));

		this.mvc.perform(post("/api/v1/campaigns/" + this.campaignId + "/selection/reopen").with(organiser)
				.with(csrf()).contentType("application/json").content("{\"reason\": \"领导小组决定增加一个名额\"}"))
			.andExpect(status().isNoContent());

		assertThat(this.shortlist.shortlist(this.campaignId)).isEmpty();
		assertThat(this.jdbc.sql("select reason from audit_entry where action = 'campaign.selection-reopened' and "
				+ "subject_id = ?").param(String.valueOf(this.campaignId)).query(String.class).list())
			.containsExactly("领导小组决定增加一个名额");
		as(this.scenario.organiser, () -> this.setup.configureCategory(this.category.getId(), threePlaces));
		as(this.scenario.organiser, () -> this.selection.select(this.campaignId,
				List.of(new OfficeSelection.Choice(this.category.getId(), List.of(id(2), id(0), id(1))))));
		assertThat(this.shortlist.shortlist(this.campaignId)).hasSize(3);

		// once the campaign has moved on to 审定, the configuration is the one decided on, for good
		as(this.scenario.organiser, () -> this.setup.advance(this.campaignId, "提前审定"));
		assertThatThrownBy(() -> as(this.scenario.organiser,
				() -> this.setup.reopenSelection(this.campaignId, "再改一次")))
			.isInstanceOfSatisfying(CampaignRefused.class, refused -> assertThat(refused.reasons())
				.extracting(Refusal.Reason::code).containsExactly("campaign.stage.over"));
	}

	@Test
	void aChoiceBeyondThePlacesOrOfSomeoneWhoIsNotACandidateIsRefusedNamingThem() {
		assertThatThrownBy(() -> as(this.scenario.organiser, () -> this.selection.select(this.campaignId,
				List.of(new OfficeSelection.Choice(this.category.getId(), List.of(id(0), id(1), id(2), id(0)))))))
			.isInstanceOfSatisfying(ScoringRefused.class, refused -> assertThat(refused.reasons()).containsExactly(
					Violation.of("nominationIds", "scoring.selection.not-a-candidate", id(0), this.category.getName()),
					Violation.of("nominationIds", "scoring.selection.beyond-places", "丙", this.category.getName(),
							"selection-outcome.QUOTA_FULL")));
		assertThat(this.shortlist.shortlist(this.campaignId)).isEmpty();
	}

	@Test
	void theSelectionPageNumbersTheChosenAndShowsARefusalWithWhatWasTyped() throws Exception {
		var organiser = user(this.users.loadUserByUsername(this.scenario.organiser.getUsername()));
		String page = "/campaigns/" + this.campaignId + "/selection";
		this.mvc.perform(get(page).with(organiser))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("审核评选")))
			.andExpect(content().string(containsString("丙")));

		this.mvc.perform(post(page).with(organiser).with(csrf())
				.param("place-" + id(0), "1").param("place-" + id(1), "2").param("place-" + id(2), "3"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("超出")))
			.andExpect(content().string(containsString("value=\"3\"")));
		this.mvc.perform(post(page).with(organiser).with(csrf())
				.param("place-" + id(1), "1").param("place-" + id(0), "2").param("place-" + id(2), ""))
			.andExpect(redirectedUrl(page));

		assertThat(this.shortlist.shortlist(this.campaignId)).extracting(ShortlistEntry::displayName)
			.containsExactly("乙", "甲");
	}

	private long id(int index) {
		return this.made.get(index).getId();
	}

}
