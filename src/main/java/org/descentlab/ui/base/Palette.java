package org.descentlab.ui;

import javafx.scene.paint.Color;

/**
 * Colours drawn on canvases, where CSS does not reach. They mirror the tokens of the same names in
 * {@code styles/tokens.css}.
 */
public final class Palette {

    /** -dl-path-1 … -dl-path-8: distinct, and readable on every colormap. */
    public static final Color[] PATHS = {
        Color.web("#e6194b"), Color.web("#ffffff"), Color.web("#4363d8"), Color.web("#f58231"),
        Color.web("#911eb4"), Color.web("#42d4f4"), Color.web("#f032e6"), Color.web("#bfef45"),
    };
    /** What each path colour is called, for the colour picker. */
    public static final String[] PATH_NAMES = {"red", "white", "blue", "orange", "purple", "cyan", "magenta", "lime"};
    public static final Color CONTOUR = Color.rgb(255, 255, 255, 0.45);
    public static final Color AXIS_TEXT = Color.web("#1f2328");
    public static final Color AXIS_LINE = Color.web("#59636e");
    public static final Color MARKER = Color.WHITE;
    public static final Color MARKER_OUTLINE = Color.BLACK;

    private Palette() {
    }

    public static Color path(int index) {
        return PATHS[Math.floorMod(index, PATHS.length)];
    }
}
