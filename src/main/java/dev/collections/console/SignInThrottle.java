package dev.collections.console;

import dev.collections.common.Database;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import javax.sql.DataSource;

/**
 * Failed sign-ins, counted per user and per client address in the database, so that every replica sees the same
 * count: after {@code slow-down-after} failures within the window each attempt must wait (1 s, 2 s, 4 s … up to a
 * minute after the last failure), after {@code lock-after} the subject is locked for {@code lock-for}; a sign-in
 * that succeeds clears both. A table of our own rather than Bucket4j's JDBC buckets: the state is two timestamps
 * and a count, the same SQL on H2 and PostgreSQL, and Bucket4j has no H2 backend for the embedded default.
 */
@ApplicationScoped
public class SignInThrottle {
    private static final long LONGEST_WAIT_SECONDS = 60;
    private final DataSource database;
    private final ConsoleConfig.SignIn config;

    /** Whether an attempt may be made now, and if not until when. */
    public record Verdict(boolean allowed, boolean locked, OffsetDateTime until) {
        static final Verdict ALLOWED = new Verdict(true, false, null);

        public long secondsLeft() {
            return until == null ? 0 : Math.max(1, Duration.between(now(), until).toSeconds() + 1);
        }
    }

    public SignInThrottle(DataSource database, ConsoleConfig config) {
        this.database = database;
        this.config = config.signIn();
    }

    /** Before checking a password: may {@code user} from {@code address} try now? */
    public Verdict before(String user, String address) throws SQLException {
        OffsetDateTime now = now();
        Verdict worst = Verdict.ALLOWED;
        try (Connection c = Database.open(database)) {
            for (String subject : subjects(user, address)) {
                State s = read(c, subject, false);
                Verdict v = s == null ? Verdict.ALLOWED : s.verdict(now);
                if (!v.allowed() && (worst.allowed() || v.until().isAfter(worst.until()))) {
                    worst = v;
                }
            }
        }
        return worst;
    }

    /** A wrong user or password: one more failure for the user and for the address. */
    public void failed(String user, String address) throws SQLException {
        OffsetDateTime now = now();
        try (Connection c = Database.open(database)) {
            c.setAutoCommit(false);
            try {
                for (String subject : subjects(user, address)) {
                    State s = read(c, subject, true);
                    State next = s == null || s.over(now) ? new State(1, now, now, null)
                            : new State(s.failures + 1, s.first, now, null);
                    if (next.failures >= config.lockAfter()) {
                        next = new State(next.failures, next.first, now, now.plus(config.lockFor()));
                    }
                    write(c, subject, next);
                }
                c.commit();
            } catch (SQLException e) {
                c.rollback();
                throw e;
            }
        }
    }

    /** A sign-in that succeeded clears the user's and the address's failures. */
    public void succeeded(String user, String address) throws SQLException {
        try (Connection c = Database.open(database);
             var s = c.prepareStatement("DELETE FROM sign_in_failure WHERE subject = ? OR subject = ?")) {
            List<String> subjects = subjects(user, address);
            s.setString(1, subjects.get(0));
            s.setString(2, subjects.get(1));
            s.executeUpdate();
        }
    }

    private static List<String> subjects(String user, String address) {
        return List.of("user:" + truncate(user), "address:" + truncate(address));
    }

    private static String truncate(String value) {
        String v = value == null ? "" : value;
        return v.length() > 150 ? v.substring(0, 150) : v;
    }

    private final class State {
        final int failures;
        final OffsetDateTime first;
        final OffsetDateTime last;
        final OffsetDateTime lockedUntil;

        State(int failures, OffsetDateTime first, OffsetDateTime last, OffsetDateTime lockedUntil) {
            this.failures = failures;
            this.first = first;
            this.last = last;
            this.lockedUntil = lockedUntil;
        }

        /** A lock that ended, or failures that are all older than the window, count no more. */
        boolean over(OffsetDateTime now) {
            return lockedUntil != null ? !lockedUntil.isAfter(now) : last.plus(config.window()).isBefore(now);
        }

        Verdict verdict(OffsetDateTime now) {
            if (over(now)) {
                return Verdict.ALLOWED;
            }
            if (lockedUntil != null) {
                return new Verdict(false, true, lockedUntil);
            }
            if (failures < config.slowDownAfter()) {
                return Verdict.ALLOWED;
            }
            long wait = Math.min(LONGEST_WAIT_SECONDS, 1L << Math.min(20, failures - config.slowDownAfter()));
            OffsetDateTime next = last.plusSeconds(wait);
            return next.isAfter(now) ? new Verdict(false, false, next) : Verdict.ALLOWED;
        }
    }

    private State read(Connection c, String subject, boolean forUpdate) throws SQLException {
        try (var s = c.prepareStatement("SELECT failures, first_failed_at, last_failed_at, locked_until"
                + " FROM sign_in_failure WHERE subject = ?" + (forUpdate ? " FOR UPDATE" : ""))) {
            s.setString(1, subject);
            try (var rs = s.executeQuery()) {
                return rs.next() ? new State(rs.getInt(1), rs.getObject(2, OffsetDateTime.class),
                        rs.getObject(3, OffsetDateTime.class), rs.getObject(4, OffsetDateTime.class)) : null;
            }
        }
    }

    private static void write(Connection c, String subject, State state) throws SQLException {
        try (var s = c.prepareStatement("MERGE INTO sign_in_failure t USING (VALUES (CAST(? AS VARCHAR),"
                + " CAST(? AS INTEGER), CAST(? AS TIMESTAMP WITH TIME ZONE), CAST(? AS TIMESTAMP WITH TIME ZONE),"
                + " CAST(? AS TIMESTAMP WITH TIME ZONE))) AS s(subject, failures, first_failed_at, last_failed_at,"
                + " locked_until) ON t.subject = s.subject"
                + " WHEN MATCHED THEN UPDATE SET failures = s.failures, first_failed_at = s.first_failed_at,"
                + " last_failed_at = s.last_failed_at, locked_until = s.locked_until"
                + " WHEN NOT MATCHED THEN INSERT (subject, failures, first_failed_at, last_failed_at, locked_until)"
                + " VALUES (s.subject, s.failures, s.first_failed_at, s.last_failed_at, s.locked_until)")) {
            s.setString(1, subject);
            s.setInt(2, state.failures);
            s.setObject(3, state.first);
            s.setObject(4, state.last);
            s.setObject(5, state.lockedUntil);
            s.executeUpdate();
        }
    }

    static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
