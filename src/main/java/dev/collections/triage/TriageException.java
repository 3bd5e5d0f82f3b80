package dev.collections.triage;

/** A triage run could not go on (the database, the files); the run stays resumable. */
public class TriageException extends RuntimeException {
    public TriageException(String message, Throwable cause) {
        super(message, cause);
    }

    public TriageException(String message) {
        super(message);
    }
}
