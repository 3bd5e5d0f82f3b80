package dev.collections.rules;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The candidate rule sets analysts keep under the candidates directory ({@link CandidatesConfig}): what an
 * experiment or a simulation may name, by name only, so that no request can reach (or learn of) any other folder
 * of the server.
 */
@ApplicationScoped
public class CandidateRuleSets {
    private static final String NAME = "[A-Za-z0-9][A-Za-z0-9_.-]{0,127}";
    /** What a refusal says, whether or not a folder of that name exists elsewhere. */
    public static final String REFUSAL = "is not one of the candidate rule sets of the candidates directory:"
            + " choose one of those listed";
    private final CandidatesConfig config;

    public CandidateRuleSets(CandidatesConfig config) {
        this.config = config;
    }

    /** The candidate directories, by name, in order. */
    public List<String> names() {
        try (Stream<Path> listed = Files.list(config.directory())) {
            return listed.filter(Files::isDirectory).map(p -> p.getFileName().toString())
                    .filter(n -> n.matches(NAME)).sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    /** The directory of the candidate {@code name}, when it is one of {@link #names()}. */
    public Optional<Path> directory(String name) {
        return name != null && names().contains(name) ? Optional.of(config.directory().resolve(name))
                : Optional.empty();
    }
}
