package dev.collections.triage;

import dev.collections.common.Csv;
import dev.collections.account.Placements;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The night's files for each collection agency (policy.md rev. 3, AG7), under {@code agencies/}: the accounts placed
 * with it ({@code <agency>-placements.csv}) and those it must hand back ({@code <agency>-recalls.csv}). A file holds
 * only what the agency needs: the account id, the customer's name and phone masked to its last four digits (both
 * left blank here: the service keeps neither; the bank's transfer fills them from core banking and adds nothing
 * else), the overdue amount, days past due, stage, the placement's dates and the agency's reference; never a
 * national id, never why an account comes back.
 */
final class AgencyFiles {
    static final String DIRECTORY = "agencies";
    static final String HEADER = "accountId,customerName,maskedPhone,overdueAmount,daysPastDue,stage,placedOn,until,"
            + "agencyReference";

    private AgencyFiles() {
    }

    /** Writes every agency's files; the rows written, by file name. */
    static Map<String, Integer> write(Connection c, Path runDirectory, AgencyDesk desk) throws SQLException, IOException {
        Map<String, Integer> written = new TreeMap<>();
        if (desk == null || desk.bookings().isEmpty() && desk.recalls().isEmpty()) {
            return written;
        }
        Path directory = Files.createDirectories(runDirectory.resolve(DIRECTORY));
        Map<Long, List<AgencyDesk.Booking>> placed = desk.bookings().stream()
                .collect(Collectors.groupingBy(AgencyDesk.Booking::agency, TreeMap::new, Collectors.toList()));
        for (var agency : placed.entrySet()) {
            String name = agency.getKey() + "-placements.csv";
            written.put(name, file(directory.resolve(name), agency.getValue().stream().map(b -> row(b.accountId(),
                    b.overdueAmount(), b.daysPastDue(), b.stage(), b.placedOn(), b.until(), b.reference())).toList()));
        }
        Map<String, Placements.Open> open = Placements.open(c, desk.recalls().stream()
                .map(AgencyDesk.Recall::accountId).toList());
        Map<Long, List<AgencyDesk.Recall>> recalled = desk.recalls().stream()
                .collect(Collectors.groupingBy(AgencyDesk.Recall::agency, TreeMap::new, Collectors.toList()));
        for (var agency : recalled.entrySet()) {
            String name = agency.getKey() + "-recalls.csv";
            written.put(name, file(directory.resolve(name), agency.getValue().stream().map(r -> {
                Placements.Open p = open.get(r.accountId());
                return row(r.accountId(), r.overdueAmount(), r.daysPastDue(), r.stage(),
                        p == null ? null : p.placedOn(), p == null ? null : p.until(),
                        p == null ? null : p.reference());
            }).toList()));
        }
        return written;
    }

    private static String row(String account, Object overdue, int dpd, String stage, Object placedOn, Object until,
                              String reference) {
        return String.join(",", Csv.quote(account), "", "", overdue == null ? "" : overdue.toString(),
                Integer.toString(dpd), Csv.quote(stage), placedOn == null ? "" : placedOn.toString(),
                until == null ? "" : until.toString(), Csv.quote(reference));
    }

    private static int file(Path target, List<String> rows) throws IOException {
        Path partial = target.resolveSibling(target.getFileName() + ".partial");
        try (BufferedWriter out = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
            out.write(HEADER);
            out.write('\n');
            for (String row : rows) {
                out.write(row);
                out.write('\n');
            }
        }
        Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return rows.size();
    }
}
