package dev.collections.score;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.collections.common.CommandConfig;
import dev.collections.common.CommandException;
import dev.collections.common.Database;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Trains the behavioural score and prints its report (docs/score.md): from the UCI card portfolio (a first model;
 * the outcome is default the month after) with a seeded held-out share, or from this service's own decisions and
 * their outcomes (the latest share held out). Writes the model and its report to
 * {@code --out}, to be put live through the gate.
 */
@Command(name = "train-score", mixinStandardHelpOptions = true,
        description = "Train the behavioural score, print its report and write the model.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:trained", "1:the data could not be read or the model not trained",
                "64:the command line is wrong"})
public final class TrainScoreCommand implements Callable<Integer> {

    @Option(names = "--uci", description = "UCI_Credit_Card.csv (default: " + "datasets/uci-credit-card-default/"
            + "UCI_Credit_Card.csv)")
    String uci;

    @Option(names = "--seed", defaultValue = "42", description = "the split's and the trees' seed (default: 42)")
    long seed;

    @Option(names = "--held-out", defaultValue = "0.3", description = "the share held out to judge the model"
            + " (default: 0.3)")
    double heldOut;

    @Option(names = "--out", description = "where model.ubj and report.json go (default: target/score)")
    String out;

    @Option(names = "--outcomes-from", description = "learn from this service's decisions from this day on"
            + " (YYYY-MM-DD) and their outcomes, instead of the UCI file")
    String outcomesFrom;

    @Option(names = "--horizon", defaultValue = "30", description = "with --outcomes-from: the outcomes' horizon in"
            + " days (default: 30)")
    int horizon;

    @Option(names = "--db-url", description = "with --outcomes-from: the record (default: quarkus.datasource.jdbc.url)")
    String databaseUrl;

    @Override
    public Integer call() {
        if (heldOut <= 0 || heldOut >= 1) {
            throw new CommandException(64, "--held-out is a share between 0 and 1, like 0.3");
        }
        try {
            ScoreTrainer.Trained trained = CommandConfig.given(outcomesFrom) ? fromOutcomes() : fromUci();
            Path dir = Path.of(CommandConfig.given(out) ? out : "target/score");
            Files.createDirectories(dir);
            Files.write(dir.resolve("model.ubj"), trained.model().bytes());
            new ObjectMapper().findAndRegisterModules().enable(SerializationFeature.INDENT_OUTPUT)
                    .writeValue(dir.resolve("report.json").toFile(), trained.report());
            System.out.print(trained.report().markdown());
            System.out.println("\nModel " + trained.model().sha256() + " written to " + dir.resolve("model.ubj"));
            return 0;
        } catch (IOException | SQLException | RuntimeException e) {
            throw new CommandException(1, "The score could not be trained: " + e.getMessage());
        }
    }

    private ScoreTrainer.Trained fromUci() throws IOException {
        Path file = CommandConfig.given(uci) ? Path.of(uci) : UciExamples.DATA;
        if (!Files.isRegularFile(file)) {
            throw new CommandException(1, "No data file " + file);
        }
        return ScoreTrainer.train("UCI " + file.getFileName(), "default the month after",
                Split.seeded(UciExamples.read(file), seed, heldOut), seed);
    }

    private ScoreTrainer.Trained fromOutcomes() throws SQLException {
        LocalDate from;
        try {
            from = LocalDate.parse(outcomesFrom);
        } catch (DateTimeParseException e) {
            throw new CommandException(64, "--outcomes-from is a day, like 2026-06-01");
        }
        try (Connection c = Database.open(CommandConfig.load().database(databaseUrl))) {
            List<Example> examples = OutcomeExamples.read(c, horizon, from);
            if (examples.isEmpty()) {
                throw new CommandException(1, "No outcomes at " + horizon + " days of decisions from " + from);
            }
            return ScoreTrainer.train("outcomes of decisions from " + from, OutcomeExamples.TARGET + " within "
                    + horizon + " days", Split.timeOrdered(examples, heldOut), seed);
        }
    }
}
