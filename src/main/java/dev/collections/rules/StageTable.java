package dev.collections.rules;

import dev.collections.model.AccountFacts;
import dev.collections.model.FactsValidator;
import dev.collections.policy.DelinquencyStage;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The stage a rule set gives each number of days past due (policy.md "Stages": the stage depends on days past due
 * only), asked of the rule set itself, so no stage boundary is written in Java: positions, roll rates and outcomes
 * classify with the live rules' stages.drl. Each day count is asked once per rule-set version, when first needed.
 */
public final class StageTable {
    private static final int KEPT_VERSIONS = 4;
    private static final Map<String, StageTable> BY_VERSION = new LinkedHashMap<>(8, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, StageTable> eldest) {
            return size() > KEPT_VERSIONS;
        }
    };
    private static final OffsetDateTime PROBE_MOMENT = OffsetDateTime.of(2026, 1, 1, 12, 0, 0, 0, ZoneOffset.UTC);

    private final RuleSet ruleSet;
    private final Assessor assessor;
    private final DelinquencyStage[] byDays = new DelinquencyStage[FactsValidator.MAX_DAYS_PAST_DUE + 1];

    private StageTable(RuleSet ruleSet, int fireLimit) {
        this.ruleSet = ruleSet;
        this.assessor = new Assessor(Clock.systemUTC(), ZoneOffset.UTC, fireLimit);
    }

    /** The table of a valid rule set (shared by every caller of that version). */
    public static StageTable of(RuleSet ruleSet, int fireLimit) {
        synchronized (BY_VERSION) {
            return BY_VERSION.computeIfAbsent(ruleSet.version(), v -> new StageTable(ruleSet, fireLimit));
        }
    }

    public String version() {
        return ruleSet.version();
    }

    /** The stage of an account {@code daysPastDue} days past due (0 to the API's maximum). */
    public DelinquencyStage stage(int daysPastDue) {
        int days = Math.max(0, Math.min(daysPastDue, byDays.length - 1));
        DelinquencyStage known = byDays[days];
        if (known == null) {
            BigDecimal amount = days == 0 ? BigDecimal.ZERO : BigDecimal.ONE;
            known = assessor.assess(AccountFacts.builder().accountId("STAGE-PROBE").asOf(PROBE_MOMENT)
                    .timezone("UTC").daysPastDue(days).overdueAmount(amount).outstandingBalance(BigDecimal.ONE).build(), ruleSet).stage();
            byDays[days] = known;
        }
        return known;
    }
}
