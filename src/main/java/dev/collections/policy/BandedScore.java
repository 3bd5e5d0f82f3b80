package dev.collections.policy;

import org.kie.api.runtime.rule.RuleContext;

/** The band a score falls in (rules/score.drl), with the rule that said so. */
public final class BandedScore extends Outcome {
    private final ScoreBand band;

    public BandedScore(ScoreBand band, RuleContext rule) {
        super(rule);
        this.band = band;
    }

    public ScoreBand getBand() { return band; }
}
