package cn.laurel;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
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

import static org.assertj.core.api.Assertions.assertThat;
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
@ExtendWith(BrowserTest.ChromiumPresent.class)
public abstract class BrowserTest {

	private static final Path CHROMIUM = Path.of(System.getProperty("laurel.chromium", "/usr/bin/chromium"));

	private static final Path CHROMEDRIVER = Path
		.of(System.getProperty("laurel.chromedriver", "/usr/bin/chromedriver"));

	private static final Duration PATIENCE = Duration.ofSeconds(10);

	/** The environment variable that makes a missing Chromium a failure rather than a skip. */
	static final String REQUIRED = "LAUREL_BROWSER_TESTS_REQUIRED";

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
		missing(path, debianPackage).ifPresent(reason -> fail(reason));
	}

	private static Optional<String> missing(Path path, String debianPackage) {
		return Files.isExecutable(path) ? Optional.empty()
				: Optional.of(path + " is missing, so the browser tests cannot run. Install it with "
						+ "'apt-get install -y chromium chromium-driver' (Debian package " + debianPackage + ").");
	}

	/**
	 * Skips the browser tests, saying why, on a machine without Chromium; CI sets {@value #REQUIRED}, and there a
	 * missing browser fails them instead.
	 */
	static final class ChromiumPresent implements ExecutionCondition {

		@Override
		public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
			Optional<String> missing = missing(CHROMIUM, "chromium").or(() -> missing(CHROMEDRIVER, "chromium-driver"));
			return missing.isEmpty() || "true".equals(System.getenv(REQUIRED))
					? ConditionEvaluationResult.enabled("Chromium is installed or required")
					: ConditionEvaluationResult.disabled(missing.get());
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

	/** The browser emulates a phone's screen {@code width} px wide, as its developer tools do. */
	protected void emulatePhone(int width, int height) {
		browser.executeCdpCommand("Emulation.setDeviceMetricsOverride",
				Map.of("width", width, "height", height, "deviceScaleFactor", 3, "mobile", true));
	}

	protected void emulateDesktop() {
		browser.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
	}

	/**
	 * Taps an element: scrolls it into the middle of the small screen and clicks it there. The click is the
	 * DOM's own (a real click event, the form submits as for a finger), since WebDriver's hit test at a
	 * point misses under Chromium's emulated phone screen.
	 */
	protected void tap(By locator) {
		WebElement element = until(ExpectedConditions.visibilityOfElementLocated(locator));
		((JavascriptExecutor) browser)
			.executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();", element);
	}

	protected long viewportWidth() {
		return (Long) ((JavascriptExecutor) browser).executeScript("return window.innerWidth;");
	}

	protected void assertNoSidewaysScroll() {
		long overflow = (Long) ((JavascriptExecutor) browser)
			.executeScript("return document.documentElement.scrollWidth - window.innerWidth;");
		assertThat(overflow).as("sideways scroll on " + browser.getCurrentUrl()).isLessThanOrEqualTo(0);
	}

}
