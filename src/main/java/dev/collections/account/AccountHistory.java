package dev.collections.account;

import dev.collections.policy.ArrangementStatus;
import java.util.Comparator;
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
     * current until it is restored), else the latest one.
     */
    public ArrangementRecord arrangement() {
        return arrangements.stream().filter(a -> a.status == ArrangementStatus.ACTIVE).findFirst()
                .or(() -> arrangements.stream().filter(a -> a.status == ArrangementStatus.BROKEN && a.brokenByBank)
                        .findFirst())
                .orElse(arrangements.isEmpty() ? null : arrangements.get(0));
    }

    /** Arrangements the customer broke (rev. 2, H5: a break the bank caused does not count against the customer). */
    public int brokenArrangements() {
        return (int) arrangements.stream().filter(a -> a.status == ArrangementStatus.BROKEN && !a.brokenByBank)
                .count();
    }

    /** The oldest open dispute (it set the clock running), else the latest one. */
    public DisputeRecord dispute() {
        return disputes.stream().filter(d -> d.status == CaseStatus.OPEN).min(Comparator.comparing(d -> d.id))
                .orElse(disputes.isEmpty() ? null : disputes.get(0));
    }

    /** An open complaint, one through the regulator first (oldest first), else the latest one. */
    public ComplaintRecord complaint() {
        return complaints.stream().filter(c -> c.status == CaseStatus.OPEN)
                .min(Comparator.comparing((ComplaintRecord c) -> !c.viaRegulator).thenComparing(c -> c.id))
                .orElse(complaints.isEmpty() ? null : complaints.get(0));
    }
}
