package org.descentlab.core.optim;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Whose defaults and update rules an optimizer follows. PyTorch (torch.optim) is the default. Keras
 * (Keras 3 / TensorFlow) differs in defaults (e.g. Adam's epsilon 1e-7, RMSprop's rho 0.9), in where
 * epsilon goes (inside the square root for RMSprop and Adagrad, "epsilon hat" for Adam, outside the
 * maximum for Adamax), and in weight decay, which Keras always decouples: x ← x − lr·weight_decay·x
 * before the update.
 */
public enum Convention {
    PYTORCH, KERAS;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** How it is shown: "PyTorch" or "Keras / TensorFlow". */
    public String label() {
        return this == PYTORCH ? "PyTorch" : "Keras / TensorFlow";
    }

    public static Optional<Convention> byId(String id) {
        return Arrays.stream(values()).filter(c -> c.id().equals(id)).findFirst();
    }

    /** @throws IllegalArgumentException naming what is accepted */
    public static Convention require(String id) {
        return byId(id).orElseThrow(() -> new IllegalArgumentException(
                "defaults must be pytorch or keras, got '" + id + "'"));
    }
}
