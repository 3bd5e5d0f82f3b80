package dev.collections.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.collections.common.JsonSettings;
import dev.collections.model.AccountFacts;
import dev.collections.model.Assessment;
import dev.collections.policy.ActionType;
import java.nio.file.Path;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The rungs an account may step down to when a team's capacity is full keep every guardrail: each is scheduled by
 * the contact hours and caps of its own channel, as the chosen action is.
 */
class FallbackScheduleTest {
    private static final RuleSet RULES = new RuleSetCompiler().compileForCommand(Path.of("rules"));
    private static final ObjectMapper JSON = JsonSettings.newMapper();

    private static Assessment assess(String contacts) throws Exception {
        AccountFacts facts = JSON.readValue("""
                {"accountId":"FB-1","asOf":"2026-11-22T10:15:00+08:00","timezone":"Asia/Shanghai","daysPastDue":100,
                 "overdueAmount":2000,"outstandingBalance":8000,
                 "customer":{"addressVerified":true,"phoneReachable":false,"creditReportNotified":true},
                 "contacts":%s}""".formatted(contacts), AccountFacts.class);
        return new Assessor(Clock.systemUTC(), ZoneId.of("Asia/Shanghai"), 10_000).assess(facts, RULES);
    }

    @Test
    void aVisitCanStepDownToACallNowAndAnSmsAfterTodaysSms() throws Exception {
        Assessment a = assess("[{\"channel\":\"SMS\",\"at\":\"2026-11-22T09:00:00+08:00\",\"outcome\":\"DELIVERED\"}]");
        assertEquals(ActionType.HOME_VISIT, a.nextAction().type());
        assertEquals(List.of(
                new Assessment.Step(ActionType.CALL, OffsetDateTime.parse("2026-11-22T10:15:00+08:00")),
                new Assessment.Step(ActionType.SMS, OffsetDateTime.parse("2026-11-23T08:00:00+08:00"))),
                a.nextAction().fallbacks(), "one SMS a local day (G3), then contact hours (G2)");
    }

    @Test
    void withoutEarlierContactsEveryRungBelowMayHappenAtOnce() throws Exception {
        Assessment a = assess("[]");
        assertEquals(List.of(ActionType.CALL, ActionType.SMS),
                a.nextAction().fallbacks().stream().map(Assessment.Step::type).toList());
        a.nextAction().fallbacks().forEach(step -> assertEquals(a.nextAction().notBefore(), step.notBefore()));
    }

    @Test
    void aRungTheCustomerOptedOutOfIsNoFallback() throws Exception {
        AccountFacts facts = JSON.readValue("""
                {"accountId":"FB-2","asOf":"2026-11-22T10:15:00+08:00","timezone":"Asia/Shanghai","daysPastDue":100,
                 "overdueAmount":2000,"outstandingBalance":8000,
                 "customer":{"addressVerified":true,"phoneReachable":false,"doNotContact":["CALL"]}}""",
                AccountFacts.class);
        Assessment a = new Assessor(Clock.systemUTC(), ZoneId.of("Asia/Shanghai"), 10_000).assess(facts, RULES);
        assertEquals(List.of(ActionType.SMS), a.nextAction().fallbacks().stream().map(Assessment.Step::type).toList());
    }
}
