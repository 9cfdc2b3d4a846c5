package app.caravan.cli;

import app.caravan.app.VaultSession;
import app.caravan.domain.SyncTarget;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "targets", description = "Where caravan sync delivers bundles: folders and WebDAV servers.",
        subcommands = {TargetsCommand.Add.class, TargetsCommand.ListTargets.class, TargetsCommand.Remove.class})
final class TargetsCommand {
    static final String PASSWORD_VARIABLE = "CARAVAN_WEBDAV_PASSWORD";

    @ParentCommand
    CaravanCommand root;

    /** Tests replace the environment; the password never comes from an argument. */
    Function<String, String> environment = System::getenv;

    /** Unlocks the vault, runs, locks, like {@link VaultCommand} one level further down. */
    <T> T inVault(Function<VaultSession, T> work) throws Exception {
        return root.inVault(work::apply);
    }

    @Command(name = "add", description = {"Adds a target: folder PATH, or webdav URL --user NAME.",
        "The WebDAV password comes from " + PASSWORD_VARIABLE + " or --password-file, and is kept in the vault."})
    static final class Add implements Callable<Integer> {
        enum Kind {
            folder,
            webdav
        }

        @ParentCommand
        TargetsCommand parent;

        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "folder|webdav")
        Kind kind;

        @Parameters(index = "1", paramLabel = "PATH|URL")
        String location;

        @Option(names = "--user", paramLabel = "NAME", description = "WebDAV user name.")
        String user;

        @Option(names = "--password-file", paramLabel = "FILE", description = "Read the WebDAV password from the"
                + " first line of FILE.")
        Path passwordFile;

        @Override
        public Integer call() throws Exception {
            SyncTarget added;
            if (kind == Kind.folder) {
                if (user != null || passwordFile != null) {
                    throw new IllegalArgumentException("--user and --password-file are for webdav targets only");
                }
                added = parent.inVault(s -> s.sync().addFolder(Path.of(location)));
            } else {
                if (user == null) {
                    throw new IllegalArgumentException("A webdav target needs --user NAME");
                }
                URI url = URI.create(location);
                char[] password = password();
                try {
                    added = parent.inVault(s -> s.sync().addWebDav(url, user, password));
                } finally {
                    Arrays.fill(password, '\0');
                }
            }
            spec.commandLine().getOut().println(added.id() + "  " + added.label());
            return 0;
        }

        private char[] password() throws IOException {
            if (passwordFile != null) {
                byte[] bytes = Files.readAllBytes(passwordFile);
                try {
                    String text = new String(bytes, StandardCharsets.UTF_8);
                    int end = text.indexOf('\n');
                    return (end < 0 ? text : text.substring(0, end)).replace("\r", "").toCharArray();
                } finally {
                    Arrays.fill(bytes, (byte) 0);
                }
            }
            String fromEnvironment = parent.environment.apply(PASSWORD_VARIABLE);
            if (fromEnvironment == null || fromEnvironment.isEmpty()) {
                throw new IllegalArgumentException("No WebDAV password: set " + PASSWORD_VARIABLE
                        + " or use --password-file FILE");
            }
            return fromEnvironment.toCharArray();
        }
    }

    @Command(name = "list", description = "One line per target: id, kind, location (and user).")
    static final class ListTargets implements Callable<Integer> {
        @ParentCommand
        TargetsCommand parent;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            PrintWriter out = spec.commandLine().getOut();
            var all = parent.inVault(s -> s.sync().targets());
            for (SyncTarget t : all) {
                out.println(t.id() + "  " + t.label());
            }
            if (all.isEmpty()) {
                out.println(Say.of(spec).line("targets.none"));
            }
            return 0;
        }
    }

    @Command(name = "remove", description = "Removes a target (its password goes with it).")
    static final class Remove implements Callable<Integer> {
        @ParentCommand
        TargetsCommand parent;

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "ID", description = "The target's id, as printed by targets list.")
        UUID id;

        @Override
        public Integer call() throws Exception {
            parent.inVault(s -> {
                s.sync().removeTarget(id);
                return null;
            });
            spec.commandLine().getOut().println(Say.of(spec).line("targets.removed", id));
            return 0;
        }
    }
}
