package dev.collections.rules;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import org.jboss.logging.Logger;

/**
 * Reads the running experiment's challenger from the database: its settings and the files frozen when it passed
 * the gate, compiled again. The service reads it at start-up and the triage command before a run, so every
 * process decides each account with the same arm and the same challenger.
 */
public final class ChallengerStore {
    private static final Logger LOG = Logger.getLogger(ChallengerStore.class);
    public static final String RUNNING = "RUNNING";

    private ChallengerStore() {
    }

    /**
     * The challenger of the experiment running on {@code date} or later (not stopped, not promoted, not past its
     * end), or null when none runs or its stored files no longer compile.
     */
    public static Challenger running(Connection c, LocalDate date) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT id, salt, share_basis_points, starts_on, ends_on,"
                + " challenger_version, challenger_score_model FROM experiment WHERE status = ? AND ends_on >= ? ORDER BY id DESC")) {
            s.setString(1, RUNNING);
            s.setObject(2, date);
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    return null;
                }
                long id = rs.getLong(1);
                RuleSet rules = FrozenRules.compile(files(c, id, "CHALLENGER"));
                if (!rules.isValid() || !rules.version().equals(rs.getString(6))) {
                    LOG.errorf("experiment %d: its stored challenger %s; every account is decided by the live rules",
                            id, rules.isValid() ? "compiles to another version" : "no longer compiles");
                    return null;
                }
                return new Challenger(id, rs.getString(2), rs.getInt(3), rs.getObject(4, LocalDate.class),
                        rs.getObject(5, LocalDate.class), rules, rs.getString(7));
            }
        }
    }

    /** The id of the experiment running on {@code date} or later, or null: a cheap look before {@link #running}. */
    public static Long runningId(Connection c, LocalDate date) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT id FROM experiment WHERE status = ? AND ends_on >= ?"
                + " ORDER BY id DESC")) {
            s.setString(1, RUNNING);
            s.setObject(2, date);
            s.setMaxRows(1);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? rs.getLong(1) : null;
            }
        }
    }

    /** The files stored for one arm of an experiment, by path. */
    public static Map<String, String> files(Connection c, long experiment, String arm) throws SQLException {
        Map<String, String> files = new TreeMap<>();
        try (PreparedStatement s = c.prepareStatement("SELECT path, content FROM experiment_file"
                + " WHERE experiment_id = ? AND arm = ?")) {
            s.setLong(1, experiment);
            s.setString(2, arm);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    files.put(rs.getString(1), rs.getString(2));
                }
            }
        }
        return files;
    }
}
