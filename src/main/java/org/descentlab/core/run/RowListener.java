package org.descentlab.core.run;

/**
 * Takes a run's rows as they are made ({@link Runner#stream}): for a run too long to keep, such as the
 * command line's {@code run} of millions of steps. What it throws ends the run and reaches the caller.
 */
public interface RowListener {

    /** Row {@code step}: the point, f there and the noise-free gradient, as {@link Trajectory} holds them. */
    void row(int step, double x, double y, double f, double gradX, double gradY);

    /** Something the user should know about one step, e.g. Newton's fallback; see {@link Trajectory#notes()}. */
    default void note(int step, String message) {
    }
}
