package dev.collections.floor;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A month on the collections floor over HTTP, on a database of its own: positions and payments in on several
 * dates, triage on a weekend when a district's visit team works 5 accounts (rules/capacity.csv), the lists sorted
 * by priority, the overflow stepping down to calls with CAPACITY and first in line the next day, the outcomes at
 * their horizon, and the roll-rate and outcome reports against values worked out by hand (in the comments).
 */
@QuarkusTest
@TestProfile(ScriptedMonthTest.OwnDatabase.class)
class ScriptedMonthTest {
    private static final Path INBOUND = Path.of("target/test-inbound");
    private static final Path RUNS = Path.of("target/test-month-runs");
    private static final String REGION = "990001";
    /** A Saturday at least 41 days ago, so that day 40 after it is in the past too. */
    private static final LocalDate SATURDAY = saturday();

    public static class OwnDatabase implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("collections.triage.output-directory", RUNS.toString());
        }
    }

    private static LocalDate saturday() {
        LocalDate d = LocalDate.now(ZoneId.of("Asia/Shanghai")).minusDays(41);
        while (d.getDayOfWeek() != DayOfWeek.SATURDAY) {
            d = d.minusDays(1);
        }
        return d;
    }

    @Test
    void aMonthOnTheFloor() throws Exception {
        // day 0: eight accounts 100 days past due with small balances in one district (home visits, L8), one call
        // (20 days, L4) and one SMS (5 days, L3); every account has a position of day 0
        StringBuilder accounts = new StringBuilder("accountId,daysPastDue,overdueAmount,outstandingBalance,"
                + "addressVerified,phoneReachable,region,timezone\n");
        for (int i = 1; i <= 8; i++) {
            accounts.append("V").append(i).append(",100,2000,").append(10_000 - 1000 * i)
                    .append(",true,false,").append(REGION).append(",Asia/Shanghai\n");
        }
        accounts.append("C1,20,500,4000,true,true,,Asia/Shanghai\nS1,5,100,1000,true,true,,Asia/Shanghai\n");
        extract("month-day-0", accounts.toString(), null);
        importExtract("month-day-0", SATURDAY);

        // Saturday: the district's team works 5 (weekends, * row): the five largest expected losses
        // (balance x 0.645, the M4+ default rate) get visits, V6-V8 step down to calls with CAPACITY
        triage(SATURDAY);
        List<String> visits = ids(file(SATURDAY, "visits.csv"));
        assertEquals(List.of("V1", "V2", "V3", "V4", "V5"), visits);
        List<String> calls = lines(file(SATURDAY, "calls.csv"));
        assertEquals(List.of("V6", "V7", "V8", "C1"), ids(calls), "calls by priority: 2580, 1935, 1290, 800");
        assertTrue(lines(file(SATURDAY, "visits.csv")).get(0).contains(",5805.00," + REGION + ","));
        assertTrue(calls.get(0).startsWith("V6,M4+,100,2000.00,") && calls.get(0).contains(",2580.00," + REGION
                + ",HOME_VISIT,\"home visit team at full capacity;"), calls.get(0));
        JsonPath summary = given().get("/api/v1/triage-runs/" + SATURDAY + "/summary").then().statusCode(200)
                .extract().jsonPath();
        Map<String, Object> district = summary.getMap("capacity.find { it.channel == 'HOME_VISIT' && it.region == '"
                + REGION + "' }");
        assertEquals(5, district.get("capacity"));
        assertEquals(8, district.get("demand"));
        assertEquals(3, district.get("overflow"));
        assertEquals(Map.of("HOME_VISIT -> CALL", 3), summary.getMap("steppedDown"));
        given().get("/api/v1/accounts/V7/decisions").then().statusCode(200)
                .body("decisions[0].source", equalTo("TRIAGE"))
                .body("decisions[0].businessDate", equalTo(SATURDAY.toString()))
                .body("decisions[0].triage.decidedAction", equalTo("HOME_VISIT"))
                .body("decisions[0].triage.capacityDenied", equalTo("HOME_VISIT"))
                .body("decisions[0].nextAction", equalTo("CALL"));

        // Sunday: the three denied yesterday are first in line (and first on the list), then the two largest
        triage(SATURDAY.plusDays(1));
        assertEquals(List.of("V6", "V7", "V8", "V1", "V2"), ids(file(SATURDAY.plusDays(1), "visits.csv")));

        // in the month: payments, promises, a complaint and a contact; day 30: the new positions (V4 is gone)
        LocalDate day30 = SATURDAY.plusDays(30);
        given().contentType(ContentType.JSON).body("{\"amount\":100,\"dueDate\":\"" + SATURDAY.plusDays(10)
                + "\",\"status\":\"KEPT\"}").post("/api/v1/accounts/C1/promises").then().statusCode(201);
        given().contentType(ContentType.JSON).body("{\"amount\":300,\"dueDate\":\"" + SATURDAY.plusDays(20)
                + "\",\"status\":\"BROKEN\"}").post("/api/v1/accounts/V2/promises").then().statusCode(201);
        given().contentType(ContentType.JSON).body("{\"openedOn\":\"" + SATURDAY.plusDays(12) + "\"}")
                .post("/api/v1/accounts/V3/complaints").then().statusCode(201);
        given().contentType(ContentType.JSON).body("{\"channel\":\"CALL\",\"at\":\"" + SATURDAY.plusDays(2)
                + "T10:00:00+08:00\",\"outcome\":\"CONTACTED\"}").post("/api/v1/accounts/C1/contacts")
                .then().statusCode(201);
        extract("month-day-30", """
                accountId,daysPastDue,overdueAmount,outstandingBalance,region
                V1,0,0,0,990001
                V2,130,2000,8000,990001
                V3,130,2000,7000,990001
                V5,50,1000,5000,990001
                V6,130,2000,4000,990001
                V7,130,2000,3000,990001
                V8,130,2000,2000,990001
                C1,45,600,4000,
                S1,0,0,1000,
                """, "accountId,ref,amount,paidAt\nV1,P1,9000," + SATURDAY.plusDays(10) + "T12:00:00+08:00\n"
                + "C1,P2,100," + SATURDAY.plusDays(5) + "T12:00:00+08:00\nC1,P3,200," + SATURDAY.plusDays(40)
                + "T12:00:00+08:00\n");
        importExtract("month-day-30", day30);
        given().get("/api/v1/imports").then().statusCode(200)
                .body("[0].extract", equalTo("month-day-30")).body("[0].businessDate", equalTo(day30.toString()))
                .body("[0].startedBy", equalTo("tester")).body("[0].rows", equalTo(12))
                .body("[1].extract", equalTo("month-day-0"));

        // the next run computes the outcomes whose horizon the positions reached: Saturday's, at 30 days
        triage(day30.plusDays(1));
        JsonPath outcomes = given().accept(ContentType.JSON).queryParam("from", SATURDAY.toString())
                .queryParam("to", SATURDAY.toString()).queryParam("horizon", "30")
                .get("/api/v1/reports/outcomes").then().statusCode(200).extract().jsonPath();
        // visits V1-V5: V1 cured (paid 9,000), V2 and V3 stayed, V4 gone, V5 rolled back; V2's promise broken,
        // V3's complaint: cure 1/5, complaints 1 per 5 = 200 per 1,000
        assertLine(outcomes, "HOME_VISIT", 5, "0.2000", "0.0000", "9000.00", "0.0000", "200.00", "0.00");
        // calls V6-V8 (stayed) and C1 (M1 to M2): roll forward 1/4; C1 paid 100 in the window (200 after it),
        // kept its promise, one contact
        assertLine(outcomes, "CALL", 4, "0.0000", "0.2500", "100.00", "1.0000", "0.00", "0.25");
        assertLine(outcomes, "SMS", 1, "1.0000", "0.0000", "0.00", null, "0.00", "0.00");
        // counted in the metrics: V1 and S1 cured at 30 days
        String metrics = given().auth().none().get("/q/metrics").then().statusCode(200).extract().asString();
        assertTrue(metrics.contains("collections_outcomes_total{horizon=\"30\",result=\"CURED\"} 2.0"), metrics);

        // roll rates from day 0 to day 30: M1 (C1, S1): one cured, one rolled forward; M4+ (V1-V8): one cured,
        // five stayed, one rolled back to M2, one gone; balances on day 0
        JsonPath rolls = given().accept(ContentType.JSON).queryParam("from", SATURDAY.toString())
                .queryParam("to", day30.toString()).get("/api/v1/reports/roll-rates").then().statusCode(200)
                .extract().jsonPath();
        assertEquals(10, rolls.getInt("accounts"));
        assertEquals(2, rolls.getInt("rows.find { it.stage == 'M1' }.accounts"));
        assertEquals(0.5f, rolls.getFloat("rows.find { it.stage == 'M1' }.cureRate"));
        assertEquals(0.5f, rolls.getFloat("rows.find { it.stage == 'M1' }.rollForwardRate"));
        assertEquals(8, rolls.getInt("rows.find { it.stage == 'M4+' }.accounts"));
        assertEquals(0.1429f, rolls.getFloat("rows.find { it.stage == 'M4+' }.cureRate"));
        assertEquals(0.7143f, rolls.getFloat("rows.find { it.stage == 'M4+' }.stayRate"));
        assertEquals(0.1429f, rolls.getFloat("rows.find { it.stage == 'M4+' }.rollBackRate"));
        assertEquals(0.125f, rolls.getFloat("rows.find { it.stage == 'M4+' }.goneRate"));
        assertEquals(5, rolls.getInt("rows.find { it.stage == 'M4+' }.cells.find { it.stage == 'M4+' }.accounts"));
        assertEquals(24000f, rolls.getFloat("rows.find { it.stage == 'M4+' }.cells.find { it.stage == 'M4+' }.balance"));
        String page = given().accept(ContentType.HTML).queryParam("from", SATURDAY.toString())
                .queryParam("to", day30.toString()).get("/api/v1/reports/roll-rates").then().statusCode(200)
                .extract().asString();
        assertTrue(page.contains("<svg") && page.contains("Roll rates from " + SATURDAY), page);
        given().get("/api/v1/accounts/V2").then().statusCode(200).body("region", equalTo(REGION))
                .body("positions[0].businessDate", equalTo(day30.toString()))
                .body("positions[0].stage", equalTo("M4+"));
    }

    private static void assertLine(JsonPath report, String action, int decisions, String cure, String forward,
                                   String paid, String kept, String complaints, String contacts) {
        String line = "byAction.find { it.nextAction == '" + action + "' }";
        assertEquals(decisions, report.getInt(line + ".decisions"), action);
        same(cure, report.getString(line + ".cureRate"), action + " cure");
        same(forward, report.getString(line + ".rollForwardRate"), action + " roll forward");
        same(paid, report.getString(line + ".amountPaid"), action + " paid");
        same(kept, report.getString(line + ".promiseKeptRate"), action + " kept");
        same(complaints, report.getString(line + ".complaintsPer1000"), action + " complaints");
        same(contacts, report.getString(line + ".contactsPerAccount"), action + " contacts");
    }

    /** The same number (JSON gives 0.2 for 0.2000), or both absent. */
    private static void same(String expected, String actual, String what) {
        assertTrue(expected == null ? actual == null
                : actual != null && new java.math.BigDecimal(expected).compareTo(new java.math.BigDecimal(actual)) == 0,
                () -> what + ": expected " + expected + " but was " + actual);
    }

    private static void extract(String name, String accounts, String payments) throws Exception {
        Path dir = Files.createDirectories(INBOUND.resolve(name));
        Files.writeString(dir.resolve("accounts.csv"), accounts);
        if (payments != null) {
            Files.writeString(dir.resolve("payments.csv"), payments);
        }
    }

    private static void importExtract(String name, LocalDate date) {
        given().contentType(ContentType.JSON).body("{\"extract\":\"" + name + "\",\"businessDate\":\"" + date + "\"}")
                .post("/api/v1/imports").then().statusCode(200).body("businessDate", equalTo(date.toString()))
                .body("startedBy", equalTo("tester"));
    }

    private static void triage(LocalDate date) throws InterruptedException {
        given().contentType(ContentType.JSON).body("{\"businessDate\":\"" + date + "\"}").post("/api/v1/triage-runs")
                .then().statusCode(org.hamcrest.Matchers.anyOf(equalTo(200), equalTo(202)));
        for (int i = 0; i < 600; i++) {
            String status = given().get("/api/v1/triage-runs/" + date).then().statusCode(200).extract()
                    .path("status");
            if ("COMPLETED".equals(status)) {
                given().get("/api/v1/triage-runs/" + date).then().body("startedByUser", equalTo("tester"));
                return;
            }
            assertTrue(!"FAILED".equals(status), "the run of " + date + " failed");
            Thread.sleep(100);
        }
        throw new AssertionError("the run of " + date + " did not complete");
    }

    private static String file(LocalDate date, String name) throws Exception {
        return Files.readString(RUNS.resolve(date.toString()).resolve(name));
    }

    private static List<String> lines(String csv) {
        return csv.lines().skip(1).toList();
    }

    private static List<String> ids(String csv) {
        return ids(lines(csv));
    }

    private static List<String> ids(List<String> rows) {
        return rows.stream().map(l -> l.substring(0, l.indexOf(','))).toList();
    }
}
