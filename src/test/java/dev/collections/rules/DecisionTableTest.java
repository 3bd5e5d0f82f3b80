package dev.collections.rules;

import dev.collections.common.CsvReader;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.collections.rules.RulesCheck;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Spreadsheet decision tables are rule files like DRL: compiled, checked by the scenarios, errors named by file. */
class DecisionTableTest {
    private final RuleSetCompiler compiler = new RuleSetCompiler();
    private final Path dir = RuleFiles.copyOfShippedRules();

    @AfterEach
    void cleanUp() {
        RuleFiles.delete(dir);
    }

    @Test
    void theShippedContactCapsTableMakesOneRulePerRow() {
        RuleSet ruleSet = compiler.compile(Path.of("rules"));
        List<String> fromTable = ruleSet.rules().stream().filter(r -> "contact-caps.drl.csv".equals(r.file()))
                .map(RuleSet.RuleInfo::name).toList();
        assertEquals(5, fromTable.size(), fromTable.toString());
        assertTrue(fromTable.contains("No more than 7 calls in any 7 x 24 hours"));
    }

    @Test
    void aBrokenTableIsRefusedAndNamedByItsFile() throws Exception {
        Path table = dir.resolve("contact-caps.drl.csv");
        Files.writeString(table, Files.readString(table).replace("attemptsOnLocalDay(", "attemptsOnLocalDai("));
        RuleSet ruleSet = compiler.compile(dir);
        assertFalse(ruleSet.isValid());
        assertTrue(ruleSet.errors().stream().anyMatch(e -> "contact-caps.drl.csv".equals(e.file())),
                ruleSet.errors().toString());
    }

    @Test
    void aTableThatChangesACapIsCaughtByTheScenarios() throws Exception {
        Path table = dir.resolve("contact-caps.drl.csv");
        Files.writeString(table, Files.readString(table).replace("\"CALL, 3\"", "\"CALL, 4\""));
        RulesCheck.Report report = new RulesCheck(ZoneId.of("Asia/Shanghai"), 10_000).check(dir);
        assertTrue(report.ruleSet().isValid());
        assertFalse(report.activatable());
        assertTrue(report.failures().stream().anyMatch(f -> f.scenario().name()
                .equals("Three calls today, whatever their outcome, move the next call to tomorrow 08:00")));
    }

    @Test
    void anExcelTableWorksLikeTheCsvOne() throws Exception {
        Path csv = dir.resolve("contact-caps.drl.csv");
        List<String> lines = Files.readAllLines(csv);
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out =
                Files.newOutputStream(dir.resolve("contact-caps.drl.xlsx"))) {
            Sheet sheet = workbook.createSheet("Contact caps");
            for (int r = 0; r < lines.size(); r++) {
                Row row = sheet.createRow(r);
                List<String> cells = CsvReader.cells(lines.get(r));
                for (int c = 0; c < cells.size(); c++) {
                    row.createCell(c).setCellValue(cells.get(c));
                }
            }
            workbook.write(out);
        }
        Files.delete(csv);
        RulesCheck.Report report = new RulesCheck(ZoneId.of("Asia/Shanghai"), 10_000).check(dir);
        assertTrue(report.passed(), () -> report.refusals() + " unfired " + report.unfiredRules());
        assertEquals(5, report.ruleSet().rules().stream()
                .filter(r -> "contact-caps.drl.xlsx".equals(r.file())).count());
    }
}
