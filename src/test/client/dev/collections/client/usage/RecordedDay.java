package dev.collections.client.usage;

import dev.collections.client.ApiClient;
import dev.collections.client.ApiException;
import dev.collections.client.api.AccountEventsApi;
import dev.collections.client.api.AccountsApi;
import dev.collections.client.api.AssessmentsApi;
import dev.collections.client.api.DecisionsApi;
import dev.collections.client.model.AccountFacts;
import dev.collections.client.model.AccountFactsOverlay;
import dev.collections.client.model.Assessment;
import dev.collections.client.model.Channel;
import dev.collections.client.model.Contact;
import dev.collections.client.model.ContactOutcome;
import dev.collections.client.model.ContactAttempt;
import dev.collections.client.model.CustomerFacts;
import dev.collections.client.model.Promise;
import dev.collections.client.model.PromiseFacts;
import dev.collections.client.model.Snapshot;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/**
 * Core banking's code, written against the client generated from the served OpenAPI document (GeneratedClientTest
 * generates and compiles it with this file): the README's worked example, then a recorded day. It compiles only
 * if the document describes these calls; it runs only if the service answers as the document says.
 */
public final class RecordedDay implements BiFunction<String, String, List<String>> {

    @Override
    public List<String> apply(String baseUri, String authorization) {
        ApiClient client = new ApiClient();
        client.updateBaseUri(baseUri);
        client.setRequestInterceptor(request -> request.header("Authorization", authorization));
        List<String> seen = new ArrayList<>();
        try {
            Assessment example = new AssessmentsApi(client).assessmentResourceAssess(new AccountFacts()
                    .accountId("CC-0042").asOf(OffsetDateTime.parse("2026-11-22T10:15:00+08:00")).daysPastDue(64)
                    .overdueAmount(new BigDecimal("6200.00")).outstandingBalance(new BigDecimal("18000.00"))
                    .customer(new CustomerFacts().addressVerified(true).phoneReachable(false).creditReportNotified(true))
                    .promise(new PromiseFacts().amount(new BigDecimal("500.00")).dueDate(LocalDate.parse("2026-11-25"))
                            .status(PromiseFacts.StatusEnum.PENDING)));
            seen.add("example " + example.getNextAction().getType().getValue() + " by " + example.getNextAction().getRule());

            String id = "CC-CLIENT-1";
            new AccountsApi(client).accountResourcePut(id, new Snapshot().daysPastDue(20)
                    .overdueAmount(new BigDecimal("800")).outstandingBalance(new BigDecimal("5000"))
                    .timezone("Asia/Shanghai").customer(new CustomerFacts().creditReportNotified(true)));
            AccountEventsApi events = new AccountEventsApi(client);
            Contact call = new Contact().channel(Channel.CALL)
                    .at(OffsetDateTime.parse("2026-11-22T09:00:00+08:00")).outcome(ContactOutcome.NO_ANSWER);
            ContactAttempt first = events.accountEventsResourceContact(id, call, "call-1");
            ContactAttempt retry = events.accountEventsResourceContact(id, call, "call-1");
            seen.add("retry " + (first.getId().equals(retry.getId()) ? "same contact" : "a second contact"));
            events.accountEventsResourcePromise(id, new Promise().amount(new BigDecimal("300"))
                    .dueDate(LocalDate.parse("2026-11-30")), "promise-1");
            // a pending promise allows only a reminder SMS (P1)
            Assessment fromRecord = new AssessmentsApi(client).accountAssessmentResourceAssess(id,
                    new AccountFactsOverlay().asOf(OffsetDateTime.parse("2026-11-22T10:00:00+08:00")));
            seen.add("record " + fromRecord.getNextAction().getType().getValue());
            seen.add("history " + new DecisionsApi(client).decisionsResourceHistory(id, 0, 20).getTotal());
            seen.add("contacts " + new AccountsApi(client).accountResourceGet(id).getContacts().size());
        } catch (ApiException e) {
            seen.add("failed " + e.getCode() + " " + e.getResponseBody());
        }
        return seen;
    }
}
