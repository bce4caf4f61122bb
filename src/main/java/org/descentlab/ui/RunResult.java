package org.descentlab.ui;

import org.descentlab.core.analysis.RunOutcome;

/**
 * A row of the results table.
 *
 * @param run     the run
 * @param number  its 1-based place in the run list, as in {@code compare}'s CSV
 * @param outcome how it ended and where
 */
public record RunResult(RunViewModel run, int number, RunOutcome outcome) {

    /** "converged at 123", "diverged at 5", "step limit 1000". */
    public String stopped() {
        return switch (outcome.reason()) {
            case CONVERGED -> "converged at " + outcome.steps();
            case DIVERGED -> "diverged at " + outcome.steps();
            case MAX_STEPS -> "step limit " + outcome.steps();
        };
    }

    /** The minimum it ended in, "none", or "none (diverged)". */
    public String minimum() {
        return outcome.minimum() == null ? "none" : outcome.minimum().label();
    }
}
