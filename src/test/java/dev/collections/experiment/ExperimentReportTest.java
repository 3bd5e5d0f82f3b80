package dev.collections.experiment;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The report on synthetic outcomes of finished experiments, 3,000 accounts an arm, each decided on the first day
 * and some again later (only the first decision counts): a challenger that truly cures more is found significant,
 * one that does not is found no different, one that raises complaints is never called better. Every figure is
 * checked against the same statistics computed here, independently (the normal distribution by Simpson's rule).
 */
@QuarkusTest
@TestProfile(ExperimentResourceTest.Profile.class)
class ExperimentReportTest {
    private static final int PER_ARM = 3_000;
    private static final int COMPLAINTS = 10;

    @Inject
    AgroalDataSource database;

    @Test
    void aChallengerThatTrulyCuresMoreIsFoundSignificant() throws Exception {
        JsonPath report = report(LocalDate.now(ZoneId.of("Asia/Shanghai")).minusDays(200), 300, 390, COMPLAINTS);
        assertEquals("CHALLENGER_CURES_MORE", report.getString("verdict"));
        assertTrue(report.getList("warnings").isEmpty(), report.getList("warnings").toString());
        assertEquals(PER_ARM, report.getInt("arms[0].accounts"));
        assertEquals(PER_ARM + 100, report.getInt("arms[0].decisions"), "the later decisions are decisions too");
        assertEquals(PER_ARM, report.getInt("arms[0].measured"), "but each account is measured once");
        assertTrue(report.getDouble("comparisons.cureRate.pValue") < 0.001);
    }

    @Test
    void aChallengerThatCuresAboutAsManyIsFoundNoDifferent() throws Exception {
        JsonPath report = report(LocalDate.now(ZoneId.of("Asia/Shanghai")).minusDays(190), 300, 306, COMPLAINTS);
        assertEquals("NO_SIGNIFICANT_DIFFERENCE", report.getString("verdict"));
        assertTrue(report.getDouble("comparisons.cureRate.pValue") > 0.5);
    }

    @Test
    void aChallengerThatCuresMoreButRaisesComplaintsIsNotCalledBetter() throws Exception {
        JsonPath report = report(LocalDate.now(ZoneId.of("Asia/Shanghai")).minusDays(180), 300, 390, 60);
        assertEquals("CHALLENGER_CAUSES_MORE_COMPLAINTS", report.getString("verdict"));
    }

    /**
     * An experiment over [day, day + 10] at 30 days: champion and challenger cure {@code championCured} and
     * {@code challengerCured} of their accounts; the challenger has {@code challengerComplaints} accounts with a
     * complaint (the champion 10). Returns the report after checking it against the statistics computed here.
     */
    private JsonPath report(LocalDate day, int championCured, int challengerCured, int challengerComplaints)
            throws Exception {
        long id = insertExperiment(day);
        Arm champion = new Arm("CHAMPION", championCured, COMPLAINTS);
        Arm challenger = new Arm("CHALLENGER", challengerCured, challengerComplaints);
        try (Connection c = database.getConnection()) {
            c.setSchema("collections");
            try (Statement s = c.createStatement()) {
                s.executeUpdate("INSERT INTO triage_run (business_date, status, ruleset_version, started_by, owner,"
                        + " attempts, started_at, heartbeat_at, total, processed, errors) VALUES ('" + day
                        + "', 'COMPLETED', 'v', 'COMMAND', 'test', 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 0, 0, 0)");
            }
            for (Arm arm : new Arm[] {champion, challenger}) {
                arm.insert(c, id, day);
            }
        }
        JsonPath report = JsonPath.from(given().get("/api/v1/experiments/" + id + "/report").then().statusCode(200)
                .extract().asString()).using(new JsonPathConfig(JsonPathConfig.NumberReturnType.DOUBLE));
        checkProportion(report, "cureRate", champion.cured, PER_ARM, challenger.cured, PER_ARM, 1);
        checkProportion(report, "complaintsPer1000", champion.complaints, PER_ARM, challenger.complaints, PER_ARM,
                1000);
        checkProportion(report, "promiseKeptRate", PER_ARM / 20, PER_ARM / 10, PER_ARM / 20, PER_ARM / 10, 1);
        checkWelch(report, "amountPaidPerAccount", champion.paid(), challenger.paid());
        return report;
    }

    private long insertExperiment(LocalDate day) throws Exception {
        try (Connection c = database.getConnection()) {
            c.setSchema("collections");
            try (PreparedStatement s = c.prepareStatement("INSERT INTO experiment (name, challenger_directory,"
                    + " challenger_version, champion_version, share_basis_points, salt, starts_on, ends_on,"
                    + " horizon_days, status, created_by, created_at) VALUES ('synthetic', 'synthetic', 'b', 'a',"
                    + " 5000, 's', ?, ?, 30, 'RUNNING', 'test', ?)", Statement.RETURN_GENERATED_KEYS)) {
                s.setObject(1, day);
                s.setObject(2, day.plusDays(10));
                s.setObject(3, OffsetDateTime.now());
                s.executeUpdate();
                try (var keys = s.getGeneratedKeys()) {
                    keys.next();
                    return keys.getLong(1);
                }
            }
        }
    }

    /** One arm's synthetic accounts: the first {@code cured} are cured, the first {@code complaints} complained. */
    private record Arm(String name, int cured, int complaints) {
        double[] paid() {
            double[] paid = new double[PER_ARM];
            for (int i = 0; i < PER_ARM; i++) {
                paid[i] = (i % 7) * 100 + (i < cured ? 500 : 0);
            }
            return paid;
        }

        void insert(Connection c, long experiment, LocalDate day) throws Exception {
            double[] paid = paid();
            try (PreparedStatement item = c.prepareStatement("INSERT INTO triage_work_item (business_date, account_id,"
                    + " stage, next_action, days_past_due, overdue_amount, ruleset_version, experiment_id, arm)"
                    + " VALUES (?, ?, 'M2', 'CALL', 30, 100, 'v', ?, ?)");
                 PreparedStatement decision = c.prepareStatement("INSERT INTO decision (assessment_id, account_id,"
                         + " assessed_at, ruleset_version, stage, next_action, source, facts, response, experiment_id,"
                         + " arm) VALUES (?, ?, ?, 'v', 'M2', 'CALL', 'REQUEST', '{}', '{}', ?, ?)");
                 PreparedStatement outcome = c.prepareStatement("INSERT INTO decision_outcome (decision_key, account_id,"
                         + " horizon_days, source, decided_on, stage, next_action, stage_after, result, amount_paid,"
                         + " promises_made, promises_kept, complaints, contacts, computed_at)"
                         + " VALUES (?, ?, 30, ?, ?, 'M2', 'CALL', ?, ?, ?, ?, ?, ?, ?, CURRENT_TIMESTAMP)")) {
                for (int i = 0; i < PER_ARM; i++) {
                    String account = "SYN-" + day + "-" + name + "-" + i;
                    item.setObject(1, day);
                    item.setString(2, account);
                    item.setLong(3, experiment);
                    item.setString(4, name);
                    item.addBatch();
                    boolean cure = i < cured;
                    outcome(outcome, "TRIAGE:" + day, account, "TRIAGE", day, cure ? "CURED" : "STAYED", paid[i],
                            i % 10 == 0 ? 1 : 0, i % 20 == 0 ? 1 : 0, i < complaints ? 1 : 0);
                    if (i < 100) { // decided again three days on, and cured then: not a first exposure
                        UUID again = UUID.randomUUID();
                        decision.setObject(1, again);
                        decision.setString(2, account);
                        decision.setObject(3, day.plusDays(3).atStartOfDay().atOffset(java.time.ZoneOffset.UTC));
                        decision.setLong(4, experiment);
                        decision.setString(5, name);
                        decision.addBatch();
                        outcome(outcome, again.toString(), account, "REQUEST", day.plusDays(3), "CURED", 9999, 0, 0, 0);
                    }
                }
                item.executeBatch();
                decision.executeBatch();
                outcome.executeBatch();
            }
        }

        private static void outcome(PreparedStatement s, String key, String account, String source, LocalDate day,
                                    String result, double paid, int made, int kept, int complaints) throws Exception {
            s.setString(1, key);
            s.setString(2, account);
            s.setString(3, source);
            s.setObject(4, day);
            s.setString(5, "CURED".equals(result) ? "M0" : "M2");
            s.setString(6, result);
            s.setBigDecimal(7, java.math.BigDecimal.valueOf(paid));
            s.setInt(8, made);
            s.setInt(9, kept);
            s.setInt(10, complaints);
            s.setInt(11, 2);
            s.addBatch();
        }
    }

    private static void checkProportion(JsonPath report, String measure, int x1, int n1, int x2, int n2,
                                        double scale) {
        double p1 = (double) x1 / n1;
        double p2 = (double) x2 / n2;
        double pooled = (double) (x1 + x2) / (n1 + n2);
        double z = (p2 - p1) / Math.sqrt(pooled * (1 - pooled) * (1.0 / n1 + 1.0 / n2));
        double half = 1.959964 * Math.sqrt(p1 * (1 - p1) / n1 + p2 * (1 - p2) / n2);
        String at = "comparisons." + measure + ".";
        assertEquals((p2 - p1) * scale, report.getDouble(at + "difference"), 1e-9 * scale, measure);
        assertEquals(z, report.getDouble(at + "statistic"), 1e-9, measure);
        assertEquals(2 * (1 - phi(Math.abs(z))), report.getDouble(at + "pValue"), 1e-7, measure);
        assertEquals((p2 - p1 - half) * scale, report.getDouble(at + "low"), 1e-6 * scale, measure);
        assertEquals((p2 - p1 + half) * scale, report.getDouble(at + "high"), 1e-6 * scale, measure);
    }

    private static void checkWelch(JsonPath report, String measure, double[] a, double[] b) {
        double m1 = mean(a);
        double m2 = mean(b);
        double se = Math.sqrt(variance(a, m1) / a.length + variance(b, m2) / b.length);
        double t = (m2 - m1) / se;
        String at = "comparisons." + measure + ".";
        assertEquals(m2 - m1, report.getDouble(at + "difference"), 1e-9, measure);
        assertEquals(t, report.getDouble(at + "statistic"), 1e-6, measure);
        // about 6,000 degrees of freedom: Student's t is the normal distribution to within 1e-4 here
        assertEquals(2 * (1 - phi(Math.abs(t))), report.getDouble(at + "pValue"), 2e-4, measure);
        assertEquals(m2 - m1 - 1.96 * se, report.getDouble(at + "low"), 1e-3 * se, measure);
    }

    private static double mean(double[] values) {
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        return sum / values.length;
    }

    private static double variance(double[] values, double mean) {
        double sum = 0;
        for (double v : values) {
            sum += (v - mean) * (v - mean);
        }
        return sum / (values.length - 1);
    }

    /** The standard normal distribution function: 1/2 plus the density integrated from 0 by Simpson's rule. */
    private static double phi(double z) {
        int steps = 20_000;
        double h = z / steps;
        double sum = density(0) + density(z);
        for (int i = 1; i < steps; i++) {
            sum += density(i * h) * (i % 2 == 0 ? 2 : 4);
        }
        return 0.5 + sum * h / 3;
    }

    private static double density(double x) {
        return Math.exp(-x * x / 2) / Math.sqrt(2 * Math.PI);
    }
}
