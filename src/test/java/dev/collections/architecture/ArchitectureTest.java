package dev.collections.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The shape of the code, checked on every build: features (the packages right under dev.collections) import each
 * other without cycles; REST request and response types (a feature's {@code rest} package) are used only at that
 * feature's edge; the account model and the rules' vocabulary know no feature. Each rule is also run once on a
 * small fixture that breaks it, so that a rule that could never fail would be noticed.
 */
class ArchitectureTest {
    private static final String ROOT = "dev.collections";
    private static JavaClasses service;
    private static JavaClasses brokenFixture;

    static ArchRule featuresAreFreeOfCycles(String root) {
        return slices().matching(root + ".(*)..").namingSlices("feature $1").should().beFreeOfCycles();
    }

    static ArchRule restTypesStayAtTheirEdge(String root) {
        return noClasses().that().resideInAPackage(root + "..").and().resideOutsideOfPackage("..rest..")
                .should().dependOnClassesThat().resideInAPackage(root + "..rest..")
                .because("REST request and response types belong to the resources that use them");
    }

    static ArchRule restEdgesDoNotShareTypes(String root) {
        return slices().matching(root + ".(*).rest..").namingSlices("REST edge of $1").should().notDependOnEachOther();
    }

    static ArchRule modelKnowsNoFeature() {
        return noClasses().that().resideInAnyPackage(ROOT + ".model..", ROOT + ".policy..", ROOT + ".common..")
                .should().dependOnClassesThat().resideInAnyPackage(ROOT + ".account..", ROOT + ".assessment..",
                        ROOT + ".console..", ROOT + ".decision..", ROOT + ".experiment..", ROOT + ".extract..", ROOT + ".rules..", ROOT + ".simulation..",
                        ROOT + ".triage..");
    }

    /** The account's tables: read by the account feature only (its cursor and bulk queries), written by it and the import. */
    static final java.util.List<String> ACCOUNT_TABLES = java.util.List.of("account", "contact_attempt",
            "promise_to_pay", "arrangement", "hardship_case", "dispute", "complaint", "account_placement");

    static ArchRule bulkFeaturesAskTheAccountForItsRecord(String root) {
        return noClasses().that().resideInAnyPackage(root + ".triage..", root + ".extract..", root + ".simulation..")
                .should(com.tngtech.archunit.lang.conditions.ArchConditions.not(SqlText.notRead(ACCOUNT_TABLES)))
                .because("the account's storage belongs to account: the triage, the import and the simulation ask it"
                        + " (PortfolioCursor, PortfolioQueries) instead of restating its tables");
    }

    @BeforeAll
    static void importClasses() {
        service = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(ROOT);
        brokenFixture = new ClassFileImporter().importPackages(ROOT + ".architecture.fixture");
    }

    @Test
    void featurePackagesHaveNoCycles() {
        featuresAreFreeOfCycles(ROOT).check(service);
    }

    @Test
    void restTypesAreUsedOnlyAtTheirFeaturesEdge() {
        restTypesStayAtTheirEdge(ROOT).check(service);
        restEdgesDoNotShareTypes(ROOT).check(service);
    }

    @Test
    void theModelAndTheVocabularyKnowNoFeature() {
        modelKnowsNoFeature().check(service);
    }

    @Test
    void theTriageTheImportAndTheSimulationDoNotReadTheAccountTables() {
        bulkFeaturesAskTheAccountForItsRecord(ROOT).check(service);
    }

    @Test
    void theRulesFailOnCodeThatBreaksThem() {
        String fixture = ROOT + ".architecture.fixture";
        assertFalse(featuresAreFreeOfCycles(fixture).evaluate(brokenFixture).getFailureReport().isEmpty(),
                "a cycle between two feature packages must be reported");
        assertFalse(restTypesStayAtTheirEdge(fixture).evaluate(brokenFixture).getFailureReport().isEmpty(),
                "a REST type used by a service must be reported");
        assertFalse(bulkFeaturesAskTheAccountForItsRecord(fixture).evaluate(brokenFixture).getFailureReport()
                .isEmpty(), "a triage class reading a case table must be reported");
    }
}
