package app.caravan.cli;

import app.caravan.app.ImportReport;
import app.caravan.app.VaultSession;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "import", description = {"Import Caravan interchange JSON, all or nothing.",
    "Prints 'imported N'; names that were new to the vocabularies are reported on stderr."})
final class ImportCommand extends VaultCommand {
    @Parameters(paramLabel = "FILE.json", description = "Caravan interchange JSON, version 1.")
    Path file;

    @Override
    int run(VaultSession session) throws Exception {
        ImportReport report = session.interchange().importFile(file);
        report.addedCities().forEach(n -> err().println("note: added the city '" + n + "' to the vocabulary"));
        report.addedProfessions().forEach(n -> err().println("note: added the profession '" + n + "' to the vocabulary"));
        report.addedThemes().forEach(n -> err().println("note: added the theme '" + n + "' to the codebook"));
        out().println("imported " + report.imported());
        return 0;
    }
}
