package org.descentlab.core.optim;

/** The two kinds of weight decay the optimizers share, each written into the trace when it is on. */
final class WeightDecay {

    private WeightDecay() {
    }

    /** Keras's decoupled weight decay, applied before every update: x ← x − x·weight_decay·lr. */
    static void keras(double[] x, double weightDecay, double lr, Trace trace) {
        if (weightDecay != 0) {
            for (int i = 0; i < 2; i++) {
                x[i] = x[i] - x[i] * weightDecay * lr;
            }
            trace.line("x ← x − x·weight_decay·lr", x[0], x[1]);
        }
    }

    /**
     * PyTorch's L2 penalty: out ← g + weight_decay·x. Computed even for weight_decay 0, as the update
     * always did, so that every path keeps its arithmetic; written out only when there is a decay.
     */
    static void l2(double[] g, double[] x, double weightDecay, double[] out, Trace trace) {
        for (int i = 0; i < 2; i++) {
            out[i] = g[i] + weightDecay * x[i];
        }
        if (weightDecay != 0) {
            trace.line("g ← g + weight_decay·x", out[0], out[1]);
        }
    }
}
