package dev.collections.extract;

import dev.collections.common.BusinessDates;
import dev.collections.common.Violations;
import dev.collections.rules.ActiveRuleSet;
import dev.collections.rules.StageTable;
import dev.collections.triage.TriageConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/** Imports of extract directories from the inbound directory, for the API and the console alike. */
@ApplicationScoped
public class Imports {
    private static final String NAME = "[A-Za-z0-9][A-Za-z0-9_.-]{0,127}";
    private final DataSource database;
    private final TriageConfig config;
    private final ActiveRuleSet rules;

    public Imports(DataSource database, TriageConfig config, ActiveRuleSet rules) {
        this.database = database;
        this.config = config;
        this.rules = rules;
    }

    /**
     * Imports the extract {@code name} with positions of {@code date} (today in the configured zone when null).
     *
     * @throws dev.collections.common.ProblemException 422 for a name that is not an inbound directory's, a future date
     */
    public ImportReport run(String name, LocalDate date, String user) {
        LocalDate today = LocalDate.now(config.timeZone());
        LocalDate businessDate = date == null ? today : date;
        Violations v = new Violations().required("extract", name)
                .check(name == null || (name.matches(NAME) && !name.contains("..")), "extract",
                        "is the name of a directory under the inbound directory: letters, digits, _ . -");
        BusinessDates.past(v, "businessDate", businessDate, today).throwIfAny();
        var stages = StageTable.of(rules.requireValid(), rules.fireLimit());
        return new ExtractImport(database, stages).run(config.inboundDirectory().resolve(name), businessDate, user);
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
