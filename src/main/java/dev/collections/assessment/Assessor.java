package dev.collections.assessment;

import dev.collections.common.Problem;
import dev.collections.common.ProblemException;
import dev.collections.common.ProblemType;
import dev.collections.rules.Facts;
import dev.collections.rules.RuleEngine;
import dev.collections.rules.RuleSet;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/**
 * The whole assessment path without the web: validate, assemble the facts, evaluate them against a rule set,
 * shape the answer. The REST resource and the scenario runner both go through here.
 */
public final class Assessor {
    private final RuleEngine engine = new RuleEngine();
    private final Clock clock;
    private final ZoneId defaultZone;
    private final int fireLimit;

    public Assessor(Clock clock, ZoneId defaultZone, int fireLimit) {
        this.clock = clock;
        this.defaultZone = defaultZone;
        this.fireLimit = fireLimit;
    }

    /** @throws ProblemException (422) when the request breaks the API's rules */
    public Facts facts(AssessmentRequest request) {
        if (request == null) {
            throw new ProblemException(ProblemType.MALFORMED_REQUEST, "The body is required: one account's facts as JSON");
        }
        List<Problem.Violation> violations = RequestValidator.validate(request);
        if (!violations.isEmpty()) {
            throw ProblemException.validation(violations);
        }
        return FactAssembler.toFacts(request, OffsetDateTime.now(clock), defaultZone);
    }

    public AssessmentResponse assess(AssessmentRequest request, RuleSet ruleSet) {
        Facts facts = facts(request);
        var decision = engine.evaluate(ruleSet, facts, fireLimit);
        var zone = facts.account().getZone();
        OffsetDateTime assessedAt = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MILLIS)
                .atZoneSameInstant(zone).toOffsetDateTime();
        return AssessmentResponse.of(UUID.randomUUID(), request.accountId(), assessedAt, ruleSet.version(), decision);
    }
}
