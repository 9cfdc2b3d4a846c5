package app.caravan.ui.editor;

import app.caravan.domain.Identity;
import java.util.Arrays;
import java.util.List;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Who the interviewee is. Empty and hidden until the user explicitly reveals it, so a glance
 * over the shoulder in a cafe shows a pseudonym only.
 */
public final class IdentityModel {
    public final BooleanProperty revealed = new SimpleBooleanProperty();
    public final StringProperty realName = new SimpleStringProperty("");
    public final StringProperty contact = new SimpleStringProperty("");
    /** One mentioned person per line. */
    public final StringProperty mentionedPeople = new SimpleStringProperty("");

    private boolean loading;

    List<Observable> observables() {
        return List.of(realName, contact, mentionedPeople);
    }

    boolean isLoading() {
        return loading;
    }

    void reveal(Identity identity) {
        loading = true;
        try {
            realName.set(identity.realName());
            contact.set(identity.contact());
            mentionedPeople.set(String.join("\n", identity.mentionedPeople()));
            revealed.set(true);
        } finally {
            loading = false;
        }
    }

    /** Hides and forgets the identity held in the UI. */
    void hide() {
        loading = true;
        try {
            revealed.set(false);
            realName.set("");
            contact.set("");
            mentionedPeople.set("");
        } finally {
            loading = false;
        }
    }

    Identity snapshot() {
        List<String> people = Arrays.stream(mentionedPeople.get().split("\\R"))
                .map(String::strip).filter(s -> !s.isEmpty()).toList();
        return new Identity(realName.get().strip(), contact.get().strip(), people);
    }
}
