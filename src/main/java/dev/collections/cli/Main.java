package dev.collections.cli;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;

/**
 * The packaged service's entry point ({@code java -jar target/quarkus-app/quarkus-run.jar}): with no arguments it
 * starts the service; with a command ({@code validate}, {@code import}, {@code triage}, …) it runs that command as
 * {@link CollectionsCommand} does, without starting the service, so that the jar (and the image) an operator has is
 * also what runs the commands.
 */
@QuarkusMain
public final class Main {

    public static void main(String... args) {
        if (args.length > 0) {
            CollectionsCommand.main(args);
            return;
        }
        Quarkus.run(args);
    }
}
