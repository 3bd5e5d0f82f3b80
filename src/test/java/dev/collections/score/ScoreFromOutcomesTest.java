package dev.collections.score;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.collections.common.Database;
import dev.collections.outcome.Outcomes;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Random;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * A model learnt from this service's own outcomes ranks better than the stage's roll rate (issue 31): a scripted
 * portfolio of 6,000 accounts over ten month ends, where each customer pays in a month with a chance of their own
 * (which no stage shows, but their payments do), falls a stage behind when they do not pay and comes a stage back
 * when they do; three nights decide the accounts in arrears, the service computes the outcomes of those decisions
 * ({@link Outcomes}) from the positions that follow, and the score learns from the first two nights and is judged on
 * the third (the time-ordered split). Its own database: nothing here reaches the other tests' record.
 */
class ScoreFromOutcomesTest {
    private static final int ACCOUNTS = 6_000;
    private static final int MONTHS = 10;
    private static final YearMonth FIRST = YearMonth.of(2024, 1);
    private static final int[] DECIDED = {6, 7, 8};
    /** Month ends are 30 or 31 days apart: the horizon that reaches the next one. */
    private static final int HORIZON = 31;

    @Test
    void aModelLearntFromOutcomesRanksBetterThanTheStageRate() throws Exception {
        DataSource db = Database.forCommand("jdbc:h2:mem:score-outcomes;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1", "sa", "");
        try (Connection c = Database.open(db)) {
            c.setAutoCommit(false);
            script(c);
            c.commit();
            int outcomes = Outcomes.compute(c, List.of(HORIZON), ZoneId.of("Asia/Shanghai"));
            assertTrue(outcomes > 2_000, outcomes + " outcomes");
            List<Example> examples = OutcomeExamples.read(c, HORIZON, FIRST.atDay(1));
            ScoreReport r = ScoreTrainer.train("outcomes", "rolled forward", Split.timeOrdered(examples, 0.3), 42)
                    .report();
            System.out.print(r.markdown());
            assertTrue(r.model().auc() > r.stageRate().auc() + 0.02,
                    "AUC " + r.model().auc() + " against the stage rate's " + r.stageRate().auc());
            assertTrue(r.model().topDecileLift() > r.stageRate().topDecileLift(),
                    "lift " + r.model().topDecileLift() + " against " + r.stageRate().topDecileLift());
        }
    }

    /** The accounts, their month ends and payments, and three completed nights with their work items. */
    private static void script(Connection c) throws Exception {
        Random random = new Random(31);
        OffsetDateTime created = FIRST.atDay(1).atStartOfDay().atOffset(ZoneOffset.UTC);
        try (PreparedStatement account = c.prepareStatement("INSERT INTO account (account_id, currency,"
                + " days_past_due, overdue_amount, outstanding_balance, deceased, vulnerable, address_verified,"
                + " phone_reachable, credit_report_notified, do_not_contact, created_at, updated_at) VALUES (?, 'CNY',"
                + " 0, 0, 10000, FALSE, FALSE, TRUE, TRUE, TRUE, '', ?, ?)");
             PreparedStatement position = c.prepareStatement("INSERT INTO account_position (account_id,"
                     + " business_date, days_past_due, overdue_amount, outstanding_balance, stage, ruleset_version,"
                     + " recorded_at) VALUES (?, ?, ?, ?, 10000, ?, 'script', ?)");
             PreparedStatement payment = c.prepareStatement("INSERT INTO payment (account_id, amount, paid_at,"
                     + " channel, external_ref, recorded_at) VALUES (?, ?, ?, 'BANK_TRANSFER', ?, ?)");
             PreparedStatement item = c.prepareStatement("INSERT INTO triage_work_item (business_date, account_id,"
                     + " stage, next_action, days_past_due, overdue_amount, ruleset_version) VALUES (?, ?, ?, 'CALL', ?,"
                     + " ?, 'script')")) {
            for (int m : DECIDED) {
                LocalDate day = FIRST.plusMonths(m).atEndOfMonth();
                try (PreparedStatement run = c.prepareStatement("INSERT INTO triage_run (business_date, status,"
                        + " ruleset_version, started_by, owner, attempts, started_at, heartbeat_at, total, processed,"
                        + " errors) VALUES (?, 'COMPLETED', 'script', 'SCHEDULE', 'script', 1, ?, ?, 0, 0, 0)")) {
                    OffsetDateTime at = day.atTime(23, 0).atOffset(ZoneOffset.ofHours(8));
                    run.setObject(1, day);
                    run.setObject(2, at);
                    run.setObject(3, at);
                    run.executeUpdate();
                }
            }
            for (int i = 0; i < ACCOUNTS; i++) {
                String id = "SCRIPT-" + i;
                // most customers pay most months; how often, and how much, is their own
                double pays = 0.35 + 0.65 * Math.sqrt(random.nextDouble());
                int late = random.nextInt(3);
                account.setString(1, id);
                account.setObject(2, created);
                account.setObject(3, created);
                account.addBatch();
                for (int m = 0; m < MONTHS; m++) {
                    LocalDate monthEnd = FIRST.plusMonths(m).atEndOfMonth();
                    if (random.nextDouble() < pays) {
                        payment.setString(1, id);
                        payment.setBigDecimal(2, java.math.BigDecimal.valueOf(Math.round(3_000 * pays * pays
                                * (0.5 + random.nextDouble()))));
                        payment.setObject(3, monthEnd.minusDays(10).atTime(12, 0).atOffset(ZoneOffset.ofHours(8)));
                        payment.setString(4, id + "-" + m);
                        payment.setObject(5, monthEnd.minusDays(9).atStartOfDay().atOffset(ZoneOffset.UTC));
                        payment.addBatch();
                        late = Math.max(0, late - 1);
                    } else {
                        late = Math.min(5, late + 1);
                    }
                    int dpd = late == 0 ? 0 : 30 * late - 15;
                    String stage = late >= 4 ? "M4+" : "M" + late;
                    position.setString(1, id);
                    position.setObject(2, monthEnd);
                    position.setInt(3, dpd);
                    position.setInt(4, late == 0 ? 0 : 1_000 * late);
                    position.setString(5, stage);
                    position.setObject(6, monthEnd.plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC));
                    position.addBatch();
                    final int month = m;
                    if (late > 0 && java.util.Arrays.stream(DECIDED).anyMatch(d -> d == month)) {
                        item.setObject(1, monthEnd);
                        item.setString(2, id);
                        item.setString(3, stage);
                        item.setInt(4, dpd);
                        item.setInt(5, 1_000 * late);
                        item.addBatch();
                    }
                }
                if (i % 500 == 499) {
                    account.executeBatch();
                    payment.executeBatch();
                    position.executeBatch();
                    item.executeBatch();
                }
            }
            account.executeBatch();
            payment.executeBatch();
            position.executeBatch();
            item.executeBatch();
        }
    }
}
