package dev.collections.rules;

import dev.collections.common.Database;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import dev.collections.common.Sha256;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jboss.logging.Logger;

/**
 * The rule-set history: every set that went live, kept whole (each file's content) so that two versions can be
 * compared file by file and an earlier one put live again.
 */
@ApplicationScoped
public class RuleSetHistory {
    private static final Logger LOG = Logger.getLogger(RuleSetHistory.class);
    private static final int CONTEXT_LINES = 3;
    private final ObjectMapper json;
    private final javax.sql.DataSource database;

    public RuleSetHistory(ObjectMapper json, javax.sql.DataSource database) {
        this.json = json;
        this.database = database;
    }

    /** How a file differs between two versions; {@code lines} is a unified diff (empty for a spreadsheet). */
    public record FileDiff(String path, Change change, List<String> lines) {
        public enum Change { ADDED, REMOVED, CHANGED }
    }

    /**
     * Records {@code ruleSet} going live with {@code files}, the directory as read for it; when the directory
     * changed between the check and this reading (a file's hash differs), only the hashes are kept.
     */
    void record(RuleSet ruleSet, String trigger, Map<String, String> files) {
        RuleSetActivation activation = new RuleSetActivation();
        activation.version = ruleSet.version();
        activation.activatedAt = OffsetDateTime.now(ZoneOffset.UTC);
        activation.trigger = trigger;
        activation.directory = ruleSet.directory();
        activation.ruleCount = ruleSet.rules().size();
        try {
            activation.files = json.writeValueAsString(ruleSet.files());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        boolean whole = ruleSet.files().stream().allMatch(f -> files.containsKey(f.path())
                && f.sha256().equals(Sha256.hex(FrozenRules.bytes(f.path(), files.get(f.path())))));
        if (!whole) {
            LOG.warnf("Rules %s: the directory changed while it was checked; its hashes are kept, not its files",
                    ruleSet.version());
        }
        QuarkusTransaction.requiringNew().run(() -> {
            activation.persist();
            if (whole) {
                var em = RuleSetActivation.getEntityManager();
                files.forEach((path, content) -> em.createNativeQuery("INSERT INTO {h-schema}rule_set_file"
                                + " (activation_id, path, content) VALUES (?1, ?2, ?3)")
                        .setParameter(1, activation.id).setParameter(2, path).setParameter(3, content)
                        .executeUpdate());
            }
        });
    }

    /** The files of the latest activation of {@code version} that kept them; empty when none did. */
    public Optional<Map<String, String>> files(String version) {
        try (var c = Database.open(database)) {
            return files(c, version);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("The rule-set history could not be read", e);
        }
    }

    /**
     * As above on a plain connection on the record's schema ({@code common.Database.open}): the service's, and the
     * triage's, which also runs in the commands, deciding a run it joins with the run's version.
     */
    public static Optional<Map<String, String>> files(java.sql.Connection c, String version)
            throws java.sql.SQLException {
        Map<String, String> files = new TreeMap<>();
        try (var s = c.prepareStatement("SELECT f.path, f.content FROM rule_set_file f WHERE f.activation_id ="
                + " (SELECT MAX(a.id) FROM rule_set_activation a JOIN rule_set_file k ON k.activation_id = a.id"
                + " WHERE a.version = ?)")) {
            s.setString(1, version);
            try (var rs = s.executeQuery()) {
                while (rs.next()) {
                    files.put(rs.getString(1), rs.getString(2));
                }
            }
        }
        return files.isEmpty() ? Optional.empty() : Optional.of(files);
    }

    /**
     * The cluster's live rule set: the version of the newest activation whose files are kept (every replica that
     * puts a set live records it; the others follow it). Empty before any has been kept.
     */
    @SuppressWarnings("unchecked")
    public Optional<String> latestKept() {
        return QuarkusTransaction.requiringNew().call(() -> RuleSetActivation.getEntityManager().createNativeQuery(
                        "SELECT a.version FROM {h-schema}rule_set_activation a WHERE EXISTS (SELECT 1 FROM"
                                + " {h-schema}rule_set_file f WHERE f.activation_id = a.id) ORDER BY a.id DESC")
                .setMaxResults(1).getResultList().stream().findFirst().map(Object::toString));
    }

    /** Which of {@code versions} the history keeps whole (so they can be compared and rolled back to). */
    @SuppressWarnings("unchecked")
    public java.util.Set<String> kept(java.util.Collection<String> versions) {
        if (versions.isEmpty()) {
            return java.util.Set.of();
        }
        return QuarkusTransaction.requiringNew().call(() -> new java.util.HashSet<String>(RuleSetActivation
                .getEntityManager().createNativeQuery("SELECT DISTINCT a.version FROM {h-schema}rule_set_activation a"
                        + " WHERE a.version IN (?1) AND EXISTS (SELECT 1 FROM {h-schema}rule_set_file f"
                        + " WHERE f.activation_id = a.id)").setParameter(1, versions).getResultList()));
    }

    /** Every file that differs from {@code from} to {@code to}, by path. */
    public static List<FileDiff> diff(Map<String, String> from, Map<String, String> to) {
        List<FileDiff> diffs = new ArrayList<>();
        var paths = new TreeSet<>(from.keySet());
        paths.addAll(to.keySet());
        for (String path : paths) {
            String before = from.get(path);
            String after = to.get(path);
            if (before != null && before.equals(after)) {
                continue;
            }
            var change = before == null ? FileDiff.Change.ADDED
                    : after == null ? FileDiff.Change.REMOVED : FileDiff.Change.CHANGED;
            diffs.add(new FileDiff(path, change, FrozenRules.isBinary(path) ? List.of()
                    : unified(path, before == null ? "" : before, after == null ? "" : after)));
        }
        return diffs;
    }

    private static List<String> unified(String path, String before, String after) {
        List<String> a = before.lines().toList();
        List<String> b = after.lines().toList();
        List<String> lines = UnifiedDiffUtils.generateUnifiedDiff(path, path, a, DiffUtils.diff(a, b), CONTEXT_LINES);
        return lines.size() > 2 ? lines.subList(2, lines.size()) : List.of();
    }
}
