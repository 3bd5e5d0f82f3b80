package dev.collections.extract;

import dev.collections.account.Events;
import dev.collections.model.CustomerFacts;
import dev.collections.policy.RiskGrade;
import java.util.Map;

/**
 * A line of an extract's {@code accounts.csv} as the API's snapshot: the one reading of those columns, used by the
 * import and by the simulation of an extract (docs/triage.md lists the columns).
 */
public final class AccountLine {
    private AccountLine() {
    }

    /**
     * The snapshot of one line (cells left blank are null), not yet checked.
     *
     * @throws IllegalArgumentException naming the column, for a cell that does not read as its type
     */
    public static Events.Snapshot snapshot(Map<String, String> row) {
        return snapshot(new Cells(row));
    }

    static Events.Snapshot snapshot(Cells c) {
        var given = new CustomerFacts(c.flag("deceased"), c.flag("vulnerable"), c.flag("addressVerified"),
                c.flag("phoneReachable"), c.flag("creditReportNotified"), c.channels("doNotContact"),
                c.date("placementNotifiedOn"));
        return new Events.Snapshot(c.integer("daysPastDue"), c.decimal("overdueAmount"),
                c.decimal("outstandingBalance"), c.decimal("principalOutstanding"),
                c.choice("riskGrade", RiskGrade.class), c.text("currency"), c.text("timezone"), given,
                c.text("region"), null);
    }
}
