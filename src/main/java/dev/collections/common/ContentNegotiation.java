package dev.collections.common;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

/**
 * The one choice between a report's JSON and its HTML page: HTML when the caller's Accept header prefers
 * {@code text/html} to {@code application/json} (a browser), JSON otherwise (a script, or no preference).
 */
public final class ContentNegotiation {
    private ContentNegotiation() {
    }

    public static boolean wantsHtml(HttpHeaders headers) {
        for (MediaType type : headers.getAcceptableMediaTypes()) { // most preferred first
            if (type.isWildcardType()) {
                return false;
            }
            if (type.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
                return false;
            }
            if (type.isCompatible(MediaType.TEXT_HTML_TYPE)) {
                return true;
            }
        }
        return false;
    }
}
