package dev.collections.triage;

import dev.collections.policy.ActionType;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.nio.charset.StandardCharsets;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Gives each team its day's accounts in order of priority, within its capacity (docs/priority.md): one pass over
 * the accounts of the teams whose capacity is limited, sorted by the database (accounts a team's capacity denied on
 * the previous run first, then the highest priority, ties by account id: the same data gives the same lists).
 * Taking them in that order, each account gets its rung while its team (each district's visits on their own) has
 * room; otherwise it steps down to the next rung its policy allows (its moment is that fallback's), and tries that team,
 * down to no action today. That is the same as ranking each team from the highest rung down, but in one pass and
 * holding only a counter per team. The accounts stepped down are written to {@code triage_assignment}; no work
 * item is rewritten. Done again (a resumed run), it starts from the rules' decisions and gives the same result.
 */
final class Allocation {
    /** The ranking sorts the accounts of the limited teams (about 70 bytes each): in memory, not on disk. */
    private static final int SORT_MEGABYTES = 256;
    private final SqlDialect dialect;

    Allocation(SqlDialect dialect) {
        this.dialect = dialect;
    }

    /** One team's day: its capacity, the accounts that asked for it, those it took, and the expected loss of each. */
    record Use(ActionType channel, String region, Integer capacity, int demand, int assigned, int overflow,
               BigDecimal priorityDemanded, BigDecimal priorityCovered) {
    }

    /** An account stepped down: the rung it gets, which fallback that is (0: none), the rung it was denied first. */
    private record SteppedDown(String accountId, ActionType action, int fallback, ActionType denied) {
    }

    /**
     * Allocates {@code date}: reads the ranked accounts on {@code c} (a cursor) and writes the step-downs on
     * {@code writer}, committed together at the end.
     */
    List<Use> allocate(Connection c, Connection writer, LocalDate date, CapacityPlan plan, LocalDate previousRun,
                       int fetchSize) throws SQLException {
        try (var s = writer.prepareStatement("DELETE FROM triage_assignment WHERE business_date = ?")) {
            s.setObject(1, date);
            s.executeUpdate();
        }
        Set<ActionType> limited = EnumSet.noneOf(ActionType.class);
        plan.entries().stream().filter(e -> e.capacity() != null).forEach(e -> limited.add(e.channel()));
        Map<String, Team> teams = new TreeMap<>();
        if (!limited.isEmpty()) {
            dialect.sortMemory(c, SORT_MEGABYTES);
            try (var out = new Assignments(writer, date, fetchSize);
                 var s = c.prepareStatement(rankedSql(limited, previousRun))) {
                s.setFetchSize(fetchSize);
                int i = 1;
                if (previousRun != null) {
                    s.setObject(i++, previousRun);
                }
                s.setObject(i, date);
                try (var rs = s.executeQuery()) {
                    while (rs.next()) {
                        SteppedDown stepped = take(rs, plan, teams);
                        if (stepped != null) {
                            out.add(stepped);
                        }
                    }
                }
            }
        }
        writer.commit();
        return teams.values().stream().map(Team::use).collect(Collectors.toList());
    }

    private String rankedSql(Set<ActionType> limited, LocalDate previousRun) {
        String channels = limited.stream().map(a -> "'" + a.name() + "'").collect(Collectors.joining(", "));
        return "SELECT w.account_id, w.next_action, COALESCE(w.region, ''), w.priority, w.fallback1, w.fallback2,"
                + " w.fallback3,"
                + (previousRun == null ? " 0" : " CASE WHEN p.account_id IS NULL THEN 0 ELSE 1 END") + " AS carried"
                + " FROM triage_work_item w"
                + (previousRun == null ? "" : " LEFT JOIN triage_assignment p ON p.business_date = ?"
                + " AND p.account_id = w.account_id")
                + " WHERE w.business_date = ? AND w.next_action IN (" + channels + ")"
                + " ORDER BY carried DESC, w.priority DESC, " + dialect.key("w.account_id");
    }

    /** Gives the account the first rung, from its own down, whose team has room; null when that is its own. */
    private static SteppedDown take(java.sql.ResultSet rs, CapacityPlan plan, Map<String, Team> teams)
            throws SQLException {
        ActionType decided = ActionType.valueOf(rs.getString(2));
        String region = rs.getString(3);
        BigDecimal priority = rs.getBigDecimal(4);
        ActionType rung = decided;
        ActionType denied = null;
        int fallback = 0;
        int used = 0;
        while (rung != ActionType.NONE) {
            String teamRegion = rung == ActionType.HOME_VISIT ? region : "";
            OptionalInt capacity = plan.capacity(rung, teamRegion);
            if (capacity.isEmpty()) {
                break;
            }
            Team team = teams.computeIfAbsent(rung + "/" + teamRegion, k -> new Team(k, capacity.getAsInt()));
            if (team.take(priority)) {
                break;
            }
            denied = denied == null ? rung : denied;
            ActionType below = ActionType.NONE;
            used = 0;
            while (fallback < WorkItemWriter.FALLBACKS && below == ActionType.NONE) {
                String type = rs.getString(5 + fallback);
                fallback++;
                if (type != null && ActionType.valueOf(type).compareTo(rung) < 0) {
                    below = ActionType.valueOf(type);
                    used = fallback;
                }
            }
            rung = below;
        }
        return denied == null ? null : new SteppedDown(rs.getString(1), rung, used, denied);
    }

    /** The step-downs on their way in: one COPY stream on PostgreSQL, JDBC batches on H2. */
    private final class Assignments implements AutoCloseable {
        private final Connection writer;
        private final LocalDate date;
        private final int batch;
        private final CopyIn copy;
        private final List<SteppedDown> pending = new ArrayList<>();

        Assignments(Connection writer, LocalDate date, int batch) throws SQLException {
            this.writer = writer;
            this.date = date;
            this.batch = batch;
            this.copy = dialect == SqlDialect.POSTGRESQL ? writer.unwrap(PGConnection.class).getCopyAPI()
                    .copyIn("COPY triage_assignment (business_date, account_id, next_action, fallback,"
                            + " capacity_denied) FROM STDIN WITH (FORMAT csv)") : null;
        }

        void add(SteppedDown r) throws SQLException {
            if (copy != null) {
                byte[] line = (date + ",\"" + r.accountId().replace("\"", "\"\"") + "\"," + r.action() + ","
                        + r.fallback() + "," + r.denied() + "\n").getBytes(StandardCharsets.UTF_8);
                copy.writeToCopy(line, 0, line.length);
                return;
            }
            pending.add(r);
            if (pending.size() >= batch) {
                flush();
            }
        }

        private void flush() throws SQLException {
            try (var s = writer.prepareStatement("INSERT INTO triage_assignment (business_date, account_id,"
                    + " next_action, fallback, capacity_denied) VALUES (?, ?, ?, ?, ?)")) {
                for (SteppedDown r : pending) {
                    s.setObject(1, date);
                    s.setString(2, r.accountId());
                    s.setString(3, r.action().name());
                    s.setInt(4, r.fallback());
                    s.setString(5, r.denied().name());
                    s.addBatch();
                }
                s.executeBatch();
            }
            pending.clear();
        }

        @Override
        public void close() throws SQLException {
            if (copy != null) {
                copy.endCopy();
            } else if (!pending.isEmpty()) {
                flush();
            }
        }
    }

    /** A team with a limited capacity, counted as the accounts come. */
    private static final class Team {
        final String key;
        final int capacity;
        int demand;
        int assigned;
        BigDecimal demanded = BigDecimal.ZERO;
        BigDecimal covered = BigDecimal.ZERO;

        Team(String key, int capacity) {
            this.key = key;
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
            String[] parts = key.split("/", -1);
            return new Use(ActionType.valueOf(parts[0]), parts[1], capacity, demand, assigned, demand - assigned,
                    demanded, covered);
        }
    }
}
