package dev.collections.security;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.collections.common.Database;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * More than a thousand generated malformed or hostile requests, to every endpoint that takes input: broken JSON,
 * wrong types, unknown fields and enum values, huge numbers and strings, deep nesting, oversized bodies, bad ids
 * in paths, bad time zones and dates. Every answer must be 4xx application/problem+json, and no table may change.
 * Each request is a valid one (its base: an existing account, real event ids, an extract that exists, a business
 * date near today) broken in exactly one place, so that what is refused is the hostile part, not the base.
 */
@QuarkusTest
class HostileInputTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ACCOUNT = "HOSTILE-1";

    @Inject
    AgroalDataSource database;

    record Call(String method, String path, String body, String contentType) {
    }

    /** The ids of the events recorded on the account before the hostile requests, so that every PATCH is valid. */
    record Ids(long promise, long arrangement, long hardship, long dispute, long complaint) {
    }

    private static final String EXTRACT = "hostile-extract";

    /** Valid requests, one per endpoint; every request sent is one of them broken in one place. */
    private static Map<String, String> bases(Ids ids) {
        Map<String, String> b = new LinkedHashMap<>();
        String customer = "{\"deceased\":false,\"vulnerable\":false,\"addressVerified\":true,\"phoneReachable\":true,"
                + "\"creditReportNotified\":false,\"doNotContact\":[\"SMS\"]}";
        b.put("POST /api/v1/assessments", "{\"accountId\":\"HOSTILE-2\",\"daysPastDue\":10,\"overdueAmount\":500,"
                + "\"outstandingBalance\":9000,\"riskGrade\":\"LOW\",\"currency\":\"CNY\",\"timezone\":\"Asia/Shanghai\","
                + "\"asOf\":\"2026-11-23T10:00:00+08:00\",\"customer\":" + customer + ",\"contacts\":[{\"channel\":\"SMS\","
                + "\"at\":\"2026-11-20T10:00:00+08:00\",\"outcome\":\"DELIVERED\"}]}");
        b.put("PUT /api/v1/accounts/" + ACCOUNT, "{\"daysPastDue\":10,\"overdueAmount\":500,\"outstandingBalance\":9000,"
                + "\"riskGrade\":\"LOW\",\"currency\":\"CNY\",\"timezone\":\"Asia/Shanghai\",\"customer\":" + customer + "}");
        String events = "/api/v1/accounts/" + ACCOUNT;
        b.put("POST " + events + "/contacts", "{\"channel\":\"CALL\",\"at\":\"2026-11-20T10:00:00+08:00\","
                + "\"outcome\":\"NO_ANSWER\",\"externalRef\":\"R1\"}");
        b.put("POST " + events + "/promises", "{\"amount\":300,\"dueDate\":\"2026-11-30\",\"status\":\"PENDING\"}");
        b.put("POST " + events + "/payments", "{\"amount\":300,\"paidAt\":\"2026-11-20T10:00:00+08:00\","
                + "\"channel\":\"CARD\",\"externalRef\":\"TX-H\"}");
        b.put("POST " + events + "/arrangements", "{\"type\":\"INSTALLMENT\",\"status\":\"ACTIVE\",\"signedOn\":"
                + "\"2026-10-01\",\"termMonths\":12,\"missedInstallments\":0,\"paymentInTransit\":false,"
                + "\"autodebitFailed\":false}");
        b.put("POST " + events + "/hardship-cases", "{\"reason\":\"UNEMPLOYMENT\",\"status\":\"DECLARED\","
                + "\"temporary\":true,\"declaredOn\":\"2026-11-01\"}");
        b.put("POST " + events + "/disputes", "{\"openedOn\":\"2026-11-01\"}");
        b.put("POST " + events + "/complaints", "{\"viaRegulator\":true,\"openedOn\":\"2026-11-01\"}");
        b.put("PATCH " + events + "/promises/" + ids.promise(), "{\"status\":\"KEPT\"}");
        b.put("PATCH " + events + "/arrangements/" + ids.arrangement(), "{\"status\":\"BROKEN\",\"missedInstallments\":2}");
        b.put("PATCH " + events + "/hardship-cases/" + ids.hardship(), "{\"status\":\"VERIFIED\"}");
        b.put("PATCH " + events + "/disputes/" + ids.dispute(), "{\"status\":\"CLOSED\",\"resolvedOn\":\"2026-11-10\"}");
        b.put("PATCH " + events + "/complaints/" + ids.complaint(), "{\"status\":\"CLOSED\",\"closedOn\":\"2026-11-10\"}");
        b.put("POST " + events + "/assessments", "{\"daysPastDue\":12,\"asOf\":\"2026-11-23T10:00:00+08:00\"}");
        b.put("POST /api/v1/simulations", "{\"candidateDirectory\":\"rules\",\"asOf\":\"2026-11-23T10:00:00+08:00\"}");
        b.put("POST /api/v1/rules/rollback", "{\"version\":\"" + given().get("/api/v1/rules").then().extract()
                .path("version") + "\"}");
        b.put("POST /api/v1/imports", "{\"extract\":\"" + EXTRACT + "\"}");
        b.put("POST /api/v1/agencies", "{\"name\":\"Hostile Agency\",\"licenceNumber\":\"HOSTILE-1\","
                + "\"regions\":[\"310101\"],\"stages\":[\"M4+\"],\"capacity\":10,\"feeRate\":0.1,"
                + "\"contractFrom\":\"2026-01-01\",\"contractUntil\":\"2027-01-01\"}");
        b.put("POST " + events + "/placements", "{\"agencyId\":999999,\"placedOn\":\"2026-11-01\","
                + "\"until\":\"2026-12-30\",\"agencyReference\":\"R-1\"}");
        b.put("POST /api/v1/experiments", "{\"name\":\"n\",\"challengerDirectory\":\"no-such-challenger\","
                + "\"sharePercent\":10,\"salt\":\"s\",\"startsOn\":\"" + LocalDate.now().plusDays(1) + "\",\"endsOn\":\""
                + LocalDate.now().plusDays(20) + "\",\"horizonDays\":30}");
        b.put("POST /api/v1/triage-runs", "{\"businessDate\":\"" + LocalDate.now().minusDays(1) + "\"}");
        return b;
    }

    /** Values wrong for any field: every field of every base gets each of them in turn. */
    private static List<String> hostileValues() {
        return List.of("\"" + "x".repeat(70_000) + "\"", "\"\\u0000../../etc/passwd\\u0000\"", "\"\\ud800" + "y".repeat(300) + "\"",
                "-99999999999999999999999999999999999999", "1e999999", "-1e-999999", "{\"$where\":\"1\"}",
                "[".repeat(3_000) + "]".repeat(3_000), "{\"a\":".repeat(2_000) + "1" + "}".repeat(2_000),
                "[\"SMS\", {\"nested\": [1, 2, {\"x\": null}]}]");
    }

    /** Field-specific nonsense: time zones, dates and enum values. */
    private static Map<String, List<String>> fieldValues() {
        List<String> zones = List.of("\"Mars/Olympus\"", "\"../../etc/passwd\"", "\"UTC+99\"", "\"\"", "\" \"",
                "\"Asia/Shanghai\\u0000\"", "\"GMT+25:00\"", "\"" + "Europe/".repeat(20) + "\"");
        List<String> dates = List.of("\"2026-02-30\"", "\"yesterday\"", "\"+999999999-12-31\"", "\"-999999999-01-01\"",
                "\"2026-11-23T25:00:00+08:00\"", "\"+999999999-12-31T23:59:59+18:00\"", "\"2026-11-23T10:00:00\"",
                "\"1899-12-31\"", "\"9999-12-31\"", "0");
        List<String> enums = List.of("\"EXTREME\"", "\"sms\"", "\"\"", "\"DELIVERED \"", "\"NULL\"");
        Map<String, List<String>> m = new LinkedHashMap<>();
        m.put("timezone", zones);
        for (String date : List.of("asOf", "at", "paidAt", "dueDate", "signedOn", "declaredOn", "openedOn", "resolvedOn",
                "closedOn", "businessDate", "startsOn", "endsOn", "placedOn", "until", "recalledOn", "contractFrom",
                "contractUntil")) {
            m.put(date, dates);
        }
        for (String e : List.of("riskGrade", "channel", "outcome", "status", "type", "reason")) {
            m.put(e, enums);
        }
        return m;
    }

    private static List<String> brokenBodies() {
        return List.of("", " ", "{", "}", "[", "{\"a\":}", "{\"daysPastDue\":1,}", "{'single':'quotes'}", "nul",
                "{\"x\":\"unterminated", "\uFEFF{garbage", "{\"daysPastDue\": 01}", "{\"overdueAmount\": NaN}",
                "{\"overdueAmount\": Infinity}", "{/* comment */}", "{} {}", "{\"a\":1}{\"b\":2}", "[]", "\"text\"",
                "123", "true", "null", "{\"unknownField\":1}", "{\"__proto__\":{\"admin\":true}}",
                "{\"customer\":{\"nope\":1}}", "{\"daysPastDue\":1,\"daysPastDue\":2}", "\u0000\u0001\u0002",
                "{\"accountId\":\"A\",\"accountId\":\"B\"}");
    }

    private static List<Call> calls(Ids ids) throws Exception {
        List<Call> calls = new ArrayList<>();
        var fieldValues = fieldValues();
        for (var e : bases(ids).entrySet()) {
            String method = e.getKey().substring(0, e.getKey().indexOf(' '));
            String path = e.getKey().substring(e.getKey().indexOf(' ') + 1);
            ObjectNode base = (ObjectNode) JSON.readTree(e.getValue());
            for (Iterator<String> names = base.fieldNames(); names.hasNext(); ) {
                String field = names.next();
                List<String> values = new ArrayList<>(hostileValues());
                values.addAll(fieldValues.getOrDefault(field, List.of()));
                for (String value : values) {
                    calls.add(new Call(method, path, replace(base, field, value), "application/json"));
                }
            }
            for (String broken : brokenBodies()) {
                boolean optionalBody = path.endsWith("/assessments") && path.contains("/accounts/")
                        || path.endsWith("/triage-runs");
                if (optionalBody && List.of("", " ", "null").contains(broken)) {
                    continue; // no body is a valid call there (the record's facts; today's run)
                }
                calls.add(new Call(method, path, broken, "application/json"));
            }
            calls.add(new Call(method, path, "{\"pad\":\"" + "x".repeat(1_100_000) + "\"}", "application/json"));
            calls.add(new Call(method, path, e.getValue(), "text/plain"));
            calls.add(new Call(method, path, e.getValue(), "application/xml"));
        }
        List<String> badIds = List.of("a%20b", "..%2F..%2Fetc%2Fpasswd", "x".repeat(65), "%E2%80%AE", "%F0%9F%92%A9",
                "'%3BDROP%20TABLE%20account%3B--", "%25", "a.b", "%C0%AE%C0%AE");
        for (String id : badIds) {
            calls.add(new Call("GET", "/api/v1/accounts/" + id, null, null));
            calls.add(new Call("PUT", "/api/v1/accounts/" + id, bases(ids).get("PUT /api/v1/accounts/" + ACCOUNT),
                    "application/json"));
            calls.add(new Call("GET", "/api/v1/accounts/" + id + "/decisions", null, null));
            calls.add(new Call("POST", "/api/v1/accounts/" + id + "/assessments", "{}", "application/json"));
            calls.add(new Call("POST", "/api/v1/accounts/" + id + "/contacts",
                    bases(ids).get("POST /api/v1/accounts/" + ACCOUNT + "/contacts"), "application/json"));
            calls.add(new Call("GET", "/api/v1/triage-runs/" + id, null, null));
            calls.add(new Call("GET", "/api/v1/triage-runs/2026-11-23/files/" + id, null, null));
        }
        for (String id : List.of("abc", "-1", "99999999999999999999", "1.5", "0x10")) {
            calls.add(new Call("PATCH", "/api/v1/accounts/" + ACCOUNT + "/promises/" + id, "{\"status\":\"KEPT\"}",
                    "application/json"));
        }
        for (String query : List.of("page=-1", "size=100000", "page=abc", "size=0", "page=99999999999999999999")) {
            calls.add(new Call("GET", "/api/v1/accounts/" + ACCOUNT + "/decisions?" + query, null, null));
            calls.add(new Call("GET", "/api/v1/rules/history?" + query, null, null));
        }
        for (String limit : List.of("0", "-5", "abc", "100000")) {
            calls.add(new Call("GET", "/api/v1/triage-runs?limit=" + limit, null, null));
        }
        return calls;
    }

    private static String replace(ObjectNode base, String field, String rawValue) {
        String placeholder = "\"@@HOSTILE@@\"";
        ObjectNode copy = base.deepCopy();
        copy.put(field, "@@HOSTILE@@");
        return copy.toString().replace(placeholder, rawValue);
    }

    /** The account, one event of each kind on it, and an extract in the inbound directory: the bases are valid. */
    private static Ids recordTheBases() throws Exception {
        given().contentType(ContentType.JSON).body("{\"daysPastDue\":5,\"overdueAmount\":100,\"outstandingBalance\":1000}")
                .put("/api/v1/accounts/" + ACCOUNT).then().statusCode(org.hamcrest.Matchers.anyOf(
                        org.hamcrest.Matchers.is(200), org.hamcrest.Matchers.is(201)));
        Path extract = Path.of("target/test-inbound", EXTRACT);
        Files.createDirectories(extract);
        Files.writeString(extract.resolve("accounts.csv"),
                "accountId,daysPastDue,overdueAmount,outstandingBalance\nHOSTILE-3,5,100.00,1000.00\n");
        String events = "/api/v1/accounts/" + ACCOUNT + "/";
        return new Ids(created(events + "promises", "{\"amount\":300,\"dueDate\":\"2026-11-30\"}"),
                created(events + "arrangements", "{\"type\":\"INSTALLMENT\"}"),
                created(events + "hardship-cases", "{\"reason\":\"UNEMPLOYMENT\"}"),
                created(events + "disputes", "{\"openedOn\":\"2026-11-01\"}"),
                created(events + "complaints", "{\"openedOn\":\"2026-11-01\"}"));
    }

    private static long created(String path, String body) {
        return given().contentType(ContentType.JSON).body(body).post(path).then().statusCode(201)
                .extract().jsonPath().getLong("id");
    }

    @Test
    void everyHostileRequestIsA4xxProblemAndWritesNothing() throws Exception {
        Ids ids = recordTheBases();
        Map<String, Long> before = rowCounts();
        List<Call> calls = calls(ids);
        assertTrue(calls.size() >= 1_000, "only " + calls.size() + " requests");
        List<String> wrong = new ArrayList<>();
        for (Call call : calls) {
            var request = given().urlEncodingEnabled(false);
            if (call.body() != null) {
                request.contentType(call.contentType()).body(call.body());
            }
            io.restassured.response.Response response;
            try {
                response = request.request(call.method(), call.path());
            } catch (AssertionError contractBroken) { // the answer is not what the OpenAPI document says
                wrong.add(contractBroken.getMessage().lines().limit(3).reduce((a, b) -> a + " " + b).orElse("")
                        + " <- " + abbreviate(call.body()));
                continue;
            }
            int status = response.statusCode();
            String type = response.contentType();
            if (status < 400 || status >= 500 || type == null || !type.startsWith("application/problem+json")) {
                wrong.add(status + " " + type + " <- " + call.method() + " " + abbreviate(call.path()) + " "
                        + abbreviate(call.body()));
            }
        }
        assertTrue(wrong.isEmpty(), wrong.size() + " of " + calls.size() + " answers were wrong:\n"
                + String.join("\n", wrong.subList(0, Math.min(40, wrong.size()))));
        assertEquals(before, rowCounts(), "a hostile request wrote something");
    }

    private static String abbreviate(String s) {
        return s == null ? "" : s.length() > 160 ? s.substring(0, 160) + "…(" + s.length() + ")" : s;
    }

    private Map<String, Long> rowCounts() throws Exception {
        Map<String, Long> counts = new LinkedHashMap<>();
        try (var c = Database.open(database)) {
            List<String> tables = new ArrayList<>();
            try (var rs = c.getMetaData().getTables(null, Database.SCHEMA, "%", new String[] {"TABLE"})) {
                while (rs.next()) {
                    tables.add(rs.getString("TABLE_NAME"));
                }
            }
            for (String table : tables) {
                if (table.startsWith("flyway")) {
                    continue;
                }
                try (var s = c.createStatement(); var rs = s.executeQuery("SELECT count(*) FROM " + table)) {
                    rs.next();
                    counts.put(table, rs.getLong(1));
                }
            }
        }
        assertTrue(counts.size() >= 10, "tables seen: " + counts.keySet());
        return counts;
    }
}
