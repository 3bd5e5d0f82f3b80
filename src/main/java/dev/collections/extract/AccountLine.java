package dev.collections.extract;

import dev.collections.account.Events;
import dev.collections.account.AccountColumns;
import java.util.Map;

/**
 * A line of an extract's {@code accounts.csv} as the API's snapshot: its columns are the account table's
 * ({@link AccountColumns}, each by its field name), read the one way, for the import and the simulation of an
 * extract (docs/triage.md lists the columns).
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
        Events.Snapshot.Builder b = Events.Snapshot.builder();
        for (AccountColumns.Column<?> column : AccountColumns.VALUES) {
            fill(b, column, c);
        }
        return b.build();
    }

    private static <T> void fill(Events.Snapshot.Builder b, AccountColumns.Column<T> column, Cells c) {
        column.set().accept(b, c.read(column.field(), column.kind().parser(), column.kind().expected()));
    }
}
