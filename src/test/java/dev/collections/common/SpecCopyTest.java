package dev.collections.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The contract travels with the repository (docs/spec/, so that a clone has it); where the product team's copy is
 * beside the checkout (../shared/spec/), the two must be the same, so that ours never drifts unnoticed.
 */
class SpecCopyTest {

    @ParameterizedTest
    @ValueSource(strings = {"policy.md", "api.md"})
    void theRepositorysCopyOfTheSpecIsTheCurrentOne(String file) throws IOException {
        Path shared = Path.of("..", "shared", "spec", file);
        assumeTrue(Files.isRegularFile(shared), "no shared spec beside this checkout");
        assertEquals(Files.readString(shared), Files.readString(Path.of("docs", "spec", file)),
                "docs/spec/" + file + " differs from ../shared/spec/" + file + ": copy the new one in");
    }
}
