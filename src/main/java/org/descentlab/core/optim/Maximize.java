package org.descentlab.core.optim;

/**
 * PyTorch's {@code maximize=True}: the gradient is negated before anything else in the update (before weight
 * decay), so the rule climbs f. Keras has no such flag: an optimizer both frameworks have refuses it under
 * Keras's convention; one only PyTorch has keeps it under either.
 */
final class Maximize {

    static final ParameterSpec SPEC = ParameterSpec.flag("maximize", false,
            "climb f instead: the gradient is negated first (PyTorch only)");

    private Maximize() {
    }

    /** The gradient the rule uses: {@code g} itself, or −g written into {@code out} (and the trace) with maximize. */
    static double[] gradient(double[] g, boolean maximize, double[] out, Trace trace) {
        if (!maximize) {
            return g;
        }
        out[0] = -g[0];
        out[1] = -g[1];
        trace.line("g ← −g   (maximize)", out[0], out[1]);
        return out;
    }
}
