package dev.collections.score;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.collections.account.Behaviour;
import dev.collections.account.PortfolioCursor;
import dev.collections.account.RecordedAccount;
import dev.collections.common.SqlDialect;
import dev.collections.rules.ActiveRuleSet;
import dev.collections.triage.TriageEvaluator;
import dev.collections.triage.WorkItem;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A live model scores an account from its record: the assessment shows the probability, the band and the reasons
 * (in Chinese when asked), the priority is the account's own expected loss, an account that fell behind month after
 * month scores higher than one that paid every month, the nightly triage scores alike from its cursor; with the score
 * switched off the same account is decided as before, with no score.
 */
@QuarkusTest
class ScoredDecisionTest {
    static final String LATE = "SCORE-LATE";
    static final String PAYER = "SCORE-PAYER";

    @Inject
    ScoreModels models;
    @Inject
    ScoreFollower follower;
    @Inject
    AgroalDataSource database;
    @Inject
    ActiveRuleSet rules;

    @AfterEach
    void switchOff() {
        given().delete("/api/v1/score-models/live").then().statusCode(204);
    }

    @Test
    void aLiveModelScoresTheRecordAndTheRulesUseIt() throws Exception {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        record(LATE, today, new int[] {45, 75, 105, 135, 165, 45}, false);
        record(PAYER, today, new int[] {0, 0, 0, 0, 0, 20}, true);

        JsonPath before = assess(LATE, "en");
        assertNull(before.get("score"));
        assertTrue(before.getString("priority.basis").contains("rate"), before.getString("priority.basis"));

        String version = models.trainFromUci(42, 0.3, "tester").version;
        given().post("/api/v1/score-models/" + version + "/live").then().statusCode(200);

        JsonPath late = assess(LATE, "en");
        JsonPath payer = assess(PAYER, "en");
        double pLate = late.getDouble("score.probability");
        double pPayer = payer.getDouble("score.probability");
        assertTrue(pLate > pPayer, pLate + " for the late account against " + pPayer + " for the payer");
        assertEquals(version, late.getString("score.model"));
        assertNotNull(late.getString("score.band"));
        List<String> reasons = late.getList("score.reasons.text");
        assertTrue(!reasons.isEmpty() && reasons.size() <= 3, reasons.toString());
        assertTrue(late.getString("priority.basis").contains("probability"), late.getString("priority.basis"));
        assertTrue(late.getList("firedRules").stream().anyMatch(r -> r.toString().startsWith("A score ")));
        JsonPath zh = assess(LATE, "zh-CN");
        assertTrue(zh.getString("score.reasons[0].text").codePoints().anyMatch(c -> c >= 0x4E00 && c <= 0x9FFF),
                zh.getString("score.reasons[0].text"));
        assertEquals(late.getString("score.reasons[0].feature"), zh.getString("score.reasons[0].feature"));

        // the trace a case worker reads shows the score in words, in Chinese when the browser asks
        String cookie = dev.collections.console.ConsoleSession.signIn("auditor");
        String page = dev.collections.console.ConsoleSession.as(cookie).header("Accept-Language", "zh-CN")
                .get("/console/accounts/" + LATE).then().statusCode(200).extract().asString();
        assertTrue(page.contains("行为评分") && page.contains(zh.getString("score.reasons[0].text")), page);
        // a decision saved as a scenario gives the score it was made with, so the case decides as it did
        String saved = dev.collections.console.ConsoleSession.as(cookie).get("/console/accounts/" + LATE
                + "/decisions/" + zh.getString("assessmentId") + "/scenario.yaml").then().statusCode(200).extract()
                .asString();
        assertTrue(saved.contains("score:") && saved.contains("probability: " + zh.getDouble("score.probability")),
                saved);
        assertEquals(List.of(), dev.collections.console.SavedScenario.differences(saved, rules.current()), saved);

        List<WorkItem> night = night(today);
        assertEquals(2, night.size());
        WorkItem lateItem = night.stream().filter(w -> w.accountId().equals(LATE)).findFirst().orElseThrow();
        assertEquals(0, lateItem.priority().compareTo(new BigDecimal(late.getString("priority.value"))),
                lateItem.priority() + " at night against " + late.getString("priority.value"));

        // a simulation of the stored portfolio scores each account as the night does
        assertEquals(late.getDouble("score.probability"), simulated(today).getProbability(), 1e-6);

        given().delete("/api/v1/score-models/live").then().statusCode(204);
        assertNull(simulated(today), "no model live: the simulation scores nothing");
        JsonPath after = assess(LATE, "en");
        assertNull(after.get("score"));
        assertEquals(before.getString("priority.value"), after.getString("priority.value"));
        assertEquals(before.getString("nextAction.type"), after.getString("nextAction.type"));
    }

    private JsonPath assess(String accountId, String language) {
        return given().contentType(ContentType.JSON).header("Accept-Language", language).body("{}")
                .post("/api/v1/accounts/" + accountId + "/assessments").then().statusCode(200)
                .body("accountId", containsString("SCORE-")).extract().jsonPath();
    }

    /** The late account's score as a simulation of the stored portfolio reads it. */
    private dev.collections.policy.Score simulated(LocalDate today) throws Exception {
        try (var portfolio = new dev.collections.simulation.StoredPortfolio(database,
                today.atStartOfDay(ZoneId.of("Asia/Shanghai")).toOffsetDateTime())) {
            while (portfolio.hasNext()) {
                var row = portfolio.next();
                if (row.facts() != null && LATE.equals(row.facts().accountId())) {
                    return row.score();
                }
            }
        }
        throw new AssertionError(LATE + " is not in the stored portfolio");
    }

    /** The two accounts decided as the night decides them, read by the cursor with their behaviour. */
    private List<WorkItem> night(LocalDate date) throws Exception {
        try (Connection c = database.getConnection()) {
            c.setAutoCommit(false);
            LiveScore live = LiveScore.at(c, OffsetDateTime.now());
            var evaluator = new TriageEvaluator(rules.current(), ZoneId.of("Asia/Shanghai"), 10_000, date,
                    dev.collections.policy.RollRates.NONE, null, live);
            List<RecordedAccount> chunk = new ArrayList<>();
            try (var cursor = new PortfolioCursor(c, SqlDialect.of(c), "SCORE-", "SCORE-Z", null, 100,
                    evaluator.behaviourAsOf())) {
                while (cursor.hasNext()) {
                    RecordedAccount a = cursor.next();
                    // six month ends and today's position, written when the account was put
                    assertEquals(7, a.behaviour().positions().size(), a.accountId());
                    // the cursor's month ends and payments, amounts in cents, are those an assessment loads
                    LocalDate asOf = evaluator.behaviourAsOf();
                    assertEquals(QuarkusTransaction.requiringNew().call(() -> Behaviour.load(a.accountId(), asOf)),
                            a.behaviour(), a.accountId());
                    chunk.add(a);
                }
                if (SqlDialect.of(c) == SqlDialect.POSTGRESQL) {
                    // the history was planned through its indexes; what the slice plans next, as the database is set
                    for (String setting : List.of("enable_seqscan", "enable_bitmapscan", "enable_sort")) {
                        try (var s = c.createStatement(); var rs = s.executeQuery("SHOW " + setting)) {
                            rs.next();
                            assertEquals("on", rs.getString(1), setting);
                        }
                    }
                }
            }
            // a slice that ends between the two, one resumed after the first's checkpoint and one past both: each
            // account with its own month ends, none with another's
            assertEquals(Map.of(LATE, 7), histories(c, evaluator, "SCORE-", "SCORE-M", null));
            assertEquals(Map.of(PAYER, 7), histories(c, evaluator, "SCORE-", "SCORE-Z", LATE));
            assertEquals(Map.of(), histories(c, evaluator, "SCORE-Q", "SCORE-Z", null));
            c.rollback();
            return evaluator.decide(chunk); // one chunk, scored together as the night scores it
        }
    }

    /** How many positions the cursor hands each account of the slice with its behaviour. */
    private static Map<String, Integer> histories(Connection c, TriageEvaluator evaluator, String after, String upto,
                                                  String checkpoint) throws Exception {
        Map<String, Integer> found = new java.util.TreeMap<>();
        try (var cursor = new PortfolioCursor(c, SqlDialect.of(c), after, upto, checkpoint, 100,
                evaluator.behaviourAsOf())) {
            while (cursor.hasNext()) {
                RecordedAccount a = cursor.next();
                found.put(a.accountId(), a.behaviour().positions().size());
            }
        }
        return found;
    }

    /**
     * An account now {@code dpd[5]} days past due, with six month ends behind it and, for a payer, a payment each;
     * amounts with cents, so that the night's reading of them in cents is held to the assessment's.
     */
    private void record(String accountId, LocalDate today, int[] dpd, boolean pays) throws Exception {
        given().contentType(ContentType.JSON).body(Map.of("daysPastDue", dpd[5], "overdueAmount", 2000,
                "outstandingBalance", 10000, "customer", Map.of("creditReportNotified", true)))
                .put("/api/v1/accounts/" + accountId).then().statusCode(org.hamcrest.Matchers.anyOf(
                        org.hamcrest.Matchers.is(200), org.hamcrest.Matchers.is(201)));
        try (Connection c = database.getConnection();
             PreparedStatement s = c.prepareStatement("MERGE INTO account_position t USING (VALUES (CAST(? AS"
                     + " VARCHAR), CAST(? AS DATE), CAST(? AS INTEGER))) AS v(a, d, p) ON t.account_id = v.a AND"
                     + " t.business_date = v.d WHEN NOT MATCHED THEN INSERT (account_id, business_date, days_past_due,"
                     + " overdue_amount, outstanding_balance, stage, ruleset_version, recorded_at) VALUES (v.a, v.d,"
                     + " v.p, CASE WHEN v.p > 0 THEN 1999.97 ELSE 0 END, 10000.03, 'M2', 'test', CURRENT_TIMESTAMP)")) {
            for (int i = 0; i < 6; i++) {
                LocalDate monthEnd = YearMonth.from(today).minusMonths(6 - i).atEndOfMonth();
                s.setString(1, accountId);
                s.setObject(2, monthEnd);
                s.setInt(3, dpd[i]);
                s.addBatch();
                if (pays) {
                    given().contentType(ContentType.JSON).header("Idempotency-Key", accountId + "-" + i)
                            .body("{\"amount\":3000.55,\"paidAt\":\"" + monthEnd.withDayOfMonth(20)
                                    + "T12:00:00+08:00\",\"channel\":\"BANK_TRANSFER\",\"externalRef\":\"" + accountId
                                    + "-" + i + "\"}")
                            .post("/api/v1/accounts/" + accountId + "/payments").then().statusCode(201);
                }
            }
            s.executeBatch();
        }
    }
}
