package cn.laurel.nomination;

import java.util.List;

import cn.laurel.BrowserTest;
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
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import org.springframework.beans.factory.annotation.Autowired;

import static cn.laurel.nomination.NominationScenario.as;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The row editor of the nomination form in a real browser: a clerk lists a deed's team members in
 * order of importance, adding, moving up and removing rows, and the saved nomination keeps that order.
 */
class RowEditorJourneyTests extends BrowserTest {

	@Autowired
	NominationScenarios scenarios;

	@Autowired
	NominationDriver workflow;

	@Test
	void aClerkAddsMovesAndRemovesTeamMembersAndTheOrderIsSaved() {
		NominationScenario scenario = this.scenarios.create();
		Unit bureau = scenario.unit(UnitType.AUTHORITY, scenario.office);
		Unit squadron = scenario.unit(UnitType.DIRECT_SQUADRON, bureau);
		Category category = scenario.openCategory("seed000-deed", NomineeKind.DEED, 10, List.of(),
				List.of(Chains.step(UnitType.DIRECT_SQUADRON, 1, Capacity.DEPARTMENT_HEAD, EndorserUnit.OWN_UNIT,
						false)));
		LaurelUser clerk = scenario.account(Role.CLERK, squadron, null);
		long id = as(clerk, () -> this.workflow.startDraft(category.getId())).getId();

		signIn(clerk.getUsername());
		open("/nominations/" + id);
		memberName(1).sendKeys("张三");
		add().click();
		memberName(2).sendKeys("李四");
		add().click();
		memberName(3).sendKeys("王五");

		rowButton(3, "data-row-up").click();
		assertThat(names()).containsExactly("张三", "王五", "李四");
		rowButton(1, "data-row-remove").click();
		assertThat(names()).containsExactly("王五", "李四");
		assertThat(browser().findElements(By.cssSelector("#rows-members [data-row-number]")))
			.extracting(WebElement::getText)
			.containsExactly("1", "2");

		// the DOM's click: WebDriver's hit test misses a button this far down the long form
		WebElement save = browser().findElement(By.cssSelector("button[form=nomination-form]:not(.btn-primary)"));
		((JavascriptExecutor) browser()).executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();",
				save);
		until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".alert-success")));
		Nomination saved = as(clerk, () -> this.workflow.read(id));
		assertThat(saved.getAnswers().rows("members")).extracting(row -> row.get(0)).containsExactly("王五", "李四");
	}

	private WebElement add() {
		return visible(By.cssSelector("[data-row-add=members]"));
	}

	private WebElement memberName(int row) {
		return visible(By.cssSelector("#rows-members tr:nth-child(" + row + ") input[name='answers.members.0']"));
	}

	private WebElement rowButton(int row, String attribute) {
		return visible(By.cssSelector("#rows-members tr:nth-child(" + row + ") [" + attribute + "]"));
	}

	private List<String> names() {
		return browser().findElements(By.cssSelector("#rows-members input[name='answers.members.0']"))
			.stream()
			.map(input -> input.getDomProperty("value"))
			.toList();
	}

}
