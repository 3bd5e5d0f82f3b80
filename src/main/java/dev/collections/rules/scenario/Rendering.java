package dev.collections.rules.scenario;

import dev.collections.model.Assessment;
import java.util.List;

/** An answer written the way scenario files write expectations: "HOME_VISIT (HARDSHIP)", "HOLD (OPEN_DISPUTE)". */
public record Rendering(Assessment answer) {

    public String stage() {
        return answer.stage().label();
    }

    public String nextAction() {
        return answer.nextAction().type().name();
    }

    public List<String> reliefOffers() {
        return answer.reliefOffers().stream().map(o -> o.maxTermMonths() == null ? o.type().name()
                : o.type() + " (" + o.maxTermMonths() + " months)").toList();
    }

    public List<String> suppressed() {
        return answer.suppressed().stream().map(s -> s.action() + " (" + s.reason() + ")").toList();
    }

    public List<String> tasks() {
        return answer.tasks().stream().map(t -> t.type().name()).toList();
    }

    /** The priority as a plain number ("633.00"), or "none" when no rule gave one. */
    public String priority() {
        return answer.priority() == null ? "none" : answer.priority().value().toPlainString();
    }

    /**
     * The agency's part: "PLACE (90 days)", "PLACED", "RECALL (OPEN_DISPUTE, PAID)", or "none" when no agency is
     * concerned.
     */
    public String agency() {
        var a = answer.agency();
        if (a == null) {
            return "none";
        }
        return switch (a.decision()) {
            case "PLACE" -> "PLACE (" + a.days() + " days)";
            case "RECALL" -> "RECALL (" + String.join(", ", a.reasons().stream().map(Enum::name).toList()) + ")";
            default -> a.decision();
        };
    }

    public String creditReport() {
        var c = answer.creditReport();
        return c.reason() == null ? c.decision().name() : c.decision() + " (" + c.reason() + ")";
    }
}
