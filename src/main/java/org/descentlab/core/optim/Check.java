package org.descentlab.core.optim;

import org.descentlab.core.Validate;

/** Preconditions shared by the optimizers. */
final class Check {

    private Check() {
    }

    static void convention(Convention convention) {
        Validate.notNull("convention", convention);
    }

    /** A PyTorch-only parameter must keep its neutral value under Keras's convention. */
    static void pytorchOnly(String optimizer, String parameter, double value, double neutral, Convention convention) {
        if (convention == Convention.KERAS && value != neutral) {
            throw new IllegalArgumentException(optimizer + ": " + parameter + " is PyTorch's; Keras has none, so it must be "
                    + ParameterSpec.format(neutral) + " with defaults=keras, got " + ParameterSpec.format(value));
        }
    }

    /** A PyTorch-only flag must be false under Keras's convention. */
    static void pytorchOnly(String optimizer, String parameter, boolean value, Convention convention) {
        if (convention == Convention.KERAS && value) {
            throw new IllegalArgumentException(optimizer + ": " + parameter + " is PyTorch's; Keras has none, so it must be"
                    + " false with defaults=keras, got true");
        }
    }
}
