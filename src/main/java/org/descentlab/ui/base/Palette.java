package org.descentlab.ui.base;

import javafx.scene.paint.Color;

import org.descentlab.core.scenario.LineStyle;

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
    public static final Color CONTOUR = Color.rgb(255, 255, 255, 0.45);
    public static final Color AXIS_TEXT = Color.web("#1f2328");
    /** -dl-text of the dark theme. */
    public static final Color AXIS_TEXT_DARK = Color.web("#e6edf3");
    public static final Color AXIS_LINE = Color.web("#59636e");
    /** Markers (starts, minima) and the −∇f arrow: black on a white casing, a colour no run has. */
    public static final Color MARKER = Color.BLACK;
    public static final Color MARKER_OUTLINE = Color.WHITE;

    /**
     * One colour per minimum found in the view, by {@link #minimum(int)}.
     * None is a run's colour, the grey or magenta of undefined points, black or white; dark and light ones
     * alternate, so that minima next to each other in x-then-y order (often neighbouring basins) differ
     * in lightness as well as hue.
     */
    private static final Color[] MINIMA = {
        Color.web("#3cb44b"), Color.web("#800000"), Color.web("#ffe119"), Color.web("#000075"),
        Color.web("#dcbeff"), Color.web("#469990"), Color.web("#ffd8b1"), Color.web("#808000"),
        Color.web("#fabed4"), Color.web("#9a6324"), Color.web("#aaffc3"), Color.web("#0000ff"),
    };

    /** Ends, paths and cells that reached no minimum (diverged, still moving, or converged elsewhere). */
    public static final Color NO_MINIMUM = Color.gray(0.55);

    private Palette() {
    }

    public static Color path(int index) {
        return PATHS[Math.floorMod(index, PATHS.length)];
    }

    /** How many colours {@link #minimum(int)} has before it repeats. */
    public static int minimumColours() {
        return MINIMA.length;
    }

    /**
     * The colour of the {@code k}-th minimum found in the view, counting from 0 among the minima only, in
     * the order {@code CriticalPoints} gives them (sorted by x, then y). The critical-point symbol of that
     * minimum is filled with it, and the basin-of-attraction map must colour the basin of that minimum
     * with the same colour, so that a basin and its minimum read as one. After {@link #minimumColours()}
     * minima the colours repeat. They are drawn on a white halo with a black edge (a symbol) or
     * translucent over the heatmap (a basin), and are far apart from each other (CIELAB ΔE of at least 25)
     * so that they read on every colormap in both themes.
     */
    public static Color minimum(int k) {
        return MINIMA[Math.floorMod(k, MINIMA.length)];
    }

    /**
     * The casing of a colour: black or white, whichever contrasts more with it (by relative luminance, as
     * WCAG measures contrast), nearly opaque.
     */
    public static Color casing(Color c) {
        double l = 0.2126 * linear(c.getRed()) + 0.7152 * linear(c.getGreen()) + 0.0722 * linear(c.getBlue());
        // contrast with black (l + 0.05) / 0.05 against contrast with white 1.05 / (l + 0.05)
        boolean dark = (l + 0.05) * (l + 0.05) > 0.05 * 1.05;
        return dark ? Color.rgb(0, 0, 0, 0.85 * c.getOpacity()) : Color.rgb(255, 255, 255, 0.85 * c.getOpacity());
    }

    private static double linear(double v) {
        return v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }

    /** Dash and gap lengths in pixels for a line of this style and width; empty for a solid line. */
    public static double[] dashes(LineStyle style, double width) {
        double[] pattern = switch (style) {
            case SOLID -> new double[0];
            case DASHED -> new double[] {6, 4};
            case DOTTED -> new double[] {1.5, 3};
            case DASH_DOT -> new double[] {7, 3, 1.5, 3};
        };
        for (int k = 0; k < pattern.length; k++) {
            pattern[k] *= Math.max(1, width / 2);
        }
        return pattern;
    }
}
