package org.descentlab.ui.base;

import java.util.function.Function;

import javafx.css.PseudoClass;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;

/** The small pieces every settings block is made of, so that they look and behave alike. */
public final class Forms {

    private static final PseudoClass INVALID = PseudoClass.getPseudoClass(Styles.INVALID);

    private Forms() {
    }

    /** A grid of label and control rows. */
    public static GridPane grid(double hgap) {
        GridPane grid = new GridPane();
        grid.setHgap(hgap);
        grid.setVgap(4);
        return grid;
    }

    /** A section's title. */
    public static Label title(String text) {
        Label l = new Label(text);
        l.getStyleClass().add(Styles.SECTION_TITLE);
        return l;
    }

    /** A red, wrapping line for what did not take. */
    public static Label errorLabel() {
        Label l = new Label();
        l.getStyleClass().add(Styles.ERROR_TEXT);
        l.setWrapText(true);
        return l;
    }

    /** Outlines a field in red, or not. */
    public static void invalid(TextField field, boolean invalid) {
        field.pseudoClassStateChanged(INVALID, invalid);
    }

    /**
     * Shows a field's value unless the user is typing in it; a value shown is a good one, so the field is
     * no longer marked bad.
     */
    public static void show(TextField field, String text) {
        if (!field.isFocused() && !field.getText().equals(text)) {
            field.setText(text);
            invalid(field, false);
        }
    }

    /** A tooltip for a long text: it wraps at a readable width; null for no text. */
    public static Tooltip longTooltip(String text) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        Tooltip t = new Tooltip(text);
        t.setWrapText(true);
        t.setMaxWidth(600);
        return t;
    }

    /** A combo box whose items are shown as {@code label} writes them. */
    public static <T> ComboBox<T> combo(Iterable<T> items, Function<T, String> label) {
        ComboBox<T> box = new ComboBox<>();
        items.forEach(box.getItems()::add);
        box.setCellFactory(list -> new Cell<>(label));
        box.setButtonCell(new Cell<>(label));
        return box;
    }

    private static final class Cell<T> extends ListCell<T> {
        private final Function<T, String> label;

        Cell(Function<T, String> label) {
            this.label = label;
        }

        @Override
        protected void updateItem(T item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : label.apply(item));
        }
    }
}
