package dev.collections.assessment;

import dev.collections.model.AccountFacts;
import dev.collections.policy.Score;

/**
 * An account's behavioural score as of its facts' moment, by the model of its arm: {@code model} names an
 * experiment's challenger model, null the live model. It gives null when there is no such model (the rules then
 * decide as without a score).
 */
@FunctionalInterface
public interface Scorer {
    /** No score: the stateless assessment, which carries no record to score. */
    Scorer NONE = (facts, model) -> null;

    Score score(AccountFacts facts, String model);
}
