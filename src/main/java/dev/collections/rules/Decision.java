package dev.collections.rules;

import dev.collections.policy.CreditReport;
import dev.collections.policy.Fallback;
import dev.collections.policy.NextAction;
import dev.collections.policy.Priority;
import dev.collections.policy.ReliefOffer;
import dev.collections.policy.Stage;
import dev.collections.policy.Suppression;
import dev.collections.policy.Task;
import java.util.List;

/** What the rules concluded for one account, gathered from the session after it fired; no priority when no rule gave one. */
public record Decision(Stage stage, NextAction nextAction, List<ReliefOffer> reliefOffers,
                       List<Suppression> suppressed, List<Task> tasks, CreditReport creditReport,
                       List<String> firedRules, Priority priority, List<Fallback> fallbacks,
                       List<dev.collections.policy.AgencyRecall> recalls,
                       dev.collections.policy.AgencyPlacement placement,
                       dev.collections.policy.StaysWithAgency staysWithAgency,
                       dev.collections.policy.Score score, dev.collections.policy.BandedScore band) {
}
