package dev.collections.account;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A history row's account id, read as the driver's bytes, is ordered against the account's id exactly as the two
 * Strings are ({@link SortedRows#compare}): otherwise the cursor would hand an account another's rows, or none.
 */
class SortedRowsTest {
    private static final List<String> IDS = List.of("", "-", "0", "00", "0001", "0002", "9", "A", "A-1", "A0", "A_1",
            "AB", "ABC", "Z", "_", "a", "ab", "z", "ACC-00001", "ACC-000010", "ACC-00002", "Ä", "AÄ", "中", "A中", "😀");

    @Test
    void everyPairIsOrderedAsItsStrings() {
        for (String row : IDS) {
            for (String account : IDS) {
                assertEquals(Integer.signum(row.compareTo(account)),
                        Integer.signum(SortedRows.compare(row.getBytes(StandardCharsets.UTF_8), account)),
                        row + " against " + account);
            }
        }
    }
}
