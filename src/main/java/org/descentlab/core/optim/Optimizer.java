package org.descentlab.core.optim;

import java.util.List;
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

    /**
     * What sets this optimizer apart, in declared order: the learning rate, and every hyper-parameter not at
     * its convention's default. A spec and a label name these.
     */
    default List<ParameterSpec> notableParameters() {
        Hyperparameters p = parameters();
        return type().parameters().stream()
                .filter(spec -> spec.name().equals("lr") || !p.isDefault(spec.name(), convention())).toList();
    }

    /** Name to value as text (flags as true/false), in declared order. */
    default Map<String, String> describe() {
        return parameters().texts();
    }
}
