package dev.collections.triage;

import dev.collections.account.RecordedAccount;
import dev.collections.policy.Score;
import dev.collections.rules.ActiveRuleSet;
import dev.collections.score.LiveScore;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * The behavioural scores of a chunk of the night, each account's by its arm's model: the live model's (null: none),
 * or the experiment's challenger model for the accounts of its share. A chunk is scored together
 * ({@link LiveScore#scores}: the model's trees are read once for many accounts, bench/README.md), without the
 * reasons: a work item keeps no score, and an assessment or the console's trace of the account gives its reasons.
 */
final class ChunkScores {
    private static final Logger LOG = Logger.getLogger(ChunkScores.class);
    private final LiveScore live;
    private final LiveScore challenger;
    private final LocalDate asOf;

    ChunkScores(LiveScore live, LiveScore challenger, LocalDate asOf) {
        this.live = live;
        this.challenger = challenger;
        this.asOf = asOf;
    }

    /** Whether any account is scored: a night then reads the behaviour the scores are made from. */
    boolean any() {
        return live.live() || challenger.live();
    }

    /**
     * The chunk's scores, in its order; null when no model is live or the chunk could not be scored together (each
     * account is then scored on its own, {@link #of(RecordedAccount, ActiveRuleSet.Assignment)}, so that one
     * account's failure stays its own).
     */
    Score[] of(List<RecordedAccount> chunk, List<ActiveRuleSet.Assignment> assignments) {
        if (!any()) {
            return null;
        }
        try {
            Score[] scores = new Score[chunk.size()];
            for (boolean challengers : new boolean[] {false, true}) {
                List<Integer> at = new ArrayList<>();
                List<RecordedAccount> accounts = new ArrayList<>();
                for (int i = 0; i < chunk.size(); i++) {
                    if ((assignments.get(i).scoreModel() != null) == challengers) {
                        at.add(i);
                        accounts.add(chunk.get(i));
                    }
                }
                List<Score> scored = (challengers ? challenger : live).scores(accounts, asOf, 0);
                for (int k = 0; k < at.size(); k++) {
                    scores[at.get(k)] = scored.get(k);
                }
            }
            return scores;
        } catch (RuntimeException e) {
            LOG.warnf("The chunk that starts with %s could not be scored together (%s); each of its accounts is"
                    + " scored on its own", chunk.get(0).accountId(), e.getClass().getSimpleName());
            return null;
        }
    }

    /** One account's score by its arm's model (null: none live), as in its chunk. */
    Score of(RecordedAccount recorded, ActiveRuleSet.Assignment assignment) {
        return (assignment.scoreModel() == null ? live : challenger).scores(List.of(recorded), asOf, 0).get(0);
    }
}
