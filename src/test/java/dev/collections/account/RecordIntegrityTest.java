package dev.collections.account;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.collections.decision.DecisionRecord;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** Invalid input writes nothing; concurrent work on one account leaves a consistent record; decisions never change. */
@QuarkusTest
class RecordIntegrityTest {
    private static final String SNAPSHOT = "{\"daysPastDue\":20,\"overdueAmount\":800,\"outstandingBalance\":5000}";

    @Test
    void invalidEventsWriteNothing() {
        String id = "CC-INT-1";
        Api.putAccount(id, SNAPSHOT);
        Api.post(id, "contacts", "{\"channel\":\"CALL\",\"at\":\"2026-11-22T10:00:00+08:00\"}", "k1")
                .then().statusCode(422).contentType("application/problem+json");
        Api.post(id, "contacts", "{\"channel\":\"FAX\",\"at\":\"2026-11-22T10:00:00+08:00\",\"outcome\":\"NO_ANSWER\"}", "k2")
                .then().statusCode(400).contentType("application/problem+json");
        Api.post(id, "promises", "{\"amount\":-5,\"dueDate\":\"2026-11-30\"}", null).then().statusCode(422);
        Api.post(id, "arrangements", "{\"type\":\"INSTALLMENT\",\"termMonths\":0}", null).then().statusCode(422);
        Api.post(id, "disputes", "{}", null).then().statusCode(422);
        var record = Api.account(id);
        for (String list : List.of("contacts", "promises", "arrangements", "disputes")) {
            assertEquals(0, record.getList(list).size(), list);
        }
        // the keys of refused calls were not used up
        Api.post(id, "contacts", Api.contact("CALL", "2026-11-22T10:00:00+08:00", "NO_ANSWER"), "k1")
                .then().statusCode(201);
    }

    @Test
    void invalidAssessmentsRecordNoDecision() {
        String id = "CC-INT-2";
        Api.putAccount(id, SNAPSHOT);
        given().contentType(ContentType.JSON).body("{\"daysPastDue\":-1}")
                .when().post("/api/v1/accounts/" + id + "/assessments").then().statusCode(422);
        given().contentType(ContentType.JSON)
                .body("{\"accountId\":\"" + id + "\",\"daysPastDue\":20,\"overdueAmount\":1.001,\"outstandingBalance\":9}")
                .when().post("/api/v1/assessments").then().statusCode(422);
        assertEquals(0, Api.decisions(id, "").getInt("total"));
        given().contentType(ContentType.JSON)
                .body("{\"accountId\":\"" + id + "\",\"daysPastDue\":20,\"overdueAmount\":1,\"outstandingBalance\":9}")
                .when().post("/api/v1/assessments").then().statusCode(200);
        var history = Api.decisions(id, "");
        assertEquals(1, history.getInt("total"));
        assertEquals("REQUEST", history.getString("decisions[0].source"));
    }

    @Test
    void unknownAccountsAndCasesAre404AndBadIds422() {
        Api.post("CC-NOBODY", "contacts", Api.contact("CALL", "2026-11-22T10:00:00+08:00", "NO_ANSWER"), null)
                .then().statusCode(404).contentType("application/problem+json");
        given().when().get("/api/v1/accounts/CC-NOBODY").then().statusCode(404);
        given().contentType(ContentType.JSON).body("{}").when().post("/api/v1/accounts/CC-NOBODY/assessments")
                .then().statusCode(404);
        given().when().get("/api/v1/accounts/bad%20id").then().statusCode(422).contentType("application/problem+json");
        given().when().get("/api/v1/accounts/CC-NOBODY/decisions?size=1000").then().statusCode(422);
        Api.putAccount("CC-INT-3", SNAPSHOT);
        Api.patch("CC-INT-3", "disputes/999999", "{\"status\":\"CLOSED\"}").then().statusCode(404);
    }

    @Test
    void concurrentEventsAndAssessmentsLeaveAConsistentRecord() throws Exception {
        String id = "CC-INT-4";
        Api.putAccount(id, SNAPSHOT);
        List<Callable<Response>> calls = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            String at = String.format("2026-11-%02dT10:%02d:00+08:00", 1 + i % 20, i);
            calls.add(() -> Api.post(id, "contacts", Api.contact("SMS", at, "DELIVERED"), null));
            if (i % 4 == 0) {
                calls.add(() -> given().contentType(ContentType.JSON).body("{\"asOf\":\"2026-11-22T10:00:00+08:00\"}")
                        .when().post("/api/v1/accounts/" + id + "/assessments"));
            }
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            for (Future<Response> f : pool.invokeAll(calls)) {
                Response response = f.get();
                int status = response.statusCode();
                assertTrue(status == 200 || status == 201, () -> status + " " + response.body().asString());
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(40, Api.account(id).getList("contacts").size());
        var history = Api.decisions(id, "?size=100");
        assertEquals(10, history.getInt("total"));
        // each assessment saw the record as it stood at one moment: in the order they ran, the number of
        // contacts they saw never goes down
        List<Map<String, Object>> decisions = history.getList("decisions");
        List<int[]> seen = new ArrayList<>();
        for (int i = 0; i < decisions.size(); i++) {
            seen.add(new int[] {i, history.getList("decisions[" + i + "].facts.contacts").size()});
        }
        seen.sort(Comparator.comparingInt((int[] s) -> -s[0]));
        for (int i = 1; i < seen.size(); i++) {
            assertTrue(seen.get(i)[1] >= seen.get(i - 1)[1], "a later assessment saw fewer contacts");
        }
    }

    @Test
    void onPostgresqlTheDatabaseRefusesToChangeADecision() {
        String kind = ConfigProvider.getConfig().getValue("quarkus.datasource.db-kind", String.class);
        Assumptions.assumeTrue("postgresql".equals(kind), "the trigger is PostgreSQL's");
        given().contentType(ContentType.JSON)
                .body("{\"accountId\":\"CC-INT-5\",\"daysPastDue\":20,\"overdueAmount\":1,\"outstandingBalance\":9}")
                .when().post("/api/v1/assessments").then().statusCode(200);
        for (String sql : List.of(
                "UPDATE collections.decision SET next_action = 'LEGAL_ACTION' WHERE account_id = 'CC-INT-5'",
                "DELETE FROM collections.decision WHERE account_id = 'CC-INT-5'")) {
            Exception refused = assertThrows(Exception.class, () -> QuarkusTransaction.requiringNew().run(() ->
                    DecisionRecord.getEntityManager().createNativeQuery(sql).executeUpdate()));
            assertTrue(messages(refused).contains("decisions are append-only"), () -> messages(refused));
        }
        assertEquals("CALL", Api.decisions("CC-INT-5", "").getString("decisions[0].nextAction"));
    }

    private static String messages(Throwable e) {
        StringBuilder all = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause()) {
            all.append(t.getMessage()).append('\n');
        }
        return all.toString();
    }
}
