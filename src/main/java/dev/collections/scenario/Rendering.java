package dev.collections.scenario;

import dev.collections.assessment.AssessmentResponse;
import java.util.List;

/** An answer written the way scenario files write expectations: "HOME_VISIT (HARDSHIP)", "HOLD (OPEN_DISPUTE)". */
record Rendering(AssessmentResponse answer) {

    String stage() {
        return answer.stage().label();
    }

    String nextAction() {
        return answer.nextAction().type().name();
    }

    List<String> reliefOffers() {
        return answer.reliefOffers().stream().map(o -> o.maxTermMonths() == null ? o.type().name()
                : o.type() + " (" + o.maxTermMonths() + " months)").toList();
    }

    List<String> suppressed() {
        return answer.suppressed().stream().map(s -> s.action() + " (" + s.reason() + ")").toList();
    }

    List<String> tasks() {
        return answer.tasks().stream().map(t -> t.type().name()).toList();
    }

    String creditReport() {
        var c = answer.creditReport();
        return c.reason() == null ? c.decision().name() : c.decision() + " (" + c.reason() + ")";
    }
}
