package dev.collections.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.collections.model.Arm;
import dev.collections.rules.Challenger;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** An account's arm is a pure function of the salt and its id, and the shares come out as set. */
class ArmSplitTest {
    private static final int ACCOUNTS = 100_000;

    private static Challenger challenger(String salt, int basisPoints) {
        return new Challenger(1, salt, basisPoints, LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 31), null, null);
    }

    @Test
    void overAHundredThousandAccountsEachShareIsWithinHalfAPointOfItsSetting() {
        for (int basisPoints : new int[] {1, 250, 1000, 1234, 5000}) {
            Challenger c = challenger("salt-" + basisPoints, basisPoints);
            int challengers = 0;
            for (int i = 0; i < ACCOUNTS; i++) {
                if (c.armOf("CC-" + i) == Arm.CHALLENGER) {
                    challengers++;
                }
            }
            double share = 100.0 * challengers / ACCOUNTS;
            assertEquals(basisPoints / 100.0, share, 0.5, "share set at " + basisPoints + " basis points");
        }
    }

    @Test
    void theBucketIsTheFirstEightBytesOfTheSaltedHashModuloTenThousand() throws Exception {
        for (String account : new String[] {"CC-1", "CC-2", "账户-3", ""}) {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(("s1:" + account).getBytes(StandardCharsets.UTF_8));
            byte[] first = new byte[8];
            System.arraycopy(digest, 0, first, 0, 8);
            int expected = new BigInteger(1, first).mod(BigInteger.valueOf(10_000)).intValue();
            assertEquals(expected, Challenger.bucket("s1", account), account);
        }
    }

    @Test
    void anotherSaltGivesAnIndependentSplit() {
        Challenger a = challenger("first", 5000);
        Challenger b = challenger("second", 5000);
        int both = 0;
        for (int i = 0; i < ACCOUNTS; i++) {
            if (a.armOf("CC-" + i) == Arm.CHALLENGER && b.armOf("CC-" + i) == Arm.CHALLENGER) {
                both++;
            }
        }
        // independent halves overlap on a quarter of the accounts
        assertEquals(25.0, 100.0 * both / ACCOUNTS, 0.5);
        assertTrue(a.armOf("CC-7") == challenger("first", 5000).armOf("CC-7"), "the same salt, the same arm");
    }
}
