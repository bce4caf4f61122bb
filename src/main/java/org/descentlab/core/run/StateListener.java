package org.descentlab.core.run;

/**
 * Takes a run's rows with the optimizer's state as they are made ({@link Runner#streamStates}), in one pass
 * and the same memory for any length. What it throws ends the run and reaches the caller.
 */
public interface StateListener {

    /** The next row; {@code row.step()} counts from 0. */
    void row(StateRow row);

    /** Something the user should know about one step, e.g. Newton's fallback; see {@link Trajectory#notes()}. */
    default void note(int step, String message) {
    }
}
