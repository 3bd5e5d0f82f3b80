package dev.collections.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.persistence.PersistenceException;
import jakarta.ws.rs.WebApplicationException;
import java.sql.SQLException;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The one place where failures become HTTP answers: application/problem+json (or, for a request of the console's
 * pages, a page in the reader's language: {@link ProblemPages}), never a stack trace, a class name or SQL.
 */
public class ProblemMapper {
    private static final Logger LOG = Logger.getLogger(ProblemMapper.class);
    private static final ObjectMapper JSON = JsonSettings.newMapper();
    private final jakarta.enterprise.inject.Instance<ProblemPages> pages;

    public ProblemMapper(jakarta.enterprise.inject.Instance<ProblemPages> pages) {
        this.pages = pages;
    }

    /** The answer to a problem: a page where the request came from one, else the problem document. */
    private Response answer(Problem problem) {
        for (ProblemPages page : pages) {
            var shown = page.page(problem);
            if (shown.isPresent()) {
                return shown.get();
            }
        }
        return render(problem);
    }

    @ServerExceptionMapper
    public Response problem(ProblemException e) {
        return answer(e.problem());
    }

    @ServerExceptionMapper
    public Response json(JsonProcessingException e) {
        return answer(JsonErrors.toProblem(e));
    }

    /** No credentials, or wrong ones (authentication runs in JAX-RS: quarkus.http.auth.proactive=false). */
    @ServerExceptionMapper({io.quarkus.security.UnauthorizedException.class,
            io.quarkus.security.AuthenticationFailedException.class})
    public Response unauthorized(RuntimeException e) {
        return Response.fromResponse(answer(ProblemType.UNAUTHORIZED.problem(
                        "Send a user's credentials (HTTP Basic) or a bearer token")))
                .header("WWW-Authenticate", "Basic realm=\"collections\"").build();
    }

    @ServerExceptionMapper
    public Response forbidden(io.quarkus.security.ForbiddenException e) {
        return answer(ProblemType.FORBIDDEN.problem("The user's roles do not allow this call"));
    }

    /** Quarkus ships a mapper of its own for this subtype; this one replaces it. */
    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException e) {
        return json(e);
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e) {
        Throwable cause = e.getCause();
        if (cause instanceof JsonProcessingException json) {
            return json(json);
        }
        int status = e.getResponse() == null ? 500 : e.getResponse().getStatus();
        ProblemType type = ProblemType.forStatus(status);
        Problem generic = type.problem(type.title());
        return answer(new Problem(generic.type(), generic.title(), status, generic.detail(), null));
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof ProblemException problem) {
                return answer(problem.problem());
            }
            if (cause instanceof java.nio.channels.ClosedChannelException
                    || cause instanceof io.vertx.core.http.HttpClosedException) {
                LOG.debug("The client closed the connection before its request was read");
                return answer(ProblemType.MALFORMED_REQUEST.problem("The request body was cut off"));
            }
            if (cause instanceof org.hibernate.exception.ConstraintViolationException) {
                LOG.warn("A concurrent change collided with this request: " + cause.getClass().getSimpleName());
                return answer(ProblemType.CONFLICT.problem("The record changed while this request was written; retry"));
            }
            if (cause instanceof SQLException || cause instanceof PersistenceException) {
                LOG.error("Database failure while serving a request", e);
                return answer(ProblemType.DATABASE_UNAVAILABLE.problem(
                        "The database is unreachable or failed; nothing was recorded. Retry later"));
            }
        }
        LOG.error("Unexpected failure while serving a request", e);
        return answer(ProblemType.INTERNAL_ERROR.problem("The service failed to answer; the failure was logged"));
    }

    public static Response render(Problem problem) {
        try {
            return Response.status(problem.status()).type(Problem.MEDIA_TYPE)
                    .entity(JSON.writeValueAsString(problem)).build();
        } catch (JsonProcessingException e) {
            return Response.status(problem.status()).build();
        }
    }
}
