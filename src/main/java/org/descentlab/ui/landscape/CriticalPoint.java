package org.descentlab.ui.landscape;

import java.util.Locale;

import org.descentlab.core.analysis.CriticalPoints;

/**
 * A critical point found in the view, as the window shows it: the point, what is known of it, and for a
 * minimum its place among the minima found (which picks its colour, {@code Palette.minimum}).
 *
 * @param point   where it is, f there and its kind
 * @param note    for a minimum: global (the scenario knows it as one), local, or the lowest found; none otherwise
 * @param minimum its index among the minima found, in the order they were found in (x, then y); −1 for
 *                any other kind
 */
public record CriticalPoint(CriticalPoints.Point point, Note note, int minimum) {

    /** What the window can say of a minimum found. */
    public enum Note {
        /** Not a minimum. */
        NONE,
        /** At a minimum the scenario knows to be global. */
        GLOBAL,
        /** The lowest minimum found in the view, and not one the scenario knows. */
        LOWEST_FOUND,
        /** Any other minimum: one the scenario knows as local, or higher than the lowest found. */
        LOCAL;

        /** none, global, lowest-found, local: the tail of its text's key. */
        public String id() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    public CriticalPoints.Kind kind() {
        return point.kind();
    }

    public double x() {
        return point.x();
    }

    public double y() {
        return point.y();
    }

    /**
     * A coordinate of the point as a table shows it: 0 for what Newton's method leaves of a zero (1.3e-14 at
     * the origin), which it finds to about 1e-10 of the point's size.
     */
    public double shown(double coordinate) {
        return Math.abs(coordinate) <= 1e-10 * Math.max(1, Math.abs(x()) + Math.abs(y())) ? 0 : coordinate;
    }
}
