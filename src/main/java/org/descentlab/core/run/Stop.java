package org.descentlab.core.run;

import org.descentlab.core.Validate;

/**
 * How a run ended.
 *
 * @param reason why
 * @param step   the row that triggered the stop (it is the trajectory's last row)
 * @param detail in words, e.g. "f overflowed (Infinity)" or "|grad f| <= 1.0E-6"
 * @param cause  why it diverged (overshoot, unbounded or undefined: see {@link Divergence}); null for a run
 *               that did not
 */
public record Stop(StopReason reason, int step, String detail, Divergence cause) {

    public Stop {
        Validate.notNull("reason", reason);
        Validate.notNull("detail", detail);
        Validate.isTrue((reason == StopReason.DIVERGED) == (cause != null), "a cause is given for a divergence, and only then");
    }

    /** A stop that is not a divergence. */
    public Stop(StopReason reason, int step, String detail) {
        this(reason, step, detail, null);
    }
}
