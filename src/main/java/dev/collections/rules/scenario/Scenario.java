package dev.collections.rules.scenario;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * One analyst-written case: the facts of an account ({@code given}, merged over the file's {@code defaults}) and
 * what the decision must be. An expectation left out is not checked; a list given is compared as a set. A case
 * about an agency's conduct (AG6) gives {@code agencyConduct} instead, and expects {@code suspendedAgencies}.
 */
public record Scenario(String file, String name, String policy, ObjectNode given, Expectation expect) {

    public record Expectation(String stage, String nextAction, String notBefore, List<String> reliefOffers,
                              List<String> suppressed, List<String> tasks, String creditReport,
                              List<String> fired, List<String> notFired, String priority,
                              List<Long> suspendedAgencies, String agency) {
    }

    public String title() {
        return file + ": " + name;
    }
}
