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
    public static final Color AXIS_TEXT = Color.web("#1f2328");
    /** -dl-text of the dark theme. */
    public static final Color AXIS_TEXT_DARK = Color.web("#e6edf3");
    public static final Color AXIS_LINE = Color.web("#59636e");
    /** Markers (starts, minima) and the −∇f arrow: black on a white casing, a colour no run has. */
    public static final Color MARKER = Color.BLACK;
    public static final Color MARKER_OUTLINE = Color.WHITE;
    /**
     * Minimum k's colour, k = 0, 1, … in the order the critical points list the minima: four of Okabe and
     * Ito's colour-blind-safe colours first, then eight more (yellow late: the heatmap's highest values are
     * yellow too); all at least ΔE 25 apart from each other, from every run's colour, from the grey and
     * magenta of undefined points and from black and white, and 19 from the greys of the basin map's
     * three ends that reach no minimum.
     */
    private static final Color[] MINIMA = {
        Color.web("#e69f00"), Color.web("#009e73"), Color.web("#cc79a7"), Color.web("#0072b2"),
        Color.web("#6a3d9a"), Color.web("#b15928"), Color.web("#fb9a99"), Color.web("#b2df8a"),
        Color.web("#800000"), Color.web("#dcbeff"), Color.web("#ffe119"), Color.web("#01665e"),
    };
    /** How many minimum colours there are before they repeat. */
    public static final int MINIMUM_COLOURS = MINIMA.length;
    /** A basin-map cell whose run diverged. */
    public static final Color BASIN_DIVERGED = Color.web("#262626");
    /** A cell whose run was still moving at the step limit: light grey, hatched in {@link #BASIN_MOVING_HATCH}. */
    public static final Color BASIN_MOVING = Color.web("#c8c8c8");
    public static final Color BASIN_MOVING_HATCH = Color.web("#8c8c8c");
    /** A cell whose run converged at no minimum: at a saddle, or outside the view. */
    public static final Color BASIN_ELSEWHERE = Color.WHITE;

    /** Ends, paths and cells that reached no minimum (diverged, still moving, or converged elsewhere). */
    public static final Color NO_MINIMUM = Color.gray(0.55);

    /** The learning rate's regions, as a sweep shades them: too slow, converges, oscillates, diverges. */
    public static final Color RATE_TOO_SLOW = Color.web("#4c78a8");
    public static final Color RATE_CONVERGES = Color.web("#54a24b");
    public static final Color RATE_OSCILLATES = Color.web("#e39c1d");
    public static final Color RATE_DIVERGES = Color.web("#d1453b");
    /** The theory's mark on a sweep, and the finder's suggestions. */
    public static final Color RATE_THEORY = Color.web("#7b3fa0");

    private Palette() {
    }

    /** Whether {@code ink} (the colour of text on a canvas) is a dark theme's: light text on a dark ground. */
    public static boolean darkGround(Color ink) {
        return ink.getBrightness() > 0.5;
    }

    /**
     * Colour {@code c} made readable as text or a thin line on the ground under {@code ink}: as it is on a light
     * ground, half way to white on a dark one.
     */
    public static Color onGround(Color c, Color ink) {
        return darkGround(ink) ? c.interpolate(Color.WHITE, 0.5) : c;
    }

    public static Color path(int index) {
        return PATHS[Math.floorMod(index, PATHS.length)];
    }

    /** How many colours {@link #minimum(int)} has before it repeats. */
    public static int minimumColours() {
        return MINIMUM_COLOURS;
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
