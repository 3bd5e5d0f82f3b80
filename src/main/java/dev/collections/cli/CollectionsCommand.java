package dev.collections.cli;

import dev.collections.common.CommandException;
import dev.collections.common.CommandLogging;
import dev.collections.extract.ImportCommand;
import dev.collections.extract.UciCommand;
import dev.collections.rules.ValidateCommand;
import dev.collections.score.TrainScoreCommand;
import dev.collections.simulation.SimulateCommand;
import dev.collections.triage.CompareRunsCommand;
import dev.collections.triage.TriageCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The one way to start a command: {@code collections <validate|simulate|import|triage> [options]}, each with
 * {@code --help}. The Maven executions ({@code ./mvnw -q compile exec:java@validate}, …) start it. Commands read
 * the service's configuration ({@code application.properties}, its profiles, the environment), so nothing is set
 * twice. A wrong command line exits 64; a failure the person can act on prints why, never a stack trace.
 */
@Command(name = "collections", mixinStandardHelpOptions = true,
        description = "The collections decision service's commands for analysts and operators.",
        subcommands = {ValidateCommand.class, SimulateCommand.class, ImportCommand.class, TriageCommand.class,
                CompareRunsCommand.class, UciCommand.class, TrainScoreCommand.class})
public final class CollectionsCommand {
    static final int USAGE = 64;

    public static void main(String[] args) {
        CommandLogging.quiet();
        System.exit(commandLine().execute(args));
    }

    public static CommandLine commandLine() {
        return new CommandLine(new CollectionsCommand())
                .setParameterExceptionHandler((e, args) -> {
                    e.getCommandLine().getErr().println(e.getMessage());
                    e.getCommandLine().usage(e.getCommandLine().getErr());
                    return USAGE;
                })
                .setExecutionExceptionHandler((e, command, parsed) -> {
                    if (e instanceof CommandException failure) {
                        command.getErr().println(failure.getMessage());
                        return failure.exitCode();
                    }
                    throw e;
                });
    }
}
