package org.descentlab.core.run;

import java.util.Optional;

/** The standard stop rules. */
final class StopRules {

    /** A run that gets this far from its start, relative to max(1, ‖x₀‖), has diverged. */
    static final double MAX_TRAVEL = 1e8;

    private StopRules() {
    }

    static Optional<Stop> diverged(Trajectory t, RunConfig config) {
        int k = t.lastStep();
        double x = t.x(k);
        double y = t.y(k);
        double f = t.f(k);
        String why;
        boolean ranAway;
        if (!Double.isFinite(x) || !Double.isFinite(y)) {
            why = "the point is not finite (x " + x + ", y " + y + ")";
            ranAway = true;
        } else if (!Double.isFinite(f)) {
            why = Double.isNaN(f) ? "f is undefined (NaN) at (" + x + ", " + y + ")" : "f overflowed (" + f + ")";
            ranAway = f == Double.NEGATIVE_INFINITY;
        } else if (!Double.isFinite(t.gradX(k)) || !Double.isFinite(t.gradY(k))) {
            why = "the gradient is not finite (" + t.gradX(k) + ", " + t.gradY(k) + ")";
            ranAway = false;
        } else {
            double limit = MAX_TRAVEL * Math.max(1.0, Math.hypot(config.x0(), config.y0()));
            if (!(Math.hypot(x - config.x0(), y - config.y0()) > limit)) {
                return Optional.empty();
            }
            why = "moved more than " + limit + " from the start";
            ranAway = true;
        }
        return Optional.of(new Stop(StopReason.DIVERGED, k, why, Divergence.of(t, k, ranAway)));
    }

    static Optional<Stop> converged(Trajectory t, RunConfig config) {
        int k = t.lastStep();
        if (config.tolerance() > 0 && t.gradNorm(k) <= config.tolerance()) {
            return Optional.of(new Stop(StopReason.CONVERGED, k, "|grad f| <= " + config.tolerance()));
        }
        return Optional.empty();
    }

    static Optional<Stop> stepLimit(Trajectory t, RunConfig config) {
        int k = t.lastStep();
        if (k >= config.maxSteps()) {
            return Optional.of(new Stop(StopReason.MAX_STEPS, k, "reached the step limit " + config.maxSteps()));
        }
        return Optional.empty();
    }
}
