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
        List<String> paidOff = zh.stringPropertyNames().stream().filter(k -> zh.getProperty(k).contains("结清"))
                .sorted().toList();
        assertEquals(List.of(), paidOff, "a cure (back to no days past due) is 转为正常, not 结清 (paid off in full)");
    }

    @Test
    void everyCodeAPageShowsHasItsWordsInBothLanguages() throws Exception {
        Properties zh = new Properties();
        try (var in = getClass().getResourceAsStream("/messages/msg_zh.properties")) {
            zh.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        java.util.Map<String, Class<? extends Enum<?>>> named = java.util.Map.ofEntries(
                java.util.Map.entry("action", dev.collections.policy.ActionType.class),
                java.util.Map.entry("action_meaning", dev.collections.policy.ActionType.class),
                java.util.Map.entry("hold", dev.collections.policy.SuppressionReason.class),
                java.util.Map.entry("agency_state", dev.collections.policy.AgencyStatus.class),
                java.util.Map.entry("risk_grade", dev.collections.policy.RiskGrade.class),
                java.util.Map.entry("contact_channel", dev.collections.policy.Channel.class),
                java.util.Map.entry("contact_outcome", dev.collections.policy.ContactOutcome.class),
                java.util.Map.entry("payment_channel", dev.collections.account.PaymentChannel.class),
                java.util.Map.entry("promise_status", dev.collections.policy.PromiseStatus.class),
                java.util.Map.entry("arrangement_type", dev.collections.policy.ArrangementType.class),
                java.util.Map.entry("arrangement_status", dev.collections.policy.ArrangementStatus.class),
                java.util.Map.entry("hardship_reason", dev.collections.policy.HardshipReason.class),
                java.util.Map.entry("hardship_status", dev.collections.policy.HardshipStatus.class),
                java.util.Map.entry("case_status", dev.collections.account.CaseStatus.class),
                java.util.Map.entry("recall_reason", dev.collections.policy.RecallReason.class));
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
        for (String label : List.of("nav", "home_section")) {
            String english = Arrays.stream(ConsoleMessages.class.getDeclaredMethods())
                    .filter(m -> m.getName().equals(label)).findFirst().orElseThrow()
                    .getAnnotation(Message.class).value();
            for (var section : dev.collections.console.rest.Section.values()) {
                String is = "{#is '" + section.id() + "'}";
                if (!english.contains(is) || !zh.getProperty(label).contains(is)) {
                    missing.add(label + " " + section.id());
                }
            }
        }
        assertEquals(List.of(), missing, "codes a page would show as codes");
    }
}
