package dev.collections.rules;

import dev.collections.common.CommandException;
import dev.collections.common.Sha256;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.stream.Stream;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.drools.decisiontable.InputType;
import org.drools.decisiontable.SpreadsheetCompiler;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;

/**
 * Compiles every rule file of a directory into one KieBase at run time (classic DRL compilation, no build-time
 * model), so that analysts' files are read as they are on disk. Rule files are DRL ({@code *.drl}) and
 * spreadsheet decision tables ({@code *.drl.csv}, {@code *.drl.xlsx}), which are turned into DRL first. The teams'
 * default capacity ({@code capacity.csv}) is read with them: part of the version, refused with them when wrong.
 */
public final class RuleSetCompiler {
    private static final String DRL = ".drl";
    private static final String CSV_TABLE = ".drl.csv";
    private static final String XLSX_TABLE = ".drl.xlsx";
    private static final String RESOURCES = "src/main/resources/";
    private static final String PACKAGE_FOLDER = "rules/";
    private static final String RESOURCE_ROOT = RESOURCES + PACKAGE_FOLDER;

    private final Class<? extends KieBuilder.ProjectType> projectType;

    /** The classic DRL build: the service's (bench/README.md compares it with the executable model). */
    public RuleSetCompiler() {
        this(null);
    }

    /**
     * {@code projectType}: another KIE build of the same files (null: the classic one); the engine benchmark's
     * way to build Drools' executable model, whose rules carry no file and whose errors no line.
     */
    public RuleSetCompiler(Class<? extends KieBuilder.ProjectType> projectType) {
        this.projectType = projectType;
    }

    /** The rules of a directory for a command: compiled, or a {@link CommandException} naming each mistake. */
    public RuleSet compileForCommand(Path directory) {
        RuleSet set = compile(directory);
        if (!set.isValid()) {
            StringBuilder message = new StringBuilder("The rules in " + set.directory() + " do not compile:");
            set.errors().forEach(e -> message.append("\n  ").append(e.file() == null ? "" : e.file())
                    .append(e.line() == null ? "" : " line " + e.line()).append(": ").append(e.message()));
            throw new CommandException(1, message.toString());
        }
        return set;
    }

    public RuleSet compile(Path directory) {
        String dir = directory.toString();
        if (!Files.isDirectory(directory)) {
            return failed(dir, "sha256:none", List.of(), "The rules directory does not exist: " + dir);
        }
        List<Path> paths = ruleFiles(directory);
        List<RuleSet.RuleFile> files = new ArrayList<>();
        Sha256 version = Sha256.start();
        KieServices kie = KieServices.Factory.get();
        KieFileSystem kfs = kie.newKieFileSystem();
        List<RuleSet.RuleError> tableErrors = new ArrayList<>();
        Map<String, String> drlByFile = new HashMap<>();
        CapacityTable capacity = CapacityTable.UNLIMITED;
        Path capacityFile = directory.resolve(CapacityTable.FILE);
        if (Files.isRegularFile(capacityFile)) {
            byte[] content = read(capacityFile);
            files.add(new RuleSet.RuleFile(CapacityTable.FILE, Sha256.hex(content)));
            version.add(CapacityTable.FILE).separator().add(content).separator();
            var parsed = CapacityTable.parse(new String(content, StandardCharsets.UTF_8));
            parsed.errors().forEach(e -> tableErrors.add(new RuleSet.RuleError(CapacityTable.FILE, null, e)));
            capacity = parsed.table();
        }
        Map<String, String> languageFiles = new java.util.TreeMap<>();
        for (java.util.Locale language : Texts.LANGUAGES) {
            String name = Texts.file(language.getLanguage());
            Path file = directory.resolve(name);
            if (Files.isRegularFile(file)) {
                byte[] content = read(file);
                files.add(new RuleSet.RuleFile(name, Sha256.hex(content)));
                version.add(name).separator().add(content).separator();
                languageFiles.put(language.getLanguage(), new String(content, StandardCharsets.UTF_8));
            }
        }
        for (Path path : paths) {
            String name = directory.relativize(path).toString().replace('\\', '/');
            byte[] content = read(path);
            files.add(new RuleSet.RuleFile(name, Sha256.hex(content)));
            version.add(name).separator().add(content).separator();
            if (name.endsWith(DRL)) {
                kfs.write(RESOURCE_ROOT + name, content);
                drlByFile.put(name, new String(content, StandardCharsets.UTF_8));
            } else {
                try {
                    kfs.write(RESOURCE_ROOT + name + DRL, tableToDrl(name, content));
                } catch (RuntimeException e) {
                    tableErrors.add(new RuleSet.RuleError(name, null, "The decision table could not be read: "
                            + e.getMessage()));
                }
            }
        }
        String hash = "sha256:" + version.hex();
        if (paths.isEmpty()) {
            return failed(dir, hash, files, "The rules directory holds no rule files: " + dir);
        }
        ReleaseId releaseId = kie.newReleaseId("dev.collections", "rules", hash.substring(7, 23));
        kfs.generateAndWritePomXML(releaseId);
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        KieBuilder builder = projectType == null ? kie.newKieBuilder(kfs, loader).buildAll()
                : kie.newKieBuilder(kfs, loader).buildAll(projectType);
        List<RuleSet.RuleError> errors = new ArrayList<>(tableErrors);
        builder.getResults().getMessages(Message.Level.ERROR).forEach(m -> errors.add(error(m)));
        if (!errors.isEmpty()) {
            return new RuleSet(hash, dir, Instant.now(), files, List.of(), AnalystErrors.explain(errors, drlByFile),
                    null);
        }
        KieBase kieBase = kie.newKieContainer(releaseId, loader).getKieBase();
        kie.getRepository().removeKieModule(releaseId);
        List<RuleSet.RuleInfo> rules = rulesOf(kieBase, drlByFile);
        Texts texts = Texts.parse(languageFiles, rules.stream().map(RuleSet.RuleInfo::name)
                .collect(java.util.stream.Collectors.toSet()));
        List<RuleSet.RuleError> textErrors = new ArrayList<>();
        texts.errors().forEach(e -> textErrors.add(new RuleSet.RuleError(e.substring(0, e.indexOf(':')), null,
                e.substring(e.indexOf(':') + 2))));
        if (texts.errors().isEmpty()) {
            TextKeys.missing(drlByFile, texts).forEach(textErrors::add);
        }
        if (!textErrors.isEmpty()) {
            return new RuleSet(hash, dir, Instant.now(), files, rules, textErrors, null);
        }
        return new RuleSet(hash, dir, Instant.now(), files, rules, List.of(), kieBase, capacity, texts);
    }

    /** A decision table becomes DRL text; its rows' cells are quoted in comments ("rule values at A10"). */
    private static byte[] tableToDrl(String name, byte[] content) {
        InputType type = name.endsWith(CSV_TABLE) ? InputType.CSV : InputType.XLS;
        String drl = new SpreadsheetCompiler().compile(new ByteArrayInputStream(content), type);
        return drl.getBytes(StandardCharsets.UTF_8);
    }

    /** A build error, named by the analyst's file; a line of the DRL made from a table means nothing to them. */
    private static RuleSet.RuleError error(Message m) {
        String file = strip(m.getPath());
        boolean table = file != null && !file.endsWith(DRL);
        Integer line = m.getLine() > 0 && !table ? m.getLine() : null;
        return new RuleSet.RuleError(file, line, table ? "in the rules made from this table: " + m.getText()
                : m.getText());
    }

    private static RuleSet failed(String dir, String hash, List<RuleSet.RuleFile> files, String message) {
        return new RuleSet(hash, dir, Instant.now(), files, List.of(),
                List.of(new RuleSet.RuleError(null, null, message)), null);
    }

    private static List<Path> ruleFiles(Path directory) {
        try (Stream<Path> walk = Files.walk(directory)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> isRuleFile(p.getFileName().toString()))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static boolean isRuleFile(String name) {
        return name.endsWith(DRL) || name.endsWith(CSV_TABLE) || name.endsWith(XLSX_TABLE);
    }

    private static List<RuleSet.RuleInfo> rulesOf(KieBase kieBase, Map<String, String> drlByFile) {
        List<RuleSet.RuleInfo> rules = new ArrayList<>();
        for (KiePackage pkg : kieBase.getKiePackages()) {
            for (Rule rule : pkg.getRules()) {
                String file = rule instanceof RuleImpl impl && impl.getResource() != null
                        ? strip(impl.getResource().getSourcePath()) : null;
                rules.add(new RuleSet.RuleInfo(rule.getName(), file,
                        policyComment(drlByFile.get(file), rule.getName())));
            }
        }
        rules.sort(java.util.Comparator.comparing((RuleSet.RuleInfo r) -> String.valueOf(r.file()))
                .thenComparing(RuleSet.RuleInfo::name));
        return List.copyOf(rules);
    }

    /** The comment lines right above {@code rule "name"} in its DRL (the policy line it cites), or null. */
    static String policyComment(String drl, String name) {
        if (drl == null) {
            return null;
        }
        List<String> lines = drl.lines().toList();
        String header = "rule \"" + name + "\"";
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).strip().startsWith(header)) {
                var comment = new java.util.ArrayDeque<String>();
                for (int j = i - 1; j >= 0 && lines.get(j).strip().startsWith("//"); j--) {
                    comment.addFirst(lines.get(j).strip().substring(2).strip());
                }
                return comment.isEmpty() ? null : String.join(" ", comment);
            }
        }
        return null;
    }

    private static String strip(String path) {
        if (path == null) {
            return null;
        }
        String relative = path.startsWith(RESOURCES) ? path.substring(RESOURCES.length()) : path;
        relative = relative.startsWith(PACKAGE_FOLDER) ? relative.substring(PACKAGE_FOLDER.length()) : relative;
        boolean fromTable = relative.endsWith(CSV_TABLE + DRL) || relative.endsWith(XLSX_TABLE + DRL);
        return fromTable ? relative.substring(0, relative.length() - DRL.length()) : relative;
    }

    private static byte[] read(Path path) {
        try {
            return Files.readAllBytes(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
