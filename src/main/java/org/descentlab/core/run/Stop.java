package org.descentlab.core.run;

import org.descentlab.core.Validate;

/**
 * How a run ended.
 *
 * @param reason   why
 * @param step     the row that triggered the stop (it is the trajectory's last row)
 * @param detail   in words, e.g. "f overflowed (Infinity)" or "|grad f| <= 1.0E-6"
 * @param cause    why it diverged (overshoot, unbounded or undefined: see {@link Divergence}); null for a run
 *                 that did not
 * @param standing for a run that reached its step limit or its schedule's end, how it stood there (a
 *                 {@link Runner}'s run always says); null otherwise
 */
public record Stop(StopReason reason, int step, String detail, Divergence cause, Standing standing) {

    public Stop {
        Validate.notNull("reason", reason);
        Validate.notNull("detail", detail);
        Validate.isTrue((reason == StopReason.DIVERGED) == (cause != null), "a cause is given for a divergence, and only then");
        Validate.isTrue(standing == null || reason == StopReason.MAX_STEPS, "a standing is given for a stop at the step limit only");
    }

    /** A stop without a standing. */
    public Stop(StopReason reason, int step, String detail, Divergence cause) {
        this(reason, step, detail, cause, null);
    }

    /** A stop that is not a divergence. */
    public Stop(StopReason reason, int step, String detail) {
        this(reason, step, detail, null, null);
    }

    /** The same stop, standing so. */
    public Stop withStanding(Standing s) {
        return new Stop(reason, step, detail, cause, s);
    }

    /** Whether the run stopped where its schedule ends (OneCycleLR past total_steps), not at its own step limit. */
    public boolean scheduleEnded() {
        return reason == StopReason.MAX_STEPS && detail.startsWith(Runner.SCHEDULE_ENDS);
    }
}
