package dev.collections.rules;

import dev.collections.model.Arm;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;

/**
 * The challenger of a running experiment: its checked rule set, the share of accounts it decides (in basis points,
 * 0.01%), the salt of the assignment, the dates it decides between (both included) and the behavioural score model
 * that scores its accounts (null: they are scored as the champion's are, by the live model if any). An account's arm is a pure
 * function of the salt and its id: the first eight bytes of SHA-256({@code salt:accountId}), unsigned, modulo
 * 10,000, against the share; so an account keeps its arm on every path and across restarts, and another salt
 * gives another, independent split.
 */
public record Challenger(long experiment, String salt, int shareBasisPoints, LocalDate startsOn, LocalDate endsOn,
                         RuleSet ruleSet, String scoreModel) {
    public static final int BUCKETS = 10_000;
    private static final ThreadLocal<MessageDigest> SHA_256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    });

    /** The account's bucket, 0 to 9,999: the same for the same salt and account, everywhere. */
    public static int bucket(String salt, String accountId) {
        byte[] digest = SHA_256.get().digest((salt + ":" + accountId).getBytes(StandardCharsets.UTF_8));
        return (int) Long.remainderUnsigned(ByteBuffer.wrap(digest).getLong(), BUCKETS);
    }

    public Arm armOf(String accountId) {
        return bucket(salt, accountId) < shareBasisPoints ? Arm.CHALLENGER : Arm.CHAMPION;
    }

    /** The rule set of the account's arm: this challenger's, or {@code live} (the champion). */
    public RuleSet rulesFor(Arm arm, RuleSet live) {
        return arm == Arm.CHALLENGER ? ruleSet : live;
    }

    /** The score model of the account's arm: this challenger's for its accounts; null: the live model. */
    public String scoreModelFor(Arm arm) {
        return arm == Arm.CHALLENGER ? scoreModel : null;
    }

    /** Whether the experiment decides accounts on this business date. */
    public boolean runsOn(LocalDate date) {
        return !date.isBefore(startsOn) && !date.isAfter(endsOn);
    }
}
