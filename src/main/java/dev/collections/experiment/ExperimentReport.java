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
                               String challengerVersion, String challengerScoreModel, LocalDate reportedOn, LocalDate outcomesCompleteOn,
                               List<ArmFigures> arms, Map<String, Comparison> comparisons, Verdict verdict,
                               List<String> warnings, List<Caution> cautions) {
    /** Fewer accounts than this in an arm, and a real difference of a few points may go unseen. */
    public static final int SMALL_ARM = 2_500;

    /** Why the report should be read with care, as a code and its values (a console says it in its language). */
    public enum CautionCode {
        /** Stopped on {0}, before its end. */
        STOPPED_EARLY,
        /** Runs until {0}. */
        STILL_RUNNING,
        /** The {0}-day horizon of the last decisions passes on {1}. */
        OUTCOMES_PENDING,
        /** The {0} arm has {1} accounts, fewer than {2}. */
        SMALL_ARM,
        /** {0} accounts of the {1} arm have no outcome at {2} days yet. */
        UNMEASURED
    }

    /** One caution: its code and its values, in the order the code's description names them. */
    public record Caution(CautionCode code, List<String> values) {
        /** The first, second and third value ("" when there is none), for a template that says the caution. */
        public String a() {
            return value(0);
        }

        public String b() {
            return value(1);
        }

        public String c() {
            return value(2);
        }

        private String value(int i) {
            return i < values.size() ? values.get(i) : "";
        }

        String english() {
            List<String> v = values;
            return switch (code) {
                case STOPPED_EARLY -> "The experiment was stopped on " + v.get(0) + ", before its end: no verdict";
                case STILL_RUNNING -> "The experiment runs until " + v.get(0) + ": no winner is called before its end";
                case OUTCOMES_PENDING -> "The " + v.get(0) + "-day horizon of the last decisions passes on " + v.get(1)
                        + ": the outcomes are not all in yet";
                case SMALL_ARM -> "The " + v.get(0).toLowerCase() + " arm has " + v.get(1) + " accounts, fewer than "
                        + v.get(2) + ": a real difference may go unseen";
                case UNMEASURED -> v.get(0) + " accounts of the " + v.get(1).toLowerCase() + " arm have no outcome at "
                        + v.get(2) + " days yet (no position recorded that far on)";
            };
        }
    }

    public enum Verdict {
        NOT_YET, CHALLENGER_CURES_MORE, CHAMPION_CURES_MORE, CHALLENGER_CAUSES_MORE_COMPLAINTS,
        NO_SIGNIFICANT_DIFFERENCE
    }

    static ExperimentReport of(Experiment e, Map<Arm, ArmFigures> figures, LocalDate today, java.time.ZoneId zone) {
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
        List<Caution> cautions = new ArrayList<>();
        boolean early = false;
        LocalDate stoppedOn = e.endedAt == null ? null : e.endedAt.atZoneSameInstant(zone).toLocalDate();
        if (e.status == Experiment.Status.STOPPED && stoppedOn.isBefore(e.endsOn)) {
            cautions.add(new Caution(CautionCode.STOPPED_EARLY, List.of(stoppedOn.toString())));
            early = true;
        }
        if (!today.isAfter(e.endsOn)) {
            cautions.add(new Caution(CautionCode.STILL_RUNNING, List.of(e.endsOn.toString())));
            early = true;
        } else if (today.isBefore(complete)) {
            cautions.add(new Caution(CautionCode.OUTCOMES_PENDING, List.of(String.valueOf(e.horizonDays),
                    complete.toString())));
            early = true;
        }
        for (ArmFigures arm : List.of(a, b)) {
            if (arm.accounts() < SMALL_ARM) {
                cautions.add(new Caution(CautionCode.SMALL_ARM, List.of(arm.arm().name(),
                        String.valueOf(arm.accounts()), String.valueOf(SMALL_ARM))));
            }
            if (arm.measured() < arm.accounts()) {
                cautions.add(new Caution(CautionCode.UNMEASURED, List.of(String.valueOf(arm.accounts()
                        - arm.measured()), arm.arm().name(), String.valueOf(e.horizonDays))));
            }
        }
        Verdict verdict = early ? Verdict.NOT_YET : verdict(comparisons);
        return new ExperimentReport(e.id, e.name, e.status, e.startsOn, e.endsOn, e.horizonDays, e.sharePercent(),
                e.championVersion, e.challengerVersion, e.challengerScoreModel, today, complete, List.of(a, b), comparisons, verdict,
                cautions.stream().map(Caution::english).toList(), cautions);
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
