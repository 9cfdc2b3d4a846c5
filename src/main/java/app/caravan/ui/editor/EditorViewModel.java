package app.caravan.ui.editor;

import app.caravan.domain.AgeBand;
import app.caravan.domain.Consent;
import app.caravan.domain.Gender;
import app.caravan.domain.Identity;
import app.caravan.domain.Interview;
import app.caravan.domain.Note;
import app.caravan.domain.Segment;
import app.caravan.domain.Status;
import app.caravan.domain.Timecode;
import app.caravan.domain.Vocabulary;
import app.caravan.domain.Wave;
import app.caravan.ui.common.I18n;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The interview editor's state (JabRef-style MVVM): one property per field of {@link Interview},
 * validation, coding of transcript segments and notes. It knows nothing about controls and
 * runs without a JavaFX toolkit; saving is {@link Autosave}'s job.
 */
public final class EditorViewModel {
    // Properties
    public final StringProperty pseudonym = new SimpleStringProperty("");
    public final ObjectProperty<LocalDate> interviewedDate = new SimpleObjectProperty<>();
    public final StringProperty interviewedTime = new SimpleStringProperty("");
    public final StringProperty interviewer = new SimpleStringProperty("");
    public final StringProperty language = new SimpleStringProperty("");
    public final StringProperty place = new SimpleStringProperty("");
    public final StringProperty currentCity = new SimpleStringProperty("");
    public final StringProperty originCity = new SimpleStringProperty("");
    public final StringProperty profession = new SimpleStringProperty("");
    public final ObjectProperty<AgeBand> ageBand = new SimpleObjectProperty<>();
    public final ObjectProperty<Gender> gender = new SimpleObjectProperty<>();
    public final ObjectProperty<LocalDate> departureDate = new SimpleObjectProperty<>();
    public final ObjectProperty<Wave> wave = new SimpleObjectProperty<>();
    public final ObservableList<String> themes = FXCollections.observableArrayList();
    public final ObjectProperty<Status> status = new SimpleObjectProperty<>(Status.DRAFT);
    public final StringProperty transcript = new SimpleStringProperty("");
    public final ObservableList<Segment> segments = FXCollections.observableArrayList();
    public final ObservableList<Note> notes = FXCollections.observableArrayList();
    public final ConsentModel consent;
    public final IdentityModel identity = new IdentityModel();
    public final CodingModel coding;

    // Consent gating
    /** Transcript, coding and notes may be edited: participation is consented and not withdrawn. */
    public final BooleanBinding contentAllowed;
    public final BooleanBinding withdrawn;
    /** Participation cannot be taken back by unticking once there is content: that is a withdrawal. */
    public final BooleanBinding participationLocked;

    // Validation and messages
    public final StringProperty pseudonymError = new SimpleStringProperty();
    public final StringProperty interviewedError = new SimpleStringProperty();
    private final ReadOnlyStringWrapper interviewedOffset = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper consentMessage = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Interview> base = new ReadOnlyObjectWrapper<>();

    private final I18n i18n;
    private final Clock clock;
    private boolean loading;
    private boolean exactEdit;
    private Runnable onEdited = () -> { };
    private Runnable onIdentityEdited = () -> { };

    public EditorViewModel(I18n i18n, Clock clock) {
        this.i18n = i18n;
        this.clock = clock;
        this.consent = new ConsentModel(clock);
        this.withdrawn = consent.withdrawnDate.isNotNull();
        this.contentAllowed = consent.participation.and(withdrawn.not());
        BooleanBinding hasContent = Bindings.createBooleanBinding(
                () -> !transcript.get().isEmpty() || !segments.isEmpty() || !notes.isEmpty(), transcript, segments, notes);
        this.participationLocked = consent.participation.and(hasContent);
        this.coding = new CodingModel(segments, () -> transcript.get().length(), contentAllowed::get,
                consent.verbatimQuotes::get, i18n);
        List<Observable> fields = new ArrayList<>(List.of(pseudonym, interviewedDate, interviewedTime, interviewer,
                language, place, currentCity, originCity, profession, ageBand, gender, departureDate, wave, themes,
                status, transcript, segments, notes));
        fields.addAll(consent.observables());
        fields.forEach(field -> onChange(field, this::edited));
        identity.observables().forEach(field -> onChange(field, () -> {
            if (!identity.isLoading() && identity.revealed.get()) {
                onIdentityEdited.run();
            }
        }));
        transcript.addListener((obs, before, after) -> shiftSegments(before, after));
        consent.verbatimQuotes.addListener((obs, was, now) -> {
            if (!loading && was && !now) {
                int unmarked = coding.unmarkQuotes();
                consentMessage.set(unmarked > 0 ? i18n.format("editor.quotes.unmarked", unmarked) : "");
            }
        });
        // Once consent unlocks the transcript, "record consent first" is no longer true.
        contentAllowed.addListener((obs, was, now) -> {
            if (now) {
                coding.clearMessage();
            }
        });
        interviewedDate.addListener(o -> updateOffset());
        interviewedTime.addListener(o -> updateOffset());
    }

    // Commands

    /** Shows {@code interview} (identity hidden); edits from here on are changes to it. */
    public void load(Interview interview, Vocabulary vocabulary) {
        loading = true;
        try {
            base.set(interview);
            pseudonym.set(interview.pseudonym());
            interviewedDate.set(interview.interviewedAt().toLocalDate());
            interviewedTime.set(DateTimes.formatTime(interview.interviewedAt()));
            interviewer.set(nullToEmpty(interview.interviewer()));
            language.set(nullToEmpty(interview.language()));
            place.set(InterviewAssembler.cityName(vocabulary, interview.place()));
            currentCity.set(InterviewAssembler.cityName(vocabulary, interview.currentCity()));
            originCity.set(InterviewAssembler.cityName(vocabulary, interview.originCity()));
            profession.set(InterviewAssembler.professionName(vocabulary, interview.profession()));
            ageBand.set(interview.ageBand());
            gender.set(interview.gender());
            departureDate.set(interview.departure().date());
            wave.set(interview.departure().wave());
            themes.setAll(interview.themes());
            status.set(interview.status());
            // Segments first: the transcript view highlights them as soon as it gets the new text.
            segments.setAll(interview.segments());
            transcript.set(interview.transcript());
            notes.setAll(interview.notes());
            consent.load(interview.consent());
            identity.hide();
            pseudonymError.set(null);
            interviewedError.set(null);
            coding.clearMessage();
            consentMessage.set("");
            updateOffset();
        } finally {
            loading = false;
        }
    }

    /** After a save: the stored version becomes the base of the next save; fields keep newer edits. */
    public void rebase(Interview saved) {
        base.set(saved);
        consent.rebase(saved.consent());
    }

    /**
     * The fields as a draft for saving. Empty when a field is invalid; the error is then shown
     * at that field. With {@code lenient}, invalid fields fall back to their stored values so
     * that locking or closing never loses the other edits.
     */
    public Optional<InterviewDraft> draft(boolean lenient) {
        Interview stored = base.get();
        if (stored == null) {
            return Optional.empty();
        }
        String name = pseudonym.get() == null ? "" : pseudonym.get().strip();
        boolean valid = true;
        if (name.isEmpty() || name.length() > Interview.MAX_PSEUDONYM_LENGTH) {
            pseudonymError.set(name.isEmpty() ? i18n.get("editor.error.pseudonymEmpty")
                    : i18n.format("editor.error.pseudonymLong", Interview.MAX_PSEUDONYM_LENGTH));
            valid = false;
            name = stored.pseudonym();
        } else {
            pseudonymError.set(null);
        }
        Optional<OffsetDateTime> at = interviewedAt();
        if (at.isEmpty()) {
            interviewedError.set(i18n.get("editor.error.time"));
            valid = false;
        } else {
            interviewedError.set(null);
        }
        Optional<Consent> givenConsent = consent.build(i18n.get("editor.error.time"));
        valid &= givenConsent.isPresent();
        if (!valid && !lenient) {
            return Optional.empty();
        }
        return Optional.of(new InterviewDraft(name, at.orElse(stored.interviewedAt()), interviewer.get(),
                language.get(), place.get(), currentCity.get(), originCity.get(), profession.get(), ageBand.get(),
                gender.get(), departureDate.get(), wave.get(), themes, givenConsent.orElseGet(consent::buildLenient),
                transcript.get(), segments, notes, status.get()));
    }

    /** The first validation problem, for the save status line. */
    public String firstError() {
        for (String error : new String[] {pseudonymError.get(), interviewedError.get(), consent.recordedError.get()}) {
            if (error != null) {
                return error;
            }
        }
        return "";
    }

    /**
     * The transcript area reports each edit exactly (a paste over a selection is one
     * replacement), so segments follow the real edit rather than a guess from comparing texts.
     */
    public void transcriptEdited(TextEdit edit, String text) {
        exactEdit = true;
        try {
            if (!loading) {
                coding.shift(edit);
            }
            transcript.set(text);
        } finally {
            exactEdit = false;
        }
    }

    /** The vault unmarked quotes itself on save (consent was revoked in between): follow it here. */
    void quotesUnmarkedBySave(int count) {
        if (count > 0 && !consent.verbatimQuotes.get()) {
            coding.unmarkQuotes();
            consentMessage.set(i18n.format("editor.quotes.unmarked", count));
        }
    }

    /** Adds a note at {@code offsetText} (hh:mm:ss); returns an error message or empty. */
    public Optional<String> addNote(String offsetText, String text) {
        Duration offset;
        try {
            offset = offsetText == null || offsetText.isBlank() ? Duration.ZERO : Timecode.parse(offsetText);
        } catch (IllegalArgumentException e) {
            return Optional.of(i18n.get("editor.notes.badOffset"));
        }
        if (!contentAllowed.get()) {
            return Optional.of(i18n.get("editor.gate.notes"));
        }
        if (text == null || text.isBlank()) {
            return Optional.of(i18n.get("editor.notes.empty"));
        }
        List<Note> next = new ArrayList<>(notes);
        next.add(new Note(offset, text.strip()));
        next.sort(Comparator.comparing(Note::offset));
        notes.setAll(next);
        return Optional.empty();
    }

    public void removeNote(Note note) {
        notes.remove(note);
    }

    public void revealIdentity(Identity revealed) {
        identity.reveal(revealed);
    }

    public void hideIdentity() {
        identity.hide();
    }

    // Accessors

    public ReadOnlyObjectProperty<Interview> baseProperty() {
        return base.getReadOnlyProperty();
    }

    public Interview base() {
        return base.get();
    }

    public ReadOnlyStringProperty interviewedOffsetProperty() {
        return interviewedOffset.getReadOnlyProperty();
    }

    /** What consent changes did on their own ("3 quotes are no longer marked"). */
    public ReadOnlyStringProperty consentMessageProperty() {
        return consentMessage.getReadOnlyProperty();
    }

    void setOnEdited(Runnable onEdited) {
        this.onEdited = onEdited;
    }

    void setOnIdentityEdited(Runnable onIdentityEdited) {
        this.onIdentityEdited = onIdentityEdited;
    }

    // Internals

    /**
     * Change listeners for values: an invalidation listener stays silent while nobody has read
     * the value since the last change, which would lose edits made without a bound control.
     */
    private static void onChange(Observable field, Runnable action) {
        if (field instanceof ObservableValue<?> value) {
            value.addListener((obs, old, now) -> action.run());
        } else {
            field.addListener(o -> action.run());
        }
    }

    private void edited() {
        if (!loading && base.get() != null) {
            onEdited.run();
        }
    }

    /** For changes made without {@link #transcriptEdited}: the edit is inferred from the two texts. */
    private void shiftSegments(String before, String after) {
        if (loading || exactEdit || segments.isEmpty() || before == null || after == null) {
            return;
        }
        coding.shift(TextEdit.between(before, after));
    }

    private Optional<OffsetDateTime> interviewedAt() {
        LocalDate date = interviewedDate.get();
        Optional<LocalTime> time = DateTimes.parseTime(interviewedTime.get());
        if (date == null || time.isEmpty()) {
            return Optional.empty();
        }
        Interview stored = base.get();
        return Optional.of(DateTimes.combine(date, time.get(), stored == null ? null : stored.interviewedAt(),
                clock.getZone()));
    }

    private void updateOffset() {
        interviewedOffset.set(interviewedAt().map(at -> DateTimes.offsetLabel(at.getOffset())).orElse(""));
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
