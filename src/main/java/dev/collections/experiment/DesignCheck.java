package dev.collections.experiment;

import dev.collections.common.BusinessDates;
import dev.collections.common.Violations;
import dev.collections.outcome.OutcomeConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * What an analyst asks for an experiment, checked the same way wherever it is asked (the API, the console): a
 * name, a challenger directory by name or a score model by version (or both), a share of 0.01% to 50% in steps of 0.01, an optional salt, dates from
 * today within the business-date window, a horizon outcomes are measured at. The challenger's own checks (it
 * compiles, its scenarios pass) are {@link Experiments#create}'s.
 */
@ApplicationScoped
public class DesignCheck {
    public static final String NAME = "^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$";
    public static final String SALT = "^[A-Za-z0-9._:-]{1,64}$";
    public static final String SCORE_MODEL = "^score-[0-9a-f]{6,64}$";
    private static final BigDecimal MIN_SHARE = new BigDecimal("0.01");
    private static final BigDecimal MAX_SHARE = new BigDecimal("50");
    private final Experiments experiments;
    private final OutcomeConfig triage;

    public DesignCheck(Experiments experiments, OutcomeConfig triage) {
        this.experiments = experiments;
        this.triage = triage;
    }

    /** The design, or a 422 problem naming every field that is wrong. */
    public Design of(String name, String challengerDirectory, BigDecimal sharePercent, String salt,
                     LocalDate startsOn, LocalDate endsOn, Integer horizonDays, String challengerScoreModel) {
        Violations v = new Violations();
        if (challengerDirectory != null && challengerDirectory.isBlank()) {
            challengerDirectory = null;
        }
        LocalDate today = experiments.today();
        v.required("name", name).text("name", name, 100)
                .check(challengerDirectory != null || challengerScoreModel != null, "challengerDirectory",
                        "is required, unless the challenger is a score model (challengerScoreModel)")
                .check(challengerScoreModel == null || challengerScoreModel.matches(SCORE_MODEL),
                        "challengerScoreModel", "must be a score model's version (score-...)")
                .check(challengerDirectory == null || challengerDirectory.matches(NAME), "challengerDirectory",
                        "must be a directory name (letters, digits, . _ -), not a path")
                .required("sharePercent", sharePercent)
                .check(sharePercent == null || (sharePercent.compareTo(MIN_SHARE) >= 0
                        && sharePercent.compareTo(MAX_SHARE) <= 0
                        && sharePercent.stripTrailingZeros().scale() <= 2), "sharePercent",
                        "must be 0.01 to 50, in steps of 0.01")
                .check(salt == null || salt.matches(SALT), "salt", "must be 1-64 letters, digits or . _ : -")
                .required("startsOn", startsOn).required("endsOn", endsOn)
                .required("horizonDays", horizonDays)
                .check(horizonDays == null || triage.outcomeHorizons().contains(horizonDays), "horizonDays",
                        "must be one of the horizons outcomes are measured at: " + triage.outcomeHorizons());
        BusinessDates.coming(v, "startsOn", startsOn, today);
        v.check(startsOn == null || endsOn == null || (!endsOn.isBefore(startsOn)
                        && ChronoUnit.DAYS.between(startsOn, endsOn) <= BusinessDates.MAX_DAYS_AWAY), "endsOn",
                "must be on or after startsOn, within " + BusinessDates.MAX_DAYS_AWAY + " days of it");
        v.throwIfAny();
        String split = salt == null ? UUID.randomUUID().toString().replace("-", "").substring(0, 16) : salt;
        return new Design(name.strip(), challengerDirectory, sharePercent.movePointRight(2).intValueExact(), split,
                startsOn, endsOn, horizonDays, challengerScoreModel);
    }
}
