package app.caravan.cli;

import app.caravan.app.DeskImportService;
import app.caravan.app.InvalidInputException;
import app.caravan.app.VaultSession;
import app.caravan.domain.KnownDevice;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "conflicts", description = "Sync conflicts: interviews both the desk and a field device changed.",
        subcommands = {ConflictsCommand.ListConflicts.class, ConflictsCommand.Show.class,
            ConflictsCommand.KeepMine.class, ConflictsCommand.KeepTheirs.class, ConflictsCommand.Merge.class})
final class ConflictsCommand {
    @ParentCommand
    CaravanCommand root;

    /** Work in the unlocked vault that may refuse its input. */
    @FunctionalInterface
    interface Work<T> {
        T run(VaultSession session) throws InvalidInputException;
    }

    /** Unlocks the vault, runs, locks, like {@link VaultCommand} one level further down. */
    <T> T inVault(Work<T> work) throws Exception {
        return root.inVault(work::run);
    }

    /** A subcommand about one conflict: its id, the parent's unlock, the output. */
    abstract static class OnConflict implements Callable<Integer> {
        @ParentCommand
        ConflictsCommand parent;

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "ID", description = "The conflict's id, as printed by conflicts list.")
        UUID id;

        PrintWriter out() {
            return spec.commandLine().getOut();
        }
    }

    @Command(name = "list", description = "One line per open conflict: id, pseudonym, device, revisions, received.")
    static final class ListConflicts implements Callable<Integer> {
        @ParentCommand
        ConflictsCommand parent;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            PrintWriter out = spec.commandLine().getOut();
            List<String> lines = parent.inVault(s -> {
                List<KnownDevice> devices = s.keys().knownDevices();
                return s.deskImport().conflicts().stream().map(c -> {
                    var here = s.interviews().get(c.interviewId());
                    String device = devices.stream().filter(d -> d.deviceId().equals(c.deviceId()))
                            .map(KnownDevice::fingerprint).findFirst().orElse(c.deviceId().toString());
                    return Say.of(spec).line("conflicts.line", c.id(), here.pseudonym(), device, here.revision(),
                            c.incomingRevision(), c.receivedAt());
                }).toList();
            });
            lines.forEach(out::println);
            if (lines.isEmpty()) {
                out.println(Say.of(spec).line("conflicts.none"));
            }
            return 0;
        }
    }

    @Command(name = "show", description = {"Prints the proposed merge of a conflict: lines changed on both sides",
        "are between <<<<<<< desk, ======= and >>>>>>> field. Edit it into a file for conflicts merge."})
    static final class Show extends OnConflict {
        @Override
        public Integer call() throws Exception {
            DeskImportService.ConflictDetail d = parent.inVault(s -> s.deskImport().conflict(id));
            PrintWriter out = out();
            out.println(Say.of(spec).line("conflicts.show", d.id(), d.deskPseudonym(), d.deskRevision(),
                    d.deskSegments(), d.incomingPseudonym(), d.incomingRevision(), d.incomingSegments()));
            out.print(d.proposedMerge());
            if (!d.proposedMerge().endsWith("\n")) {
                out.println();
            }
            return 0;
        }
    }

    @Command(name = "keep-mine", description = "Keeps the desk version; the field's is dropped.")
    static final class KeepMine extends OnConflict {
        @Override
        public Integer call() throws Exception {
            parent.inVault(s -> {
                s.deskImport().keepMine(id);
                return null;
            });
            out().println(Say.of(spec).line("conflicts.keptMine", id));
            return 0;
        }
    }

    @Command(name = "keep-theirs", description = "Replaces the desk version by the field's.")
    static final class KeepTheirs extends OnConflict {
        @Override
        public Integer call() throws Exception {
            parent.inVault(s -> {
                s.deskImport().keepTheirs(id);
                return null;
            });
            out().println(Say.of(spec).line("conflicts.keptTheirs", id));
            return 0;
        }
    }

    @Command(name = "merge", description = {"Stores the transcript in FILE (UTF-8, no conflict markers left) with",
        "the desk's metadata and the coded segments of both sides that still fit."})
    static final class Merge extends OnConflict {
        @Option(names = "--file", required = true, paramLabel = "MERGED.txt", description = "The merged transcript.")
        Path file;

        @Override
        public Integer call() throws Exception {
            String transcript = read(file);
            int dropped = parent.inVault(s -> s.deskImport().keepMerged(id, transcript));
            PrintWriter out = out();
            out.println(Say.of(spec).line("conflicts.merged", id, dropped));
            // The file is plaintext interview content outside the vault, which only the user can remove.
            out.println(Say.of(spec).line("conflicts.reminder", file));
            return 0;
        }

        private static String read(Path file) throws IOException, InvalidInputException {
            byte[] bytes = Files.readAllBytes(file);
            try {
                return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            } catch (CharacterCodingException e) {
                throw new InvalidInputException(file + " is not UTF-8 text: save it as UTF-8 and merge again", e);
            } finally {
                Arrays.fill(bytes, (byte) 0);
            }
        }
    }
}
