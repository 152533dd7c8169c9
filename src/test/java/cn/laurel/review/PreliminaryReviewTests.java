package cn.laurel.review;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import cn.laurel.LaurelIntegrationTest;
import cn.laurel.campaign.Chains;
import cn.laurel.campaign.EligibilityRule;
import cn.laurel.campaign.EndorsementStep;
import cn.laurel.campaign.EndorsementStep.EndorserUnit;
import cn.laurel.nomination.Declaration;
import cn.laurel.nomination.HistoryEntry;
import cn.laurel.nomination.Nomination;
import cn.laurel.nomination.NominationStatus;
import cn.laurel.org.Capacity;
import cn.laurel.org.Role;
import cn.laurel.org.Unit;
import cn.laurel.org.UnitType;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * 初审 through the office's desk, on PostgreSQL: the queue, the checklist, pass, return and reject
 * with reasons the clerk reads, flags that block passing until cleared in writing, and access.
 */
@LaurelIntegrationTest
class PreliminaryReviewTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Clock clock;

	@Autowired
	ReviewFixture fixture;

	Unit office;

	Unit section;

	UserDetails organiser;

	UserDetails clerk;

	UserDetails head;

	ReviewFixture.Opened campaign;

	/** A 科室 whose nominations need its 部门负责人's agreement before 初审. */
	@BeforeEach
	void campaignWithAOneStepChain() {
		this.office = this.fixture.unit(UnitType.AUTHORITY, null);
		this.section = this.fixture.unit(UnitType.OFFICE_SECTION, this.office);
		this.organiser = this.fixture.account(Role.ORGANISER, this.office, null);
		this.clerk = this.fixture.clerkOf(this.section);
		this.head = this.fixture.endorser(this.section, Capacity.DEPARTMENT_HEAD);
		this.campaign = this.fixture.campaign(this.organiser, this.office, LocalDate.now(this.clock).plusDays(9),
				List.of(), List.of(Chains.step(UnitType.OFFICE_SECTION, 1, Capacity.DEPARTMENT_HEAD,
						EndorserUnit.OWN_UNIT, false)));
	}

	@Test
	void passingAtPreliminaryReviewMakesTheNominationACandidate() throws Exception {
		long id = inReview("孙七");

		this.mvc.perform(get("/campaigns/" + this.campaign.campaignId() + "/review").with(user(this.organiser)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("孙七")))
			.andExpect(content().string(containsString("/review/" + id)));
		this.mvc.perform(post("/review/" + id + "/pass").with(user(this.organiser)).with(csrf()))
			.andExpect(redirectedUrl("/campaigns/" + this.campaign.campaignId() + "/review"))
			.andExpect(flash().attribute("message", "review.decided.passed"));

		assertThat(this.fixture.read(this.clerk, id).getStatus()).isEqualTo(NominationStatus.CANDIDATE);
	}

	@Test
	void theChecklistShowsEachItemTickedOrCrossedWithItsReason() throws Exception {
		long id = inReview("周八");

		Document page = Jsoup.parse(this.mvc.perform(get("/review/" + id).with(user(this.organiser)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());

		assertThat(page.select("ul.checklist > li")).hasSize(ReviewCheck.values().length);
		assertThat(page.select("ul.checklist > li.check-failed")).isEmpty();
		assertThat(page.select("ul.checklist").text()).contains("必填项（共 7 项）均已填写。", "照片 1 张，要求 1–2 张。",
				"“简要事迹材料”10 字，上限 500 字。", "所在单位意见：同意（部门负责人 签字");
		assertThat(page.select("[hx-get=/nominations/" + id + "/sheet]")).hasSize(1);
	}

	@Test
	void returningForRevisionNeedsAReasonTheClerkReadsAndTheResubmissionWalksTheChainAgain() throws Exception {
		long id = inReview("吴九");

		this.mvc.perform(post("/review/" + id + "/return").with(user(this.organiser)).with(csrf()).param("reason", " "))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("请填写理由。")));
		this.mvc.perform(post("/review/" + id + "/return").with(user(this.organiser)).with(csrf())
				.param("reason", "请补充 2020 年以来的具体事迹。"))
			.andExpect(redirectedUrl("/campaigns/" + this.campaign.campaignId() + "/review"));

		Nomination returned = this.fixture.read(this.clerk, id);
		assertThat(returned.getStatus()).isEqualTo(NominationStatus.RETURNED);
		assertThat(returned.getHistory()).extracting(HistoryEntry::reason).contains("请补充 2020 年以来的具体事迹。");

		this.fixture.resubmit(this.clerk, id, "吴九");
		Nomination again = this.fixture.read(this.clerk, id);
		assertThat(again.getStatus()).isEqualTo(NominationStatus.ENDORSING);
		assertThat(again.getRound()).isEqualTo(2);
		assertThat(again.currentEndorsements()).isEmpty();
		this.mvc.perform(get("/endorsements/" + id).with(user(this.head))).andExpect(status().isOk());
		endorse(id);
		assertThat(this.fixture.read(this.clerk, id).getStatus()).isEqualTo(NominationStatus.IN_REVIEW);
		assertThat(this.fixture.read(this.clerk, id).currentEndorsements()).hasSize(1);
	}

	@Test
	void rejectingNeedsAReasonAndKeepsTheReasonTypedWhenRefused() throws Exception {
		long id = inReview("郑十");

		this.mvc.perform(post("/review/" + id + "/reject").with(user(this.organiser)).with(csrf()).param("reason", ""))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("请填写理由。")));
		this.mvc.perform(post("/review/" + id + "/reject").with(user(this.organiser)).with(csrf())
				.param("reason", "不符合推荐条件。"))
			.andExpect(redirectedUrl("/campaigns/" + this.campaign.campaignId() + "/review"));

		Nomination rejected = this.fixture.read(this.clerk, id);
		assertThat(rejected.getStatus()).isEqualTo(NominationStatus.REJECTED);
		assertThat(rejected.getHistory().get(rejected.getHistory().size() - 1).reason()).isEqualTo("不符合推荐条件。");
	}

	@Test
	void aFlaggedNominationCannotPassUntilTheFlagIsClearedInWriting() throws Exception {
		this.fixture.flagRule(this.organiser, this.campaign.categoryId(), EligibilityRule.Type.NO_LEADERSHIP_CADRES);
		long id = this.fixture.submitted(this.clerk, this.campaign.categoryId(), "冯科长",
				new Declaration(EligibilityRule.Type.NO_LEADERSHIP_CADRES, false, null));
		endorse(id);

		this.mvc.perform(get("/campaigns/" + this.campaign.campaignId() + "/review").with(user(this.organiser)))
			.andExpect(content().string(containsString("table-warning")));
		this.mvc.perform(post("/review/" + id + "/pass").with(user(this.organiser)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("尚有未处理的标记")));
		assertThat(this.fixture.read(this.clerk, id).getStatus()).isEqualTo(NominationStatus.IN_REVIEW);

		this.mvc.perform(post("/review/" + id + "/flags/0/clear").with(user(this.organiser)).with(csrf())
				.param("reason", ""))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("请填写理由。")));
		this.mvc.perform(post("/review/" + id + "/flags/0/clear").with(user(this.organiser)).with(csrf())
				.param("reason", "经核实为一线业务骨干，非领导班子成员。"))
			.andExpect(redirectedUrl("/review/" + id));
		this.mvc.perform(post("/review/" + id + "/pass").with(user(this.organiser)).with(csrf()))
			.andExpect(status().is3xxRedirection());

		Nomination passed = this.fixture.read(this.clerk, id);
		assertThat(passed.getStatus()).isEqualTo(NominationStatus.CANDIDATE);
		assertThat(passed.getFlags().get(0).clearance()).isEqualTo("经核实为一线业务骨干，非领导班子成员。");
	}

	@Test
	void anOrganiserOfAnotherOfficeCanNeitherOpenTheQueueNorReviewTheNomination() throws Exception {
		long id = inReview("陈十一");
		UserDetails stranger = this.fixture.account(Role.ORGANISER, this.fixture.unit(UnitType.AUTHORITY, null), null);

		this.mvc.perform(get("/campaigns/" + this.campaign.campaignId() + "/review").with(user(stranger)))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/campaigns/" + this.campaign.campaignId() + "/board").with(user(stranger)))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/review/" + id).with(user(stranger))).andExpect(status().isNotFound());
		this.mvc.perform(post("/review/" + id + "/pass").with(user(stranger)).with(csrf()))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/review").with(user(stranger)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString(
					"/campaigns/" + this.campaign.campaignId() + "/review"))));
		assertThat(this.fixture.read(this.clerk, id).getStatus()).isEqualTo(NominationStatus.IN_REVIEW);
	}

	@Test
	void clerksAndEndorsersHaveNoReviewDeskAndNoBoard() throws Exception {
		long id = inReview("褚十二");
		for (UserDetails outsider : List.of(this.clerk, this.head)) {
			for (String page : List.of("/review", "/review/" + id,
					"/campaigns/" + this.campaign.campaignId() + "/review",
					"/campaigns/" + this.campaign.campaignId() + "/board",
					"/campaigns/" + this.campaign.campaignId() + "/board.xlsx")) {
				this.mvc.perform(get(page).with(user(outsider))).andExpect(status().isForbidden());
			}
			this.mvc.perform(post("/review/" + id + "/pass").with(user(outsider)).with(csrf()))
				.andExpect(status().isForbidden());
		}
	}

	private long inReview(String name) throws Exception {
		long id = this.fixture.submitted(this.clerk, this.campaign.categoryId(), name);
		endorse(id);
		assertThat(this.fixture.read(this.clerk, id).getStatus()).isEqualTo(NominationStatus.IN_REVIEW);
		return id;
	}

	private void endorse(long id) throws Exception {
		this.mvc.perform(post("/endorsements/" + id).with(user(this.head)).with(csrf())
				.param("verdict", "agree").param("opinion", "同意").param("signerName", "部门负责人 签字")
				.param("signedOn", LocalDate.now(this.clock).toString()))
			.andExpect(redirectedUrl("/endorsements"));
	}

}
