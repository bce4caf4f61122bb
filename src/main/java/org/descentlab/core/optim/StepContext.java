package org.descentlab.core.optim;

import org.descentlab.core.field.ScalarField;

/** What an update may ask for beyond the gradient. */
public interface StepContext {

    /** The function being minimised (Newton needs its Hessian). */
    ScalarField field();

    /** The 1-based number of the update being made. */
    int step();

    /** Records something the user should know about this step, e.g. a fallback. */
    void note(String message);

    /** Where to write the rule of this update; {@link Trace#OFF} unless this step is being explained. */
    default Trace trace() {
        return Trace.OFF;
    }
}
