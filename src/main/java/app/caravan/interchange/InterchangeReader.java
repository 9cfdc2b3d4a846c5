package app.caravan.interchange;

import app.caravan.domain.Problem;
import app.caravan.domain.IdentifiedInterview;
import app.caravan.domain.Vocabulary;
import app.caravan.domain.VocabularyIndex;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * Reads Caravan interchange JSON, version 1 (DESIGN.md). The whole file is validated before
 * anything is returned, so the caller can import all of it or nothing; the first problem found
 * is reported as an {@link InterchangeException} naming its path.
 *
 * <p>City, profession and theme values may be keys or names in any script or case; the returned
 * interviews hold keys, and the returned document lists the vocabulary entries the vault has to
 * add first. One reader may be used for several files; each read starts from the vocabulary
 * given here.
 */
public final class InterchangeReader {
    public static final String FORMAT = "caravan-interviews";
    public static final int VERSION = 1;

    private static final Set<String> TOP_LEVEL_FIELDS = Set.of("format", "version", "interviews", "vocabulary");

    private final Vocabulary vocabulary;
    private final Clock clock;
    /** Built at the first read and kept, so a reader used for many small files folds the vocabulary once. */
    private VocabularyIndex index;

    public InterchangeReader(Vocabulary vocabulary) {
        this(vocabulary, Clock.systemUTC());
    }

    /** {@code clock} stamps createdAt and updatedAt of interviews that do not carry them. */
    public InterchangeReader(Vocabulary vocabulary, Clock clock) {
        this.vocabulary = Objects.requireNonNull(vocabulary, "vocabulary");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public InterchangeDocument read(Path file) throws InterchangeException, IOException {
        return read(Files.readAllBytes(file));
    }

    /**
     * Reads the stream to its end; does not close it.
     *
     * @throws UncheckedIOException when the stream itself fails, which says nothing about the file
     */
    public InterchangeDocument read(InputStream in) throws InterchangeException {
        byte[] bytes;
        try {
            bytes = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return read(bytes);
    }

    /** Reads a whole file's bytes. A reader may read many files one after another, not several at once. */
    public InterchangeDocument read(byte[] bytes) throws InterchangeException {
        JsonFields top = JsonFields.of(JsonSource.parse(bytes), "", -1);
        // Format and version first: another tool's JSON deserves "not our format", not a list of typos.
        checkFormat(top);
        checkVersion(top);
        top.rejectUnknown(TOP_LEVEL_FIELDS);

        if (index == null) {
            index = vocabulary.index();
        }
        VocabularyResolver resolver = new VocabularyResolver(vocabulary, index);
        JsonFields section = top.object("vocabulary");
        if (section != null) {
            new VocabularySection(resolver).read(section);
        }
        if (!top.has("interviews")) {
            throw top.error("interviews", Problem.of("json.required"));
        }
        InterviewMapper mapper = new InterviewMapper(resolver, clock.instant());
        List<IdentifiedInterview> interviews = new ArrayList<>();
        Map<UUID, Integer> ids = new HashMap<>();
        List<JsonFields> records = top.records("interviews");
        for (int i = 0; i < records.size(); i++) {
            JsonFields record = records.get(i);
            IdentifiedInterview interview = mapper.map(record);
            Integer earlier = ids.putIfAbsent(interview.interview().id(), i);
            if (earlier != null) {
                throw record.error("id", Problem.of("interchange.duplicateId", earlier));
            }
            interviews.add(interview);
        }
        return new InterchangeDocument(interviews, resolver.newCities(), resolver.newProfessions(),
                resolver.newThemes());
    }

    private static void checkFormat(JsonFields top) throws InterchangeException {
        if (!top.has("format")) {
            throw top.error("format", Problem.of("interchange.formatRequired", FORMAT));
        }
        String format = top.string("format");
        if (!FORMAT.equals(format)) {
            throw top.error("format", Problem.of("interchange.notFormat", JsonFields.quote(format), FORMAT));
        }
    }

    private static void checkVersion(JsonFields top) throws InterchangeException {
        if (!top.has("version")) {
            throw top.error("version", Problem.of("interchange.versionRequired", VERSION));
        }
        long version = top.nonNegativeLong("version", VERSION);
        if (version != VERSION) {
            throw top.error("version", Problem.of("interchange.versionUnsupported", version, VERSION));
        }
    }
}
