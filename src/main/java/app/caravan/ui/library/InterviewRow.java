package app.caravan.ui.library;

import app.caravan.domain.Consent;
import app.caravan.domain.InterviewSummary;
import app.caravan.domain.Status;
import app.caravan.domain.Theme;
import app.caravan.domain.Tombstone;
import app.caravan.domain.Vocabulary;
import app.caravan.ui.editor.InterviewAssembler;
import java.time.OffsetDateTime;
import java.util.UUID;
import java.util.stream.Collectors;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * One line of the interview list. Mutable on purpose: updating a row in place after a save
 * keeps the table's selection, which replacing the element would reset. Never holds identity.
 */
public final class InterviewRow {
    private final UUID id;
    private InterviewSummary summary;
    private Tombstone tombstone;
    final StringProperty pseudonym = new SimpleStringProperty();
    final ObjectProperty<OffsetDateTime> interviewedAt = new SimpleObjectProperty<>();
    final StringProperty place = new SimpleStringProperty();
    final StringProperty originCity = new SimpleStringProperty();
    final StringProperty profession = new SimpleStringProperty();
    final StringProperty themes = new SimpleStringProperty();
    final ObjectProperty<Status> status = new SimpleObjectProperty<>();
    final ObjectProperty<Consent> consent = new SimpleObjectProperty<>();
    final StringProperty interviewer = new SimpleStringProperty();
    /** Review comments still open on this interview (0 when none or unknown). */
    final ObjectProperty<Integer> openComments = new SimpleObjectProperty<>(0);
    /** Bumped on every update, so fields without a column (city, wave) still re-run the filter. */
    private final javafx.beans.property.IntegerProperty version = new javafx.beans.property.SimpleIntegerProperty();

    InterviewRow(InterviewSummary summary, Vocabulary vocabulary) {
        this.id = summary.id();
        update(summary, vocabulary);
    }

    /** What remains of a purged interview: {@code label} says so where the pseudonym was. */
    private InterviewRow(Tombstone remains, String label) {
        this.id = remains.interviewId();
        this.tombstone = remains;
        pseudonym.set(label);
        interviewedAt.set(remains.withdrawnAt());
        consent.set(Consent.NONE.withWithdrawnAt(remains.withdrawnAt()));
        themes.set("");
        interviewer.set("");
    }

    static InterviewRow purged(Tombstone remains, String label) {
        return new InterviewRow(remains, label);
    }

    public UUID id() {
        return id;
    }

    /** Set for a purged interview, whose row shows only that it was withdrawn and when. */
    public Tombstone tombstone() {
        return tombstone;
    }

    public boolean isPurged() {
        return tombstone != null;
    }

    public InterviewSummary summary() {
        return summary;
    }

    public String pseudonym() {
        return pseudonym.get();
    }

    void update(InterviewSummary next, Vocabulary vocabulary) {
        if (next == null) {
            return;
        }
        summary = next;
        pseudonym.set(next.pseudonym());
        interviewedAt.set(next.interviewedAt());
        place.set(InterviewAssembler.cityName(vocabulary, next.place()));
        originCity.set(InterviewAssembler.cityName(vocabulary, next.originCity()));
        profession.set(InterviewAssembler.professionName(vocabulary, next.profession()));
        themes.set(next.themes().stream().map(k -> vocabulary.theme(k).map(Theme::name).orElse(k))
                .collect(Collectors.joining(", ")));
        status.set(next.status());
        consent.set(next.consent());
        interviewer.set(next.interviewer() == null ? "" : next.interviewer());
        version.set(version.get() + 1);
    }

    /** What the list re-sorts and re-filters on. */
    Observable[] observables() {
        return new Observable[] {pseudonym, interviewedAt, place, originCity, profession, themes, status, consent,
            interviewer, version};
    }
}
