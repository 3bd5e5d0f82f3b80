package dev.collections.triage;

import dev.collections.common.Database;
import dev.collections.policy.ActionType;
import dev.collections.rules.CapacityTable;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/** The capacity_override table: an operator's capacities for a date, replacing the weekly defaults on that date. */
public final class CapacityOverrides {
    private CapacityOverrides() {
    }

    /** The plan of {@code date}: its overrides over {@code defaults}. */
    public static CapacityPlan plan(Connection c, LocalDate date, CapacityTable defaults) throws SQLException {
        Map<CapacityTable.Key, OptionalInt> overrides = new HashMap<>();
        try (var s = c.prepareStatement("SELECT channel, region, capacity FROM capacity_override"
                + " WHERE business_date = ?")) {
            s.setObject(1, date);
            try (var rs = s.executeQuery()) {
                while (rs.next()) {
                    int n = rs.getInt(3);
                    overrides.put(new CapacityTable.Key(ActionType.valueOf(rs.getString(1)), rs.getString(2)),
                            rs.wasNull() ? OptionalInt.empty() : OptionalInt.of(n));
                }
            }
        }
        return new CapacityPlan(date, defaults, Map.copyOf(overrides));
    }

    /** Replaces the overrides of {@code date} with {@code entries} (none: back to the defaults), in one transaction. */
    public static void replace(Connection c, LocalDate date, List<CapacityPlan.Entry> entries, String user)
            throws SQLException {
        Database.inTransaction(c, tx -> {
            try (var s = tx.prepareStatement("DELETE FROM capacity_override WHERE business_date = ?")) {
                s.setObject(1, date);
                s.executeUpdate();
            }
            try (var s = tx.prepareStatement("INSERT INTO capacity_override (business_date, channel, region,"
                    + " capacity, set_by, set_at) VALUES (?, ?, ?, ?, ?, ?)")) {
                OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
                for (CapacityPlan.Entry e : entries) {
                    s.setObject(1, date);
                    s.setString(2, e.channel().name());
                    s.setString(3, e.region() == null ? "" : e.region());
                    if (e.capacity() == null) {
                        s.setNull(4, Types.INTEGER);
                    } else {
                        s.setInt(4, e.capacity());
                    }
                    s.setString(5, user);
                    s.setObject(6, now);
                    s.addBatch();
                }
                s.executeBatch();
            }
        });
    }
}
