package dev.collections.common;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Bodies over 1 MiB get a 413 problem document: up front when Content-Length says so, and while the body is read
 * when it did not say its size (chunked). {@code quarkus.http.limits.max-body-size} stays as the HTTP layer's
 * outer ceiling; past it the HTTP layer itself answers a bare 413.
 */
@Provider
@ApplicationScoped
public class BodySizeLimit implements ReaderInterceptor {
    static final long MAX_BYTES = 1024 * 1024;
    private static final int PAYLOAD_TOO_LARGE = 413;

    void filter(@Observes Filters filters) {
        filters.register(this::checkDeclaredLength, 1000);
    }

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        context.setInputStream(new Limited(context.getInputStream()));
        return context.proceed();
    }

    private void checkDeclaredLength(RoutingContext context) {
        String length = context.request().getHeader("Content-Length");
        if (length != null && declaredTooLarge(length)) {
            Response problem = ProblemMapper.render(tooLarge().problem());
            context.response().setStatusCode(PAYLOAD_TOO_LARGE)
                    .putHeader("Content-Type", Problem.MEDIA_TYPE)
                    .putHeader("Connection", "close")
                    .end((String) problem.getEntity());
            return;
        }
        context.next();
    }

    private static boolean declaredTooLarge(String length) {
        try {
            return Long.parseLong(length.trim()) > MAX_BYTES;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static ProblemException tooLarge() {
        return new ProblemException(ProblemType.BODY_TOO_LARGE, "The body is larger than 1 MiB");
    }

    /** Counts what is read and stops past the limit. */
    private static final class Limited extends FilterInputStream {
        private long count;

        Limited(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                add(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                add(n);
            }
            return n;
        }

        private void add(long n) {
            count += n;
            if (count > MAX_BYTES) {
                throw tooLarge();
            }
        }
    }
}
