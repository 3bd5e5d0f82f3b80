package dev.collections.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.collections.common.SqlDialect;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * On PostgreSQL every account id compares byte by byte (V22), so the account-id indexes hand a slice's rows over in
 * the order the night merges them in ({@link SqlDialect#key}) and no statement sorts them again (bench/README.md,
 * "account ids in byte order"). H2 compares strings so already.
 */
@QuarkusTest
class AccountKeyOrderTest {
    @Inject
    AgroalDataSource database;

    @Test
    void everyAccountIdColumnComparesByteByByte() throws Exception {
        try (Connection c = database.getConnection()) {
            Assumptions.assumeTrue(SqlDialect.of(c) == SqlDialect.POSTGRESQL, "PostgreSQL's collations only");
            Map<String, String> collations = new TreeMap<>();
            try (var s = c.createStatement(); var rs = s.executeQuery("SELECT table_name, collation_name"
                    + " FROM information_schema.columns WHERE table_schema = current_schema()"
                    + " AND column_name = 'account_id'")) {
                while (rs.next()) {
                    collations.put(rs.getString(1), String.valueOf(rs.getString(2)));
                }
            }
            assertFalse(collations.isEmpty());
            collations.forEach((table, collation) -> assertEquals("C", collation, table));
        }
    }

    @Test
    void aSlicesRowsComeInKeyOrderWithoutASort() throws Exception {
        try (Connection c = database.getConnection()) {
            Assumptions.assumeTrue(SqlDialect.of(c) == SqlDialect.POSTGRESQL, "PostgreSQL's plans only");
            c.setAutoCommit(false);
            SqlDialect dialect = SqlDialect.POSTGRESQL;
            dialect.readInKeyOrder(c, true);
            for (String table : List.of("account_position", "payment", "contact_attempt")) {
                List<String> plan = new ArrayList<>();
                try (var s = c.createStatement(); var rs = s.executeQuery("EXPLAIN SELECT account_id FROM " + table
                        + " WHERE account_id > 'A' AND account_id <= 'Z' ORDER BY " + dialect.key("account_id"))) {
                    while (rs.next()) {
                        plan.add(rs.getString(1));
                    }
                }
                assertFalse(String.join("\n", plan).contains("Sort"), table + ":\n" + String.join("\n", plan));
            }
            c.rollback();
        }
    }
}
