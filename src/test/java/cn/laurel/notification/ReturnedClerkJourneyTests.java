package cn.laurel.notification;

import java.util.List;

import cn.laurel.BrowserTest;
import cn.laurel.ModuleReactions;
import cn.laurel.campaign.Category;
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
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In a real browser: a clerk whose nomination the 部门负责人 returned sees the unread count on signing in, reads the
 * notice with the reason, follows it to the nomination and finds where it stands: back at the unit, returned at the
 * 部门负责人's step.
 */
class ReturnedClerkJourneyTests extends BrowserTest {

	@Autowired
	NominationScenarios scenarios;

	@Autowired
	NominationDriver workflow;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aReturnedClerkSeesTheNoticeAndTheStepTracker() {
		NominationScenario scenario = this.scenarios.create();
		Unit section = scenario.unit(UnitType.OFFICE_SECTION, scenario.office);
		LaurelUser clerk = scenario.account(Role.CLERK, section, null);
		LaurelUser head = scenario.account(Role.ENDORSER, section, Capacity.DEPARTMENT_HEAD);
		Category category = scenario.openCategory("generic-person", NomineeKind.PERSON, 5, List.of(), List.of(
				new EndorsementStep(UnitType.OFFICE_SECTION, null, 1, "部门负责人意见", Capacity.DEPARTMENT_HEAD,
						EndorserUnit.OWN_UNIT, 0, false, false, false)));
		long id = NominationNoticesTests.submitted(clerk, category, "张三", this.workflow);
		NominationNoticesTests.endorse(this.workflow, head, id, false, "请补充近三年的考核情况");
		ModuleReactions.settle(this.jdbc);

		signIn(clerk.getUsername());
		assertThat(visible(By.cssSelector(".tile-badge")).getText()).isEqualTo("1");
		browser().findElement(By.cssSelector("a.nav-link[href='/notifications']")).click();

		WebElement notice = visible(By.cssSelector(".notifications li.unread"));
		assertThat(notice.findElement(By.cssSelector(".notice-text")).getText())
			.endsWith("被退回修改，退回理由：请补充近三年的考核情况");
		notice.findElement(By.cssSelector("a")).click();

		until(ExpectedConditions.urlToBe(url("/nominations/" + id)));
		List<WebElement> steps = browser().findElements(By.cssSelector(".step-tracker li"));
		assertThat(steps).hasSize(4);
		assertThat(steps.get(0).getText()).contains("本单位填报", "当前环节", "可办理人：测试CLERK");
		assertThat(steps.get(1).getText()).contains("部门负责人意见", "已退回", "理由：请补充近三年的考核情况");
		assertThat(browser().findElements(By.cssSelector("a.nav-link .badge"))).isEmpty();
	}

}
