package dev.collections.console;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.qute.i18n.Message;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Every label of the console has its Chinese translation, the Chinese file names no label that is gone, and every
 * code a page names in words (a rung, a hold, an agency's standing) has its words in both languages: a code added to
 * the vocabulary and forgotten here would reach the page as a code.
 */
class MessagesTest {

    @Test
    void everyLabelIsTranslatedIntoChinese() throws IOException {
        Properties zh = new Properties();
        try (var in = getClass().getResourceAsStream("/messages/msg_zh.properties")) {
            zh.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        Set<String> labels = new TreeSet<>(Arrays.stream(ConsoleMessages.class.getDeclaredMethods())
                .filter(m -> m.isAnnotationPresent(Message.class)).map(m -> m.getName()).toList());
        Set<String> missing = new TreeSet<>(labels);
        missing.removeAll(zh.stringPropertyNames());
        Set<String> stale = new TreeSet<>(zh.stringPropertyNames());
        stale.removeAll(labels);
        assertEquals(List.of(), List.copyOf(missing), "labels without a Chinese translation");
        assertEquals(List.of(), List.copyOf(stale), "translations of labels that are gone");
    }

    @Test
    void everyCodeAPageShowsHasItsWordsInBothLanguages() throws Exception {
        Properties zh = new Properties();
        try (var in = getClass().getResourceAsStream("/messages/msg_zh.properties")) {
            zh.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        java.util.Map<String, Class<? extends Enum<?>>> named = java.util.Map.of(
                "action", dev.collections.policy.ActionType.class,
                "action_meaning", dev.collections.policy.ActionType.class,
                "hold", dev.collections.policy.SuppressionReason.class,
                "agency_state", dev.collections.policy.AgencyStatus.class);
        List<String> missing = new java.util.ArrayList<>();
        for (var label : named.entrySet()) {
            String english = Arrays.stream(ConsoleMessages.class.getDeclaredMethods())
                    .filter(m -> m.getName().equals(label.getKey())).findFirst().orElseThrow()
                    .getAnnotation(Message.class).value();
            String chinese = zh.getProperty(label.getKey());
            for (Enum<?> code : label.getValue().getEnumConstants()) {
                String is = "{#is '" + code.name() + "'}";
                if (!english.contains(is)) {
                    missing.add(label.getKey() + " en " + code);
                }
                if (!chinese.contains(is)) {
                    missing.add(label.getKey() + " zh " + code);
                }
            }
        }
        assertEquals(List.of(), missing, "codes a page would show as codes");
    }
}
