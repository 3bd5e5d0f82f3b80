package dev.collections.analyst;

import dev.collections.assessment.AssessmentRequest;
import dev.collections.assessment.Assessor;
import dev.collections.common.ProblemException;
import dev.collections.rules.RuleEvaluationException;
import dev.collections.rules.RuleSet;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Iterator;

/** Runs every account of a portfolio through the live and the candidate rule sets, as of one moment. */
public final class Simulator {
    private final Assessor assessor;
    private final int samplesPerCell;

    public Simulator(ZoneId defaultZone, int fireLimit, int samplesPerCell) {
        this.assessor = new Assessor(Clock.systemUTC(), defaultZone, fireLimit);
        this.samplesPerCell = samplesPerCell;
    }

    public SimulationReport run(RuleSet active, RuleSet candidate, Iterator<PortfolioRow> portfolio,
                                OffsetDateTime asOf) {
        var report = SimulationReport.builder(active.version(), candidate.version(), asOf, samplesPerCell);
        while (portfolio.hasNext()) {
            PortfolioRow row = portfolio.next();
            if (row.rejected() != null) {
                report.reject(row.rejected());
                continue;
            }
            AssessmentRequest facts = row.facts().withAsOf(asOf);
            try {
                report.add(facts.accountId(), assessor.assess(facts, active), assessor.assess(facts, candidate));
            } catch (ProblemException e) {
                report.reject(row.where() + ": " + e.problem().detail() + " " + e.problem().violations());
            } catch (RuleEvaluationException e) {
                report.reject(row.where() + ": account " + facts.accountId() + ": " + e.getMessage());
            }
        }
        return report.build();
    }

    /** One account of the portfolio, or why its line could not be read. */
    public record PortfolioRow(String where, AssessmentRequest facts, String rejected) {
        public static PortfolioRow of(String where, AssessmentRequest facts) {
            return new PortfolioRow(where, facts, null);
        }

        public static PortfolioRow rejected(String where, String reason) {
            return new PortfolioRow(where, null, where + ": " + reason);
        }
    }
}
