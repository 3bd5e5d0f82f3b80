package dev.collections.outcome;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;
import java.time.Duration;
import java.util.List;

/**
 * When decisions' outcomes are measured and how far back the observed roll rates reach. The property names are
 * those the bank has set since the night first measured outcomes ({@code collections.triage.*}).
 */
@ConfigMapping(prefix = "collections")
public interface OutcomeConfig {

    /** The horizons, in days after a decision, at which its outcome is measured; the first one feeds priority. */
    @WithName("triage.outcome-horizons")
    @WithDefault("30,60,90")
    List<Integer> outcomeHorizons();

    /** How far back the roll rates the priority rules read are observed (decisions made in this window). */
    @WithName("triage.roll-rate-window")
    @WithDefault("180d")
    Duration rollRateWindow();
}
