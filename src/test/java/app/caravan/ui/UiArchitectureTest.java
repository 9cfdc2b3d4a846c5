package app.caravan.ui;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The UI talks to the app layer only, and only its entry point knows the real vault service. */
class UiArchitectureTest {
    private static final JavaClasses UI = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("app.caravan.ui");

    @Test
    void uiUsesNeitherStorageNorCryptoNorJdbc() {
        noClasses().that().resideInAPackage("app.caravan.ui..")
                .should().dependOnClassesThat().resideInAnyPackage("app.caravan.storage..", "app.caravan.crypto..",
                        "app.caravan.interchange..", "java.sql..")
                .check(UI);
    }

    @Test
    void onlyTheEntryPointNamesTheRealVaultService() {
        noClasses().that().resideInAPackage("app.caravan.ui..").and().doNotHaveFullyQualifiedName(
                        DesktopApp.class.getName())
                .should().dependOnClassesThat().haveSimpleName("LocalVaultService")
                .check(UI);
    }

    @Test
    void theMainClassCanStartTheDesktopApp() throws Exception {
        // app.caravan.Caravan finds this method by name, so a rename would only fail at run time.
        Method run = DesktopApp.class.getMethod("run", Path.class);
        assertTrue(Modifier.isStatic(run.getModifiers()) && Modifier.isPublic(run.getModifiers()));
    }

    @Test
    void theMainClassCanStartTheSmokeTest() throws Exception {
        // Found by name as well, for `caravan --smoke-test OUT.png`; it returns the exit code.
        Method smokeTest = DesktopApp.class.getMethod("smokeTest", Path.class);
        assertTrue(Modifier.isStatic(smokeTest.getModifiers()) && smokeTest.getReturnType() == int.class);
    }
}
