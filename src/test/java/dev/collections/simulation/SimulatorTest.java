package dev.collections.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.collections.rules.RuleFiles;
import dev.collections.rules.RuleSet;
import dev.collections.rules.RuleSetCompiler;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A candidate that lowers the home-visit threshold from 5,000 to 3,000, run over a small extract. */
class SimulatorTest {
    private static final OffsetDateTime AS_OF = OffsetDateTime.parse("2026-11-23T10:00:00+08:00");
    private final RuleSetCompiler compiler = new RuleSetCompiler();
    private final Simulator simulator = new Simulator(ZoneId.of("Asia/Shanghai"), 10_000, 5);
    private final Path candidateDir = RuleFiles.copyOfShippedRules();

    @AfterEach
    void cleanUp() {
        RuleFiles.delete(candidateDir);
    }

    static Path resource(String name) throws URISyntaxException {
        return Path.of(SimulatorTest.class.getResource("/portfolios/" + name).toURI());
    }

    RuleSet lowerVisitThreshold() throws Exception {
        Path parameters = candidateDir.resolve("parameters.drl");
        Files.writeString(parameters, Files.readString(parameters)
                .replace("largeArrears() { return new BigDecimal(\"5000\"); }",
                        "largeArrears() { return new BigDecimal(\"3000\"); }"));
        return compiler.compile(candidateDir);
    }

    @Test
    void theReportShowsWhatChangesForWhichAccounts() throws Exception {
        RuleSet live = compiler.compile(Path.of("rules"));
        SimulationReport report = simulator.run(live, lowerVisitThreshold(),
                PortfolioCsv.read(resource("extract.csv"), AS_OF), AS_OF);
        assertEquals(4, report.accounts());
        assertEquals(1, report.changed());
        assertEquals(Map.of("HOME_VISIT", 1), report.nextActions().get("CALL"));
        assertEquals(1, report.nextActions().get("HOME_VISIT").get("HOME_VISIT"));
        assertEquals(List.of("EX-1"), report.samples().get("next action: CALL -> HOME_VISIT"));
        assertEquals(1, report.rejected().size());
        assertTrue(report.rejected().get(0).startsWith("extract.csv line 5"), report.rejected().toString());
        String html = SimulationHtml.render(report);
        assertTrue(html.contains("<b>1</b> of 4 accounts") && html.contains("EX-1"), html);
    }

    @Test
    void theSameRulesChangeNothing() throws Exception {
        RuleSet live = compiler.compile(Path.of("rules"));
        SimulationReport report = simulator.run(live, live, PortfolioCsv.read(resource("extract.csv"), AS_OF), AS_OF);
        assertEquals(0, report.changed());
        assertTrue(report.samples().isEmpty());
    }

    @Test
    void theUciPortfolioIsMappedToAccounts() throws Exception {
        RuleSet live = compiler.compile(Path.of("rules"));
        SimulationReport report = simulator.run(live, live, PortfolioCsv.read(resource("uci-sample.csv"), AS_OF),
                AS_OF);
        assertEquals(3, report.accounts());
        assertEquals(List.of(), report.rejected());
        // ID 1 is two months late (PAY_0 = 2): 45 days past due (UciMapping), a call; ID 2 and 3 are current
        assertEquals(Map.of("CALL", 1), report.nextActions().get("CALL"));
        assertEquals(Map.of("NONE", 2), report.nextActions().get("NONE"));
    }

    @Test
    void aCandidateIsAllocatedWithinEachTeamsCapacityAsTheNightlyRunWouldBe() throws Exception {
        Path candidateDir = RuleFiles.copyOfShippedRules();
        try {
            // the candidate changes nothing but the district's visit team: 2 a weekday instead of 20
            Files.writeString(candidateDir.resolve("capacity.csv"),
                    "channel,region,weekdays,weekends\nHOME_VISIT,*,2,2\n");
            Path portfolio = Files.createTempFile("visits", ".csv");
            StringBuilder csv = new StringBuilder("accountId,daysPastDue,overdueAmount,outstandingBalance,"
                    + "addressVerified,phoneReachable,region\n");
            for (int i = 1; i <= 5; i++) {
                csv.append("SIM-V").append(i).append(",100,2000,").append(1000 * i).append(",true,false,310101\n");
            }
            Files.writeString(portfolio, csv);
            RuleSet live = compiler.compile(Path.of("rules"));
            RuleSet candidate = compiler.compile(candidateDir);
            SimulationReport report = simulator.run(live, candidate, PortfolioCsv.read(portfolio, AS_OF), AS_OF);
            // the rules decide the same; on the floor, the two largest keep their visit and three are called
            assertEquals(Map.of("HOME_VISIT", 5), report.nextActions().get("HOME_VISIT"));
            assertEquals(Map.of("HOME_VISIT", 2, "CALL", 3), report.floorNextActions().get("HOME_VISIT"));
            assertEquals(Map.of(), report.liveSteppedDown());
            assertEquals(Map.of("HOME_VISIT -> CALL", 3), report.candidateSteppedDown());
            assertTrue(SimulationHtml.render(report).contains("What the floor would do"));
        } finally {
            RuleFiles.delete(candidateDir);
        }
    }
}
