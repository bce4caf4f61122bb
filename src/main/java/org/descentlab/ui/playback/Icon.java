package org.descentlab.ui.playback;

import javafx.scene.Node;
import javafx.scene.shape.SVGPath;

import org.descentlab.ui.base.Styles;

/**
 * The transport icons, drawn as shapes in a 12 × 12 box: a font's glyphs for them are missing on many
 * Linux desktops (a box instead of a pause sign). They take the text colour of the theme.
 */
enum Icon {
    PLAY("M2 1 L11 6 L2 11 Z"),
    PAUSE("M2 1 H5 V11 H2 Z M7 1 H10 V11 H7 Z"),
    /** Back to the start: a bar and two triangles pointing to it, the mirror of {@link #END}. */
    REWIND("M0 1 H2 V11 H0 Z M7 1 L2 6 L7 11 Z M12 1 L7 6 L12 11 Z"),
    /** One step back: a bar and a triangle, the mirror of {@link #STEP_FORWARD}. */
    STEP_BACK("M1 1 H3 V11 H1 Z M11 1 L4 6 L11 11 Z"),
    STEP_FORWARD("M1 1 L8 6 L1 11 Z M9 1 H11 V11 H9 Z"),
    /** On to the end: two triangles and a bar. */
    END("M0 1 L5 6 L0 11 Z M5 1 L10 6 L5 11 Z M10 1 H12 V11 H10 Z");

    private final String path;

    Icon(String path) {
        this.path = path;
    }

    /** A new node of the icon: a node has one parent, so each button gets its own. */
    Node node() {
        SVGPath shape = new SVGPath();
        shape.setContent(path);
        shape.getStyleClass().add(Styles.TRANSPORT_ICON);
        return shape;
    }

    /** The outline, for a test. */
    String path() {
        return path;
    }
}
