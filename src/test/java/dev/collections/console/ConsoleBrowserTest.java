package dev.collections.console;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The console in a real browser: Debian's chromium, driven by its chromium-driver (nothing is downloaded; without
 * them the tests say they skipped). A new user signs in, finds why an account got its step, in English and in
 * Chinese; a page the role may not open is refused. Screenshots of each page go to target/screenshots/.
 */
@QuarkusTest
class ConsoleBrowserTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SHOTS = Path.of("target", "screenshots");
    private static WebDriver browser;

    @TestHTTPResource("/console")
    URL console;
    @jakarta.inject.Inject
    dev.collections.rules.ActiveRuleSet active;

    @BeforeAll
    static void startBrowser() throws Exception {
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER);
        if (!present) {
            System.out.println("SKIPPED: the console's browser tests need /usr/bin/chromium and /usr/bin/chromedriver"
                    + " (apt-get install chromium chromium-driver; .ci/run does it)");
        }
        Assumptions.assumeTrue(present, "no Chromium here: the browser tests are skipped");
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toString())
                .addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1280,900",
                        "--lang=en-US");
        browser = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).build(),
                options);
        browser.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
        Files.createDirectories(SHOTS);
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    private void open(String path) {
        browser.get(console.toString().replace("/console", "") + path);
    }

    private void signIn(String user) {
        browser.manage().deleteAllCookies();
        open("/console");
        assertTrue(browser.getCurrentUrl().contains("/console/login"), browser.getCurrentUrl());
        browser.findElement(By.id("username")).sendKeys(user);
        browser.findElement(By.id("password")).sendKeys("dev-" + user);
        browser.findElement(By.id("sign-in")).click();
    }

    private void shot(String name) throws Exception {
        Path file = ((org.openqa.selenium.TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(file, SHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    void aNewUserFindsWhyAnAccountGotAHomeVisitInEnglishAndInChinese() throws Exception {
        given().contentType(ContentType.JSON).body("""
                {"daysPastDue":70,"overdueAmount":6000,"outstandingBalance":20000,
                 "customer":{"addressVerified":true,"phoneReachable":false}}""")
                .put("/api/v1/accounts/WEB-VISIT-1").then().statusCode(org.hamcrest.Matchers.anyOf(
                        org.hamcrest.Matchers.is(200), org.hamcrest.Matchers.is(201)));
        var answer = given().contentType(ContentType.JSON).body("{}").post("/api/v1/accounts/WEB-VISIT-1/assessments")
                .then().statusCode(200).extract().jsonPath();
        assertEquals("HOME_VISIT", answer.getString("nextAction.type"));
        List<String> fired = answer.getList("firedRules");

        open("/console/login?lang=en");
        shot("login");
        signIn("auditor");
        shot("home");
        browser.findElement(By.id("nav-rules")).click();
        assertTrue(browser.findElement(By.id("rule-list")).isDisplayed(), "the live rules, each by name");
        shot("rules");
        open("/console");
        browser.findElement(By.id("nav-accounts")).click();
        browser.findElement(By.id("q")).sendKeys("WEB-VISIT");
        browser.findElement(By.id("find")).click();
        shot("accounts");
        browser.findElement(By.linkText("WEB-VISIT-1")).click();
        WebElement latest = browser.findElements(By.cssSelector("section.decision")).get(0);
        assertEquals("Home visit", latest.findElement(By.className("next-action")).getText());
        List<String> shown = latest.findElements(By.cssSelector("ol.fired-rules li")).stream()
                .map(WebElement::getText).toList();
        assertEquals(fired, shown, "every rule that fired, in the engine's order");
        shot("account");

        browser.findElement(By.id("language")).click();
        latest = browser.findElements(By.cssSelector("section.decision")).get(0);
        assertEquals("上门拜访", latest.findElement(By.className("next-action")).getText());
        assertTrue(browser.findElement(By.id("decisions-title")).getText().contains("决策"), "labels in Chinese");
        assertEquals(fired, latest.findElements(By.cssSelector("ol.fired-rules li")).stream()
                .map(WebElement::getText).toList(), "rule names as the analysts wrote them");
        WebElement save = latest.findElement(By.className("save-scenario"));
        assertEquals("保存为测试场景", save.getText());
        String yaml = given().noFilters().auth().none()
                .cookie(ConsoleSession.COOKIE, browser.manage().getCookieNamed(ConsoleSession.COOKIE).getValue())
                .get(save.getAttribute("href")).then().statusCode(200).extract().asString();
        assertEquals(List.of(), SavedScenario.differences(yaml, active.current()),
                "the saved scenario passes against the live rules");
        shot("account-zh");
        browser.findElement(By.id("language")).click();

        WebElement daysPastDue = browser.findElement(By.id("what-if-dpd"));
        daysPastDue.clear();
        daysPastDue.sendKeys("120");
        browser.findElement(By.id("what-if-submit")).click();
        assertTrue(browser.findElement(By.id("what-if-result")).isDisplayed());
        assertTrue(!browser.findElements(By.cssSelector("#what-if-result tr.differs")).isEmpty(),
                "120 days past due is another stage: the difference is marked");
        shot("what-if");

        browser.findElement(By.id("logout")).click();
        assertTrue(browser.getCurrentUrl().contains("/console/login"), browser.getCurrentUrl());
    }

    @Test
    void aPageTheRoleMayNotOpenIsRefused() throws Exception {
        signIn("operator");
        open("/console/accounts");
        assertTrue(browser.findElement(By.id("forbidden")).isDisplayed());
        shot("forbidden");
        open("/console/experiments");
        assertTrue(browser.findElements(By.id("forbidden")).isEmpty(), "operators read the experiments");
        shot("experiments");
    }
}
