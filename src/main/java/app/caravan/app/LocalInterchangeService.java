package app.caravan.app;

import app.caravan.domain.City;
import app.caravan.domain.IdentifiedInterview;
import app.caravan.domain.Problem;
import app.caravan.domain.Profession;
import app.caravan.domain.Theme;
import app.caravan.interchange.InterchangeDocument;
import app.caravan.interchange.InterchangeException;
import app.caravan.interchange.InterchangeReader;
import app.caravan.interchange.InterchangeWriter;
import app.caravan.storage.InterviewStore;
import app.caravan.storage.StorageException;
import app.caravan.storage.TombstoneStore;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

final class LocalInterchangeService implements InterchangeService {
    private final InterviewStore store;
    private final TombstoneStore tombstones;
    private final LocalVocabularyService vocabulary;
    private final SettingsService settings;
    private final Clock clock;

    LocalInterchangeService(InterviewStore store, TombstoneStore tombstones, LocalVocabularyService vocabulary,
            SettingsService settings, Clock clock) {
        this.store = store;
        this.tombstones = tombstones;
        this.vocabulary = vocabulary;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public ImportReport importFile(Path file) throws InvalidInputException {
        InterchangeDocument document;
        try {
            document = new InterchangeReader(vocabulary.current(), clock).read(file);
        } catch (NoSuchFileException e) {
            throw new InvalidInputException(file + ": no such file");
        } catch (IOException e) {
            throw new InvalidInputException(file + ": cannot be read (" + e.getMessage() + ")", e);
        } catch (InterchangeException e) {
            throw new InvalidInputException(Problem.of("interchange.file", String.valueOf(file.getFileName()), e), e);
        }
        return importDocument(String.valueOf(file.getFileName()), document);
    }

    @Override
    public ImportReport importStream(String name, InputStream in) throws InvalidInputException {
        InterchangeDocument document;
        try {
            document = new InterchangeReader(vocabulary.current(), clock).read(in);
        } catch (UncheckedIOException e) {
            throw new InvalidInputException(name + ": cannot be read (" + e.getCause().getMessage() + ")", e);
        } catch (InterchangeException e) {
            throw new InvalidInputException(Problem.of("interchange.file", name, e), e);
        }
        return importDocument(name, document);
    }

    private ImportReport importDocument(String name, InterchangeDocument document) throws InvalidInputException {
        List<UUID> clashes;
        try {
            clashes = store.importAll(document.newCities(), document.newProfessions(), document.newThemes(),
                    document.interviews(), importedBy(), clock.instant());
        } catch (StorageException e) {
            String reason = e.valueTooLong().orElseThrow(() -> e);
            throw new InvalidInputException(name + ": " + reason + "; nothing was imported", e);
        }
        vocabulary.refresh();
        if (!clashes.isEmpty()) {
            List<UUID> ids = document.interviews().stream().map(i -> i.interview().id()).collect(Collectors.toList());
            int index = ids.indexOf(clashes.get(0));
            if (tombstones.find(clashes.get(0)).isPresent()) {
                throw new InvalidInputException(name + ": interviews[" + index + "].id: the interview "
                        + clashes.get(0) + " was withdrawn and purged from this vault and cannot be imported again;"
                        + " nothing was imported");
            }
            throw new InvalidInputException(name + ": interviews[" + index + "].id: an interview with id "
                    + clashes.get(0) + " is already in this vault; nothing was imported");
        }
        return new ImportReport(document.interviews().size(),
                document.newCities().stream().map(City::name).collect(Collectors.toList()),
                document.newProfessions().stream().map(Profession::name).collect(Collectors.toList()),
                document.newThemes().stream().map(Theme::name).collect(Collectors.toList()));
    }

    /** The vault's user, recorded in the audit log as who imported. */
    private String importedBy() {
        String name = settings.userName();
        return name == null || name.isBlank() ? "unknown" : name;
    }

    /**
     * Writes next to the target and renames, so a crash or a full disk never leaves a truncated
     * file under the requested name.
     */
    @Override
    public int exportFile(Path file) {
        List<IdentifiedInterview> all = store.everything();
        Path target = file.toAbsolutePath();
        Path temp = target.resolveSibling(target.getFileName() + ".part");
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE,
                    StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE);
                    OutputStream out = Channels.newOutputStream(channel)) {
                new InterchangeWriter().write(out, all, vocabulary.current());
                out.flush();
                channel.force(true);
            }
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException ignored) {
                // report the original failure
            }
            throw new UncheckedIOException("Cannot write " + target + ": " + e.getMessage(), e);
        }
        return all.size();
    }
}
