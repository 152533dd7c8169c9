package cn.laurel.event;

import java.time.LocalDate;

import cn.laurel.BrowserTest;
import cn.laurel.nomination.NominationScenario;
import cn.laurel.nomination.NominationScenarios;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static cn.laurel.nomination.NominationScenario.as;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A resident on a 390-px phone at seed 004's 政务开放日: signs up on the public page, is approved, checks in on the day
 * by the door's QR link and fills in the 征求意见表, in headless Chromium; no page scrolls sideways.
 */
class EventPhoneJourneyTests extends BrowserTest {

	private static final int PHONE_WIDTH = 390;

	@Autowired
	NominationScenarios scenarios;

	@Autowired
	EventTemplates templates;

	@Autowired
	EventPlanning planning;

	@Autowired
	Registration registration;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void aPhoneWithoutCookies() {
		open("/public");
		browser().manage().deleteAllCookies();
		emulatePhone(PHONE_WIDTH, 844);
	}

	@AfterEach
	void aDesktopAgain() {
		emulateDesktop();
	}

	@Test
	void aResidentSignsUpChecksInByTheQrLinkAndFillsInTheOpinionForm() {
		NominationScenario scenario = this.scenarios.create();
		Event event = as(scenario.organiser, () -> this.templates.create(scenario.office.getId(), "seed004-open-day",
				LocalDate.of(2022, 5, 30), null));
		as(scenario.organiser, () -> this.planning.advance(event.getId(), EventStatus.OPEN));
		String phone = OpenDayWalkTests.phone();

		open("/public/events/" + event.getPublicKey() + "/sign-up");
		assertThat(viewportWidth()).isLessThanOrEqualTo(PHONE_WIDTH);
		assertNoSidewaysScroll();
		visible(By.id("name")).sendKeys("王居民");
		browser().findElement(By.id("organisation")).sendKeys("XX村");
		browser().findElement(By.id("phone")).sendKeys(phone);
		tap(By.cssSelector("form.vote-form button[type=submit]"));
		assertThat(visible(By.cssSelector(".alert-success")).getText()).contains("报名已提交");
		assertNoSidewaysScroll();
		String token = browser().getCurrentUrl().replaceAll(".*/invitations/([^?]+).*", "$1");

		Participant applicant = this.registration.byToken(token);
		as(scenario.organiser, () -> this.registration.approve(event.getId(), applicant.getId()));
		as(scenario.organiser, () -> this.planning.advance(event.getId(), EventStatus.UNDER_WAY));

		open("/public/events/" + event.getPublicKey() + "/check-in");
		assertNoSidewaysScroll();
		visible(By.id("phone")).sendKeys(phone);
		tap(By.cssSelector("form.vote-form button[type=submit]"));
		assertThat(visible(By.cssSelector(".alert-success")).getText()).contains("签到成功");
		assertThat(browser().findElement(By.cssSelector(".checked-in")).getText()).isEqualTo("已签到");
		assertThat(browser().getPageSource()).doesNotContain(phone);

		tap(By.linkText("填写征求意见表"));
		until(ExpectedConditions.urlContains("/public/events/" + event.getPublicKey() + "/opinions"));
		assertNoSidewaysScroll();
		visible(By.id("content")).sendKeys("建议在村里设立政务服务代办点。");
		tap(By.cssSelector("form.vote-form button[type=submit]"));
		assertThat(visible(By.cssSelector(".alert-success")).getText()).contains("感谢您的意见建议");
		assertNoSidewaysScroll();

		assertThat(this.jdbc.sql("select count(*) from event_participant where event_id = ? and checked_in_at is not null")
			.param(event.getId())
			.query(Long.class)
			.single()).isEqualTo(1);
		assertThat(this.jdbc.sql("select content from event_opinion where event_id = ? and channel = 'PHONE'")
			.param(event.getId())
			.query(String.class)
			.list()).containsExactly("建议在村里设立政务服务代办点。");
	}

}
