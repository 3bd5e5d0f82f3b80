package dev.collections.console;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Every page of the console walked in Chinese as a collections supervisor reads it, then in English (issue 27): an
 * account with everything recorded on it and its decisions, what if, the rules and their history, scenarios, a
 * simulation to a sample cell, a nightly run, an import, outcomes, an experiment's report, the agencies, a missing
 * page and a refused one. In Chinese no run of three Latin letters may show (codes only as tooltips; account ids,
 * versions, user and file names are marked {@code translate="no"}); in English no Chinese and no code. Screenshots
 * of the Chinese pages go to target/screenshots/ (copied into docs/console/).
 */
@QuarkusTest
class ConsoleLanguageWalkTest {
    private static final String ACCOUNT = "ZH-WALK-1";
    private static Chromium chromium;
    private static Long stopAfterwards;

    @TestHTTPResource("/console")
    URL console;

    @BeforeEach
    void startBrowser() throws Exception {
        if (chromium == null) {
            chromium = Chromium.start(console);
        }
    }

    @AfterAll
    static void stopBrowser() {

        if (chromium != null) {
            chromium.close();
        }
    }

    @Test
    void everyPageSpeaksThePagesLanguage() throws Exception {
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
        Map<String, String> pages;
        try {
            pages = prepare(today);
        } finally {
            stopExperiment();
        }
        Map<String, List<String>> findings = new LinkedHashMap<>();
        for (String language : List.of("zh", "en")) {
            chromium.signIn("tester");
            for (var page : pages.entrySet()) {
                chromium.open(page.getValue() + (page.getValue().contains("?") ? "&" : "?") + "lang=" + language);
                chromium.await(By.tagName("main"));
                List<String> foreign = PageWords.foreign(PageWords.read(chromium.browser, language), language);
                if (!foreign.isEmpty()) {
                    findings.put(language + " " + page.getKey(), PageWords.firstDistinct(foreign, 12));
                }
                if (language.equals("zh")) {
                    chromium.shot(page.getKey() + "-zh");
                }
            }
            chromium.signIn("core-banking");
            chromium.open("/console/rules?lang=" + language);
            List<String> foreign = PageWords.foreign(PageWords.read(chromium.browser, language), language);
            if (!foreign.isEmpty()) {
                findings.put(language + " forbidden", PageWords.firstDistinct(foreign, 12));
            }
            chromium.browser.manage().deleteAllCookies();
            chromium.open("/console/login?lang=" + language);
            foreign = PageWords.foreign(PageWords.read(chromium.browser, language), language);
            if (!foreign.isEmpty()) {
                findings.put(language + " login", PageWords.firstDistinct(foreign, 12));
            }
        }
        chromium.signIn("tester");
        chromium.open(pages.get("experiment-report") + "?lang=zh");
        String report = chromium.browser.findElement(By.id("cautions")).getText();
        org.junit.jupiter.api.Assertions.assertTrue(report.contains("实验已于 " + today) && report.contains("挑战者组只有 "),
                "the cautions say their dates and arms: " + report);
        StringBuilder said = new StringBuilder();
        findings.forEach((page, words) -> said.append("\n").append(page).append(": ").append(words));
        assertEquals("", said.toString(), "words not in the page's language");
    }

    /** The walk's experiment is stopped before the pages are read (a stopped one reports as well), so that no other
     *  test finds its accounts decided by a challenger. */
    private static void stopExperiment() {
        if (stopAfterwards != null) {
            given().post("/api/v1/experiments/" + stopAfterwards + "/stop").then().statusCode(200);
            stopAfterwards = null;
        }
    }

    /** Everything the pages show, recorded through the API; the pages to walk, by name. */
    private Map<String, String> prepare(LocalDate today) throws Exception {
        put(ACCOUNT, "{\"daysPastDue\":75,\"overdueAmount\":6200,\"outstandingBalance\":21000,\"riskGrade\":\"HIGH\","
                + "\"region\":\"310101\",\"customer\":{\"addressVerified\":true,\"doNotContact\":[\"LETTER\"]}}");
        String base = "/api/v1/accounts/" + ACCOUNT;
        post(base + "/contacts", "{\"channel\":\"CALL\",\"at\":\"" + today.minusDays(3) + "T10:00:00+08:00\","
                + "\"outcome\":\"PROMISE_TO_PAY\"}");
        post(base + "/payments", "{\"amount\":300,\"paidAt\":\"" + today.minusDays(20) + "T09:00:00+08:00\","
                + "\"channel\":\"BANK_TRANSFER\"}");
        post(base + "/promises", "{\"amount\":1000,\"dueDate\":\"" + today.minusDays(1) + "\",\"status\":\"BROKEN\"}");
        post(base + "/arrangements", "{\"type\":\"INSTALLMENT\",\"status\":\"BROKEN\",\"signedOn\":\""
                + today.minusDays(200) + "\",\"termMonths\":12,\"missedInstallments\":2}");
        post(base + "/hardship-cases", "{\"reason\":\"UNEMPLOYMENT\",\"status\":\"REJECTED\",\"declaredOn\":\""
                + today.minusDays(90) + "\"}");
        post(base + "/complaints", "{\"openedOn\":\"" + today.minusDays(60) + "\"}");
        given().contentType(ContentType.JSON).body("{}").post(base + "/assessments").then().statusCode(200);
        put("ZH-WALK-2", "{\"daysPastDue\":20,\"overdueAmount\":800,\"outstandingBalance\":9000,\"region\":\"310101\"}");
        post("/api/v1/accounts/ZH-WALK-2/disputes", "{\"openedOn\":\"" + today.minusDays(2) + "\"}");
        given().contentType(ContentType.JSON).body("{}").post("/api/v1/accounts/ZH-WALK-2/assessments").then()
                .statusCode(200);

        String date = today.minusDays(290).toString();
        given().contentType(ContentType.JSON).body("{\"businessDate\":\"" + date + "\"}").post("/api/v1/triage-runs")
                .then().statusCode(org.hamcrest.Matchers.anyOf(org.hamcrest.Matchers.is(202),
                        org.hamcrest.Matchers.is(200)));
        new WebDriverWait(chromium.browser, Duration.ofSeconds(120)).until(d -> "COMPLETED".equals(given()
                .get("/api/v1/triage-runs/" + date).then().extract().path("status")));

        given().auth().preemptive().basic("operator", "dev-operator").contentType(ContentType.JSON)
                .body("{\"name\":\"华东资产管理有限公司\",\"licenceNumber\":\"沪催-2025-017\",\"regions\":[\"310101\"],"
                        + "\"stages\":[\"M4+\"],\"capacity\":300,\"feeRate\":0.18,\"contractFrom\":\""
                        + today.minusDays(30) + "\",\"contractUntil\":\"" + today.plusDays(300) + "\"}")
                .post("/api/v1/agencies").then().statusCode(201);

        dev.collections.rules.RuleFiles.candidateThatTextsInsteadOfCalling(
                Path.of("target", "test-experiments", "walk-candidate"));
        Path challenger = dev.collections.rules.RuleFiles.copyShippedRulesTo(
                Path.of("target", "test-experiments", "walk-challenger"));
        Files.writeString(challenger.resolve("ladder.drl"), "\n// the same policy under a new version\n",
                java.nio.file.StandardOpenOption.APPEND);
        String version = given().get("/api/v1/rules").then().statusCode(200).extract().path("version");

        chromium.signIn("tester");
        chromium.open("/console/simulation?lang=en");
        new org.openqa.selenium.support.ui.Select(chromium.browser.findElement(By.name("candidate")))
                .selectByValue("walk-candidate");
        chromium.browser.findElement(By.id("start-simulation")).click();
        chromium.await(By.id("matrix"));
        String simulation = new java.net.URI(chromium.browser.getCurrentUrl()).getPath();
        String cell = chromium.browser.findElements(By.cssSelector("#matrix a")).stream().findFirst()
                .map(a -> a.getAttribute("href").replaceFirst("^https?://[^/]+", "")).orElse(simulation);

        Path inbound = Files.createDirectories(Path.of("target", "test-inbound", "walk-import"));
        Files.writeString(inbound.resolve("accounts.csv"), "accountId,daysPastDue,overdueAmount,outstandingBalance\n"
                + "ZH-WALK-3,40,900,5000\nZH-WALK-4,abc,900,5000\n");

        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("home", "/console");
        pages.put("accounts", "/console/accounts?q=ZH-WALK");
        pages.put("account", "/console/accounts/" + ACCOUNT);
        pages.put("what-if", "/console/accounts/" + ACCOUNT + "/what-if?daysPastDue=100&overdueAmount=6200"
                + "&outstandingBalance=21000");
        pages.put("what-if-refused", "/console/accounts/" + ACCOUNT + "/what-if?daysPastDue=abc&overdueAmount=-5");
        pages.put("rules", "/console/rules");
        pages.put("rules-diff", "/console/rules/diff?from=" + version + "&to=" + version);
        pages.put("scenarios", "/console/scenarios?file=scenarios/agencies.yaml");
        pages.put("simulation", "/console/simulation");
        pages.put("simulation-job", simulation);
        pages.put("simulation-cell", cell);
        pages.put("triage", "/console/triage");
        pages.put("triage-run", "/console/triage/" + date);
        pages.put("outcomes", "/console/outcomes");
        pages.put("experiments", "/console/experiments");
        pages.put("agencies", "/console/agencies");
        pages.put("missing", "/console/no-such-page");
        var start = given().contentType(ContentType.JSON).body("{\"name\":\"短信代替电话\",\"challengerDirectory\":"
                + "\"walk-challenger\",\"sharePercent\":10,\"salt\":\"walk\",\"startsOn\":\"" + today
                + "\",\"endsOn\":\"" + today.plusDays(30) + "\",\"horizonDays\":30}").post("/api/v1/experiments")
                .then().extract();
        int started = start.statusCode();
        assertEquals(201, started, () -> "the walk's experiment starts: " + start.asString());
        List<Long> experiments = new ArrayList<>(given().get("/api/v1/experiments").then().statusCode(200).extract()
                .jsonPath().getList("id", Long.class));
        if (!experiments.isEmpty()) {
            long id = experiments.stream().mapToLong(Long::longValue).max().getAsLong();
            pages.put("experiment-report", "/console/experiments/" + id + "/report");
            if (started == 201) {
                stopAfterwards = id;
            }
        }
        return pages;
    }

    private static void put(String account, String body) {
        given().contentType(ContentType.JSON).body(body).put("/api/v1/accounts/" + account).then().statusCode(
                org.hamcrest.Matchers.anyOf(org.hamcrest.Matchers.is(200), org.hamcrest.Matchers.is(201)));
    }

    private static void post(String path, String body) {
        given().contentType(ContentType.JSON).body(body).post(path).then().statusCode(201);
    }
}
