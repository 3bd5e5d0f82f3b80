package dev.collections.account;

import dev.collections.account.Events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.collections.common.Sha256;
import dev.collections.common.ProblemType;
import dev.collections.common.ProblemException;
import dev.collections.common.Violations;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.UncheckedIOException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Every write to an account's record goes through here, in one transaction: the body is checked (a broken rule
 * writes nothing), the account row is locked (writes and assessments of one account happen one at a time), and
 * a retry carrying the same Idempotency-Key gets the first answer back instead of recording the event twice.
 */
@ApplicationScoped
public class IdempotentWrites {
    public static final String HEADER = dev.collections.common.ApiContract.IDEMPOTENCY_KEY;
    /** What the header does, as the API's document says it on every event POST and PATCH. */
    public static final String KEY_DESCRIPTION = "Makes a retry safe: the same key with the same body gets the first"
            + " answer again and records nothing; with another body, 422";
    private static final Pattern KEY = Pattern.compile("[\\x21-\\x7E]{1,128}");

    private final ObjectMapper json;

    public IdempotentWrites(ObjectMapper json) {
        this.json = json;
    }

    @Transactional
    public Response write(String accountId, String key, String operation, Events.Checked body, int status,
                          Function<AccountRecord, Object> change) {
        Violations violations = new Violations();
        if (body == null) {
            throw new ProblemException(ProblemType.MALFORMED_REQUEST, "The body is required");
        }
        violations.check(key == null || KEY.matcher(key).matches(), HEADER, "must be 1-128 visible ASCII characters");
        body.check(violations);
        violations.throwIfAny();
        AccountRecord account = AccountRecord.lockExisting(accountId);
        String hash = hash(operation, body);
        if (key != null) {
            IdempotencyKey earlier = IdempotencyKey.of(accountId, key);
            if (earlier != null) {
                return replay(earlier, hash);
            }
        }
        String answer = toJson(change.apply(account));
        if (key != null) {
            IdempotencyKey record = new IdempotencyKey();
            record.id = new IdempotencyKey.Key(accountId, key);
            record.requestHash = hash;
            record.status = status;
            record.response = answer;
            record.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
            record.persist();
        }
        return Response.status(status).type(MediaType.APPLICATION_JSON).entity(answer).build();
    }

    private static Response replay(IdempotencyKey earlier, String hash) {
        if (!earlier.requestHash.equals(hash)) {
            throw ProblemException.validation(new Violations()
                    .add(HEADER, "was already used for a different request on this account").list());
        }
        return Response.status(earlier.status).type(MediaType.APPLICATION_JSON).entity(earlier.response)
                .header("Idempotent-Replayed", "true").build();
    }

    private String hash(String operation, Object body) {
        return Sha256.start().add(operation).separator().add(toJson(body)).hex();
    }

    private String toJson(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
