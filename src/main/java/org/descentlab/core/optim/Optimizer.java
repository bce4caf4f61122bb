package org.descentlab.core.optim;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An optimizer's validated, immutable hyper-parameters. {@link #start()} begins one run: the run's
 * mutable state (velocity, moments) lives in the returned {@link Stepper}, never here.
 */
public interface Optimizer {

    OptimizerType type();

    /** Fresh state for one run. */
    Stepper start();

    /** Hyper-parameter values in the order of {@link OptimizerType#parameters()}; flags as 0 or 1. */
    double[] values();

    /** Whose update rule this is; PyTorch's unless made with Keras's convention. */
    default Convention convention() {
        return Convention.PYTORCH;
    }

    /** Name to value as text (flags as true/false), in declared order. */
    default Map<String, String> describe() {
        Map<String, String> out = new LinkedHashMap<>();
        double[] values = values();
        for (int k = 0; k < values.length; k++) {
            ParameterSpec spec = type().parameters().get(k);
            out.put(spec.name(), spec.bool() ? String.valueOf(values[k] != 0) : Double.toString(values[k]));
        }
        return out;
    }
}
