package org.descentlab.ui;

import org.descentlab.core.run.Stop;
import org.descentlab.core.run.Trajectory;

/** How a run ended, in words a student reads at a glance. */
final class Status {

    private Status() {
    }

    static String of(Trajectory t, double tolerance) {
        Stop stop = t.stop();
        int k = stop.step();
        return switch (stop.reason()) {
            case CONVERGED -> "Converged after " + k + (k == 1 ? " step" : " steps") + " (‖∇f‖ < " + Ticks.label(tolerance) + ")";
            case DIVERGED -> "Diverged at step " + k + ": " + divergence(stop.detail()) + " — try a smaller learning rate";
            case MAX_STEPS -> "Stopped at the step limit (" + k + "): "
                    + (t.gradNorm(k) > Math.max(tolerance, 1e-12) * 10 ? "still moving" : "nearly still");
        };
    }

    private static String divergence(String detail) {
        if (detail.startsWith("f overflowed")) {
            return "f overflowed";
        }
        if (detail.startsWith("f is undefined")) {
            return "f is undefined there";
        }
        if (detail.startsWith("moved more than")) {
            return "the point ran off to infinity";
        }
        return detail;
    }
}
