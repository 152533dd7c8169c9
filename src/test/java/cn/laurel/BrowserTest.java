package cn.laurel;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Function;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.fail;

/**
 * A journey through the running application in a real headless Chromium, one browser per test
 * class. The browser and its driver are Debian's ({@code apt-get install chromium chromium-driver}),
 * named explicitly so that Selenium Manager never tries to download either. A missing browser
 * fails the test instead of skipping it: a skipped journey would hide a machine set up wrongly.
 * Other paths can be given with {@code -Dlaurel.chromium=…} and {@code -Dlaurel.chromedriver=…}.
 */
@Tag("browser")
@Tag("database")
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@Import(TestDatabase.class)
public abstract class BrowserTest {

	private static final Path CHROMIUM = Path.of(System.getProperty("laurel.chromium", "/usr/bin/chromium"));

	private static final Path CHROMEDRIVER = Path
		.of(System.getProperty("laurel.chromedriver", "/usr/bin/chromedriver"));

	private static final Duration PATIENCE = Duration.ofSeconds(10);

	private static ChromeDriver browser;

	private static Path profile;

	@LocalServerPort
	private int port;

	@BeforeAll
	static void startBrowser() throws IOException {
		requireExecutable(CHROMIUM, "chromium");
		requireExecutable(CHROMEDRIVER, "chromium-driver");
		profile = Files.createTempDirectory("laurel-chromium-");
		ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile())
			.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
					"--disable-component-update", "--disable-sync", "--no-first-run", "--window-size=1280,900",
					"--user-data-dir=" + profile);
		ChromeDriverService driver = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
			.usingAnyFreePort()
			.build();
		browser = new ChromeDriver(driver, options);
	}

	@AfterAll
	static void stopBrowser() throws IOException {
		if (browser != null) {
			browser.quit();
			browser = null;
		}
		if (profile != null) {
			FileSystemUtils.deleteRecursively(profile);
		}
	}

	private static void requireExecutable(Path path, String debianPackage) {
		if (!Files.isExecutable(path)) {
			fail(path + " is missing, so the browser tests cannot run. Install it with "
					+ "'apt-get install -y chromium chromium-driver' (Debian package " + debianPackage + ").");
		}
	}

	protected WebDriver browser() {
		return browser;
	}

	/** Opens a path of the application under test, such as {@code /login} or {@code /?lang=en}. */
	protected void open(String path) {
		browser.get(url(path));
	}

	protected String url(String path) {
		return "http://localhost:" + this.port + path;
	}

	/** Signs in afresh as an account of {@code NominationScenario} (password {@code Laurel-test-1}), onto the home page. */
	protected void signIn(String username) {
		open("/login");
		browser.manage().deleteAllCookies();
		open("/login");
		visible(By.id("username")).sendKeys(username);
		browser.findElement(By.id("password")).sendKeys("Laurel-test-1");
		browser.findElement(By.cssSelector("form button[type=submit]")).click();
		until(ExpectedConditions.urlToBe(url("/")));
	}

	/** Waits until the element is visible, so that a test never races a page still loading. */
	protected WebElement visible(By locator) {
		return until(ExpectedConditions.visibilityOfElementLocated(locator));
	}

	protected <T> T until(Function<WebDriver, T> condition) {
		return new WebDriverWait(browser, PATIENCE).until(condition);
	}

}
