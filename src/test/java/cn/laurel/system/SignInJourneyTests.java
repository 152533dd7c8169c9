package cn.laurel.system;

import cn.laurel.BrowserTest;
import cn.laurel.TestAccounts;
import cn.laurel.org.Account;
import cn.laurel.org.Accounts;
import cn.laurel.org.Role;
import cn.laurel.org.Units;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

/** Signing in through the real login page, in Chinese by default and in English on request. */
class SignInJourneyTests extends BrowserTest {

	@Autowired
	Accounts accounts;

	@Autowired
	Units units;

	@Autowired
	PasswordEncoder passwords;

	Account admin;

	@BeforeEach
	void anAdministratorInAFreshBrowserSession() {
		this.admin = new TestAccounts(this.accounts, this.units, this.passwords).create(Role.ADMIN, "测试管理员");
		open("/login");
		browser().manage().deleteAllCookies();
	}

	@Test
	void anAdministratorSignsInLandsOnTheChineseWorkspaceAndSwitchesToEnglish() {
		signIn(this.admin.getUsername(), TestAccounts.PASSWORD);

		until(ExpectedConditions.urlToBe(url("/")));
		assertThat(visible(By.tagName("h1")).getText()).isEqualTo("测试管理员，您好");
		assertThat(browser().getTitle()).isEqualTo("工作台");

		open("/?lang=en");
		assertThat(visible(By.tagName("h1")).getText()).isEqualTo("Hello, 测试管理员");
		assertThat(browser().getTitle()).isEqualTo("Workspace");
		visible(By.cssSelector("nav .dropdown-toggle")).click();
		assertThat(visible(By.cssSelector("nav .dropdown-menu button[type=submit]")).getText()).isEqualTo("Sign out");
		assertThat(visible(By.linkText("Change password")).isDisplayed()).isTrue();

		visible(By.linkText("Audit log")).click();
		until(ExpectedConditions.urlToBe(url("/audit")));
		assertThat(visible(By.tagName("h1")).getText()).isEqualTo("Audit log");
	}

	@Test
	void aWrongPasswordShowsTheChineseErrorOnTheLoginPage() {
		signIn(this.admin.getUsername(), "not-" + TestAccounts.PASSWORD);

		until(ExpectedConditions.urlContains("/login?error"));
		assertThat(visible(By.cssSelector(".alert-danger")).getText()).startsWith("用户名或密码错误");
		assertThat(browser().findElement(By.id("username")).getDomProperty("value"))
			.isEqualTo(this.admin.getUsername());
	}

	private void signIn(String username, String password) {
		open("/login");
		visible(By.id("username")).sendKeys(username);
		browser().findElement(By.id("password")).sendKeys(password);
		browser().findElement(By.cssSelector("form button[type=submit]")).click();
	}

}
