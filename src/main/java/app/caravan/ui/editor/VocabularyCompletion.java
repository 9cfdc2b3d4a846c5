package app.caravan.ui.editor;

import app.caravan.domain.City;
import app.caravan.domain.Profession;
import app.caravan.domain.Transliteration;
import app.caravan.domain.Vocabulary;
import app.caravan.ui.common.I18n;
import app.caravan.ui.common.UiStyles;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.value.ObservableValue;
import javafx.scene.Parent;
import javafx.scene.control.TextField;
import javafx.util.StringConverter;
import org.controlsfx.control.textfield.AutoCompletionBinding;
import org.controlsfx.control.textfield.TextFields;

/**
 * Autocompletion from the vault's vocabulary in any script: "Ташк", "tosh" and "Tash" all
 * suggest Tashkent. A city nobody knows yet is offered as "Add … as a new city", which opens
 * the inline form for its country and region. ControlsFX asks for suggestions on its own
 * thread, so the vocabulary is read from an atomic copy, never from the FX property.
 */
final class VocabularyCompletion {
    private static final int MAX_SUGGESTIONS = 12;
    /** Interview languages seen in this field work; any other ISO 639 code may be typed. */
    static final List<String> LANGUAGES = List.of("ru", "en", "uz", "ky", "kk", "tg", "ka", "hy", "az", "tr",
            "uk", "be", "sr", "lv", "de", "fr", "ar", "th");

    /** A suggestion for a city field: a known city, or the typed name as a new one. */
    record CitySuggestion(City city, String newName) {
        String name() {
            return city != null ? city.name() : newName;
        }

        /** The popup's text; also what tests read. */
        @Override
        public String toString() {
            return name();
        }
    }

    private final AtomicReference<Vocabulary> vocabulary = new AtomicReference<>(Vocabulary.EMPTY);
    private final I18n i18n;

    VocabularyCompletion(ObservableValue<Vocabulary> source, I18n i18n) {
        this.i18n = i18n;
        vocabulary.set(source.getValue());
        source.addListener((obs, old, now) -> vocabulary.set(now));
    }

    /** {@code onNew} hears the name when the user picks "Add … as a new city". */
    AutoCompletionBinding<CitySuggestion> cities(TextField field, Consumer<String> onNew) {
        AutoCompletionBinding<CitySuggestion> binding = bind(field, typed -> {
            List<CitySuggestion> out = new ArrayList<>();
            vocabulary.get().citiesStartingWith(typed).forEach(c -> out.add(new CitySuggestion(c, null)));
            if (out.isEmpty() && !typed.isBlank()) {
                out.add(new CitySuggestion(null, typed.strip()));
            }
            return out;
        }, CitySuggestion::name);
        binding.getAutoCompletionPopup().setConverter(converter(s -> s.city() != null ? s.city().name()
                : i18n.format("city.addNew", s.newName())));
        binding.setOnAutoCompleted(e -> {
            if (e.getCompletion().city() == null) {
                onNew.accept(e.getCompletion().newName());
            }
        });
        return binding;
    }

    AutoCompletionBinding<Profession> professions(TextField field) {
        return bind(field, typed -> vocabulary.get().professions().stream()
                .filter(p -> Transliteration.startsWith(p.name(), typed) || Transliteration.startsWith(p.key(), typed))
                .toList(), Profession::name);
    }

    /** Countries the gazetteer knows, for the new-city form. */
    AutoCompletionBinding<String> countries(TextField field) {
        return bind(field, typed -> vocabulary.get().cities().stream().map(City::country).filter(c -> !c.isBlank())
                .distinct().filter(c -> Transliteration.startsWith(c, typed)).sorted().toList(), c -> c);
    }

    static AutoCompletionBinding<String> languages(TextField field) {
        return bind(field, typed -> LANGUAGES.stream().filter(code -> code.startsWith(typed.strip().toLowerCase(Locale.ROOT)))
                .toList(), code -> code);
    }

    /**
     * ControlsFX fetches suggestions on a new thread per keystroke and does not always cancel the
     * previous one, so answers can arrive out of order under fast typing and a stale list would
     * stay on screen. Every fetch therefore answers for the field's latest text, whichever
     * request asked: the last answer to arrive is always the right one.
     */
    private static <T> AutoCompletionBinding<T> bind(TextField field, Function<String, List<T>> suggest,
            Function<T, String> name) {
        AtomicReference<String> latest = new AtomicReference<>(field.getText());
        AutoCompletionBinding<T> binding = TextFields.bindAutoCompletion(field, request -> {
            String typed = latest.get();
            if (typed == null || typed.isBlank()) {
                return List.<T>of();
            }
            Collection<T> all = suggest.apply(typed);
            return all.stream().limit(MAX_SUGGESTIONS).toList();
        }, converter(name));
        field.textProperty().addListener((obs, old, now) -> latest.set(now));
        binding.setVisibleRowCount(8);
        // A click elsewhere should both close the suggestions and do what was clicked.
        binding.getAutoCompletionPopup().setConsumeAutoHidingEvents(false);
        String theme = VocabularyCompletion.class.getResource(UiStyles.AUTOCOMPLETE_STYLESHEET).toExternalForm();
        binding.getAutoCompletionPopup().skinProperty().addListener((obs, old, skin) -> {
            if (skin != null && skin.getNode() instanceof Parent list && !list.getStylesheets().contains(theme)) {
                list.getStylesheets().add(theme);
            }
        });
        return binding;
    }

    private static <T> StringConverter<T> converter(Function<T, String> name) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : name.apply(value);
            }

            @Override
            public T fromString(String text) {
                return null;
            }
        };
    }
}
