package org.descentlab.core.run;

import static org.descentlab.core.NumberText.exact;
import static org.descentlab.core.NumberText.rounded;

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
            why = "the point is not finite (x " + exact(x) + ", y " + exact(y) + ")";
            ranAway = true;
        } else if (!Double.isFinite(f)) {
            why = Double.isNaN(f) ? "f is undefined (NaN) at (" + exact(x) + ", " + exact(y) + ")"
                    : "f overflowed (" + exact(f) + ")";
            ranAway = f == (climbs(config) ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY);
        } else if (!Double.isFinite(t.gradX(k)) || !Double.isFinite(t.gradY(k))) {
            why = "the gradient is not finite (" + exact(t.gradX(k)) + ", " + exact(t.gradY(k)) + ")";
            ranAway = false;
        } else {
            double limit = MAX_TRAVEL * Math.max(1.0, Math.hypot(config.x0(), config.y0()));
            double dx = x - config.x0();
            double dy = y - config.y0();
            // squares, not hypot: this runs every step; a square that overflows is past the limit too
            if (!(dx * dx + dy * dy > limit * limit)) {
                return Optional.empty();
            }
            // the limit is a rough bound: "1.8e8", not 1.8006943105369106E8
            why = "moved more than " + rounded(limit, 3) + " from the start";
            ranAway = true;
        }
        return Optional.of(new Stop(StopReason.DIVERGED, k, why, Divergence.of(t, k, ranAway, climbs(config))));
    }

    /** Whether the run's optimizer maximizes f (torch's maximize=True). */
    static boolean climbs(RunConfig config) {
        return config.optimizer().type().parameter("maximize").isPresent() && config.optimizer().parameters().flag("maximize");
    }

    static Optional<Stop> converged(Trajectory t, RunConfig config) {
        int k = t.lastStep();
        if (config.tolerance() > 0 && t.gradNorm(k) <= config.tolerance()) {
            return Optional.of(new Stop(StopReason.CONVERGED, k, "|grad f| <= " + exact(config.tolerance())));
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
