package dev.collections.common;

import jakarta.ws.rs.core.Response;
import java.util.Optional;

/**
 * A page for people instead of a problem document, where the request came from one (the console): a feature that
 * serves pages implements it, and {@link ProblemMapper} asks it before answering with problem+json.
 */
public interface ProblemPages {

    /** The page that says {@code problem} to the current request's reader, when the request is one of its pages. */
    Optional<Response> page(Problem problem);
}
