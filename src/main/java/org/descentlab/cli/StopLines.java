package org.descentlab.cli;

import org.descentlab.core.run.Stop;
import org.descentlab.core.run.StopReason;

/**
 * How a run ended, in the words every command prints: {@code REASON at step K}, and for a divergence
 * {@code diverged at step K: CAUSE}, so that a reader of {@code stop: REASON at step K} still finds its
 * prefix.
 */
final class StopLines {

    private StopLines() {
    }

    /** "converged at step 12", "max-steps at step 1000", "diverged at step 27: overshoot". */
    static String of(Stop stop) {
        String line = stop.reason().id() + " at step " + stop.step();
        return stop.reason() == StopReason.DIVERGED ? line + ": " + stop.cause().id() : line;
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
