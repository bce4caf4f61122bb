package org.descentlab.core.analysis;

import java.util.ArrayList;
import java.util.List;

import org.descentlab.core.Validate;
import org.descentlab.core.field.Derivatives;
import org.descentlab.core.field.ScalarField;
import org.descentlab.core.run.StopReason;
import org.descentlab.core.run.Trajectory;

/**
 * One row of the results table: how a run ended and where.
 *
 * @param reason   why it stopped
 * @param steps    the step it stopped at
 * @param finalF   f at the last row
 * @param finalGradientNorm ‖∇f‖ at the last row
 * @param minimum  the minimum it ended in, or null when its last point is not at one
 * @param distance from the last point to that minimum; when it ended in none, to the nearest known
 *                 minimum (NaN when there is none)
 */
public record RunOutcome(StopReason reason, int steps, double finalF, double finalGradientNorm, Minimum minimum,
        double distance) {

    /** A minimum: one the user knew of, or one a run found. */
    public record Minimum(double x, double y, boolean known) {
        /** "(1, 1)" for a known minimum, "found (−2.805, 3.131)" for a found one. */
        public String label() {
            String at = "(" + round(x) + ", " + round(y) + ")";
            return known ? at : "found " + at;
        }

        private static String round(double v) {
            String s = String.format(java.util.Locale.ROOT, "%.4g", v);
            return s.contains(".") && !s.contains("e") ? s.replaceAll("0+$", "").replaceAll("\\.$", "") : s;
        }
    }

    /** How near (relative to the domain's diagonal) a last point must be to count as at a minimum. */
    public static final double MATCH_RADIUS = 1e-3;
    /** A last point whose gradient is at most this (or the run's tolerance, if larger) may be at a minimum. */
    public static final double STATIONARY = 1e-4;

    /**
     * The outcomes of runs on one landscape. Found minima are shared: two runs that end at the same new
     * minimum report the same point.
     *
     * @param scale the size of the landscape (e.g. its domain's diagonal), for the matching radius
     */
    public static List<RunOutcome> of(List<Trajectory> runs, ScalarField field, List<double[]> known, double scale) {
        Validate.isTrue(scale > 0 && Double.isFinite(scale), "scale must be a positive number, got " + scale);
        double radius = MATCH_RADIUS * scale;
        List<Minimum> minima = new ArrayList<>();
        for (double[] k : known) {
            minima.add(new Minimum(k[0], k[1], true));
        }
        List<RunOutcome> out = new ArrayList<>();
        for (Trajectory t : runs) {
            int k = t.lastStep();
            double x = t.x(k);
            double y = t.y(k);
            Minimum at = null;
            if (t.stop().reason() != StopReason.DIVERGED && isMinimum(field, x, y)) {
                at = nearest(minima, x, y, radius);
                if (at == null) {
                    at = new Minimum(x, y, false);
                    minima.add(at);
                }
            }
            double distance = at != null ? Math.hypot(x - at.x(), y - at.y()) : nearestKnownDistance(known, x, y);
            out.add(new RunOutcome(t.stop().reason(), t.stop().step(), t.f(k), t.gradNorm(k), at, distance));
        }
        return out;
    }

    /**
     * Judged on ∇f by central differences whatever the run's own gradient was: a run on forward differences
     * with a large h stops where its biased gradient vanishes, which is no minimum.
     */
    private static boolean isMinimum(ScalarField field, double x, double y) {
        if (!Double.isFinite(x) || !Double.isFinite(y)) {
            return false;
        }
        double[] g = Derivatives.gradient(field, x, y);
        if (!(Math.hypot(g[0], g[1]) <= STATIONARY)) {
            return false;
        }
        double[] h = Derivatives.hessian(field, x, y);
        return h[0] > 0 && h[0] * h[2] - h[1] * h[1] > 0;
    }

    private static Minimum nearest(List<Minimum> minima, double x, double y, double radius) {
        Minimum best = null;
        double bestDistance = radius;
        for (Minimum m : minima) {
            double d = Math.hypot(x - m.x(), y - m.y());
            if (d <= bestDistance) {
                best = m;
                bestDistance = d;
            }
        }
        return best;
    }

    private static double nearestKnownDistance(List<double[]> known, double x, double y) {
        double best = Double.NaN;
        for (double[] k : known) {
            double d = Math.hypot(x - k[0], y - k[1]);
            if (!(d >= best)) {
                best = d;
            }
        }
        return best;
    }
}
