package dev.collections.extract;

import dev.collections.common.ProblemException;
import dev.collections.common.ProblemType;

/**
 * An extract that cannot be imported at all: no such directory or no known file (422), or the database failed
 * (503; the batches committed before the failure stay, and importing again completes the rest).
 */
public class ExtractException extends ProblemException {
    public ExtractException(String message) {
        super(ProblemType.VALIDATION_FAILED, message);
    }

    /** The database failed; the cause is logged where it is caught (problems carry no SQL). */
    public static ExtractException databaseFailed(String message) {
        return new ExtractException(ProblemType.DATABASE_UNAVAILABLE, message + "; retry the import");
    }

    private ExtractException(ProblemType type, String message) {
        super(type, message);
    }
}
