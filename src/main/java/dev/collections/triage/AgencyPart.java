package dev.collections.triage;

import dev.collections.model.Assessment;
import dev.collections.policy.RecallReason;
import java.util.Arrays;
import java.util.List;

/**
 * The agency's part of a triage decision, as a work item keeps it in one short column: {@code PLACE:<days>} or
 * {@code PLACE:<days>:<excluded agency>} (the allocation picks the agency), {@code PLACED:<agency>},
 * {@code RECALL:<agency>:<reason;reason>}.
 */
record AgencyPart(String decision, Long agency, int days, Long excluded, List<RecallReason> reasons) {

    static String of(Assessment.AgencyDecision a) {
        if (a == null) {
            return null;
        }
        return switch (a.decision()) {
            case "PLACE" -> "PLACE:" + a.days() + (a.excludedAgency() == null ? "" : ":" + a.excludedAgency());
            case "RECALL" -> "RECALL:" + a.agencyId() + ":" + String.join(";", a.reasons().stream()
                    .map(Enum::name).toList());
            default -> a.decision() + ":" + a.agencyId();
        };
    }

    /** The part a work item keeps, or null. */
    static AgencyPart read(String text) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        String[] parts = text.split(":", -1);
        return switch (parts[0]) {
            case "PLACE" -> new AgencyPart("PLACE", null, Integer.parseInt(parts[1]),
                    parts.length > 2 ? Long.valueOf(parts[2]) : null, List.of());
            case "RECALL" -> new AgencyPart("RECALL", Long.valueOf(parts[1]), 0, null,
                    Arrays.stream(parts[2].split(";")).filter(s -> !s.isEmpty()).map(RecallReason::valueOf).toList());
            default -> new AgencyPart(parts[0], Long.valueOf(parts[1]), 0, null, List.of());
        };
    }

    boolean isPlace() {
        return "PLACE".equals(decision);
    }

    boolean isRecall() {
        return "RECALL".equals(decision);
    }
}
