package app.caravan.ui.editor;

import app.caravan.domain.Consent;
import app.caravan.domain.ConsentMethod;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** The consent part of the editor: six flags, how and when consent was given, and a withdrawal. */
public final class ConsentModel {
    public final BooleanProperty participation = new SimpleBooleanProperty();
    public final BooleanProperty audioRecording = new SimpleBooleanProperty();
    public final BooleanProperty verbatimQuotes = new SimpleBooleanProperty();
    public final BooleanProperty publishUnderPseudonym = new SimpleBooleanProperty();
    public final BooleanProperty shareAnonymizedForResearch = new SimpleBooleanProperty();
    public final BooleanProperty recontact = new SimpleBooleanProperty();
    public final ObjectProperty<ConsentMethod> method = new SimpleObjectProperty<>();
    public final ObjectProperty<LocalDate> recordedDate = new SimpleObjectProperty<>();
    public final StringProperty recordedTime = new SimpleStringProperty("");
    public final ObjectProperty<LocalDate> withdrawnDate = new SimpleObjectProperty<>();
    public final StringProperty recordedError = new SimpleStringProperty();

    private final Clock clock;
    private Consent loaded = Consent.NONE;
    private boolean loading;

    ConsentModel(Clock clock) {
        this.clock = clock;
        for (BooleanProperty flag : flags()) {
            flag.addListener((obs, was, now) -> {
                // Consent is usually recorded when it is given: default the moment to now.
                if (now && !loading && recordedDate.get() == null) {
                    OffsetDateTime at = OffsetDateTime.now(clock);
                    recordedDate.set(at.toLocalDate());
                    recordedTime.set(DateTimes.formatTime(at));
                }
            });
        }
    }

    public List<BooleanProperty> flags() {
        return List.of(participation, audioRecording, verbatimQuotes, publishUnderPseudonym,
                shareAnonymizedForResearch, recontact);
    }

    List<Observable> observables() {
        return List.of(participation, audioRecording, verbatimQuotes, publishUnderPseudonym,
                shareAnonymizedForResearch, recontact, method, recordedDate, recordedTime, withdrawnDate);
    }

    void load(Consent consent) {
        loading = true;
        try {
            loaded = consent;
            participation.set(consent.participation());
            audioRecording.set(consent.audioRecording());
            verbatimQuotes.set(consent.verbatimQuotes());
            publishUnderPseudonym.set(consent.publishUnderPseudonym());
            shareAnonymizedForResearch.set(consent.shareAnonymizedForResearch());
            recontact.set(consent.recontact());
            method.set(consent.method());
            recordedDate.set(consent.recordedAt() == null ? null : consent.recordedAt().toLocalDate());
            recordedTime.set(DateTimes.formatTime(consent.recordedAt()));
            withdrawnDate.set(consent.withdrawnAt() == null ? null : consent.withdrawnAt().toLocalDate());
            recordedError.set(null);
        } finally {
            loading = false;
        }
    }

    void rebase(Consent saved) {
        loaded = saved;
    }

    /** The consent as entered; empty (with {@link #recordedError} set) when the time is unreadable. */
    Optional<Consent> build(String timeError) {
        Optional<OffsetDateTime> recordedAt = recordedAt(timeError);
        if (recordedAt == null) {
            return Optional.empty();
        }
        return Optional.of(consent(recordedAt.orElse(null)));
    }

    /** Like {@link #build} but falls back to the stored moment, for saving before lock or close. */
    Consent buildLenient() {
        Optional<OffsetDateTime> recordedAt = recordedAt(null);
        return consent(recordedAt == null ? loaded.recordedAt() : recordedAt.orElse(null));
    }

    /** Null when invalid, empty when not set. */
    private Optional<OffsetDateTime> recordedAt(String timeError) {
        LocalDate date = recordedDate.get();
        String timeText = recordedTime.get() == null ? "" : recordedTime.get();
        if (date == null) {
            recordedError.set(null);
            return Optional.empty();
        }
        Optional<LocalTime> time = timeText.isBlank() ? Optional.of(LocalTime.MIDNIGHT) : DateTimes.parseTime(timeText);
        if (time.isEmpty()) {
            if (timeError != null) {
                recordedError.set(timeError);
            }
            return null;
        }
        recordedError.set(null);
        return Optional.of(DateTimes.combine(date, time.get(), loaded.recordedAt(), clock.getZone()));
    }

    private Consent consent(OffsetDateTime recordedAt) {
        return new Consent(participation.get(), audioRecording.get(), verbatimQuotes.get(),
                publishUnderPseudonym.get(), shareAnonymizedForResearch.get(), recontact.get(), method.get(),
                recordedAt, DateTimes.combineDate(withdrawnDate.get(), loaded.withdrawnAt(), clock.getZone()));
    }
}
