package app.caravan.cli;

import app.caravan.app.VaultSession;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "export-json", description = {"Export the whole vault as interchange JSON, lossless.",
    "The file INCLUDES real names and contacts: keep it somewhere safe and delete it after use."})
final class ExportJsonCommand extends VaultCommand {
    @Parameters(paramLabel = "FILE.json", description = "Where to write (replaced atomically if it exists).")
    Path file;

    @Override
    int run(VaultSession session) {
        int count = session.interchange().exportFile(file);
        out().println(say("exportJson.done", count));
        return 0;
    }
}
