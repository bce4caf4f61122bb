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

    /** Keras's decoupled weight decay, applied before every update: x ← x − x·weight_decay·lr. */
    static void kerasDecay(double[] x, double weightDecay, double lr) {
        if (weightDecay != 0) {
            for (int i = 0; i < x.length; i++) {
                x[i] = x[i] - x[i] * weightDecay * lr;
            }
        }
    }
}
