package org.descentlab.core.optim;

import java.util.List;

/** The mutable state of one optimizer in one run, and its update rule. */
public interface Stepper {

    /**
     * Applies update number {@code t} (1-based) in place.
     *
     * @param x       the point, overwritten with the next point
     * @param grad    the gradient to use: noisy and clipped as the run asks; may be modified
     * @param context the field and a place for notes
     */
    void step(double[] x, double[] grad, StepContext context);

    /** Names of the state values this optimizer keeps, e.g. {@code m_x, m_y, v_x, v_y}. */
    default List<String> stateNames() {
        return List.of();
    }

    /** Writes the current state values, in the order of {@link #stateNames()}. */
    default void readState(double[] out) {
    }
}
