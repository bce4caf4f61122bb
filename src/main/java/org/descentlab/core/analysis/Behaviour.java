package org.descentlab.core.analysis;

import java.util.Locale;

import org.descentlab.core.field.ScalarField;
import org.descentlab.core.run.RowListener;
import org.descentlab.core.run.RunConfig;
import org.descentlab.core.run.Runner;
import org.descentlab.core.run.Stop;
import org.descentlab.core.run.StopReason;
import org.descentlab.core.run.Trajectory;

/**
 * How one run of a sweep or a stability map behaved: where it ended, how, and which of the learning rate's
 * regions that puts it in. The run is exactly {@link Runner}'s (the same steps, noise and stop rules).
 *
 * @param finalF f at the last row
 * @param steps  the step it stopped at
 * @param stop   how it stopped (a divergence with its cause)
 * @param region the region, by {@link Region}'s rule
 */
public record Behaviour(double finalF, int steps, Stop stop, Region region) {

    /**
     * The regions of the learning rate, decided in this order:
     * <ol>
     * <li>{@link #DIVERGES}: the run diverged (the stop says why: overshoot, unbounded, undefined);</li>
     * <li>{@link #OSCILLATES}: it converged or reached the step limit, and the step reversed direction
     * (Δx_t · Δx_{t−1} &lt; 0, Δx_t = x_t − x_{t−1}) in more than half of its pairs of consecutive steps;</li>
     * <li>{@link #CONVERGES}: it converged (‖∇f‖ ≤ tol) without that;</li>
     * <li>{@link #TOO_SLOW}: it reached the step limit still moving, without that.</li>
     * </ol>
     */
    public enum Region {
        TOO_SLOW, CONVERGES, OSCILLATES, DIVERGES;

        /** As written in files: too-slow, converges, oscillates, diverges. */
        public String id() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    /** The run of {@code config} on {@code field}, and its region. */
    public static Behaviour of(ScalarField field, RunConfig config) {
        Reversals rows = new Reversals();
        Stop stop = Runner.stream(field, config, rows);
        return new Behaviour(rows.f, stop.step(), stop, region(stop, rows.reversed, rows.pairs));
    }

    /** The region of a run already made, by the same rule as {@link #of}. */
    public static Region region(Trajectory t) {
        Reversals rows = new Reversals();
        for (int k = 0; k < t.size(); k++) {
            rows.row(k, t.x(k), t.y(k), t.f(k), t.gradX(k), t.gradY(k));
        }
        return region(t.stop(), rows.reversed, rows.pairs);
    }

    /** The region of a run that stopped so, its step reversing in {@code reversed} of {@code pairs} consecutive pairs. */
    static Region region(Stop stop, int reversed, int pairs) {
        if (stop.reason() == StopReason.DIVERGED) {
            return Region.DIVERGES;
        }
        if (2 * reversed > pairs) {
            return Region.OSCILLATES;
        }
        return stop.reason() == StopReason.CONVERGED ? Region.CONVERGES : Region.TOO_SLOW;
    }

    /** Counts the pairs of consecutive steps and those that point against each other; keeps the last f. */
    private static final class Reversals implements RowListener {
        double f = Double.NaN;
        int pairs;
        int reversed;
        private double x;
        private double y;
        private double dx;
        private double dy;

        @Override
        public void row(int step, double px, double py, double value, double gradX, double gradY) {
            f = value;
            if (step > 0) {
                double nx = px - x;
                double ny = py - y;
                if (step > 1) {
                    pairs++;
                    if (nx * dx + ny * dy < 0) {
                        reversed++;
                    }
                }
                dx = nx;
                dy = ny;
            }
            x = px;
            y = py;
        }
    }
}
