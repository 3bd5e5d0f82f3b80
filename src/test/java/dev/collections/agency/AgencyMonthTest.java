package dev.collections.agency;

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
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A month with three collection agencies over HTTP (policy.md rev. 3), on a database of its own: placements that
 * respect eligibility, the notice, each agency's districts and capacity (a full one steps the account down); a
 * dispute recalls its account the next night; a complaint on one account suspends its agency (AG6) and every
 * account placed with it comes back the same night; the agencies' files hold only AG7's fields; the league table
 * against figures worked out by hand (in the comments). The random share is 0 here: each account goes to the
 * agency with the most room (ties: the lower id), so the placements can be worked out by hand.
 */
@QuarkusTest
@TestProfile(AgencyMonthTest.OwnNight.class)
class AgencyMonthTest {
    private static final Path INBOUND = Path.of("target/test-inbound");
    private static final Path RUNS = Path.of("target/test-agency-runs");
    private static final LocalDate D0 = LocalDate.now(ZoneId.of("Asia/Shanghai")).minusDays(40);
    private static final LocalDate D1 = D0.plusDays(1);
    private static final String AG7 = "accountId,customerName,maskedPhone,overdueAmount,daysPastDue,stage,placedOn,"
            + "until,agencyReference";

    public static class OwnNight implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("collections.triage.output-directory", RUNS.toString(),
                    "collections.triage.agency-random-share", "0");
        }
    }

    @Test
    void aMonthWithThreeAgencies() throws Exception {
        long alpha = agency("Alpha Collections", "AL-001", "[\"990001\",\"990002\"]", 2, "0.20");
        long beta = agency("Beta Recovery", "BE-002", "[\"*\"]", 4, "0.15");
        long gamma = agency("Gamma Services", "GA-003", "[\"990003\"]", 3, "0.10");
        given().auth().preemptive().basic("auditor", "dev-auditor").contentType(ContentType.JSON).body("{}")
                .post("/api/v1/agencies").then().statusCode(403);

        // day 0: E1-E10 120 days past due, 3,000 overdue, a balance of 8,000, told of the placement 10 days before;
        // N1 never told, N2 told 3 days before, P1 vulnerable
        String notified = D0.minusDays(10).toString();
        StringBuilder accounts = new StringBuilder("accountId,daysPastDue,overdueAmount,outstandingBalance,region,"
                + "vulnerable,placementNotifiedOn\n");
        String[][] rows = {{"E1", "990001"}, {"E2", "990001"}, {"E3", "990001"}, {"E4", "990001"}, {"E5", "990002"},
                {"E6", "990003"}, {"E7", "990003"}, {"E8", "990003"}, {"E9", "990003"}, {"F1", "990003"}};
        for (String[] r : rows) {
            accounts.append(r[0]).append(",120,3000,8000,").append(r[1]).append(",false,").append(notified).append('\n');
        }
        accounts.append("N1,120,3000,8000,990001,false,\n");
        accounts.append("N2,120,3000,8000,990001,false,").append(D0.minusDays(3)).append('\n');
        accounts.append("P1,120,3000,8000,990001,true,").append(notified).append('\n');
        extract("agency-day-0", accounts.toString());
        importExtract("agency-day-0", D0);
        triage(D0);

        // the night of day 0, highest priority first (all alike: by account id), each to the agency with the most
        // room that works its district (Alpha 990001 and 990002, 2 places; Beta every district, 4; Gamma 990003, 3),
        // ties to the lower id: E1 Beta (4 against 2), E2 Beta (3 against 2), E3 Alpha (2 against 2), E4 Beta (2
        // against 1), E5 Alpha (1 against 1), E6 Gamma (3 against Beta's 1), E7 Gamma (2 against 1), E8 Beta (1
        // against 1), E9 Gamma (the last place); F1 finds every agency that works 990003 full: it steps down
        // (CAPACITY) to a call
        assertEquals(List.of("E1", "E2", "E4", "E8"), ids(agencyFile(D0, beta + "-placements.csv")));
        assertEquals(List.of("E3", "E5"), ids(agencyFile(D0, alpha + "-placements.csv")));
        assertEquals(List.of("E6", "E7", "E9"), ids(agencyFile(D0, gamma + "-placements.csv")));
        String calls = file(D0, "calls.csv");
        assertTrue(calls.contains("\nF1,M4+,120,3000.00,") && calls.contains("AGENCY_PLACEMENT"), calls);
        assertTrue(calls.contains("placement with a collection agency team at full capacity"), calls);
        assertTrue(calls.contains("\nN1,") && calls.contains("\nN2,") && calls.contains("\nP1,"),
                "the others stay on the bank's ladder: " + calls);
        assertTrue(file(D0, "tasks.csv").contains("\nN1,NOTIFY_PLACEMENT,"), "N1 is told first");
        assertTrue(!file(D0, "tasks.csv").contains("N2,NOTIFY_PLACEMENT"), "N2 was told, and waits");
        // AG7: the files hold only what the agency needs
        for (String name : List.of(beta + "-placements.csv", alpha + "-placements.csv", gamma + "-placements.csv")) {
            String file = agencyFile(D0, name);
            assertEquals(AG7, file.lines().findFirst().orElseThrow(), name);
            assertTrue(file.lines().skip(1).allMatch(l -> l.split(",", -1).length == 9), name);
        }
        assertTrue(agencyFile(D0, beta + "-placements.csv").contains("E1,,,3000.00,120,M4+," + D0 + ","
                + D0.plusDays(89) + ",P" + D0.toString().replace("-", "") + "-" + beta + "-1"));
        given().get("/api/v1/accounts/E1").then().statusCode(200)
                .body("placements[0].agencyId", equalTo((int) beta)).body("placements[0].placedOn", equalTo(D0.toString()));
        given().get("/api/v1/triage-runs/" + D0 + "/agencies/" + beta + "-placements.csv").then().statusCode(200);

        // day 1: E2 disputes its debt; a complaint on E7 (closed the same day) is one for Gamma's three accounts:
        // 333 per 1,000, over 5 (AG6); E1 pays 1,000, E8 pays 500; E2 pays 2,000 (after its recall)
        given().contentType(ContentType.JSON).body("{\"openedOn\":\"" + D1 + "\"}")
                .post("/api/v1/accounts/E2/disputes").then().statusCode(201);
        long complaint = given().contentType(ContentType.JSON).body("{\"openedOn\":\"" + D1 + "\"}")
                .post("/api/v1/accounts/E7/complaints").then().statusCode(201).extract().jsonPath().getLong("id");
        given().contentType(ContentType.JSON).body("{\"status\":\"CLOSED\",\"closedOn\":\"" + D1 + "\"}")
                .patch("/api/v1/accounts/E7/complaints/" + complaint).then().statusCode(200);
        pay("E1", D0.plusDays(5), "1000");
        pay("E8", D1, "500");
        pay("E2", D1.plusDays(2), "2000");
        triage(D1);
        assertEquals(List.of("E2"), ids(agencyFile(D1, beta + "-recalls.csv")), "the dispute recalls E2");
        assertEquals(List.of("E6", "E7", "E9"), ids(agencyFile(D1, gamma + "-recalls.csv")),
                "the suspended agency's accounts all come back the same night");
        assertEquals(AG7, agencyFile(D1, gamma + "-recalls.csv").lines().findFirst().orElseThrow());
        assertTrue(!agencyFile(D1, beta + "-recalls.csv").contains("DISPUTE"), "never why it comes back");
        JsonPath suspended = given().get("/api/v1/agencies/" + gamma).then().statusCode(200).extract().jsonPath();
        assertEquals("SUSPENDED", suspended.getString("status"));
        assertEquals("nightly triage " + D1, suspended.getString("statusChangedBy"));
        assertTrue(suspended.getString("statusReason").contains("1 complaints in the window for 3 accounts placed"));
        given().get("/api/v1/agencies/" + gamma + "/status-history").then().statusCode(200)
                .body("size()", equalTo(2)).body("[0].status", equalTo("SUSPENDED"));
        given().get("/api/v1/accounts/E7").then().body("placements[0].recalledOn", equalTo(D1.toString()))
                .body("placements[0].recallReasons", equalTo("AGENCY_SUSPENDED"));

        // day 20: E3 paid everything on day 10 and is current on day 20 (a position of 0): cured
        pay("E3", D0.plusDays(10), "8000");
        extract("agency-day-20", "accountId,daysPastDue,overdueAmount,outstandingBalance,region\nE3,0,0,0,990001\n");
        // (E3 stays placed: only a triage decides its recall, PAID)
        given().contentType(ContentType.JSON).body("{\"extract\":\"agency-day-20\",\"businessDate\":\""
                + D0.plusDays(20) + "\",\"mode\":\"DELTA\"}").post("/api/v1/imports").then().statusCode(200);

        // the league at 30 days, by hand:
        // Alpha: E3, E5 placed, balance 16,000; recovered E3 8,000: 0.5000; cured E3, 1 of 2: 0.5000; no complaint;
        //   fee 20% = 1,600.00
        // Beta: E1, E2, E4, E8, balance 32,000; recovered E1 1,000 + E8 500 (E2 paid after its recall): 1,500 /
        //   32,000 = 0.0469; cured 0; no complaint; fee 15% = 225.00
        // Gamma: E6, E7, E9, balance 24,000; nothing recovered; 1 complaint for 3 placements: 333.33 per 1,000
        JsonPath league = given().queryParam("horizon", "30").get("/api/v1/agencies/league").then().statusCode(200)
                .extract().jsonPath();
        assertEquals(List.of((int) alpha, (int) beta, (int) gamma), league.getList("lines.agencyId"));
        assertLine(league, 0, 2, "16000.00", "8000.00", "0.5000", "0.5000", "0.00", "1600.00");
        assertLine(league, 1, 4, "32000.00", "1500.00", "0.0469", "0.0000", "0.00", "225.00");
        assertLine(league, 2, 3, "24000.00", "0", "0.0000", "0.0000", "333.33", "0.00");
    }

    private static void assertLine(JsonPath league, int i, int placements, String balance, String recovered,
                                   String rate, String cure, String complaints, String fee) {
        String line = "lines[" + i + "].";
        assertEquals(placements, league.getInt(line + "placements"));
        same(balance, league.getString(line + "placedBalance"), line + "placedBalance");
        same(recovered, league.getString(line + "recovered"), line + "recovered");
        same(rate, league.getString(line + "recoveryRate"), line + "recoveryRate");
        same(cure, league.getString(line + "cureRate"), line + "cureRate");
        same(complaints, league.getString(line + "complaintsPer1000"), line + "complaints");
        same(fee, league.getString(line + "feeEarned"), line + "fee");
    }

    private static void same(String expected, String actual, String what) {
        assertTrue(actual != null && new java.math.BigDecimal(expected).compareTo(new java.math.BigDecimal(actual)) == 0,
                () -> what + ": expected " + expected + " but was " + actual);
    }

    private static long agency(String name, String licence, String regions, int capacity, String fee) {
        return given().auth().preemptive().basic("operator", "dev-operator").contentType(ContentType.JSON)
                .body("{\"name\":\"" + name + "\",\"licenceNumber\":\"" + licence + "\",\"regions\":" + regions
                        + ",\"stages\":[\"M4+\"],\"capacity\":" + capacity + ",\"feeRate\":" + fee
                        + ",\"contractFrom\":\"" + D0.minusDays(100) + "\",\"contractUntil\":\"" + D0.plusDays(400) + "\"}")
                .post("/api/v1/agencies").then().statusCode(201).body("status", equalTo("ACTIVE"))
                .extract().jsonPath().getLong("id");
    }

    private static void pay(String account, LocalDate day, String amount) {
        given().contentType(ContentType.JSON).body("{\"amount\":" + amount + ",\"paidAt\":\"" + day
                + "T12:00:00+08:00\",\"channel\":\"AGENCY\"}").post("/api/v1/accounts/" + account + "/payments")
                .then().statusCode(201);
    }

    private static void extract(String name, String accounts) throws Exception {
        Path dir = Files.createDirectories(INBOUND.resolve(name));
        Files.writeString(dir.resolve("accounts.csv"), accounts);
    }

    private static void importExtract(String name, LocalDate date) {
        given().contentType(ContentType.JSON).body("{\"extract\":\"" + name + "\",\"businessDate\":\"" + date + "\"}")
                .post("/api/v1/imports").then().statusCode(200);
    }

    private static void triage(LocalDate date) throws InterruptedException {
        given().contentType(ContentType.JSON).body("{\"businessDate\":\"" + date + "\"}").post("/api/v1/triage-runs")
                .then().statusCode(org.hamcrest.Matchers.anyOf(equalTo(200), equalTo(202)));
        for (int i = 0; i < 600; i++) {
            String status = given().get("/api/v1/triage-runs/" + date).then().statusCode(200).extract()
                    .path("status");
            if ("COMPLETED".equals(status)) {
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

    private static String agencyFile(LocalDate date, String name) throws Exception {
        return Files.readString(RUNS.resolve(date.toString()).resolve("agencies").resolve(name));
    }

    private static List<String> ids(String csv) {
        return csv.lines().skip(1).map(l -> l.substring(0, l.indexOf(','))).toList();
    }
}
