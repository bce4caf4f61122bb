package org.descentlab.ui.runs;

import java.util.List;

import org.descentlab.core.analysis.RunOutcome;
import org.descentlab.core.run.Trajectory;
import org.descentlab.core.scenario.RunSettings;
import org.descentlab.ui.base.Numbers;
import org.descentlab.ui.base.Text;

/**
 * One run as the run list, the results table and the status line show it: its settings and everything
 * derived from them. Replaced whole when anything about the run changes.
 *
 * @param index      its place in the list, from 0
 * @param settings   as the scenario holds them
 * @param label      what the list, legend and table call it
 * @param trajectory its path on the current landscape
 * @param ghosts     its previous paths, newest first
 * @param status     how it ended, in a sentence
 * @param outcome    how it ended and where, for the results table
 */
public record RunItem(int index, RunSettings settings, String label, Trajectory trajectory, List<Trajectory> ghosts,
        String status, RunOutcome outcome) {

    public RunItem {
        ghosts = List.copyOf(ghosts);
    }

    /** Its place counting from 1, as {@code compare} numbers runs. */
    public int number() {
        return index + 1;
    }

    /** "converged at 123", "diverged at 5", "step limit 1000". */
    public String stopped() {
        return RunLabels.stopped(trajectory.stop());
    }

    /** The minimum it ended in, or "none". */
    public String minimum() {
        return outcome.minimum() == null ? Text.get("results.none") : minimumLabel(outcome.minimum());
    }

    private static String minimumLabel(RunOutcome.Minimum m) {
        String at = Numbers.pair(m.x(), m.y());
        return m.known() ? at : Text.format("results.found", at);
    }
}
