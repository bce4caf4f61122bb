package org.descentlab.core.analysis;

import java.util.Locale;

import org.descentlab.core.field.ScalarField;
import org.descentlab.core.run.Divergence;
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
     * <li>{@link #DIVERGES}: the run diverged (the stop says why: overshoot, unbounded, undefined), or it reached
     * the step limit running away ({@link Behaviour#cause()} unbounded): f below its start, and ‖∇f‖ at least twice
     * its start's and larger at each of the last {@value Reversals#GROWING} rows than at the one before, as on a
     * saddle where the point falls away at a rate too small to reach the runner's divergence distance in time;</li>
     * <li>{@link #OSCILLATES}: it converged or reached the step limit, and for x or for y the step reversed sign
     * (Δ_t · Δ_{t−1} &lt; 0 in that coordinate, Δ_t = x_t − x_{t−1}) in more than half of that coordinate's pairs
     * of consecutive moving steps, and at least {@value Reversals#LEAST} times (a coordinate moves where its step
     * is more than 1e-3 of the whole step): a zig-zag across a valley reverses across it, not along it, and a run
     * that converges in two or three steps has too few reversals to swing;</li>
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
        return new Behaviour(rows.f, stop.step(), stop, region(stop, rows));
    }

    /** The region of a run already made, by the same rule as {@link #of}. */
    public static Region region(Trajectory t) {
        Reversals rows = new Reversals();
        for (int k = 0; k < t.size(); k++) {
            rows.row(k, t.x(k), t.y(k), t.f(k), t.gradX(k), t.gradY(k));
        }
        return region(t.stop(), rows);
    }

    /**
     * Why it diverged: the stop's cause, or {@link Divergence#UNBOUNDED} for a run that reached the step limit
     * running away; null for a run that did not diverge.
     */
    public Divergence cause() {
        return stop.reason() == StopReason.DIVERGED ? stop.cause() : region == Region.DIVERGES ? Divergence.UNBOUNDED : null;
    }

    /** The region of a run that stopped so, whose rows were {@code rows}. */
    static Region region(Stop stop, Reversals rows) {
        if (stop.reason() == StopReason.DIVERGED || stop.reason() == StopReason.MAX_STEPS && rows.runsAway()) {
            return Region.DIVERGES;
        }
        if (rows.oscillates()) {
            return Region.OSCILLATES;
        }
        return stop.reason() == StopReason.CONVERGED ? Region.CONVERGES : Region.TOO_SLOW;
    }

    /**
     * Counts, for each coordinate, its pairs of consecutive moving steps and those whose signs are opposite;
     * keeps the last f. A coordinate's step counts as moving when it is more than {@link #SHARE} of the whole
     * step's length, and the whole step more than {@link #TINY}·max(1, ‖x_t‖): a coordinate that has settled
     * (at its minimum, or left with rounding noise while the other still travels) and a run at rest say nothing
     * about reversing.
     */
    static final class Reversals implements RowListener {
        /** The least part of the whole step a coordinate's step must be to count. */
        static final double SHARE = 1e-3;
        /** Whole steps at most this, relative to max(1, ‖x‖), are rounding, not motion. */
        static final double TINY = 1e-12;
        /** The fewest reversals that make a coordinate oscillate. */
        static final int LEAST = 3;
        /** The last rows over which a run that runs away has had ‖∇f‖ growing. */
        static final int GROWING = 6;

        double f = Double.NaN;
        private double f0 = Double.NaN;
        private double grad0 = Double.NaN;
        private double grad = Double.NaN;
        /** Rows in a row, up to the last, whose ‖∇f‖ is above the one before. */
        private int growing;
        /** Per coordinate, x then y: pairs of consecutive moving steps, and those that reversed. */
        final int[] pairs = new int[2];
        final int[] reversed = new int[2];
        private final double[] last = new double[2];
        /** The previous step, a coordinate that did not move there being 0. */
        private final double[] previous = new double[2];

        @Override
        public void row(int step, double px, double py, double value, double gradX, double gradY) {
            f = value;
            double g = Math.hypot(gradX, gradY);
            growing = g > grad ? growing + 1 : 0;
            grad = g;
            if (step == 0) {
                f0 = value;
                grad0 = g;
            }
            if (step > 0) {
                double[] d = {px - last[0], py - last[1]};
                double length = Math.hypot(d[0], d[1]);
                boolean moved = length > TINY * Math.max(1, Math.hypot(px, py));
                for (int i = 0; i < 2; i++) {
                    double now = moved && Math.abs(d[i]) > SHARE * length ? d[i] : 0;
                    if (now != 0 && previous[i] != 0) {
                        pairs[i]++;
                        if ((now < 0) != (previous[i] < 0)) {
                            reversed[i]++;
                        }
                    }
                    previous[i] = now;
                }
            }
            last[0] = px;
            last[1] = py;
        }

        /** Whether for x or for y the step reversed in more than half of that coordinate's pairs, and at least {@link #LEAST} times. */
        boolean oscillates() {
            return 2 * reversed[0] > pairs[0] && reversed[0] >= LEAST || 2 * reversed[1] > pairs[1] && reversed[1] >= LEAST;
        }

        /** Whether f fell below its start while ‖∇f‖ grew to twice its start's, growing over the last {@link #GROWING} rows. */
        boolean runsAway() {
            return f < f0 && grad >= 2 * grad0 && growing >= GROWING;
        }
    }
}
