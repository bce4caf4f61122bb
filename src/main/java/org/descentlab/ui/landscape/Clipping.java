package org.descentlab.ui.landscape;

/**
 * Cuts a segment to a rectangle, in double precision and in plane units, before anything reaches the
 * canvas: a diverging path's points lie at 1e9 and beyond, where the canvas's float maths bends lines.
 * Liang and Barsky's parametric clip: the part kept is {@code p0 + t·(p1 − p0)} for t in [t0, t1].
 */
final class Clipping {

    private Clipping() {
    }

    /** The rectangle [xmin, xmax] × [ymin, ymax]. */
    record Box(double xmin, double xmax, double ymin, double ymax) {

        boolean contains(double x, double y) {
            return x >= xmin && x <= xmax && y >= ymin && y <= ymax;
        }
    }

    /**
     * The part of a segment inside a box.
     *
     * @param x0    the kept part's first end
     * @param x1    its last end
     * @param leaves whether the segment goes on beyond the box after {@code (x1, y1)}: the path leaves
     *              the view there
     */
    record Piece(double x0, double y0, double x1, double y1, boolean leaves) {
    }

    /** The part of the segment from (x0, y0) to (x1, y1) inside {@code box}, or null for none. */
    static Piece clip(Box box, double x0, double y0, double x1, double y1) {
        double dx = x1 - x0;
        double dy = y1 - y0;
        if (!Double.isFinite(dx) || !Double.isFinite(dy)) {
            return null;
        }
        double[] t = {0, 1};
        if (!edge(-dx, x0 - box.xmin(), t) || !edge(dx, box.xmax() - x0, t)
                || !edge(-dy, y0 - box.ymin(), t) || !edge(dy, box.ymax() - y0, t)) {
            return null;
        }
        double sx = t[0] == 0 ? x0 : x0 + t[0] * dx;
        double sy = t[0] == 0 ? y0 : y0 + t[0] * dy;
        double ex = t[1] == 1 ? x1 : x0 + t[1] * dx;
        double ey = t[1] == 1 ? y1 : y0 + t[1] * dy;
        return new Piece(sx, sy, ex, ey, t[1] < 1);
    }

    /**
     * One edge's constraint {@code p·t ≤ q}: narrows [t0, t1]; false when nothing is left.
     */
    private static boolean edge(double p, double q, double[] t) {
        if (p == 0) {
            return q >= 0;
        }
        double r = q / p;
        if (p < 0) {
            if (r > t[1]) {
                return false;
            }
            t[0] = Math.max(t[0], r);
        } else {
            if (r < t[0]) {
                return false;
            }
            t[1] = Math.min(t[1], r);
        }
        return true;
    }
}
