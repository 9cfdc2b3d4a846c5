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
        report.addedCities().forEach(n -> err().println(say("import.city", n)));
        report.addedProfessions().forEach(n -> err().println(say("import.profession", n)));
        report.addedThemes().forEach(n -> err().println(say("import.theme", n)));
        out().println(say("import.done", report.imported()));
        return 0;
    }
}
