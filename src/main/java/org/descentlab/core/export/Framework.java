package org.descentlab.core.export;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

import org.descentlab.core.optim.Convention;

/** A framework a run can be exported to as Python code: PyTorch or Keras 3. */
public enum Framework {
    PYTORCH("PyTorch", Convention.PYTORCH),
    KERAS("Keras", Convention.KERAS);

    private final String label;
    private final Convention convention;

    Framework(String label, Convention convention) {
        this.label = label;
        this.convention = convention;
    }

    /** "pytorch" or "keras", as the command line says it. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** "PyTorch" or "Keras". */
    public String label() {
        return label;
    }

    /** The convention whose update rules are this framework's own. */
    public Convention convention() {
        return convention;
    }

    public static Optional<Framework> byId(String id) {
        return Arrays.stream(values()).filter(f -> f.id().equals(id)).findFirst();
    }
}
