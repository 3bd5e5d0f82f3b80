package dev.collections.account;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** A retried event call with the same Idempotency-Key records one event and answers as the first time. */
@QuarkusTest
class IdempotencyTest {
    private static final String SNAPSHOT = "{\"daysPastDue\":20,\"overdueAmount\":800,\"outstandingBalance\":5000}";
    private static final String CALL = Api.contact("CALL", "2026-11-22T10:00:00+08:00", "NO_ANSWER");

    @Test
    void aRetryRecordsNothingNewAndGetsTheFirstAnswer() {
        String id = "CC-IDEM-1";
        Api.putAccount(id, SNAPSHOT);
        Response first = Api.post(id, "contacts", CALL, "retry-1");
        Response retry = Api.post(id, "contacts", CALL, "retry-1");
        assertEquals(201, first.statusCode());
        assertEquals(201, retry.statusCode());
        assertEquals(first.body().asString(), retry.body().asString());
        assertEquals("true", retry.header("Idempotent-Replayed"));
        assertEquals(1, Api.account(id).getList("contacts").size());
    }

    @Test
    void withoutAKeyEveryCallIsAnEvent() {
        String id = "CC-IDEM-2";
        Api.putAccount(id, SNAPSHOT);
        Api.post(id, "contacts", CALL, null).then().statusCode(201);
        Api.post(id, "contacts", CALL, null).then().statusCode(201);
        assertEquals(2, Api.account(id).getList("contacts").size());
    }

    @Test
    void aKeyReusedForADifferentRequestIsRefused() {
        String id = "CC-IDEM-3";
        Api.putAccount(id, SNAPSHOT);
        Api.post(id, "contacts", CALL, "reused").then().statusCode(201);
        Api.post(id, "contacts", Api.contact("SMS", "2026-11-22T10:00:00+08:00", "DELIVERED"), "reused")
                .then().statusCode(422).contentType("application/problem+json");
        Api.post(id, "promises", "{\"amount\":100,\"dueDate\":\"2026-11-30\"}", "reused").then().statusCode(422);
        assertEquals(1, Api.account(id).getList("contacts").size());
        assertEquals(0, Api.account(id).getList("promises").size());
    }

    @Test
    void keysBelongToOneAccount() {
        Api.putAccount("CC-IDEM-4", SNAPSHOT);
        Api.putAccount("CC-IDEM-5", SNAPSHOT);
        Api.post("CC-IDEM-4", "contacts", CALL, "shared").then().statusCode(201);
        Api.post("CC-IDEM-5", "contacts", CALL, "shared").then().statusCode(201);
        assertEquals(1, Api.account("CC-IDEM-5").getList("contacts").size());
    }

    @Test
    void concurrentRetriesRecordOneEvent() throws Exception {
        String id = "CC-IDEM-6";
        Api.putAccount(id, SNAPSHOT);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Response>> calls = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                calls.add(() -> Api.post(id, "promises", "{\"amount\":100,\"dueDate\":\"2026-11-30\"}", "burst"));
            }
            List<String> bodies = new ArrayList<>();
            for (Future<Response> f : pool.invokeAll(calls)) {
                assertEquals(201, f.get().statusCode(), f.get().body().asString());
                bodies.add(f.get().body().asString());
            }
            assertEquals(1, bodies.stream().distinct().count());
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, Api.account(id).getList("promises").size());
    }
}
