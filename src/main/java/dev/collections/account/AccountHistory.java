package dev.collections.account;

import dev.collections.policy.ArrangementStatus;
import java.util.List;

/**
 * Everything recorded on one account, each list newest first, and which of it the rules see. The one place that
 * says which case is "the" dispute, complaint, arrangement: an assessment of one account and the nightly triage
 * of all of them both choose here.
 */
public record AccountHistory(List<ContactAttempt> contacts, List<PromiseToPay> promises,
                             List<ArrangementRecord> arrangements, List<HardshipCase> hardships,
                             List<DisputeRecord> disputes, List<ComplaintRecord> complaints,
                             List<PlacementRecord> placements) {

    public static final AccountHistory NONE = new AccountHistory(List.of(), List.of(), List.of(), List.of(), List.of(),
            List.of(), List.of());

    /** An account's history from the record, with at most {@code contactRoom} of its latest contacts. */
    public static AccountHistory load(String accountId, int contactRoom) {
        return new AccountHistory(contactRoom <= 0 ? List.of() : ContactAttempt.recent(accountId, contactRoom),
                PromiseToPay.ofAccount(accountId), ArrangementRecord.ofAccount(accountId),
                HardshipCase.ofAccount(accountId), DisputeRecord.ofAccount(accountId),
                ComplaintRecord.ofAccount(accountId), PlacementRecord.ofAccount(accountId));
    }

    /** The latest placement with an agency (current or recalled), or null. */
    public PlacementRecord placement() {
        return placements.isEmpty() ? null : placements.get(0);
    }

    /** The latest hardship case. */
    public HardshipCase hardship() {
        return hardships.isEmpty() ? null : hardships.get(0);
    }

    /** The latest promise. */
    public PromiseToPay promise() {
        return promises.isEmpty() ? null : promises.get(0);
    }

    /**
     * The current arrangement: the latest ACTIVE one, else the latest one the bank broke (rev. 2, A7: it stays
     * current until it is restored), else the latest one. (Loops, not streams: the night asks this of every account.)
     */
    public ArrangementRecord arrangement() {
        ArrangementRecord brokenByBank = null;
        for (ArrangementRecord a : arrangements) {
            if (a.status == ArrangementStatus.ACTIVE) {
                return a;
            }
            if (brokenByBank == null && a.status == ArrangementStatus.BROKEN && a.brokenByBank) {
                brokenByBank = a;
            }
        }
        return brokenByBank != null ? brokenByBank : arrangements.isEmpty() ? null : arrangements.get(0);
    }

    /** Arrangements the customer broke (rev. 2, H5: a break the bank caused does not count against the customer). */
    public int brokenArrangements() {
        int broken = 0;
        for (ArrangementRecord a : arrangements) {
            if (a.status == ArrangementStatus.BROKEN && !a.brokenByBank) {
                broken++;
            }
        }
        return broken;
    }

    /** The oldest open dispute (it set the clock running), else the latest one. */
    public DisputeRecord dispute() {
        DisputeRecord oldestOpen = null;
        for (DisputeRecord d : disputes) {
            if (d.status == CaseStatus.OPEN && (oldestOpen == null || d.id.compareTo(oldestOpen.id) < 0)) {
                oldestOpen = d;
            }
        }
        return oldestOpen != null ? oldestOpen : disputes.isEmpty() ? null : disputes.get(0);
    }

    /** An open complaint, one through the regulator first (oldest first), else the latest one. */
    public ComplaintRecord complaint() {
        ComplaintRecord chosen = null;
        for (ComplaintRecord c : complaints) {
            if (c.status == CaseStatus.OPEN && (chosen == null || comesFirst(c, chosen))) {
                chosen = c;
            }
        }
        return chosen != null ? chosen : complaints.isEmpty() ? null : complaints.get(0);
    }

    /** Of two open complaints: one through the regulator before one that is not, then the older (smaller id). */
    private static boolean comesFirst(ComplaintRecord a, ComplaintRecord b) {
        return a.viaRegulator != b.viaRegulator ? a.viaRegulator : a.id.compareTo(b.id) < 0;
    }
}
