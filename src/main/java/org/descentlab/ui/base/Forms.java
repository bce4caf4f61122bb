package org.descentlab.ui.base;

import java.util.function.Function;
import java.util.function.Supplier;

import javafx.css.PseudoClass;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;

/** The small pieces every settings block is made of, so that they look and behave alike. */
public final class Forms {

    private static final PseudoClass INVALID = PseudoClass.getPseudoClass(Styles.INVALID);
    /** The key of a field's properties that marks it live: what is in effect for it. */
    private static final Object LIVE = new Object();
    /** The key of a field's properties that holds the value last shown in it, or held back while it was typed in. */
    private static final Object SHOWN = new Object();
    /** While an undo or redo is told: fields show the experiment's values even where the focus is. */
    private static boolean following;

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
     * Shows a field's value unless the user is typing in it (but after an undo, even then); a value shown
     * is a good one, so the field is no longer marked bad.
     */
    public static void show(TextField field, String text) {
        field.getProperties().put(SHOWN, text);
        if ((following || !field.isFocused()) && !field.getText().equals(text)) {
            field.setText(text);
            invalid(field, false);
        }
    }

    /**
     * Marks a field that changes the experiment as it is typed in: what was typed there, once it reads,
     * is the experiment's change, and the experiment's undo takes it back.
     */
    public static void live(TextInputControl field) {
        field.getProperties().putIfAbsent(SHOWN, field.getText());
        live(field, () -> (String) field.getProperties().get(SHOWN));
    }

    /** A live field whose value in effect is not shown through {@link #show}: {@code inEffect} tells it. */
    public static void live(TextInputControl field, Supplier<String> inEffect) {
        field.getProperties().put(LIVE, inEffect);
    }

    /**
     * Ctrl+Z or Ctrl+Shift+Z in a field, where the field has its own say; false when it is the
     * experiment's. A field that waits for Enter undoes its own typing. A live field holding text that
     * does not read drops it and shows the value in effect again; otherwise its typing reached the
     * experiment, and it is the experiment's undo (a field's own undo would be a change of its own, which
     * the next undo would take back).
     */
    public static boolean undoInField(TextInputControl field, boolean undo) {
        if (!(field.getProperties().get(LIVE) instanceof Supplier<?> inEffect)) {
            if (!(undo ? field.isUndoable() : field.isRedoable())) {
                return false;
            }
            if (undo) {
                field.undo();
            } else {
                field.redo();
            }
            return true;
        }
        if (field.getPseudoClassStates().contains(INVALID) && inEffect.get() instanceof String text) {
            field.setText(text);
            field.end();
            return true;
        }
        return false;
    }

    /** Tells an undo or redo of the experiment: every field follows it, the focused one too. */
    public static void following(Runnable undo) {
        following = true;
        try {
            undo.run();
        } finally {
            following = false;
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
