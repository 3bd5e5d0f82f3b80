package dev.collections.triage;

import dev.collections.common.SqlDialect;
import dev.collections.model.Assessment;
import dev.collections.policy.ActionType;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Gives each team its day's accounts in order of priority, within its capacity (docs/priority.md), in the run's
 * one pass over its work items (the lists' pass, which the database sorts: accounts a team's capacity denied on the
 * previous run first, then the highest priority, ties by account id: the same data gives the same lists). Taking
 * accounts in that order, each gets its rung while its team (each district's visits on their own) has room;
 * otherwise it steps down to the next rung its policy allows (with that fallback's moment) and tries that team,
 * down to no action today. That is the same as ranking each team from the highest rung down, holding only a
 * counter per team. The stepped-down accounts are streamed to {@code triage_assignment}; no work item is rewritten.
 * Done again (a resumed run), it starts from the rules' decisions and gives the same result.
 */
final class Allocation implements AutoCloseable {
    /** Kept in {@link #byRung} for a rung and region the capacity plan does not limit, so it is asked once. */
    private static final Team NO_LIMIT = new Team(ActionType.NONE, "", Integer.MAX_VALUE);
    private final SqlDialect dialect;
    private final Connection writer;
    private final LocalDate date;
    private final CapacityPlan plan;
    private final LocalDate previousRun;
    private final Set<ActionType> limited = EnumSet.noneOf(ActionType.class);
    /** Each limited team by "rung/region", in the summary's order; and by rung and region, as items look them up. */
    private final Map<String, Team> teams = new TreeMap<>();
    private final Map<ActionType, Map<String, Team>> byRung = new EnumMap<>(ActionType.class);
    private final Assignments assignments;
    private final AgencyDesk desk;
    private long nanos;

    /** One team's day: its capacity, the accounts that asked for it, those it took, and the expected loss of each. */
    record Use(ActionType channel, String region, Integer capacity, int demand, int assigned, int overflow,
               BigDecimal priorityDemanded, BigDecimal priorityCovered) {
    }

    /** The night's placements and recalls with collection agencies (null: none this run). */
    AgencyDesk desk() {
        return desk;
    }

    /**
     * Starts the allocation of {@code date}: its earlier step-downs and placements (a resumed run) are forgotten
     * first.
     */
    Allocation(SqlDialect dialect, Connection writer, LocalDate date, CapacityPlan plan, LocalDate previousRun,
               int batch, AgencyDesk desk) throws SQLException {
        this.desk = desk;
        this.dialect = dialect;
        this.writer = writer;
        this.date = date;
        this.plan = plan;
        this.previousRun = previousRun;
        plan.entries().stream().filter(e -> e.capacity() != null).forEach(e -> limited.add(e.channel()));
        limited.add(ActionType.AGENCY_PLACEMENT);
        dev.collections.account.Placements.forgetRun(writer, date);
        try (var s = writer.prepareStatement("DELETE FROM triage_assignment WHERE business_date = ?")) {
            s.setObject(1, date);
            s.executeUpdate();
        }
        this.assignments = new Assignments(batch);
    }

    /** The previous run's step-downs joined to the pass, as {@code carried} (1: first in line today). */
    String carriedJoin() {
        return previousRun == null ? "" : " LEFT JOIN triage_assignment p ON p.business_date = ?"
                + " AND p.account_id = w.account_id";
    }

    String carriedColumn() {
        return previousRun == null ? "0" : "CASE WHEN p.account_id IS NULL THEN 0 ELSE 1 END";
    }

    int bindCarried(java.sql.PreparedStatement s, int i) throws SQLException {
        if (previousRun == null) {
            return i;
        }
        s.setObject(i, previousRun);
        return i + 1;
    }

    /**
     * The account as its team's capacity leaves it: its own rung, or the rung it stepped down to; an agency's
     * placement is booked, a recall noted.
     */
    WorkItem give(WorkItem w) throws SQLException {
        if (desk != null && !w.isError()) {
            desk.recall(w);
        }
        if (w.isError() || !limited.contains(w.nextAction())) {
            return w;
        }
        long start = System.nanoTime();
        ActionType rung = w.nextAction();
        ActionType denied = null;
        Assessment.Step step = null;
        int used = 0;
        int next = 0;
        while (rung != ActionType.NONE) {
            if (rung == ActionType.AGENCY_PLACEMENT) {
                if (desk != null && desk.take(w)) {
                    break;
                }
            } else {
                String region = rung == ActionType.HOME_VISIT && w.region() != null ? w.region() : "";
                Map<String, Team> rungTeams = byRung.computeIfAbsent(rung, r -> new HashMap<>());
                Team team = rungTeams.get(region);
                if (team == null) {
                    OptionalInt capacity = plan.capacity(rung, region);
                    team = capacity.isEmpty() ? NO_LIMIT : new Team(rung, region, capacity.getAsInt());
                    rungTeams.put(region, team);
                    if (team != NO_LIMIT) {
                        teams.put(rung + "/" + region, team);
                    }
                }
                if (team == NO_LIMIT || team.take(w.priority())) {
                    break;
                }
            }
            denied = denied == null ? rung : denied;
            ActionType below = ActionType.NONE;
            step = null;
            used = 0;
            while (next < w.fallbacks().size() && below == ActionType.NONE) {
                Assessment.Step candidate = w.fallbacks().get(next++);
                if (candidate.type().compareTo(rung) < 0) {
                    below = candidate.type();
                    step = candidate;
                    used = next;
                }
            }
            rung = below;
        }
        WorkItem given = w;
        if (denied != null) {
            assignments.add(w.accountId(), rung, used, denied);
            given = w.steppedDown(rung, step == null ? w.notBefore() : step.notBefore(), denied);
        }
        nanos += System.nanoTime() - start;
        return given;
    }

    /** Each limited team's day (the agencies' together). */
    List<Use> uses() {
        List<Use> uses = teams.values().stream().map(Team::use).collect(Collectors.toList());
        if (desk != null && desk.use().demand() > 0) {
            uses.add(desk.use());
        }
        return uses;
    }

    /** The time the allocation itself took (its share of the pass and the writes), in seconds. */
    double seconds() {
        return nanos / 1e9;
    }

    /** Writes the last step-downs and commits them. */
    @Override
    public void close() throws SQLException {
        long start = System.nanoTime();
        assignments.close();
        if (desk != null) {
            dev.collections.account.Placements.recall(writer, date, desk.recalls().stream().collect(
                    Collectors.toMap(AgencyDesk.Recall::accountId, AgencyDesk.Recall::reasons, (a, b) -> a)));
            dev.collections.account.Placements.place(writer, date, desk.bookings().stream().map(b ->
                    new dev.collections.account.Placements.Placed(b.accountId(), b.agency(), b.placedOn(), b.until(),
                            b.balance(), b.overdueAmount(), b.reference())).toList());
        }
        writer.commit();
        nanos += System.nanoTime() - start;
    }

    /** The step-downs on their way in: one COPY stream on PostgreSQL, JDBC batches on H2. */
    private final class Assignments {
        private final int batch;
        private final CopyIn copy;
        private final List<Object[]> pending = new ArrayList<>();

        Assignments(int batch) throws SQLException {
            this.batch = batch;
            this.copy = dialect == SqlDialect.POSTGRESQL ? writer.unwrap(PGConnection.class).getCopyAPI()
                    .copyIn("COPY triage_assignment (business_date, account_id, next_action, fallback,"
                            + " capacity_denied) FROM STDIN WITH (FORMAT csv)") : null;
        }

        void add(String account, ActionType action, int fallback, ActionType denied) throws SQLException {
            if (copy != null) {
                byte[] line = (date + ",\"" + account.replace("\"", "\"\"") + "\"," + action + "," + fallback + ","
                        + denied + "\n").getBytes(StandardCharsets.UTF_8);
                copy.writeToCopy(line, 0, line.length);
                return;
            }
            pending.add(new Object[] {account, action.name(), fallback, denied.name()});
            if (pending.size() >= batch) {
                flush();
            }
        }

        private void flush() throws SQLException {
            try (var s = writer.prepareStatement("INSERT INTO triage_assignment (business_date, account_id,"
                    + " next_action, fallback, capacity_denied) VALUES (?, ?, ?, ?, ?)")) {
                for (Object[] r : pending) {
                    s.setObject(1, date);
                    s.setString(2, (String) r[0]);
                    s.setString(3, (String) r[1]);
                    s.setInt(4, (Integer) r[2]);
                    s.setString(5, (String) r[3]);
                    s.addBatch();
                }
                s.executeBatch();
            }
            pending.clear();
        }

        void close() throws SQLException {
            if (copy != null) {
                copy.endCopy();
            } else if (!pending.isEmpty()) {
                flush();
            }
        }
    }

    /** A team with a limited capacity, counted as the accounts come. */
    private static final class Team {
        final ActionType channel;
        final String region;
        final int capacity;
        int demand;
        int assigned;
        BigDecimal demanded = BigDecimal.ZERO;
        BigDecimal covered = BigDecimal.ZERO;

        Team(ActionType channel, String region, int capacity) {
            this.channel = channel;
            this.region = region;
            this.capacity = capacity;
        }

        boolean take(BigDecimal priority) {
            BigDecimal p = priority == null ? BigDecimal.ZERO : priority;
            demand++;
            demanded = demanded.add(p);
            if (assigned < capacity) {
                assigned++;
                covered = covered.add(p);
                return true;
            }
            return false;
        }

        Use use() {
            return new Use(channel, region, capacity, demand, assigned, demand - assigned, demanded, covered);
        }
    }
}
