package cn.laurel.scoring;

import java.math.BigDecimal;
import java.util.List;

import cn.laurel.LaurelIntegrationTest;
import cn.laurel.org.Account;
import cn.laurel.org.Accounts;
import cn.laurel.org.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static cn.laurel.nomination.NominationScenario.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** One-time invitation links: an outsider becomes a judge of one panel; a used, expired or revoked link does nothing. */
@LaurelIntegrationTest
class InvitationTests {

	/** Where invitation links point, under {@code /public} for people without an account. */
	static final String LINKS = "/public/judge-invitations/";

	@Autowired
	ApplicationContext context;

	@Autowired
	MockMvc mvc;

	@Autowired
	PanelSetup setup;

	@Autowired
	Accounts accounts;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	ScoringScenario scenario;

	Panel panel;

	@BeforeEach
	void panel() {
		this.scenario = new ScoringScenario(this.context);
		this.panel = as(this.scenario.organiser, () -> this.setup.create(this.scenario.campaign.getId(),
				new Panel.Settings("专家和媒体代表", ScoringScenario.SUPERVISORS, PanelMode.SCORES,
						List.of(new Criterion("综合评定", BigDecimal.valueOf(100))), Aggregation.MEAN, false,
						RecusalScope.OWN_UNIT)));
	}

	/** Invites through the panel page and returns the link's path, shown this once. */
	String invite(String invitee) throws Exception {
		MvcResult result = this.mvc
			.perform(post("/campaigns/" + this.scenario.campaign.getId() + "/scoring/panels/" + this.panel.id()
					+ "/invitations").with(user(this.scenario.organiser)).with(csrf())
				.param("invitee", invitee).param("days", "7"))
			.andExpect(flash().attribute("message", "scoring.pages.invitation.created"))
			.andReturn();
		String link = (String) result.getFlashMap().get("invitationLink");
		return link.substring(link.indexOf(LINKS));
	}

	@Test
	void anInvitedOutsiderBecomesAJudgeOfThatPanelOnly() throws Exception {
		String link = invite("刘记者");
		assertThat(this.jdbc.sql("select count(*) from scoring_invitation where token_hash = ?")
			.param(link.substring(LINKS.length())).query(Long.class).single())
			.as("the token itself is never stored").isZero();

		this.mvc.perform(get(link))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("专家和媒体代表")))
			.andExpect(content().string(containsString("value=\"刘记者\"")));
		MvcResult accepted = this.mvc.perform(post(link).with(csrf())
				.param("displayName", "刘记者").param("password", "Judge2026x").param("repeatPassword", "Judge2026x"))
			.andExpect(redirectedUrl(LINKS + "accepted"))
			.andReturn();
		String username = (String) accepted.getFlashMap().get("username");

		Account account = this.accounts.findByUsername(username).orElseThrow();
		assertThat(account.getRole()).isEqualTo(Role.JUDGE);
		assertThat(account.getDisplayName()).isEqualTo("刘记者");
		assertThat(account.isMustChangePassword()).isFalse();
		assertThat(this.jdbc
			.sql("select after_state::text from audit_entry where action = 'account.created' and subject_id = ?")
			.param(String.valueOf(account.getId()))
			.query(String.class)
			.single()).as("org audits the account like one an administrator creates")
			.contains(username)
			.doesNotContain(account.getPasswordHash());
		this.mvc.perform(formLogin("/login").user(username).password("Judge2026x")).andExpect(authenticated());
		this.mvc.perform(get("/judging").with(user(this.users.loadUserByUsername(username))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("专家和媒体代表")));
		assertThat(this.jdbc.sql("select count(*) from scoring_member where account_id = ?").param(account.getId())
			.query(Long.class).single()).isOne();
	}

	@Test
	void aUsedLinkCannotBeUsedAgain() throws Exception {
		String link = invite("马监督员");
		this.mvc.perform(post(link).with(csrf())
				.param("displayName", "马监督员").param("password", "Judge2026x").param("repeatPassword", "Judge2026x"))
			.andExpect(status().is3xxRedirection());
		long judges = this.jdbc.sql("select count(*) from account where role = 'JUDGE'").query(Long.class).single();

		this.mvc.perform(get(link))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("该邀请链接已被使用")))
			.andExpect(content().string(not(containsString("name=\"password\""))));
		this.mvc.perform(post(link).with(csrf())
				.param("displayName", "冒用者").param("password", "Other2026x").param("repeatPassword", "Other2026x"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("该邀请链接已被使用")));
		assertThat(this.jdbc.sql("select count(*) from account where role = 'JUDGE'").query(Long.class).single())
			.isEqualTo(judges);
	}

	@Test
	void anExpiredLinkCreatesNoAccount() throws Exception {
		String link = invite("过期的受邀人");
		this.jdbc.sql("update scoring_invitation set expires_at = now() - interval '1 minute' where invitee = ?")
			.param("过期的受邀人").update();

		this.mvc.perform(get(link))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("该邀请链接已过期")));
		this.mvc.perform(post(link).with(csrf())
				.param("displayName", "过期的受邀人").param("password", "Judge2026x").param("repeatPassword", "Judge2026x"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("该邀请链接已过期")));
		assertThat(this.accounts.findAll()).noneMatch(a -> "过期的受邀人".equals(a.getDisplayName()));
	}

	@Test
	void aRevokedLinkNoLongerWorks() throws Exception {
		String link = invite("撤销的受邀人");
		long id = this.jdbc.sql("select id from scoring_invitation where invitee = ?").param("撤销的受邀人")
			.query(Long.class).single();
		this.mvc.perform(post("/campaigns/" + this.scenario.campaign.getId() + "/scoring/panels/" + this.panel.id()
				+ "/invitations/" + id + "/revoke").with(user(this.scenario.organiser)).with(csrf()))
			.andExpect(flash().attribute("message", "scoring.pages.invitation.revoked"));

		this.mvc.perform(get(link)).andExpect(content().string(containsString("该邀请链接已被撤销")));
	}

	@Test
	void aWeakPasswordIsRefusedAndTheNameTypedIsKept() throws Exception {
		String link = invite("周专家");
		this.mvc.perform(post(link).with(csrf())
				.param("displayName", "周教授").param("password", "short").param("repeatPassword", "short"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("密码至少 8 位")))
			.andExpect(content().string(containsString("value=\"周教授\"")));
		this.mvc.perform(get("/public/judge-invitations/no-such-token")).andExpect(status().isNotFound());
	}

}
