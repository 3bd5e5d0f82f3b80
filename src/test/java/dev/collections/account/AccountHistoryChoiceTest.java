package dev.collections.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.collections.policy.ArrangementStatus;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Which arrangement, dispute and complaint the rules see is chosen by loops (the night asks for every account):
 * the same case as the streams they replaced choose, for 20,000 random histories of up to six cases each, ties
 * and empty lists included.
 */
class AccountHistoryChoiceTest {

    @Test
    void theLoopsChooseTheCaseTheStreamsChose() {
        Random random = new Random(2026_12_07L);
        for (int i = 0; i < 20_000; i++) {
            List<ArrangementRecord> arrangements = new ArrayList<>();
            List<DisputeRecord> disputes = new ArrayList<>();
            List<ComplaintRecord> complaints = new ArrayList<>();
            for (int n = random.nextInt(7); n > 0; n--) {
                var a = new ArrangementRecord();
                a.id = (long) random.nextInt(5);
                a.status = ArrangementStatus.values()[random.nextInt(ArrangementStatus.values().length)];
                a.brokenByBank = random.nextBoolean();
                arrangements.add(a);
            }
            for (int n = random.nextInt(7); n > 0; n--) {
                var d = new DisputeRecord();
                d.id = (long) random.nextInt(5);
                d.status = CaseStatus.values()[random.nextInt(CaseStatus.values().length)];
                disputes.add(d);
            }
            for (int n = random.nextInt(7); n > 0; n--) {
                var c = new ComplaintRecord();
                c.id = (long) random.nextInt(5);
                c.status = CaseStatus.values()[random.nextInt(CaseStatus.values().length)];
                c.viaRegulator = random.nextBoolean();
                complaints.add(c);
            }
            var history = new AccountHistory(List.of(), List.of(), arrangements, List.of(), disputes, complaints,
                    List.of());
            assertSame(arrangementAsStreamed(arrangements), history.arrangement(), "arrangement " + i);
            assertEquals(brokenAsStreamed(arrangements), history.brokenArrangements(), "broken " + i);
            assertSame(disputeAsStreamed(disputes), history.dispute(), "dispute " + i);
            assertSame(complaintAsStreamed(complaints), history.complaint(), "complaint " + i);
        }
    }

    private static ArrangementRecord arrangementAsStreamed(List<ArrangementRecord> arrangements) {
        return arrangements.stream().filter(a -> a.status == ArrangementStatus.ACTIVE).findFirst()
                .or(() -> arrangements.stream().filter(a -> a.status == ArrangementStatus.BROKEN && a.brokenByBank)
                        .findFirst())
                .orElse(arrangements.isEmpty() ? null : arrangements.get(0));
    }

    private static int brokenAsStreamed(List<ArrangementRecord> arrangements) {
        return (int) arrangements.stream().filter(a -> a.status == ArrangementStatus.BROKEN && !a.brokenByBank)
                .count();
    }

    private static DisputeRecord disputeAsStreamed(List<DisputeRecord> disputes) {
        return disputes.stream().filter(d -> d.status == CaseStatus.OPEN).min(Comparator.comparing(d -> d.id))
                .orElse(disputes.isEmpty() ? null : disputes.get(0));
    }

    private static ComplaintRecord complaintAsStreamed(List<ComplaintRecord> complaints) {
        return complaints.stream().filter(c -> c.status == CaseStatus.OPEN)
                .min(Comparator.comparing((ComplaintRecord c) -> !c.viaRegulator).thenComparing(c -> c.id))
                .orElse(complaints.isEmpty() ? null : complaints.get(0));
    }
}
