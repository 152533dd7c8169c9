package cn.laurel.notification;

import java.time.LocalDate;
import java.util.List;

import cn.laurel.LaurelIntegrationTest;
import cn.laurel.ModuleReactions;
import cn.laurel.campaign.Category;
import cn.laurel.campaign.Chains;
import cn.laurel.campaign.EndorsementStep.EndorserUnit;
import cn.laurel.campaign.EndorsementStep;
import cn.laurel.campaign.NomineeKind;
import cn.laurel.nomination.NominationDriver;
import cn.laurel.nomination.NominationScenario;
import cn.laurel.nomination.NominationScenarios;
import cn.laurel.org.Capacity;
import cn.laurel.org.LaurelUser;
import cn.laurel.org.Role;
import cn.laurel.org.Unit;
import cn.laurel.org.UnitType;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What a clerk whose nomination came back sees: the unread count in the menu and on the home page, the notice (read
 * once the list is opened), the step tracker of the nomination; the same notices as JSON; the e-mail address.
 */
@LaurelIntegrationTest
class NotificationPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	NominationScenarios scenarios;

	@Autowired
	NominationDriver workflow;

	NominationScenario scenario;

	Unit section;

	LaurelUser clerk;

	LaurelUser head;

	Category category;

	/** A 科室 whose 部门负责人 signs before 初审. */
	@BeforeEach
	void sectionWithAOneStepChain() {
		this.scenario = this.scenarios.create();
		this.section = this.scenario.unit(UnitType.OFFICE_SECTION, this.scenario.office);
		this.clerk = this.scenario.account(Role.CLERK, this.section, null);
		this.head = this.scenario.account(Role.ENDORSER, this.section, Capacity.DEPARTMENT_HEAD);
		this.category = this.scenario.openCategory("generic-person", NomineeKind.PERSON, 5, List.of(), List.of(
				Chains.step(UnitType.OFFICE_SECTION, 1, Capacity.DEPARTMENT_HEAD, EndorserUnit.OWN_UNIT, false)));
	}

	@Test
	void aReturnedClerkSeesTheCountTheNoticeAndTheStepTrackerWithTheReason() throws Exception {
		long id = NominationNoticesTests.submitted(this.clerk, this.category, "张三", this.workflow);
		endorse(this.head, id, false, "事迹材料不够具体");

		this.mvc.perform(get("/").with(user(this.clerk)))
			.andExpect(content().string(containsString("badge rounded-pill text-bg-light ms-1\">1</span>")))
			.andExpect(content().string(containsString("tile-badge\">1</span>")));

		Document list = Jsoup.parse(this.mvc.perform(get("/notifications").with(user(this.clerk)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		Element notice = list.selectFirst(".notifications li");
		assertThat(notice.hasClass("unread")).isTrue();
		assertThat(notice.selectFirst(".notice-text").text()).startsWith("“张三”（").endsWith("）被退回修改，退回理由：事迹材料不够具体");
		assertThat(notice.selectFirst("a").attr("href")).isEqualTo("/nominations/" + id);
		this.mvc.perform(get("/").with(user(this.clerk)))
			.andExpect(content().string(not(containsString("text-bg-light ms-1\">"))));

		Document page = Jsoup.parse(this.mvc.perform(get("/nominations/" + id).with(user(this.clerk)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		List<String> steps = page.select(".step-tracker li").eachText();
		assertThat(steps).hasSize(4);
		assertThat(steps.get(0)).contains("本单位填报", this.section.getName(), "可办理人：测试CLERK", "当前环节");
		assertThat(steps.get(1)).contains("所在单位意见", "测试ENDORSER，", "理由：事迹材料不够具体", "已退回");
		assertThat(steps.get(2)).contains("领导小组办公室初审", this.scenario.office.getName(), "未开始");
		assertThat(steps.get(3)).contains("评选、公示与审定表彰", "未开始");
	}

	@Test
	void theTrackerShowsStepsDoneWithWhoAndWhenAndWhoMayActAtTheStepItWaitsAt() throws Exception {
		long id = NominationNoticesTests.submitted(this.clerk, this.category, "李四", this.workflow);
		Document waiting = page(this.clerk, id);
		List<String> steps = waiting.select(".step-tracker li").eachText();
		assertThat(steps.get(0)).contains("本单位填报", "测试CLERK，" + LocalDate.now().getYear(), "已完成");
		assertThat(steps.get(1)).contains("所在单位意见", "可办理人：测试ENDORSER", "当前环节");
		assertThat(waiting.select(".step-tracker li.list-group-item-primary")).hasSize(1);

		endorse(this.head, id, true, "同意");
		steps = page(this.clerk, id).select(".step-tracker li").eachText();
		assertThat(steps.get(1)).contains("测试ENDORSER，", "已完成").doesNotContain("理由");
		assertThat(steps.get(2)).contains("领导小组办公室初审", "可办理人：测试ORGANISER", "当前环节");

		as(this.scenario.organiser, () -> this.workflow.pass(id));
		steps = page(this.clerk, id).select(".step-tracker li").eachText();
		assertThat(steps.get(2)).contains("测试ORGANISER，", "已完成");
		assertThat(steps.get(3)).contains("评选、公示与审定表彰", "当前环节");
	}

	@Test
	void theNoticesAreReadAndMarkedReadOneByOneOrAllAtOnceAsJsonButNeverAnotherUsers() throws Exception {
		long id = NominationNoticesTests.submitted(this.clerk, this.category, "王五", this.workflow);
		endorse(this.head, id, false, "请补充照片");

		this.mvc.perform(get("/api/v1/notifications").with(user(this.head)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.unread").value(1))
			.andExpect(jsonPath("$.notifications[0].link").value("/endorsements/" + id))
			.andExpect(jsonPath("$.notifications[0].text").value(containsString("“王五”")));
		String clerks = this.mvc.perform(get("/api/v1/notifications").with(user(this.clerk)))
			.andExpect(jsonPath("$.unread").value(1))
			.andExpect(jsonPath("$.notifications[0].text").value(containsString("退回理由：请补充照片")))
			.andExpect(jsonPath("$.notifications[0].unread").value(true))
			.andReturn()
			.getResponse()
			.getContentAsString();
		long noticeId = Long.parseLong(clerks.replaceAll("(?s).*\"notifications\":\\[\\{\"id\":(\\d+).*", "$1"));

		this.mvc.perform(post("/api/v1/notifications/" + noticeId + "/read").with(user(this.head)).with(csrf()))
			.andExpect(status().isNotFound());
		this.mvc.perform(post("/api/v1/notifications/" + noticeId + "/read").with(user(this.clerk)).with(csrf()))
			.andExpect(status().isNoContent());
		this.mvc.perform(get("/api/v1/notifications").with(user(this.clerk)))
			.andExpect(jsonPath("$.unread").value(0))
			.andExpect(jsonPath("$.notifications[0].unread").value(false));

		// the endorser's notice is still unread: marking all read clears it
		this.mvc.perform(post("/api/v1/notifications/read").with(user(this.head)).with(csrf()))
			.andExpect(status().isNoContent());
		this.mvc.perform(get("/api/v1/notifications").with(user(this.head)))
			.andExpect(jsonPath("$.unread").value(0))
			.andExpect(jsonPath("$.notifications[0].unread").value(false));
	}

	@Test
	void anInvalidAddressIsRefusedAndShownAgainAsTyped() throws Exception {
		this.mvc.perform(post("/notifications/address").with(user(this.clerk)).with(csrf()).param("email", "clerk-at-example"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("请填写有效的电子邮箱地址")))
			.andExpect(content().string(containsString("value=\"clerk-at-example\"")));
		this.mvc.perform(post("/notifications/address").with(user(this.clerk)).with(csrf())
				.param("email", "clerk@example.com"))
			.andExpect(redirectedUrl("/notifications"));
		this.mvc.perform(get("/notifications").with(user(this.clerk)))
			.andExpect(content().string(containsString("value=\"clerk@example.com\"")));
	}

	private Document page(LaurelUser user, long id) throws Exception {
		return Jsoup.parse(this.mvc.perform(get("/nominations/" + id).with(user(user)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

	private void endorse(LaurelUser endorser, long id, boolean agreed, String opinion) {
		NominationNoticesTests.endorse(this.workflow, endorser, id, agreed, opinion);
		ModuleReactions.settle(this.jdbc);
	}

}
