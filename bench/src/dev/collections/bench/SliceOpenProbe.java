package dev.collections.bench;

import dev.collections.account.PortfolioCursor;
import dev.collections.common.CommandConfig;
import dev.collections.common.CommandLogging;
import dev.collections.common.Database;
import dev.collections.common.SqlDialect;
import java.sql.Connection;
import java.time.LocalDate;

/**
 * How long a slice's cursor takes to open (PostgreSQL sorting its tables before the first account) and to read
 * through, without and with the month ends and payments the behavioural score reads (bench/README.md): four times
 * each, alternated, on a slice of the imported portfolio.
 *
 *   java -cp "$CP" dev.collections.bench.SliceOpenProbe jdbc:postgresql://127.0.0.1:5432/collections_bench_1000000 \
 *       ACC000099999 ACC000199999
 */
public final class SliceOpenProbe {
    private SliceOpenProbe() {
    }

    public static void main(String[] a) throws Exception {
        CommandLogging.quiet();
        var db = CommandConfig.load().database(a[0]);
        LocalDate date = LocalDate.parse("2026-11-23");
        for (int round = 0; round < 4; round++) {
            for (LocalDate asOf : new LocalDate[] {null, date}) {
                try (Connection c = Database.open(db)) {
                    c.setAutoCommit(false);
                    long t0 = System.nanoTime();
                    long opened;
                    int accounts = 0;
                    try (var cursor = new PortfolioCursor(c, SqlDialect.of(c), a[1], a[2], null, 5_000, asOf)) {
                        opened = System.nanoTime();
                        while (cursor.hasNext()) {
                            cursor.next();
                            accounts++;
                        }
                    }
                    long t1 = System.nanoTime();
                    System.out.printf("%s: open %.0f ms, all %,d accounts in %.0f ms%n",
                            asOf == null ? "no behaviour  " : "with behaviour", (opened - t0) / 1e6, accounts,
                            (t1 - t0) / 1e6);
                    c.rollback();
                }
            }
        }
    }
}
