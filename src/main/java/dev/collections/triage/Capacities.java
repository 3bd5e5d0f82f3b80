package dev.collections.triage;

import dev.collections.common.Database;
import dev.collections.common.ProblemException;
import dev.collections.common.ProblemType;
import dev.collections.rules.ActiveRuleSet;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import javax.sql.DataSource;
import org.jboss.logging.Logger;

/** Each team's capacity for a date: the live rule set's weekly defaults and the operators' overrides. */
@ApplicationScoped
public class Capacities {
    private static final Logger LOG = Logger.getLogger(Capacities.class);
    private final DataSource database;
    private final ActiveRuleSet rules;

    public Capacities(DataSource database, ActiveRuleSet rules) {
        this.database = database;
        this.rules = rules;
    }

    public CapacityPlan plan(LocalDate date) {
        try (Connection c = Database.open(database)) {
            return CapacityOverrides.plan(c, date, rules.requireValid().capacity());
        } catch (SQLException e) {
            throw unavailable(e);
        }
    }

    /** Replaces the date's overrides; an empty list puts the date back on the defaults. */
    public CapacityPlan replace(LocalDate date, List<CapacityPlan.Entry> entries, String user) {
        try (Connection c = Database.open(database)) {
            CapacityOverrides.replace(c, date, entries, user);
            LOG.infof("capacity of %s set by %s: %d overrides", date, user, entries.size());
            return CapacityOverrides.plan(c, date, rules.requireValid().capacity());
        } catch (SQLException e) {
            throw unavailable(e);
        }
    }

    private static ProblemException unavailable(SQLException e) {
        LOG.errorf("capacities: the database failed: %s", e.getMessage());
        return new ProblemException(ProblemType.DATABASE_UNAVAILABLE, "The capacities could not be read or written; retry");
    }
}
