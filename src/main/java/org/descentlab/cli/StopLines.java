package org.descentlab.cli;

import org.descentlab.core.run.Stop;
import org.descentlab.core.run.StopReason;

/**
 * How a run ended, in the words every command prints: {@code REASON at step K}, for a divergence
 * {@code diverged at step K: CAUSE}, and at the step limit how the run stood there, as the window says it, so
 * that a reader of {@code stop: REASON at step K} still finds its prefix.
 */
final class StopLines {

    private StopLines() {
    }

    /**
     * "converged at step 12", "diverged at step 27: overshoot", "max-steps at step 1000: still moving, |grad f| =
     * 0.3", and where the schedule ended the run, "max-steps at step 101: the schedule ends: Tried to step 101
     * times. The specified number of total steps is 100; frozen, the learning rate fell to ~0 (…)".
     */
    static String of(Stop stop) {
        String line = stop.reason().id() + " at step " + stop.step();
        return switch (stop.reason()) {
            case CONVERGED -> line;
            case DIVERGED -> line + ": " + stop.cause().id();
            case MAX_STEPS -> line + ": " + (stop.scheduleEnded() ? stop.detail() + "; " : "")
                    + (stop.standing() == null ? stop.detail() : stop.standing().text());
        };
    }

    /** What went wrong and what to do about it, for the note of a diverged run. */
    static String advice(Stop stop) {
        return switch (stop.cause()) {
            case OVERSHOOT -> "f grew, or the point swung back and forth ever wider, as it ran away: the steps are"
                    + " too large; try a smaller learning rate";
            case UNBOUNDED -> "f fell as the point ran away: f has no minimum in that direction, so running off is correct";
            case UNDEFINED -> stop.step() == 0 ? "f is not defined at the start, whatever the learning rate: pick another start"
                    : "it stepped out of where f is defined: a smaller learning rate may keep it inside, unless f"
                    + " keeps falling towards that edge (as log x does towards 0), where there is no minimum to find";
        };
    }
}
