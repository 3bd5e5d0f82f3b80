package dev.collections.extract;

import dev.collections.common.BusinessDates;
import dev.collections.common.Violations;
import dev.collections.rules.ActiveRuleSet;
import dev.collections.rules.StageTable;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import javax.sql.DataSource;

/** Imports of extract directories from the inbound directory, for the API and the console alike. */
@ApplicationScoped
public class Imports {
    private static final String NAME = "[A-Za-z0-9][A-Za-z0-9_.-]{0,127}";
    private final DataSource database;
    private final ImportConfig config;
    private final ActiveRuleSet rules;

    public Imports(DataSource database, ImportConfig config, ActiveRuleSet rules) {
        this.database = database;
        this.config = config;
        this.rules = rules;
    }

    /** The extract directories of the inbound directory, by name, in order: what an import may name. */
    public List<String> extracts() {
        try (Stream<Path> listed = Files.list(config.inboundDirectory())) {
            return listed.filter(Files::isDirectory).map(p -> p.getFileName().toString())
                    .filter(n -> n.matches(NAME)).sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    /**
     * Imports the extract {@code name} with positions of {@code date} (today in the configured zone when null), in
     * {@code mode} (FULL when null); {@code force} lets a FULL import through that holds too few accounts.
     *
     * @throws dev.collections.common.ProblemException 422 for a name that is not one of {@link #extracts()} (the
     *         same answer whether or not such a directory exists elsewhere), a future date, a FULL extract that
     *         would drop most of the date's positions
     */
    public ImportReport run(String name, LocalDate date, String user, ImportMode mode, boolean force) {
        LocalDate today = LocalDate.now(config.businessZone());
        LocalDate businessDate = date == null ? today : date;
        Violations v = new Violations().required("extract", name)
                .check(name == null || extracts().contains(name), "extract",
                        "is not one of the extract directories of the inbound directory: choose one of those listed");
        BusinessDates.past(v, "businessDate", businessDate, today).throwIfAny();
        var stages = StageTable.of(rules.requireValid(), rules.fireLimit());
        var options = new ExtractImport.Options(mode == null ? ImportMode.FULL : mode, force,
                config.fullMinimumShare());
        return new ExtractImport(database, stages).run(config.inboundDirectory().resolve(name), businessDate, user,
                options);
    }

    /** The report of a finished import. */
    public java.util.Optional<ImportReport> report(long id) {
        return ImportRecords.report(database, id);
    }

    public List<ImportRecords.Recorded> latest(int limit) {
        return ImportRecords.latest(database, limit);
    }

    /** The rejects file of one extract's file, when the import wrote one. */
    public Optional<Path> rejects(String extract, String file) {
        if (extract == null || file == null || !extract.matches(NAME) || extract.contains("..")
                || !file.matches(NAME) || file.contains("..")) {
            return Optional.empty();
        }
        Path path = config.inboundDirectory().resolve(extract).resolve("rejects").resolve(file);
        return Files.isRegularFile(path) ? Optional.of(path) : Optional.empty();
    }
}
