package app.caravan.ui.common;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;

/** ComboBoxes over enums with translated labels and, for optional values, a "not set" entry. */
public final class EnumChoices {
    private EnumChoices() {
    }

    /** Optional value: the first entry is "not set" (null). */
    public static <E extends Enum<E>> ComboBox<E> optional(E[] values, Function<E, String> label, String notSet) {
        List<E> items = new ArrayList<>();
        items.add(null);
        items.addAll(Arrays.asList(values));
        return combo(items, label, notSet);
    }

    public static <E extends Enum<E>> ComboBox<E> required(E[] values, Function<E, String> label) {
        return combo(Arrays.asList(values), label, "");
    }

    private static <E> ComboBox<E> combo(List<E> items, Function<E, String> label, String notSet) {
        ComboBox<E> combo = new ComboBox<>();
        combo.getItems().setAll(items);
        combo.setCellFactory(list -> new LabelCell<>(label, notSet));
        // An explicit button cell: the default one shows nothing once a chosen value is reset to null.
        combo.setButtonCell(new LabelCell<>(label, notSet));
        combo.setMaxWidth(Double.MAX_VALUE);
        return combo;
    }

    private static final class LabelCell<E> extends ListCell<E> {
        private final Function<E, String> label;
        private final String notSet;

        LabelCell(Function<E, String> label, String notSet) {
            this.label = label;
            this.notSet = notSet;
        }

        @Override
        protected void updateItem(E item, boolean empty) {
            super.updateItem(item, empty);
            setText(item == null ? notSet : label.apply(item));
        }
    }
}
