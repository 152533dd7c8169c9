package cn.laurel.nomination;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import cn.laurel.LaurelIntegrationTest;
import cn.laurel.campaign.Category;
import cn.laurel.campaign.Chains;
import cn.laurel.campaign.EndorsementStep.EndorserUnit;
import cn.laurel.campaign.EndorsementStep;
import cn.laurel.campaign.NomineeKind;
import cn.laurel.org.Capacity;
import cn.laurel.org.LaurelUser;
import cn.laurel.org.Role;
import cn.laurel.org.Unit;
import cn.laurel.org.UnitType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static cn.laurel.nomination.NominationScenario.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * One nomination of each kind walked through the HTTP layer on PostgreSQL, as its people click:
 * the clerk drafts, uploads (an organisation also the 征求意见表 of seed 002) and submits; each endorser of the chain signs; the office passes it at
 * 初审; it ends a candidate.
 */
@LaurelIntegrationTest
class NominationJourneyTests {

	@Autowired
	NominationScenarios scenarios;

	@Autowired
	MockMvc mvc;

	@Autowired
	NominationDriver workflow;

	NominationScenario scenario;

	@BeforeEach
	void office() {
		this.scenario = this.scenarios.create();
	}

	@Test
	void aPersonFromADispatchedSquadronPassesHeadTownSealAndLeaderToCandidate() throws Exception {
		Unit bureau = this.scenario.unit(UnitType.AUTHORITY, this.scenario.office);
		Unit town = this.scenario.unit(UnitType.TOWN, null);
		Unit squadron = this.scenario.stationedSquadron(bureau, town);
		Category category = this.scenario.openCategory("seed000-person", NomineeKind.PERSON, 10, List.of(),
				List.of(step(UnitType.STATIONED_SQUADRON, 1, Capacity.DEPARTMENT_HEAD, EndorserUnit.OWN_UNIT, false),
						step(UnitType.STATIONED_SQUADRON, 2, Capacity.TOWN, EndorserUnit.STATIONED_TOWN, true),
						step(UnitType.STATIONED_SQUADRON, 3, Capacity.LEADER_IN_CHARGE, EndorserUnit.PARENT_UNIT,
								false)));
		Answers person = new Answers(AnswerRulesTests.seed000Person(), Map.of());
		long id = submitted(squadron, category, person, 2, true);
		endorse(id, this.scenario.account(Role.ENDORSER, squadron, Capacity.DEPARTMENT_HEAD), false);
		endorse(id, this.scenario.account(Role.ENDORSER, town, Capacity.TOWN), true);
		endorse(id, this.scenario.account(Role.ENDORSER, bureau, Capacity.LEADER_IN_CHARGE), false);
		passedAtReview(id, squadron, "王立新");
	}

	@Test
	void aDeedWithItsTeamPassesHeadAndLeaderToCandidate() throws Exception {
		Unit bureau = this.scenario.unit(UnitType.AUTHORITY, this.scenario.office);
		Unit squadron = this.scenario.unit(UnitType.DIRECT_SQUADRON, bureau);
		Category category = this.scenario.openCategory("seed000-deed", NomineeKind.DEED, 10, List.of(),
				List.of(step(UnitType.DIRECT_SQUADRON, 1, Capacity.DEPARTMENT_HEAD, EndorserUnit.OWN_UNIT, false),
						step(UnitType.DIRECT_SQUADRON, 2, Capacity.LEADER_IN_CHARGE, EndorserUnit.PARENT_UNIT, false)));
		Answers deed = new Answers(
				Map.of("deedTitle", "背街小巷整治", "involved", "直属一中队", "contactName", "李明", "contactPhone",
						"13805320001", "deeds", "整".repeat(200)),
				Map.of("members", List.of(List.of("张三", "中共党员", "中队长"), List.of("李四", "群众", "队员"))));
		long id = submitted(squadron, category, deed, 1, true);
		endorse(id, this.scenario.account(Role.ENDORSER, squadron, Capacity.DEPARTMENT_HEAD), false);
		endorse(id, this.scenario.account(Role.ENDORSER, bureau, Capacity.LEADER_IN_CHARGE), false);
		passedAtReview(id, squadron, "背街小巷整治");
		Nomination candidate = as(this.scenario.organiser, () -> this.workflow.read(id));
		assertThat(candidate.getAnswers().rows("members")).extracting(row -> row.get(0)).containsExactly("张三", "李四");
	}

	@Test
	void anOrganisationPassesDisciplineInspectionToCandidate() throws Exception {
		Unit department = this.scenario.unit(UnitType.CITY_DEPARTMENT, this.scenario.office);
		Category category = this.scenario.openCategory("seed003-organisation", NomineeKind.COLLECTIVE, 10, List.of(),
				List.of(step(UnitType.CITY_DEPARTMENT, 1, Capacity.DISCIPLINE, EndorserUnit.OWN_UNIT, false)));
		Answers organisation = new Answers(Map.of("organisationName", "洛阳市民政局社会救助科", "organisationCategory",
				"各市（地、州）所属机构", "mainProjects", "低保、特困救助供养", "headName", "周明", "headPost", "科长",
				"headPhone", "13903790001", "postcode", "471000", "address", "洛阳市西工区", "deeds", "服".repeat(400),
				"material", "务".repeat(900)), Map.of());
		ClerkPages pages = new ClerkPages(this.mvc, this.scenario.account(Role.CLERK, department, null));
		long id = pages.startDraft(category.getId());
		this.mvc.perform(pages.upload(id, "OPINION_FORM", "财政局征求意见表.pdf", ClerkPages.PDF))
			.andExpect(status().is3xxRedirection());
		submit(pages, id, organisation, 0, true);
		LaurelUser discipline = this.scenario.account(Role.ENDORSER, department, Capacity.DISCIPLINE);
		this.mvc.perform(get("/nominations/" + id + "/sheet").with(user(discipline)))
			.andExpect(content().string(containsString("财政局征求意见表.pdf")));
		endorse(id, discipline, false);
		passedAtReview(id, department, "洛阳市民政局社会救助科");
	}

	private long submitted(Unit unit, Category category, Answers answers, int photos, boolean scan) throws Exception {
		ClerkPages pages = new ClerkPages(this.mvc, this.scenario.account(Role.CLERK, unit, null));
		long id = pages.startDraft(category.getId());
		submit(pages, id, answers, photos, scan);
		return id;
	}

	/** Saves the answers, uploads the files and submits, as the clerk's edit page does. */
	private void submit(ClerkPages pages, long id, Answers answers, int photos, boolean scan) throws Exception {
		this.mvc.perform(pages.form("/nominations/" + id, answers)).andExpect(status().is3xxRedirection());
		for (int i = 0; i < photos; i++) {
			this.mvc.perform(pages.upload(id, "PHOTO", "照片" + i + ".jpg", Images.of("jpg", 800, 600)))
				.andExpect(status().is3xxRedirection());
		}
		if (scan) {
			this.mvc.perform(pages.upload(id, "SEALED_SCAN", "推荐表.pdf", ClerkPages.PDF))
				.andExpect(status().is3xxRedirection());
		}
		this.mvc.perform(pages.form("/nominations/" + id + "/submit", answers))
			.andExpect(status().is3xxRedirection());
		assertThat(as(this.scenario.organiser, () -> this.workflow.read(id)).getStatus())
			.isIn(NominationStatus.ENDORSING, NominationStatus.IN_REVIEW);
	}

	private void endorse(long id, LaurelUser endorser, boolean electronicSeal) throws Exception {
		this.mvc.perform(get("/endorsements").with(user(endorser))).andExpect(status().isOk())
			.andExpect(content().string(containsString("/endorsements/" + id)));;
		this.mvc.perform(post("/endorsements/" + id).with(user(endorser)).with(csrf())
			.param("verdict", "agree")
			.param("opinion", "情况属实，同意推荐。")
			.param("signerName", "签字人")
			.param("signedOn", LocalDate.now().toString())
			.param("electronicSeal", String.valueOf(electronicSeal))).andExpect(status().is3xxRedirection());
	}

	private void passedAtReview(long id, Unit unit, String name) throws Exception {
		assertThat(as(this.scenario.organiser, () -> this.workflow.read(id)).getStatus())
			.isEqualTo(NominationStatus.IN_REVIEW);
		this.mvc.perform(get("/review/" + id).with(user(this.scenario.organiser))).andExpect(status().isOk());
		this.mvc.perform(post("/review/" + id + "/pass").with(user(this.scenario.organiser)).with(csrf()))
			.andExpect(status().is3xxRedirection());
		Nomination candidate = as(this.scenario.organiser, () -> this.workflow.read(id));
		assertThat(candidate.getStatus()).isEqualTo(NominationStatus.CANDIDATE);
		assertThat(candidate.getHistory()).extracting(HistoryEntry::action).startsWith("created").endsWith("passed");
		LaurelUser clerk = this.scenario.account(Role.CLERK, unit, null);
		this.mvc.perform(get("/nominations/" + id).with(user(clerk))).andExpect(status().isOk())
			.andExpect(content().string(ClerkPages.shows(name, "候选人")));
	}

	private static EndorsementStep step(UnitType type, int order, Capacity capacity, EndorserUnit where,
			boolean seal) {
		return Chains.step(type, order, capacity, where, seal);
	}

}
