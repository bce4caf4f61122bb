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
     * gradient of {@link #field()} an update takes (none does today: Nesterov is PyTorch's form, which
     * needs no gradient at a look-ahead point). Newton's Hessian is not a gradient and keeps its own step.
     */
    default Differences differences() {
        return Differences.DEFAULT;
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
