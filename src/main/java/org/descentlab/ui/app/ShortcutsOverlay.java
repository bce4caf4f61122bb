package org.descentlab.ui.app;

import java.util.ArrayList;
import java.util.List;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;

import org.descentlab.ui.base.Forms;
import org.descentlab.ui.base.Styles;
import org.descentlab.ui.base.Text;

/**
 * The list of shortcuts (F1 or ?), laid over the window: every row of {@link Shortcut}, its keys and what
 * they do. Escape, F1 again or a click closes it.
 */
final class ShortcutsOverlay extends StackPane {

    private final List<Label> keys = new ArrayList<>();

    ShortcutsOverlay() {
        setId("shortcuts-overlay");
        getStyleClass().add(Styles.SHORTCUTS_BACKDROP);
        GridPane box = new GridPane();
        box.getStyleClass().add(Styles.SHORTCUTS_BOX);
        box.add(Forms.title(Text.get("keys.title")), 0, 0, 2, 1);
        int row = 1;
        for (Shortcut s : Shortcut.values()) {
            Label k = new Label(Text.get(s.keys()));
            k.getStyleClass().add(Styles.SHORTCUT_KEYS);
            k.setUserData(s);
            keys.add(k);
            box.add(k, 0, row);
            box.add(new Label(Text.get(s.what())), 1, row);
            row++;
        }
        Label note = new Label(Text.get("keys.note"));
        note.getStyleClass().add(Styles.CAPTION);
        box.add(note, 0, row, 2, 1);
        box.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        StackPane.setAlignment(box, Pos.CENTER);
        getChildren().add(box);
        setOnMouseClicked(e -> close());
        setVisible(false);
    }

    /** Shows the list, or closes it when it shows. */
    void toggle() {
        setVisible(!isVisible());
    }

    /** Closes the list; false when it was not showing. */
    boolean close() {
        boolean was = isVisible();
        setVisible(false);
        return was;
    }

    /** The labels of the keys, one a row, each with its {@link Shortcut} as user data. */
    List<Label> keyLabels() {
        return List.copyOf(keys);
    }
}
