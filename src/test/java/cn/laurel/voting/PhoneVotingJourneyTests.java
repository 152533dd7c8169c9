package cn.laurel.voting;

import java.util.UUID;

import cn.laurel.BrowserTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A citizen on a 375-px phone: candidate cards, the candidate's page, captcha and SMS code, the vote,
 * in headless Chromium against the running application; no page may scroll sideways.
 */
@Import(VotingTestConfiguration.class)
class PhoneVotingJourneyTests extends BrowserTest {

	private static final int PHONE_WIDTH = 375;

	@Autowired
	VotingTestData data;

	@Autowired
	RecordingSmsGateway sms;

	@Autowired
	JdbcClient jdbc;

	/** The browser emulates a phone's screen (as its developer tools do), without the voter's cookies. */
	@BeforeEach
	void aPhoneWithoutCookies() {
		open("/public/vote/ping");
		browser().manage().deleteAllCookies();
		emulatePhone(PHONE_WIDTH, 812);
	}

	@AfterEach
	void aDesktopAgain() {
		emulateDesktop();
	}

	@Test
	void aCitizenFindsACandidateVerifiesByCaptchaAndSmsAndVotesOnAPhone() {
		var campaign = this.data.openCampaign(null, null, 1, 3);
		PublicCandidate candidate = campaign.first().get(1);
		String phone = VoterFixtures.uniquePhone();

		open("/public/vote/" + campaign.id() + "/categories/" + campaign.firstCategory());
		assertThat(viewportWidth()).isLessThanOrEqualTo(PHONE_WIDTH);
		assertThat(browser().findElements(By.cssSelector(".vote-button"))).hasSize(3);
		assertNoSidewaysScroll();

		tap(By.linkText(candidate.displayName()));
		until(ExpectedConditions.urlToBe(url("/public/vote/candidates/" + candidate.id())));
		assertNoSidewaysScroll();
		tap(By.cssSelector(".vote-button"));

		until(ExpectedConditions.urlContains("/public/vote/" + campaign.id() + "/verify"));
		assertNoSidewaysScroll();
		visible(By.id("phone")).sendKeys(phone);
		String captchaId = browser().findElement(By.name("captchaId")).getDomProperty("value");
		visible(By.id("captcha")).sendKeys(VoterFixtures.captchaAnswer(this.jdbc, UUID.fromString(captchaId)));
		tap(By.cssSelector("button.btn-outline-danger"));
		visible(By.id("code")).sendKeys(this.sms.lastCodeTo(phone));
		tap(By.cssSelector("button.btn-danger"));

		until(ExpectedConditions.urlToBe(url("/public/vote/candidates/" + candidate.id())));
		tap(By.cssSelector(".vote-button"));
		assertThat(visible(By.cssSelector(".alert-success")).getText()).contains("投票成功");
		assertNoSidewaysScroll();
		assertThat(browser().getPageSource()).doesNotContain(phone).doesNotContain(phone.substring(3));
		assertThat(this.jdbc.sql("select count(*) from vote where campaign_id = ? and candidate_id = ?")
			.params(campaign.id(), candidate.id())
			.query(Long.class)
			.single()).isEqualTo(1);
	}

}
