package org.descentlab.core.optim;

import org.descentlab.core.field.Differences;
import org.descentlab.core.field.ScalarField;

/** What an update may ask for beyond the gradient. */
public interface StepContext {

    /**
     * The function being minimised (Newton needs its Hessian); in a mini-batch run, the mean loss of this update's
     * batch, so that any point an update evaluates is on the same batch.
     */
    ScalarField field();

    /**
     * How the run takes gradients: the gradient a step is given was taken this way, and so must any other
     * gradient of {@link #field()} an update takes. L-BFGS's line search does, at each trial point, without
     * the run's noise (Nesterov is PyTorch's form, which needs no gradient at a look-ahead point). Newton's
     * Hessian is not a gradient and keeps its own step.
     */
    default Differences differences() {
        return Differences.DEFAULT;
    }

    /**
     * Records a point other than x where this update evaluated f and its gradient, in the order evaluated: a
     * line search's trial point. The run keeps it with the step ({@code Trajectory.trials}); a context that
     * keeps none ignores it.
     */
    default void trial(double x, double y, double f) {
    }

    /** The 1-based number of the update being made. */
    int step();

    /** Records something the user should know about this step, e.g. a fallback. */
    void note(String message);

    /** Where to write the rule of this update; {@link Trace#OFF} unless this step is being explained. */
    default Trace trace() {
        return Trace.OFF;
    }
}
