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

/** Every label of the console has its Chinese translation, and the Chinese file names no label that is gone. */
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
}
