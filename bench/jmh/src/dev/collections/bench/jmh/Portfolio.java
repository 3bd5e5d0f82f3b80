package dev.collections.bench.jmh;

import dev.collections.account.PortfolioCursor;
import dev.collections.account.RecordedAccount;
import dev.collections.bench.PortfolioGenerator;
import dev.collections.common.Database;
import dev.collections.common.SqlDialect;
import dev.collections.extract.ExtractImport;
import dev.collections.rules.RuleSet;
import dev.collections.rules.StageTable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * The accounts the engine benchmarks decide: the synthetic portfolio of {@code bench/run-triage.sh} (same generator,
 * same seed), imported by the import itself into an in-memory H2 database and read back by the triage's own cursor,
 * so that every account carries the history (contacts, promises, arrangements, cases) a night's triage sees.
 */
final class Portfolio {
    static final LocalDate BUSINESS_DATE = LocalDate.of(2026, 11, 23);

    private Portfolio() {
    }

    /** The accounts due of a generated portfolio of {@code size} accounts, in the triage's order. */
    static List<RecordedAccount> due(int size, RuleSet rules) throws Exception {
        Path dir = Files.createTempDirectory("engine-bench-portfolio");
        PortfolioGenerator.main(new String[] {Integer.toString(size), dir.toString()});
        DataSource db = Database.forCommand("jdbc:h2:mem:engine-bench-" + size + ";DB_CLOSE_DELAY=-1", "sa", "");
        new ExtractImport(db, StageTable.of(rules, 10_000)).run(dir, BUSINESS_DATE, "engine-bench");
        List<RecordedAccount> accounts = new ArrayList<>();
        try (Connection c = Database.open(db)) {
            c.setAutoCommit(false);
            try (var cursor = new PortfolioCursor(c, SqlDialect.of(c), null, null, null, 5_000)) {
                cursor.forEachRemaining(accounts::add);
            }
            c.rollback();
        }
        return List.copyOf(accounts);
    }
}
