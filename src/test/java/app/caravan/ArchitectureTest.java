package app.caravan;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The layer rule of DESIGN.md: ui → app → storage → domain, side modules (crypto, interchange,
 * cli) used from above, never the other way round; the domain is plain Java.
 */
class ArchitectureTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("app.caravan");
    }

    @Test
    void layersOnlyDependDownwards() {
        layeredArchitecture()
                .consideringOnlyDependenciesInLayers()
                .withOptionalLayers(true)
                .layer("Entry").definedBy("app.caravan")
                .layer("UI").definedBy("app.caravan.ui..")
                .layer("CLI").definedBy("app.caravan.cli..")
                .layer("App").definedBy("app.caravan.app..")
                .layer("Interchange").definedBy("app.caravan.interchange..")
                .layer("Exchange").definedBy("app.caravan.exchange..")
                .layer("Anonymize").definedBy("app.caravan.anonymize..")
                .layer("Storage").definedBy("app.caravan.storage..")
                .layer("Crypto").definedBy("app.caravan.crypto..")
                .layer("Domain").definedBy("app.caravan.domain..")
                .whereLayer("UI").mayOnlyBeAccessedByLayers("Entry")
                .whereLayer("CLI").mayOnlyBeAccessedByLayers("Entry")
                .whereLayer("App").mayOnlyBeAccessedByLayers("Entry", "UI", "CLI")
                .whereLayer("Interchange").mayOnlyBeAccessedByLayers("App", "Exchange")
                .whereLayer("Exchange").mayOnlyBeAccessedByLayers("App")
                .whereLayer("Anonymize").mayOnlyBeAccessedByLayers("App")
                .whereLayer("Storage").mayOnlyBeAccessedByLayers("App")
                .whereLayer("Crypto").mayOnlyBeAccessedByLayers("App", "Storage", "Exchange", "Anonymize")
                .whereLayer("Domain").mayOnlyBeAccessedByLayers("Entry", "UI", "CLI", "App", "Interchange", "Exchange",
                        "Storage", "Anonymize")
                .check(classes);
    }

    @Test
    void domainIsPlainJava() {
        noClasses().that().resideInAPackage("app.caravan.domain..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "java.sql..", "javax.sql..",
                        "com.fasterxml..", "org.h2..", "org.flywaydb..", "picocli..")
                .check(classes);
    }

    @Test
    void onlyTheUserInterfaceUsesJavaFx() {
        noClasses().that().resideOutsideOfPackage("app.caravan.ui..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "atlantafx..")
                .check(classes);
    }

    @Test
    void sqlStaysInStorage() {
        noClasses().that().resideOutsideOfPackage("app.caravan.storage..")
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "org.h2..", "org.flywaydb..")
                .check(classes);
    }

    @Test
    void theCommandLineNeverReachesTheDesktopUi() {
        classes().that().resideInAPackage("app.caravan.cli..")
                .should().onlyDependOnClassesThat().resideOutsideOfPackage("app.caravan.ui..")
                .check(classes);
    }
}
