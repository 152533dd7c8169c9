package cn.laurel.scoring;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import cn.laurel.LaurelIntegrationTest;
import cn.laurel.campaign.CampaignTemplates;
import cn.laurel.campaign.GroupMember;
import cn.laurel.nomination.NominationScenario;
import cn.laurel.nomination.NominationScenarios;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static cn.laurel.nomination.NominationScenario.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Seed 000: 评选领导小组投票（占30%）by the leading group of its 附件1. A campaign made from the template has that vote's
 * ballot panel over every category, and its page (and the API) offers the group's members, not its sub-groups' staff,
 * to invite.
 */
@LaurelIntegrationTest
class LeadingGroupPanelTests {

	/** 附件1: 组长, 副组长 and the 20 成员. */
	static final List<String> ANNEX_1 = List.of("肖政", "毕雷鸣", "田强", "李斌", "时桂琴", "宗桂平", "杨金强", "王亮国", "曲桂文",
			"岳建平", "刘伟德", "丁全喜", "刘春来", "吴亚山", "陈卫斌", "李锡成", "王传福", "吴强", "侯赞斌", "巩振刚", "陈长峰", "薛美凤");

	@Autowired
	NominationScenarios scenarios;

	@Autowired
	CampaignTemplates templates;

	@Autowired
	Panels panels;

	@Autowired
	MockMvc mvc;

	@Test
	void seed000sLeadingGroupVotesAsABallotPanelOverEveryCategoryAndItsMembersAreInvitedFromAnnex1()
			throws Exception {
		NominationScenario scenario = this.scenarios.create();
		long id = as(scenario.organiser,
				() -> this.templates.create(scenario.office.getId(), "seed000", LocalDate.now())).getId();

		Panel panel = this.panels.ofCampaign(id).stream().filter(p -> p.name().equals("评选领导小组")).findFirst().orElseThrow();
		assertThat(this.panels.ofCampaign(id)).hasSize(1);
		assertThat(panel.settings().component()).isEqualTo("评选领导小组投票");
		assertThat(panel.mode()).isEqualTo(PanelMode.BALLOT);
		assertThat(panel.assignments()).hasSize(2).allMatch(Panel.Assignment::all);

		String page = "/campaigns/" + id + "/scoring/panels/" + panel.id();
		String shown = this.mvc.perform(get(page).with(user(scenario.organiser)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		for (String member : ANNEX_1) {
			assertThat(shown).contains(">" + member + "</button>");
		}
		// 会务协调组's 鲁军 is staff of a sub-group, not a member who votes
		assertThat(shown).doesNotContain(">鲁军</button>");

		this.mvc.perform(post(page + "/invitations").with(user(scenario.organiser)).with(csrf())
				.param("invitee", "肖政")
				.param("days", "7"))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(get(page).with(user(scenario.organiser)))
			.andExpect(content().string(not(containsString(">肖政</button>"))))
			.andExpect(content().string(containsString(">毕雷鸣</button>")));
		this.mvc.perform(get("/api/v1" + page + "/leading-group-to-invite").with(user(scenario.organiser)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(ANNEX_1.size() - 1))
			.andExpect(jsonPath("$[0]").value("毕雷鸣"));
	}

	@Test
	void aPlanWhoseLeadingGroupDoesNotVoteGetsNoPanel() {
		NominationScenario scenario = this.scenarios.create();
		long id = as(scenario.organiser,
				() -> this.templates.create(scenario.office.getId(), "seed001", LocalDate.now())).getId();
		assertThat(this.panels.ofCampaign(id)).isEmpty();
	}

	@Test
	void whoIsStillToInviteLeavesOutThoseSeatedOrInvitedByALinkStillGood() {
		List<GroupMember> group = List.of(new GroupMember(null, GroupMember.Post.LEADER, "肖政"),
				new GroupMember(null, GroupMember.Post.MEMBER, "田强"), new GroupMember(null, GroupMember.Post.MEMBER, "李斌"),
				new GroupMember(null, GroupMember.Post.MEMBER, "王亮国"),
				new GroupMember("会务协调组", GroupMember.Post.LEADER, "王亮国"),
				new GroupMember("会务协调组", GroupMember.Post.MEMBER, "鲁军"));
		Instant now = Instant.now();
		Member seated = new Member(1, 1, "judge-1", "肖政", null, now, 1);
		PanelSetup.Listed open = new PanelSetup.Listed(
				new Invitation(1, 1, "田强", null, now.plusSeconds(60), "organiser", now, null, null, null),
				InvitationState.OPEN);
		PanelSetup.Listed expired = new PanelSetup.Listed(
				new Invitation(2, 1, "李斌", null, now.minusSeconds(60), "organiser", now, null, null, null),
				InvitationState.EXPIRED);

		assertThat(PanelSetup.stillToInvite(group, List.of(seated), List.of(open, expired)))
			.containsExactly("李斌", "王亮国");
	}

}
