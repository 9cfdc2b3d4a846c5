package app.caravan.ui.editor;

import app.caravan.domain.City;
import app.caravan.domain.Profession;
import app.caravan.domain.Transliteration;
import app.caravan.domain.Vocabulary;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.TextField;
import javafx.util.StringConverter;
import org.controlsfx.control.textfield.AutoCompletionBinding;
import org.controlsfx.control.textfield.TextFields;

/**
 * Autocompletion from the vault's vocabulary in any script: "Ташк", "tosh" and "Tash" all
 * suggest Tashkent. ControlsFX asks for suggestions on its own thread, so the vocabulary is
 * read from an atomic copy, never from the FX property.
 */
final class VocabularyCompletion {
    private static final int MAX_SUGGESTIONS = 12;
    /** Interview languages seen in this field work; any other ISO 639 code may be typed. */
    static final List<String> LANGUAGES = List.of("ru", "en", "uz", "ky", "kk", "tg", "ka", "hy", "az", "tr",
            "uk", "be", "sr", "lv", "de", "fr", "ar", "th");

    private final AtomicReference<Vocabulary> vocabulary = new AtomicReference<>(Vocabulary.EMPTY);

    VocabularyCompletion(ObservableValue<Vocabulary> source) {
        vocabulary.set(source.getValue());
        source.addListener((obs, old, now) -> vocabulary.set(now));
    }

    AutoCompletionBinding<City> cities(TextField field) {
        return bind(field, typed -> vocabulary.get().citiesStartingWith(typed), City::name);
    }

    AutoCompletionBinding<Profession> professions(TextField field) {
        return bind(field, typed -> vocabulary.get().professions().stream()
                .filter(p -> Transliteration.startsWith(p.name(), typed) || Transliteration.startsWith(p.key(), typed))
                .toList(), Profession::name);
    }

    static AutoCompletionBinding<String> languages(TextField field) {
        return bind(field, typed -> LANGUAGES.stream().filter(code -> code.startsWith(typed.strip().toLowerCase(Locale.ROOT)))
                .toList(), code -> code);
    }

    private static <T> AutoCompletionBinding<T> bind(TextField field, Function<String, List<T>> suggest,
            Function<T, String> name) {
        AutoCompletionBinding<T> binding = TextFields.bindAutoCompletion(field, request -> {
            String typed = request.getUserText();
            if (typed == null || typed.isBlank()) {
                return List.<T>of();
            }
            Collection<T> all = suggest.apply(typed);
            return all.stream().limit(MAX_SUGGESTIONS).toList();
        }, new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : name.apply(value);
            }

            @Override
            public T fromString(String text) {
                return null;
            }
        });
        binding.setVisibleRowCount(8);
        // A click elsewhere should both close the suggestions and do what was clicked.
        binding.getAutoCompletionPopup().setConsumeAutoHidingEvents(false);
        return binding;
    }
}
