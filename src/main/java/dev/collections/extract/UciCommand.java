package dev.collections.extract;

import dev.collections.common.CommandConfig;
import dev.collections.common.CommandException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Turns the UCI card portfolio into six monthly extracts ({@link UciExtracts}; docs/real-data.md), to load with
 * {@code import --business-date=<month end>}.
 */
@Command(name = "uci-extracts", mixinStandardHelpOptions = true,
        description = "Write the UCI card portfolio as six monthly extracts (one per month end).",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:written", "1:the data file could not be read", "64:the command line is wrong"})
public final class UciCommand implements Callable<Integer> {

    private static final String DATA = "datasets/uci-credit-card-default/UCI_Credit_Card.csv";

    @Option(names = "--data", description = "UCI_Credit_Card.csv (default: " + DATA + ")")
    String data;

    @Option(names = "--out", description = "where the extract directories go (default: inbound)")
    String out;

    @Option(names = "--last-month", description = "the month September 2005 becomes, like 2026-11 (default: the"
            + " last complete month)")
    String lastMonth;

    @Override
    public Integer call() {
        YearMonth last;
        try {
            last = lastMonth == null || lastMonth.isBlank()
                    ? YearMonth.now(ZoneId.of("Asia/Shanghai")).minusMonths(1) : YearMonth.parse(lastMonth);
        } catch (DateTimeParseException e) {
            throw new CommandException(64, "--last-month is written like 2026-11");
        }
        Path file = Path.of(CommandConfig.given(data) ? data : DATA);
        if (!Files.isRegularFile(file)) {
            throw new CommandException(1, "No data file " + file);
        }
        try {
            for (Path dir : UciExtracts.write(file, Path.of(CommandConfig.given(out) ? out : "inbound"), last)) {
                System.out.println(dir + "   (import --extract=" + dir + " --business-date="
                        + dir.getFileName().toString().substring(4) + ")");
            }
            return 0;
        } catch (IOException | RuntimeException e) {
            throw new CommandException(1, "The data file could not be turned into extracts: " + e.getMessage());
        }
    }
}
