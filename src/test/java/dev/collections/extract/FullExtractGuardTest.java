package dev.collections.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.collections.account.Positions;
import dev.collections.common.Database;
import dev.collections.rules.RuleSetCompiler;
import dev.collections.rules.StageTable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A FULL import replaces every position of its date, so an extract that holds far fewer accounts than the date (or
 * the date before) had is refused before anything is written, unless forced; a DELTA import is never refused. On a
 * database of its own, with the default share (80%).
 */
class FullExtractGuardTest {
    private static final LocalDate DAY = LocalDate.of(2026, 10, 1);
    private static final ExtractImport.Options FULL = ExtractImport.Options.full(0.8);
    private static StageTable stages;

    @TempDir
    Path dir;

    @BeforeAll
    static void compileStages() {
        stages = StageTable.of(new RuleSetCompiler().compileForCommand(Path.of("rules")), 10_000);
    }

    @Test
    void aPartialFullExtractIsRefusedAndWritesNothingUnlessForcedOrADelta() throws Exception {
        DataSource db = Database.forCommand("jdbc:h2:file:" + dir.toAbsolutePath().resolve("db")
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH", "sa", "");
        var imports = new ExtractImport(db, stages);
        imports.run(extract("all", 1, 10, 30), DAY, "test", FULL);
        assertEquals(10, positions(db, DAY));

        var refused = assertThrows(FullExtractGuard.TooFewAccounts.class,
                () -> imports.run(extract("three", 1, 3, 60), DAY, "test", FULL));
        assertEquals(422, refused.problem().status());
        assertEquals(3, refused.rows);
        assertEquals(10, refused.positions);
        assertTrue(refused.problem().violations().get(0).message().contains("DELTA"), "says what to do instead");
        assertEquals(10, positions(db, DAY), "nothing written: the date keeps its positions");
        assertEquals(30, daysPastDue(db, "G-0001"), "nor the accounts");
        assertEquals(1, count(db, "SELECT COUNT(*) FROM extract_import"), "nor an import record");

        // the next date with nothing yet is compared with the latest date before it
        assertThrows(FullExtractGuard.TooFewAccounts.class,
                () -> imports.run(extract("three", 1, 3, 60), DAY.plusDays(1), "test", FULL));
        assertEquals(0, positions(db, DAY.plusDays(1)));
        var eight = imports.run(extract("eight", 1, 8, 31), DAY.plusDays(1), "test", FULL);
        assertEquals(8, eight.positionsAfter(), "80% of 10 is enough");

        var delta = imports.run(extract("three", 1, 3, 60), DAY.plusDays(1), "test",
                new ExtractImport.Options(ImportMode.DELTA, false, 0.8));
        assertEquals(8, delta.positionsBefore());
        assertEquals(8, delta.positionsAfter(), "a correction replaces only its own accounts' positions");
        assertEquals(60, daysPastDue(db, "G-0001"));

        var forced = imports.run(extract("three", 1, 3, 60), DAY.plusDays(1), "test",
                new ExtractImport.Options(ImportMode.FULL, true, 0.8));
        assertTrue(forced.forced());
        assertEquals(3, forced.positionsAfter(), "forced: the date's positions are the file's");
    }

    private Path extract(String name, int from, int to, int daysPastDue) throws IOException {
        Path extract = Files.createDirectories(dir.resolve("inbound").resolve(name));
        StringBuilder csv = new StringBuilder("accountId,daysPastDue,overdueAmount,outstandingBalance\n");
        for (int i = from; i <= to; i++) {
            csv.append(String.format("G-%04d,%d,100.00,1000.00%n", i, daysPastDue));
        }
        Files.writeString(extract.resolve("accounts.csv"), csv.toString());
        return extract;
    }

    private static int positions(DataSource db, LocalDate day) throws SQLException {
        try (Connection c = Database.open(db)) {
            return Positions.count(c, day);
        }
    }

    private static int daysPastDue(DataSource db, String account) throws SQLException {
        return count(db, "SELECT days_past_due FROM account WHERE account_id = '" + account + "'");
    }

    private static int count(DataSource db, String sql) throws SQLException {
        try (Connection c = Database.open(db); var s = c.createStatement(); var rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
