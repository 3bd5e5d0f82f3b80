package dev.collections.common;

/** Ends a command with a message for the person who ran it and an exit code; never a stack trace. */
public class CommandException extends RuntimeException {
    private final int exitCode;

    public CommandException(int exitCode, String message) {
        super(message);
        this.exitCode = exitCode;
    }

    public int exitCode() {
        return exitCode;
    }
}
