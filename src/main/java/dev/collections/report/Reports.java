package dev.collections.report;

import dev.collections.common.Database;
import dev.collections.common.ProblemException;
import dev.collections.common.ProblemType;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import javax.sql.DataSource;
import org.jboss.logging.Logger;

/** The floor's reports, read from the position history and the stored outcomes. */
@ApplicationScoped
public class Reports {
    private static final Logger LOG = Logger.getLogger(Reports.class);
    private final DataSource database;

    public Reports(DataSource database) {
        this.database = database;
    }

    public RollRateReport rollRates(LocalDate from, LocalDate to) {
        return read(c -> RollRateReport.of(c, from, to));
    }

    public OutcomeReport outcomes(LocalDate from, LocalDate to, int horizon) {
        return read(c -> OutcomeReport.of(c, from, to, horizon));
    }

    private <T> T read(Query<T> query) {
        try (Connection c = Database.open(database)) {
            return query.run(c);
        } catch (SQLException e) {
            LOG.errorf("reports: the database failed: %s", e.getMessage());
            throw new ProblemException(ProblemType.DATABASE_UNAVAILABLE, "The report could not be read; retry");
        }
    }

    private interface Query<T> {
        T run(Connection c) throws SQLException;
    }
}
