package org.descentlab.core.optim;

import java.util.Map;

/**
 * An optimizer's validated, immutable hyper-parameters. {@link #start()} begins one run: the run's
 * mutable state (velocity, moments) lives in the returned {@link Stepper}, never here.
 */
public interface Optimizer {

    OptimizerType type();

    /** Fresh state for one run. */
    Stepper start();

    /** The hyper-parameters by name. */
    Hyperparameters parameters();

    /** Whose update rule this is; PyTorch's unless made with Keras's convention. */
    default Convention convention() {
        return Convention.PYTORCH;
    }

    /** Name to value as text (flags as true/false), in declared order. */
    default Map<String, String> describe() {
        return parameters().texts();
    }
}
