package org.descentlab.core.run;

import org.descentlab.core.Validate;

/**
 * How a run ended.
 *
 * @param reason why
 * @param step   the row that triggered the stop (it is the trajectory's last row)
 * @param detail in words, e.g. "f is not finite (Infinity)" or "‖∇f‖ ≤ 1.0E-6"
 */
public record Stop(StopReason reason, int step, String detail) {

    public Stop {
        Validate.notNull("reason", reason);
        Validate.notNull("detail", detail);
    }
}
