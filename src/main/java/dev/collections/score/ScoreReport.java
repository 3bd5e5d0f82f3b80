package dev.collections.score;

import dev.collections.policy.ScoreFeature;
import java.util.Map;

/**
 * What a training run measured on the held-out accounts: the model's figures, the logistic baseline's, those of
 * ranking by the stage's observed rate (what priority does without a score), the model's
 * figures per group (on UCI: sex and age band; measured to show whether it ranks groups alike, never used), and each
 * feature's mean absolute contribution. Stored beside the model as JSON; {@code train-score} prints it.
 */
public record ScoreReport(String source, String target, long seed, int trainingAccounts, int heldOutAccounts,
                          Metrics model, Metrics baseline, Metrics stageRate,
                          Map<String, Map<String, Metrics>> groups,
                          Map<ScoreFeature, Double> importance) {

    /** The report as Markdown, the form docs/score.md shows. */
    public String markdown() {
        StringBuilder s = new StringBuilder();
        s.append("Source: ").append(source).append("; target: ").append(target).append("; seed ").append(seed)
                .append("; ").append(trainingAccounts).append(" accounts learnt from, ").append(heldOutAccounts)
                .append(" held out.\n\n");
        s.append("| model | AUC | KS | Brier | calibration error | top-decile lift |\n|---|---|---|---|---|---|\n");
        row(s, "gradient-boosted trees (XGBoost)", model);
        row(s, "logistic regression (baseline)", baseline);
        row(s, "the stage's observed rate (priority without a score)", stageRate);
        s.append("\nCalibration by decile of the score (held out):\n\n| decile | accounts | mean probability |"
                + " event rate |\n|---|---|---|---|\n");
        for (Metrics.Decile d : model.deciles()) {
            s.append(String.format("| %d | %d | %.3f | %.3f |%n", d.decile(), d.accounts(), d.meanProbability(),
                    d.eventRate()));
        }
        groups.forEach((group, values) -> {
            s.append("\nBy ").append(group).append(" (measured, not used):\n\n| ").append(group)
                    .append(" | accounts | event rate | mean probability | AUC |\n|---|---|---|---|---|\n");
            values.forEach((value, m) -> s.append(String.format("| %s | %d | %.3f | %.3f | %.4f |%n", value,
                    m.accounts(), m.accounts() == 0 ? 0 : (double) m.events() / m.accounts(), mean(m), m.auc())));
        });
        s.append("\nWhat the model reads most (mean absolute contribution to the log-odds, held out):\n\n"
                + "| feature | contribution |\n|---|---|\n");
        importance.forEach((f, v) -> s.append(String.format("| %s | %.4f |%n", f, v)));
        return s.toString();
    }

    private static void row(StringBuilder s, String name, Metrics m) {
        s.append(String.format("| %s | %.4f | %.4f | %.4f | %.4f | %.2f |%n", name, m.auc(), m.ks(), m.brier(),
                m.calibrationError(), m.topDecileLift()));
    }

    private static double mean(Metrics m) {
        return m.deciles().stream().mapToDouble(d -> d.meanProbability() * d.accounts()).sum()
                / Math.max(1, m.accounts());
    }
}
