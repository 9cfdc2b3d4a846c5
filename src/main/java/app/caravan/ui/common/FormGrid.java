package app.caravan.ui.common;

import javafx.geometry.HPos;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;

/**
 * A two-column form: label/field pairs placed left then right, or full-width rows. Labels are
 * linked to their fields ({@code labelFor}) so screen readers and mnemonics work.
 */
public final class FormGrid extends GridPane {
    private int row;
    private int column;

    public FormGrid() {
        setHgap(10);
        setVgap(8);
        ColumnConstraints label = new ColumnConstraints();
        label.setHalignment(HPos.RIGHT);
        label.setMinWidth(Control.USE_PREF_SIZE);
        // Both field columns get the same preferred width, so the halves line up whatever they hold.
        ColumnConstraints field = new ColumnConstraints(120, 220, Double.MAX_VALUE);
        field.setHgrow(Priority.ALWAYS);
        field.setFillWidth(true);
        ColumnConstraints label2 = new ColumnConstraints();
        label2.setHalignment(HPos.RIGHT);
        label2.setMinWidth(Control.USE_PREF_SIZE);
        ColumnConstraints field2 = new ColumnConstraints(120, 220, Double.MAX_VALUE);
        field2.setHgrow(Priority.ALWAYS);
        field2.setFillWidth(true);
        getColumnConstraints().addAll(label, field, label2, field2);
    }

    /** Adds a label/field pair in the next free half row. */
    public FormGrid add(String labelText, Node field) {
        Label label = label(labelText, field);
        add(label, column, row);
        add(field, column + 1, row);
        if (column == 0) {
            column = 2;
        } else {
            column = 0;
            row++;
        }
        return this;
    }

    /** Adds a pair that takes the whole width, starting a new row if needed. */
    public FormGrid addWide(String labelText, Node field) {
        newRow();
        Label label = label(labelText, field);
        add(label, 0, row);
        add(field, 1, row, 3, 1);
        row++;
        return this;
    }

    /** A node without label, spanning the whole width. */
    public FormGrid addFull(Node node) {
        newRow();
        add(node, 0, row, 4, 1);
        row++;
        return this;
    }

    public FormGrid newRow() {
        if (column != 0) {
            column = 0;
            row++;
        }
        return this;
    }

    /**
     * Labels sit at the top of their cell, padded (in CSS) to the first text line of a field,
     * so they line up with single-line fields, text areas and fields with an error under them.
     */
    private static Label label(String text, Node field) {
        Label label = new Label(text);
        GridPane.setValignment(label, VPos.TOP);
        label.getStyleClass().add(UiStyles.FIELD_LABEL);
        label.setLabelFor(field);
        label.setMinWidth(Control.USE_PREF_SIZE);
        return label;
    }
}
