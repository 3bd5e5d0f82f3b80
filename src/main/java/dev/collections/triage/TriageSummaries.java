package dev.collections.triage;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.collections.common.JsonSettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The run summary as {@code summary.json} and {@code summary.html} beside the work lists. */
final class TriageSummaries {
    private static final ObjectMapper JSON = JsonSettings.newMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private TriageSummaries() {
    }

    static String json(TriageSummary summary) {
        try {
            return JSON.writeValueAsString(summary);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void write(TriageSummary summary, Path directory) throws IOException {
        Files.writeString(directory.resolve("summary.json"), json(summary), StandardCharsets.UTF_8);
        Files.writeString(directory.resolve("summary.html"), TriageHtml.render(summary), StandardCharsets.UTF_8);
    }
}
