package dev.collections.triage;

import dev.collections.common.CommandConfig;
import dev.collections.common.CommandException;
import dev.collections.common.Database;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Compares two nights' decisions account by account (a rule change, a performance change, a new release: which
 * accounts would be decided otherwise, and how) and prints the differences; exit 1 when any account differs.
 */
@Command(name = "compare-runs", mixinStandardHelpOptions = true,
        description = "Compare two nights' work items account by account and print the accounts decided otherwise.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every account was decided the same way", "1:some accounts differ",
                "64:the command line is wrong"})
public final class CompareRunsCommand implements Callable<Integer> {

    @Option(names = "--date", required = true, description = "the business date of the first night, YYYY-MM-DD")
    String date;

    @Option(names = "--other-date", description = "the second night's business date (default: the same date)")
    String otherDate;

    @Option(names = "--db-url", description = "the first night's database (default: quarkus.datasource.jdbc.url)")
    String databaseUrl;

    @Option(names = "--other-db-url", required = true, description = "the second night's database")
    String otherDatabaseUrl;

    @Option(names = "--show", defaultValue = "20", description = "accounts to print in full (default: 20)")
    int show;

    @Override
    public Integer call() {
        CommandConfig config = CommandConfig.load();
        LocalDate first = day(date, "--date");
        LocalDate second = otherDate == null ? first : day(otherDate, "--other-date");
        try (Connection left = Database.open(config.database(databaseUrl));
             Connection right = Database.open(config.database(otherDatabaseUrl))) {
            left.setAutoCommit(false);
            right.setAutoCommit(false);
            var result = RunComparison.compare(left, first, right, second, show);
            System.out.printf("%,d accounts decided on %s, %,d on %s; %,d only in the first, %,d only in the second;"
                    + " %,d decided otherwise%n", result.left(), first, result.right(), second, result.onlyLeft(),
                    result.onlyRight(), result.differing());
            result.byField().forEach((f, n) -> System.out.printf("  %-16s %,d accounts%n", f, n));
            for (var d : result.first()) {
                System.out.println(d.accountId());
                d.fields().forEach((f, v) -> System.out.printf("  %-16s %s  ->  %s%n", f, v[0], v[1]));
            }
            return result.same() ? 0 : 1;
        } catch (SQLException e) {
            throw new CommandException(1, "The nights could not be read: " + e.getMessage());
        }
    }

    private static LocalDate day(String text, String option) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new CommandException(64, option + " must be a date such as 2026-11-23; not " + text);
        }
    }
}
