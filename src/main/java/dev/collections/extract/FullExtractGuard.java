package dev.collections.extract;

import dev.collections.account.Positions;
import dev.collections.common.CsvReader;
import dev.collections.common.Problem;
import dev.collections.common.ProblemException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;

/**
 * A FULL import replaces every position of its date: an accounts file that holds far fewer accounts than the
 * date (or the latest earlier date) had would make every missing account look GONE in the roll rates and the
 * outcomes. Such an import is refused before anything is written, unless the operator forces it.
 */
public final class FullExtractGuard {
    private FullExtractGuard() {
    }

    /** The number of account rows of an accounts file (a pass over the file before anything is written). */
    static int rows(Path accountsFile) throws IOException {
        try (var reader = Files.newBufferedReader(accountsFile, StandardCharsets.UTF_8)) {
            CsvReader csv = new CsvReader(reader);
            int rows = 0;
            while (true) {
                try {
                    if (csv.next() == null) {
                        return rows;
                    }
                } catch (IllegalArgumentException malformed) {
                    // a malformed row is rejected by the import itself; it is one account row all the same
                }
                rows++;
            }
        }
    }

    /**
     * @throws ProblemException 422 when {@code rows} is under {@code minimumShare} of the positions of
     *                          {@code businessDate}, or of the latest earlier date when that date has none
     */
    static void check(Connection c, int rows, LocalDate businessDate, double minimumShare) throws SQLException {
        LocalDate reference = businessDate;
        int before = Positions.count(c, businessDate);
        if (before == 0) {
            var earlier = Positions.latestBefore(c, businessDate);
            if (earlier.isEmpty()) {
                return;
            }
            reference = earlier.get();
            before = Positions.count(c, reference);
        }
        if (rows < minimumShare * before) {
            throw new TooFewAccounts(rows, (int) Math.round(minimumShare * 100), before, reference, businessDate);
        }
    }

    /** The refusal, with its figures for a page to say it in its own language. */
    public static final class TooFewAccounts extends ProblemException {
        public final int rows;
        public final int percent;
        public final int positions;
        public final LocalDate reference;

        TooFewAccounts(int rows, int percent, int positions, LocalDate reference, LocalDate businessDate) {
            super(ProblemException.validation(List.of(new Problem.Violation("accounts.csv", String.format(
                    "holds %,d accounts, fewer than %d%% of the %,d accounts with a position on %s: a FULL import"
                            + " replaces every position of %s, so the others would be counted as GONE. Import a"
                            + " complete extract, or send mode DELTA to replace only the positions of the accounts"
                            + " in the file, or force to replace the date's positions anyway", rows, percent,
                    positions, reference, businessDate)))).problem());
            this.rows = rows;
            this.percent = percent;
            this.positions = positions;
            this.reference = reference;
        }
    }
}
