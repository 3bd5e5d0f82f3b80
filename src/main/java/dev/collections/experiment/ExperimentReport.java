package dev.collections.experiment;

import dev.collections.experiment.Statistics.Comparison;
import dev.collections.model.Arm;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An experiment's report: each arm's accounts, decisions and outcomes at the experiment's horizon, and the
 * challenger against the champion on each measure (difference, 95% confidence interval, p-value). The verdict
 * is called on the cure rate, and only once the experiment has ended and the horizon of its last decisions has
 * passed; a challenger that raises complaints significantly is never called better.
 */
public record ExperimentReport(long experiment, String name, Experiment.Status status, LocalDate startsOn,
                               LocalDate endsOn, int horizonDays, BigDecimal sharePercent, String championVersion,
                               String challengerVersion, LocalDate reportedOn, LocalDate outcomesCompleteOn,
                               List<ArmFigures> arms, Map<String, Comparison> comparisons, Verdict verdict,
                               List<String> warnings) {
    /** Fewer accounts than this in an arm, and a real difference of a few points may go unseen. */
    static final int SMALL_ARM = 2_500;

    public enum Verdict {
        NOT_YET, CHALLENGER_CURES_MORE, CHAMPION_CURES_MORE, CHALLENGER_CAUSES_MORE_COMPLAINTS,
        NO_SIGNIFICANT_DIFFERENCE
    }

    static ExperimentReport of(Experiment e, Map<Arm, ArmFigures> figures, LocalDate today) {
        ArmFigures a = figures.get(Arm.CHAMPION);
        ArmFigures b = figures.get(Arm.CHALLENGER);
        Map<String, Comparison> comparisons = new LinkedHashMap<>();
        comparisons.put("cureRate", Statistics.proportions(a.cured(), a.measured(), b.cured(), b.measured()));
        comparisons.put("rollForwardRate", Statistics.proportions(a.rolledForward(), a.measured(),
                b.rolledForward(), b.measured()));
        comparisons.put("promiseKeptRate", Statistics.proportions(a.promisesKept(), a.promisesMade(),
                b.promisesKept(), b.promisesMade()));
        comparisons.put("complaintsPer1000", Statistics.proportions(a.withComplaint(), a.measured(),
                b.withComplaint(), b.measured()).scaled(1000));
        comparisons.put("amountPaidPerAccount", Statistics.means(a.measured(), a.amountPaid().doubleValue(),
                a.amountSquares(), b.measured(), b.amountPaid().doubleValue(), b.amountSquares()));
        comparisons.put("contactsPerAccount", Statistics.means(a.measured(), a.contacts(), a.contactSquares(),
                b.measured(), b.contacts(), b.contactSquares()));
        LocalDate complete = e.endsOn.plusDays(e.horizonDays);
        List<String> warnings = new ArrayList<>();
        boolean early = false;
        if (e.status == Experiment.Status.STOPPED && e.endedAt.toLocalDate().isBefore(e.endsOn)) {
            warnings.add("The experiment was stopped on " + e.endedAt.toLocalDate() + ", before its end: no verdict");
            early = true;
        }
        if (!today.isAfter(e.endsOn)) {
            warnings.add("The experiment runs until " + e.endsOn + ": no winner is called before its end");
            early = true;
        } else if (today.isBefore(complete)) {
            warnings.add("The " + e.horizonDays + "-day horizon of the last decisions passes on " + complete
                    + ": the outcomes are not all in yet");
            early = true;
        }
        for (ArmFigures arm : List.of(a, b)) {
            if (arm.accounts() < SMALL_ARM) {
                warnings.add("The " + arm.arm().name().toLowerCase() + " arm has " + arm.accounts()
                        + " accounts, fewer than " + SMALL_ARM + ": a real difference may go unseen");
            }
            if (arm.measured() < arm.accounts()) {
                warnings.add((arm.accounts() - arm.measured()) + " accounts of the " + arm.arm().name().toLowerCase()
                        + " arm have no outcome at " + e.horizonDays + " days yet (no position recorded that far on)");
            }
        }
        Verdict verdict = early ? Verdict.NOT_YET : verdict(comparisons);
        return new ExperimentReport(e.id, e.name, e.status, e.startsOn, e.endsOn, e.horizonDays, e.sharePercent(),
                e.championVersion, e.challengerVersion, today, complete, List.of(a, b), comparisons, verdict,
                warnings);
    }

    private static Verdict verdict(Map<String, Comparison> comparisons) {
        Comparison complaints = comparisons.get("complaintsPer1000");
        Comparison cure = comparisons.get("cureRate");
        if (complaints.significant() && complaints.difference() > 0) {
            return Verdict.CHALLENGER_CAUSES_MORE_COMPLAINTS;
        }
        if (!cure.significant()) {
            return Verdict.NO_SIGNIFICANT_DIFFERENCE;
        }
        return cure.difference() > 0 ? Verdict.CHALLENGER_CURES_MORE : Verdict.CHAMPION_CURES_MORE;
    }
}
