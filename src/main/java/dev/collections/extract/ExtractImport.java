package dev.collections.extract;

import dev.collections.account.PortfolioQueries;
import dev.collections.account.Positions;
import dev.collections.common.Csv;
import dev.collections.common.CsvReader;
import dev.collections.common.Database;
import dev.collections.common.Problem;
import dev.collections.common.ProblemException;
import dev.collections.common.SqlDialect;
import dev.collections.common.Violations;
import dev.collections.model.AccountIds;
import dev.collections.rules.StageTable;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.jboss.logging.Logger;

/**
 * Loads a core-banking extract directory (accounts.csv and any event files beside it) streaming, a batch of rows
 * per transaction. Good rows load; every bad row goes to {@code rejects/<file>} with its line number and reason.
 */
public final class ExtractImport {
    private static final Logger LOG = Logger.getLogger(ExtractImport.class);
    private static final int BATCH = 1_000;
    private static final int REJECTS_SHOWN = 20;

    private final DataSource database;
    private final StageTable stages;

    /** {@code stages}: the live rule set's stages, for the positions the accounts file records. */
    public ExtractImport(DataSource database, StageTable stages) {
        this.database = database;
        this.stages = stages;
    }

    /**
     * How an import treats the date's positions: {@code mode}; {@code force} a FULL import that holds fewer accounts
     * than {@code minimumShare} of the date's (or the latest earlier date's) positions.
     */
    public record Options(ImportMode mode, boolean force, double minimumShare) {
        /** The daily full extract, guarded by {@code minimumShare}. */
        public static Options full(double minimumShare) {
            return new Options(ImportMode.FULL, false, minimumShare);
        }
    }

    /** A FULL import that is not guarded (tests and tools that load one extract into an empty record). */
    public ImportReport run(Path directory, LocalDate businessDate, String startedBy) {
        return run(directory, businessDate, startedBy, new Options(ImportMode.FULL, true, 0));
    }

    /**
     * Loads {@code directory}; its accounts file records each account's position of {@code businessDate}: in FULL
     * mode replacing every position of that date (refused, nothing written, when the file holds too few accounts
     * and the import is not forced), in DELTA mode only those of the accounts in the file. The import is recorded
     * with {@code startedBy} (a user, or the command).
     */
    public ImportReport run(Path directory, LocalDate businessDate, String startedBy, Options options) {
        if (!Files.isDirectory(directory)) {
            throw new ExtractException("No extract directory " + directory.getFileName());
        }
        List<ExtractFile> present = java.util.Arrays.stream(ExtractFile.values())
                .filter(kind -> Files.isRegularFile(directory.resolve(kind.fileName))).toList();
        if (present.isEmpty()) {
            throw new ExtractException("The extract directory holds none of the files "
                    + java.util.Arrays.stream(ExtractFile.values()).map(f -> f.fileName).toList());
        }
        refuseBadHeaders(directory, present);
        boolean accounts = present.contains(ExtractFile.ACCOUNTS);
        int before = positionsBefore(directory, businessDate, options, accounts);
        String name = directory.getFileName().toString();
        long id = ImportRecords.start(database, name, businessDate, startedBy, options.mode());
        List<ImportReport.FileReport> reports = new ArrayList<>();
        for (ExtractFile kind : present) {
            reports.add(load(kind, directory.resolve(kind.fileName), directory.resolve("rejects"), businessDate,
                    options.mode()));
        }
        ImportReport report = new ImportReport(id, name, businessDate, startedBy, options.mode(), options.force(),
                before, count(businessDate), reports);
        ImportRecords.finish(database, id, report);
        return report;
    }

    /** The date's positions before the import; a FULL one that would drop too many of them is refused here. */
    private int positionsBefore(Path directory, LocalDate businessDate, Options options, boolean accounts) {
        try (Connection c = Database.open(database)) {
            if (accounts && options.mode() == ImportMode.FULL && !options.force()) {
                int rows = FullExtractGuard.rows(directory.resolve(ExtractFile.ACCOUNTS.fileName));
                FullExtractGuard.check(c, rows, businessDate, options.minimumShare());
            }
            return Positions.count(c, businessDate);
        } catch (IOException e) {
            throw new ExtractException("The file " + ExtractFile.ACCOUNTS.fileName + " could not be read");
        } catch (SQLException e) {
            throw ExtractException.databaseFailed("The positions of " + businessDate + " could not be counted");
        }
    }

    private int count(LocalDate businessDate) {
        try (Connection c = Database.open(database)) {
            return Positions.count(c, businessDate);
        } catch (SQLException e) {
            throw ExtractException.databaseFailed("The positions of " + businessDate + " could not be counted");
        }
    }

    /** A file whose header lacks a required column or names one twice refuses the whole import (422), unwritten. */
    private static void refuseBadHeaders(Path directory, List<ExtractFile> files) {
        List<Problem.Violation> refused = new ArrayList<>();
        for (ExtractFile kind : files) {
            try (var reader = Files.newBufferedReader(directory.resolve(kind.fileName), StandardCharsets.UTF_8)) {
                String why = refusal(kind, new CsvReader(reader).header());
                if (why != null) {
                    refused.add(new Problem.Violation(kind.fileName, why));
                }
            } catch (IOException e) {
                refused.add(new Problem.Violation(kind.fileName, "could not be read"));
            }
        }
        if (!refused.isEmpty()) {
            throw ProblemException.validation(refused);
        }
    }

    private ImportReport.FileReport load(ExtractFile kind, Path file, Path rejectsDirectory, LocalDate businessDate,
                                         ImportMode mode) {
        Path rejectsFile = rejectsDirectory.resolve(kind.fileName);
        try (var reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             Connection c = Database.open(database)) {
            CsvReader lines = new CsvReader(reader);
            Files.createDirectories(rejectsDirectory);
            c.setAutoCommit(false);
            if (kind == ExtractFile.ACCOUNTS && mode == ImportMode.FULL) {
                Positions.forget(c, businessDate);
            }
            boolean postgres = SqlDialect.of(c) == SqlDialect.POSTGRESQL;
            try (BufferedWriter rejects = Files.newBufferedWriter(rejectsFile, StandardCharsets.UTF_8);
                 PreparedStatement upsert = postgres ? null : c.prepareStatement(kind.upsert.sql());
                 Positions positions = kind == ExtractFile.ACCOUNTS ? new Positions(c, stages, businessDate, postgres)
                         : null) {
                rejects.write("line,accountId,reason\n");
                var state = new Loading(kind, c, upsert, postgres ? new StagedMerge(c, kind.upsert) : null, rejects,
                        positions);
                while (true) {
                    java.util.Map<String, String> row;
                    try {
                        row = lines.next();
                    } catch (IllegalArgumentException e) {
                        state.reject(lines.line(), null, e.getMessage());
                        continue;
                    }
                    if (row == null) {
                        break;
                    }
                    state.add(lines.line(), row);
                    if (state.pending.size() >= BATCH || state.batchRejects.size() >= BATCH) {
                        state.flush();
                    }
                }
                state.flush();
                state.mergeStaged();
                LOG.infof("import %s: %d rows, %d changed, %d rejected", kind.fileName, state.rows, state.changed,
                        state.rejected);
                return new ImportReport.FileReport(kind.fileName, state.rows, state.rows - state.rejected,
                        state.changed, state.rejected, state.rejected == 0 ? null : "rejects/" + kind.fileName,
                        state.shown);
            }
        } catch (IOException e) {
            throw new ExtractException("The file " + kind.fileName + " could not be read");
        } catch (SQLException e) {
            LOG.errorf("import %s: the database failed: %s", kind.fileName, e.getMessage());
            throw ExtractException.databaseFailed("The database refused the import of " + kind.fileName);
        }
    }

    private static String refusal(ExtractFile kind, List<String> header) {
        List<String> missing = kind.required.stream().filter(c -> !header.contains(c)).toList();
        if (!missing.isEmpty()) {
            return "The header lacks the columns " + missing;
        }
        Set<String> seen = new HashSet<>();
        List<String> twice = header.stream().filter(c -> !seen.add(c)).toList();
        return twice.isEmpty() ? null : "The header names columns twice: " + twice;
    }

    /** The rows of one file on their way in. */
    private static final class Loading {
        final ExtractFile kind;
        final Connection c;
        final PreparedStatement upsert;
        final StagedMerge staged;
        final BufferedWriter rejects;
        final Positions positions;
        final List<Pending> pending = new ArrayList<>();
        final List<String> shown = new ArrayList<>();
        final List<Reject> batchRejects = new ArrayList<>();
        int rows;
        int changed;
        int rejected;
        /** The agencies a placements file may name, read once per file. */
        Set<Long> agencies;

        /** {@code upsert}: single-row merges in JDBC batches (H2); else {@code staged}, COPY and one merge. */
        Loading(ExtractFile kind, Connection c, PreparedStatement upsert, StagedMerge staged, BufferedWriter rejects,
                Positions positions) {
            this.positions = positions;
            this.kind = kind;
            this.c = c;
            this.upsert = upsert;
            this.staged = staged;
            this.rejects = rejects;
        }

        void add(int line, java.util.Map<String, String> row) throws IOException {
            rows++;
            String account = row.get("accountId");
            Violations v = new Violations();
            Object[] values = null;
            try {
                v.check(account != null && AccountIds.isValid(account), "accountId", AccountIds.RULE);
                values = kind.row(account, new Cells(row), v);
            } catch (IllegalArgumentException e) {
                v.add("cell", e.getMessage());
            }
            if (!v.list().isEmpty()) {
                reject(line, account, v.list().stream().map(x -> x.field() + ": " + x.message())
                        .collect(Collectors.joining("; ")));
                return;
            }
            pending.add(new Pending(line, account, values));
        }

        void reject(int line, String account, String reason) throws IOException {
            if (account == null) {
                rows++;
            }
            rejected++;
            batchRejects.add(new Reject(line, account, reason));
        }

        /** A batch's rejects in line order (unknown accounts are only found when the batch is written). */
        private void writeRejects() throws IOException {
            batchRejects.sort(java.util.Comparator.comparingInt(Reject::line));
            for (Reject r : batchRejects) {
                rejects.write(r.line() + "," + Csv.quote(r.account()) + "," + Csv.quote(r.reason()));
                rejects.write('\n');
                if (shown.size() < REJECTS_SHOWN) {
                    shown.add("line " + r.line() + ": " + r.reason());
                }
            }
            batchRejects.clear();
        }

        void flush() throws SQLException, IOException {
            if (pending.isEmpty()) {
                writeRejects();
                return;
            }
            Set<String> known = kind.recordsOnAccounts() ? PortfolioQueries.known(c, pending.stream()
                    .map(Pending::account).collect(Collectors.toSet())) : null;
            OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
            int batched = 0;
            if (kind == ExtractFile.PLACEMENTS && agencies == null) {
                agencies = AccountsKnown.agencies(c);
            }
            for (Pending p : pending) {
                if (known != null && !known.contains(p.account())) {
                    reject(p.line(), p.account(), "accountId: no account " + p.account()
                            + " (accounts.csv loads first)");
                    continue;
                }
                if (agencies != null && !agencies.contains((Long) p.values()[2])) {
                    reject(p.line(), p.account(), "agencyId: no agency " + p.values()[2] + " of the bank's");
                    continue;
                }
                if (staged != null) {
                    staged.add(p.line(), p.values());
                } else {
                    kind.upsert.bind(upsert, p.values(), now);
                    upsert.addBatch();
                }
                if (positions != null) {
                    kind.position(p.values(), positions);
                }
                batched++;
            }
            if (batched > 0) {
                if (staged == null) {
                    for (int n : upsert.executeBatch()) {
                        changed += Math.max(n, 0);
                    }
                }
                if (positions != null) {
                    positions.flush();
                }
            }
            c.commit();
            pending.clear();
            writeRejects();
        }

        /** PostgreSQL: the file's staged rows merged at its end. */
        void mergeStaged() throws SQLException {
            if (staged != null) {
                changed += staged.merge(OffsetDateTime.now(ZoneOffset.UTC));
                if (positions != null) {
                    positions.finish();
                }
                c.commit();
            }
        }
    }

    private record Pending(int line, String account, Object[] values) {
    }

    private record Reject(int line, String account, String reason) {
    }
}
