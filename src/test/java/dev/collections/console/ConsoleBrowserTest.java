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
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The console in a real browser: Debian's chromium, driven by its chromium-driver (nothing is downloaded; without
 * them the tests say they skipped). A new user signs in, finds why an account got its step, in English and in
 * Chinese; a page the role may not open is refused. Screenshots of each page go to target/screenshots/.
 */
@QuarkusTest
class ConsoleBrowserTest {
    private static Chromium chromium;
    private static WebDriver browser;

    @TestHTTPResource("/console")
    URL console;
    @jakarta.inject.Inject
    dev.collections.rules.ActiveRuleSet active;

    @org.junit.jupiter.api.BeforeEach
    void startBrowser() throws Exception {
        if (chromium == null) {
            chromium = Chromium.start(console);
            browser = chromium.browser;
        }
    }

    @AfterAll
    static void stopBrowser() {
        if (chromium != null) {
            chromium.close();
        }
    }

    private void open(String path) {
        chromium.open(path);
    }

    private void signIn(String user) {
        chromium.signIn(user);
    }

    private void shot(String name) throws Exception {
        chromium.shot(name);
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
        assertEquals("上门催收", latest.findElement(By.className("next-action")).getText());
        assertTrue(browser.findElement(By.id("decisions-title")).getText().contains("决策"), "labels in Chinese");
        List<WebElement> names = latest.findElements(By.cssSelector("ol.fired-rules li"));
        assertEquals(fired, names.stream().map(li -> li.getAttribute("title")).toList(),
                "each rule's own name kept as its tooltip");
        assertTrue(names.stream().map(WebElement::getText).toList().contains("M3 阶段逾期金额较大的账户上门催收"),
                "rule names in Chinese, as the analysts wrote them in language/zh.yaml");
        assertTrue(latest.getText().contains("逾期 60 至 89 天"), "the reason in Chinese: " + latest.getText());
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
        until(d -> d.getCurrentUrl().contains("/console/login"), "back at the sign-in page");
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

    /**
     * Waits (up to 30 seconds) until {@code condition} holds on the page a click led to (a form's answer may come
     * after the click returns); fails saying {@code what} was not seen.
     */
    private void until(java.util.function.Function<org.openqa.selenium.WebDriver, Boolean> condition, String what) {
        try {
            new WebDriverWait(browser, Duration.ofSeconds(30))
                    .ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(condition::apply);
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("not seen: " + what + " (at " + browser.getCurrentUrl() + ")", e);
        }
    }

    /** Waits (up to a minute) for an element the page shows once the background work is done; pages refresh. */
    private WebElement await(By element) {
        return chromium.await(element);
    }

    @Test
    void anAnalystWalksTheRulesScenariosSimulationAndOutcomes() throws Exception {
        for (int i = 0; i < 3; i++) {
            given().contentType(ContentType.JSON).body("{\"daysPastDue\":" + (25 + i) + ",\"overdueAmount\":900,"
                    + "\"outstandingBalance\":9000}").put("/api/v1/accounts/WEB-SIM-" + i).then().statusCode(
                    org.hamcrest.Matchers.anyOf(org.hamcrest.Matchers.is(200), org.hamcrest.Matchers.is(201)));
        }
        dev.collections.rules.RuleFiles.candidateThatTextsInsteadOfCalling(
                Path.of("target", "test-experiments", "browser-candidate"));
        positions("browser-before", java.time.LocalDate.now().minusDays(30), 0);
        positions("browser-after", java.time.LocalDate.now(), 1);
        open("/console/login?lang=en");
        signIn("analyst");
        browser.findElement(By.id("top-rules")).click();
        assertTrue(browser.findElement(By.id("history")).isDisplayed(), "the rule-set history");
        assertTrue(!browser.findElements(By.cssSelector("#rule-list td.muted")).get(0).getText().isBlank(),
                "each rule with the policy line it cites");
        shot("rules");
        browser.findElement(By.id("compare-button")).click();
        assertTrue(browser.findElement(By.id("versions")).isDisplayed());
        shot("rules-diff");

        browser.findElement(By.id("top-scenarios")).click();
        assertTrue(browser.findElement(By.id("scenario-count")).getText().matches("(\\d+) of \\1 scenarios pass.*"),
                browser.findElement(By.id("scenario-count")).getText());
        new Select(browser.findElement(By.id("file"))).selectByVisibleText("scenarios/ladder.yaml");
        browser.findElement(By.id("run-scenarios")).click();
        until(d -> {
            List<WebElement> rows = d.findElements(By.cssSelector("#scenarios tr.pass"));
            return !rows.isEmpty() && rows.stream().allMatch(r -> r.getText().contains("scenarios/ladder.yaml"));
        }, "only the passing scenarios of scenarios/ladder.yaml");
        shot("scenarios");

        browser.findElement(By.id("top-simulation")).click();
        new Select(browser.findElement(By.id("candidate"))).selectByVisibleText("browser-candidate");
        browser.findElement(By.id("start-simulation")).click();
        await(By.id("matrix"));
        shot("simulation");
        browser.findElement(By.cssSelector("#matrix td.changed a")).click();
        assertTrue(!browser.findElements(By.cssSelector("section.sample")).isEmpty(), "sample accounts");
        shot("simulation-cell");

        browser.findElement(By.id("top-outcomes")).click();
        assertTrue(browser.findElement(By.id("heat-map")).isDisplayed());
        open("/console/outcomes?from=" + java.time.LocalDate.now().minusDays(30) + "&to=" + java.time.LocalDate.now());
        assertTrue(!browser.findElements(By.cssSelector("#heat-map td.heat")).stream()
                .filter(td -> !td.getText().startsWith("0 ")).toList().isEmpty(), "the moves between the two dates");
        shot("outcomes");
        browser.findElement(By.id("language")).click();
        assertTrue(browser.findElement(By.tagName("h1")).getText().contains("结果"), "the page in Chinese");
        browser.findElement(By.id("language")).click();
    }

    /**
     * Twenty accounts across the stages imported with positions of {@code date}; {@code step} moves each a stage on
     * (some cure), so two imports make roll rates between their dates.
     */
    private static void positions(String extract, java.time.LocalDate date, int step) throws Exception {
        Path dir = Path.of("target/test-inbound", extract);
        Files.createDirectories(dir);
        StringBuilder csv = new StringBuilder("accountId,daysPastDue,overdueAmount,outstandingBalance,riskGrade\n");
        for (int i = 0; i < 20; i++) {
            int days = i % 5 == 4 && step > 0 ? 0 : 5 + (i % 5) * 30 + step * 30;
            csv.append("WEB-POS-").append(i).append(',').append(days).append(',').append(days == 0 ? "0.00" : "1500.00")
                    .append(",9000.00,").append(i % 3 == 0 ? "HIGH" : "LOW").append('\n');
        }
        Files.writeString(dir.resolve("accounts.csv"), csv.toString());
        given().contentType(ContentType.JSON).body("{\"extract\":\"" + extract + "\",\"businessDate\":\"" + date + "\"}")
                .post("/api/v1/imports").then().statusCode(200);
    }

    @Test
    void anOperatorRunsTheNightAndImportsAnExtract() throws Exception {
        positions("browser-night", java.time.LocalDate.now(), 0);
        Path extract = Path.of("target/test-inbound/browser-import");
        Files.createDirectories(extract);
        Files.writeString(extract.resolve("accounts.csv"), "accountId,daysPastDue,overdueAmount,outstandingBalance,"
                + "riskGrade\nWEB-IMP-1,10,500.00,9000.00,LOW\nWEB-IMP-2,ten,500.00,9000.00,LOW\n");
        open("/console/login?lang=en");
        signIn("operator");
        browser.findElement(By.id("top-triage")).click();
        WebElement date = browser.findElement(By.id("triage-date"));
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1]", date,
                java.time.LocalDate.now().minusDays(300).toString());
        browser.findElement(By.id("start-run")).click();
        var confirm = new WebDriverWait(browser, Duration.ofSeconds(5))
                .until(org.openqa.selenium.support.ui.ExpectedConditions.alertIsPresent());
        assertTrue(confirm.getText().contains("nightly triage"), "starting a run asks first: " + confirm.getText());
        confirm.accept();
        await(By.id("actions-chart"));
        assertTrue(browser.findElement(By.id("downloads")).getText().contains("calls.csv"), "work lists to download");
        List<WebElement> counts = browser.findElements(By.cssSelector("#actions-chart text.count"));
        assertEquals(dev.collections.policy.ActionType.values().length, counts.size(),
                "every rung has its count written beside its bar");
        shot("triage-run");
        browser.findElement(By.id("language")).click();
        assertTrue(browser.findElement(By.id("glossary")).getText().contains("外访团队上门"), "the glossary in Chinese");
        shot("triage-run-zh");
        browser.findElement(By.id("language")).click();
        browser.findElement(By.id("top-triage")).click();
        shot("triage");
        new Select(browser.findElement(By.id("extract"))).selectByVisibleText("browser-import");
        browser.findElement(By.id("start-import")).click();
        assertTrue(browser.findElement(By.id("import-report")).getText().contains("line 3"), "the first rejects");
        assertTrue(!browser.findElements(By.cssSelector("a.rejects")).isEmpty(), "the rejects to download");
        shot("import");
        open("/console/simulation");
        assertTrue(browser.findElement(By.id("forbidden")).isDisplayed(), "simulation is for analysts");

        io.restassured.RestAssured.given().auth().preemptive().basic("operator", "dev-operator")
                .contentType(io.restassured.http.ContentType.JSON).body("{\"name\":\"Huadong Recoveries\","
                        + "\"licenceNumber\":\"SH-2025-017\",\"regions\":[\"310101\",\"310104\"],"
                        + "\"stages\":[\"M4+\"],\"capacity\":400,\"feeRate\":0.18,\"contractFrom\":\"2026-01-01\","
                        + "\"contractUntil\":\"2027-12-31\"}").post("/api/v1/agencies").then().statusCode(201);
        browser.findElement(By.id("top-agencies")).click();
        WebElement row = browser.findElement(By.xpath("//table[@id='agencies']//tr[td[2]='Huadong Recoveries']"));
        new Select(row.findElement(By.name("status"))).selectByValue("SUSPENDED");
        row.findElement(By.name("reason")).sendKeys("complaints about calls at night");
        row.findElement(By.cssSelector("button[type=submit]")).click();
        var sure = new WebDriverWait(browser, Duration.ofSeconds(5))
                .until(org.openqa.selenium.support.ui.ExpectedConditions.alertIsPresent());
        assertTrue(sure.getText().contains("Huadong Recoveries"), "changing a standing asks first: " + sure.getText());
        sure.accept();
        await(By.id("agency-done"));
        assertTrue(browser.findElement(By.id("agencies")).getText().contains("complaints about calls at night"),
                "the standing shows who changed it and why");
        shot("agencies");
        browser.findElement(By.id("language")).click();
        assertTrue(browser.findElement(By.id("agencies")).getText().contains("已暂停"), "the standing in Chinese");
        shot("agencies-zh");
        browser.findElement(By.id("language")).click();
    }
}
