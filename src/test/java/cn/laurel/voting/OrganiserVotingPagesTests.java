package cn.laurel.voting;

import cn.laurel.LaurelIntegrationTest;
import cn.laurel.org.Role;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The organiser sets the voting rules of their campaign; bad rules come back with the reason and what was typed. */
@LaurelIntegrationTest
@Import(VotingTestConfiguration.class)
class OrganiserVotingPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	VotingTestData data;

	@Autowired
	VoterKeys keys;

	@Autowired
	VoterTokens tokens;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theWindowDefaultsToTheVotingPhaseAndSavedRulesAreAudited() throws Exception {
		var campaign = this.data.campaignInNomination(1);

		this.mvc.perform(get("/campaigns/{id}/voting", campaign.id()).with(user(campaign.organiser())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("沿用活动“网络投票”阶段的日期")));
		this.mvc.perform(get("/voting").with(user(campaign.organiser())))
			.andExpect(content().string(containsString("/campaigns/" + campaign.id() + "/voting")));

		this.mvc.perform(post("/campaigns/{id}/voting", campaign.id()).with(user(campaign.organiser())).with(csrf())
				.param("opensAt", "2026-12-11T08:00")
				.param("closesAt", "2026-12-20T20:00")
				.param("perDay", "10")
				.param("perCategoryPerDay", "5")
				.param("perCandidatePerDay", "1")
				.param("tallyDisplay", "DELAYED")
				.param("tallyDelayMinutes", "30"))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("message", "voting.rules.saved"));

		assertThat(this.jdbc.sql("select per_day, tally_delay_minutes from vote_rules where campaign_id = ?")
			.param(campaign.id())
			.query((rs, row) -> rs.getInt(1) + "/" + rs.getInt(2))
			.single()).isEqualTo("10/30");
		assertThat(this.jdbc.sql("select count(*) from audit_entry where campaign_id = ? and action = 'voting.rules-changed'")
			.param(campaign.id())
			.query(Long.class)
			.single()).isEqualTo(1);
		this.mvc.perform(get("/campaigns/{id}/voting", campaign.id()).with(user(campaign.organiser())))
			.andExpect(content().string(containsString("value=\"2026-12-11T08:00\"")));
	}

	@Test
	void rulesThatCannotWorkAreShownAgainWithTheReasonAndWhatWasTyped() throws Exception {
		var campaign = this.data.campaignInNomination(1);

		this.mvc.perform(post("/campaigns/{id}/voting", campaign.id()).with(user(campaign.organiser())).with(csrf())
				.param("opensAt", "2026-12-20T08:00")
				.param("closesAt", "2026-12-11T08:00")
				.param("perDay", "2")
				.param("perCategoryPerDay", "5")
				.param("perCandidatePerDay", "1")
				.param("tallyDisplay", "LIVE"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("投票结束时间须晚于开始时间。")))
			.andExpect(content().string(containsString("每个奖项的限制不能超过每天的总票数。")))
			.andExpect(content().string(containsString("value=\"2026-12-20T08:00\"")));
		this.mvc.perform(post("/campaigns/{id}/voting", campaign.id()).with(user(campaign.organiser())).with(csrf())
				.param("opensAt", "2026-12-20T08:00")
				.param("perCandidatePerDay", "abc"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("请同时填写开始和结束时间")))
			.andExpect(content().string(containsString("请输入整数。")))
			.andExpect(content().string(containsString("value=\"2026-12-20T08:00\"")));
		assertThat(this.jdbc.sql("select count(*) from vote_rules where campaign_id = ?").param(campaign.id())
			.query(Long.class).single()).isZero();
	}

	@Test
	void aClerkAndAnotherOrganiserAreForbiddenTheRules() throws Exception {
		var campaign = this.data.campaignInNomination(1);
		for (Role role : new Role[] { Role.CLERK, Role.ORGANISER }) {
			var someone = this.data.someone(role);
			this.mvc.perform(get("/campaigns/{id}/voting", campaign.id()).with(user(someone)))
				.andExpect(status().isForbidden());
		}
	}

	@Test
	void anAdministratorAskingForAnUnknownCampaignIsToldItIsNotThere() throws Exception {
		this.mvc.perform(get("/campaigns/{id}/voting", Long.MAX_VALUE).with(user(this.data.someone(Role.ADMIN))))
			.andExpect(status().isNotFound());
	}

	@Test
	void aVoterOverTheirRateLimitIsToldWhenToTryAgain() throws Exception {
		var campaign = this.data.openCampaign(null, null, 1, 1);
		var voter = VoterFixtures.voter(this.keys, this.tokens);
		long candidate = campaign.first().get(0).id();
		this.mvc.perform(voter.vote(candidate)).andExpect(status().isOk());
		for (int i = 1; i < 20; i++) {
			this.mvc.perform(voter.on("phone-" + i).vote(candidate)).andExpect(status().isConflict());
		}

		this.mvc.perform(voter.on("tablet").vote(candidate))
			.andExpect(status().isTooManyRequests())
			.andExpect(header().exists("Retry-After"))
			.andExpect(jsonPath("$.message", containsString("您投票过于频繁，请")));
	}

}
