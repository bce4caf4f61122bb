package org.descentlab.core.optim;

import java.util.List;
import java.util.Map;

import org.descentlab.core.Vec2;

/**
 * {@code torch.optim.Adam}, computed in the order PyTorch's implementation uses:
 * <pre>
 *   g ← g + weight_decay·x
 *   m ← β1·m + (1 − β1)·g
 *   v ← β2·v + (1 − β2)·g²
 *   amsgrad: v_max ← max(v_max, v), and v_max replaces v below
 *   x ← x − (lr / (1 − β1ᵗ))·m / (√v / √(1 − β2ᵗ) + eps)
 * </pre>
 * With amsgrad, PyTorch's code keeps the maximum of the raw second moment and bias-corrects it after,
 * and so do we (the documentation's pseudo-code takes the maximum after correction; the two differ).
 *
 * <p>Keras ({@code keras.optimizers.Adam}: epsilon 1e-7) uses "epsilon hat": x ← x − lr·weight_decay·x;
 * m ← m + (g − m)(1 − β1); v ← v + (g² − v)(1 − β2); α ← lr·√(1 − β2ᵗ)/(1 − β1ᵗ); x ← x − α·m/(√v + eps).
 */
public record Adam(double lr, double beta1, double beta2, double eps, double weightDecay, boolean amsgrad,
        boolean maximize, Convention convention) implements Optimizer {

    public static final OptimizerType TYPE = new OptimizerType("adam",
            "Adam: momentum on the gradient, steps scaled by its running RMS, bias-corrected", List.of(
                    ParameterSpec.atLeast("lr", 1e-3, 0, "learning rate"),
                    ParameterSpec.closedOpen("beta1", 0.9, 0, 1, "decay of the first moment m"),
                    ParameterSpec.closedOpen("beta2", 0.999, 0, 1, "decay of the second moment v"),
                    ParameterSpec.atLeast("eps", 1e-8, 0, "added to the denominator"),
                    ParameterSpec.atLeast("weight_decay", 0, 0, "L2 penalty (PyTorch) or decoupled decay (Keras)"),
                    ParameterSpec.flag("amsgrad", false, "use the maximum of past second moments"),
                    Maximize.SPEC),
            Map.of("eps", 1e-7), "\"epsilon hat\": eps added to √v before bias correction",
            (p, c) -> new Adam(p.get("lr"), p.get("beta1"), p.get("beta2"), p.get("eps"), p.get("weight_decay"), p.flag("amsgrad"), p.flag("maximize"), c));

    public Adam {
        TYPE.check(lr, beta1, beta2, eps, weightDecay, amsgrad ? 1 : 0, maximize ? 1 : 0);
        Check.convention(convention);
        Check.pytorchOnly("adam", "maximize", maximize, convention);
    }

    public Adam(double lr, double beta1, double beta2, double eps, double weightDecay, boolean amsgrad, Convention convention) {
        this(lr, beta1, beta2, eps, weightDecay, amsgrad, false, convention);
    }

    public Adam(double lr, double beta1, double beta2, double eps, double weightDecay, boolean amsgrad) {
        this(lr, beta1, beta2, eps, weightDecay, amsgrad, Convention.PYTORCH);
    }

    @Override
    public OptimizerType type() {
        return TYPE;
    }

    @Override
    public Hyperparameters parameters() {
        return TYPE.values(lr, beta1, beta2, eps, weightDecay, amsgrad ? 1 : 0, maximize ? 1 : 0);
    }

    @Override
    public Stepper start() {
        return convention == Convention.KERAS ? new AdamStepper(lr, beta1, beta2, eps, 0, weightDecay, amsgrad, false, true)
                : new AdamStepper(lr, beta1, beta2, eps, weightDecay, 0, amsgrad, maximize, false);
    }

    /**
     * The moments of {@link Adam} and {@link AdamW}, as stored: not bias-corrected.
     *
     * @param m    the first moment
     * @param v    the second moment
     * @param vMax the largest v so far, with amsgrad; null without
     */
    public record State(Vec2 m, Vec2 v, Vec2 vMax) implements OptimizerState {
        @Override
        public Map<String, double[]> parts() {
            return new Parts().add("m", m).add("v", v).add("v_max", vMax).map();
        }
    }

    /** Adam's state and update; {@link AdamW} uses it with decoupled weight decay. */
    static final class AdamStepper extends RateStepper {
        private double beta1;
        private final double beta2;
        private final double eps;
        private final double l2;
        private final double decoupled;
        private final boolean amsgrad;
        private final boolean maximize;
        private final boolean keras;
        private final double[] m = new double[2];
        private final double[] v = new double[2];
        private final double[] vMax = new double[2];
        private final double[] decayed = new double[2];

        AdamStepper(double lr, double beta1, double beta2, double eps, double l2, double decoupled, boolean amsgrad,
                boolean maximize, boolean keras) {
            super(lr);
            this.beta1 = beta1;
            this.beta2 = beta2;
            this.eps = eps;
            this.l2 = l2;
            this.decoupled = decoupled;
            this.amsgrad = amsgrad;
            this.maximize = maximize;
            this.keras = keras;
        }

        /** −g, under maximize. */
        private final double[] ascent = new double[2];

        @Override
        public void step(double[] x, double[] g, StepContext context) {
            int t = context.step();
            Trace trace = context.trace();
            g = Maximize.gradient(g, maximize, ascent, trace);
            if (keras) {
                kerasStep(x, g, t, trace);
                return;
            }
            double bc1 = 1 - Math.pow(beta1, t);
            double bc2Sqrt = Math.sqrt(1 - Math.pow(beta2, t));
            double stepSize = lr / bc1;
            for (int i = 0; i < 2; i++) {
                x[i] *= 1 - lr * decoupled;
            }
            if (decoupled != 0) {
                trace.line("x ← x·(1 − lr·weight_decay)", x[0], x[1]);
            }
            WeightDecay.l2(g, x, l2, decayed, trace);
            for (int i = 0; i < 2; i++) {
                m[i] = beta1 * m[i] + (1 - beta1) * decayed[i];
            }
            trace.state("m ← β1·m + (1 − β1)·g", "m", m[0], m[1]);
            for (int i = 0; i < 2; i++) {
                v[i] = beta2 * v[i] + (1 - beta2) * decayed[i] * decayed[i];
            }
            trace.state("v ← β2·v + (1 − β2)·g²", "v", v[0], v[1]);
            double[] second = second(trace);
            if (trace.on()) {
                // PyTorch folds the corrections into the step size and the denominator; shown as the rule writes them
                trace.line("m̂ = m / (1 − β1ᵗ)", m[0] / bc1, m[1] / bc1);
                double bc2 = 1 - Math.pow(beta2, t);
                trace.line(amsgrad ? "v̂ = v_max / (1 − β2ᵗ)" : "v̂ = v / (1 − β2ᵗ)", second[0] / bc2, second[1] / bc2);
            }
            for (int i = 0; i < 2; i++) {
                x[i] -= stepSize * m[i] / (Math.sqrt(second[i]) / bc2Sqrt + eps);
            }
            trace.line("x ← x − lr·m̂ / (√v̂ + ε)", x[0], x[1]);
        }

        /** Keras's order of operations, "epsilon hat" and decoupled decay (x ← x − x·wd·lr). */
        private void kerasStep(double[] x, double[] g, int t, Trace trace) {
            WeightDecay.keras(x, decoupled, lr, trace);
            double alpha = lr * Math.sqrt(1 - Math.pow(beta2, t)) / (1 - Math.pow(beta1, t));
            for (int i = 0; i < 2; i++) {
                m[i] += (g[i] - m[i]) * (1 - beta1);
            }
            trace.state("m ← m + (g − m)·(1 − β1)", "m", m[0], m[1]);
            for (int i = 0; i < 2; i++) {
                v[i] += (g[i] * g[i] - v[i]) * (1 - beta2);
            }
            trace.state("v ← v + (g² − v)·(1 − β2)", "v", v[0], v[1]);
            double[] second = second(trace);
            trace.line("α_t = lr·√(1 − β2ᵗ) / (1 − β1ᵗ)", alpha);
            for (int i = 0; i < 2; i++) {
                x[i] -= m[i] * alpha / (Math.sqrt(second[i]) + eps);
            }
            trace.line(amsgrad ? "x ← x − α_t·m / (√v_max + ε)" : "x ← x − α_t·m / (√v + ε)", x[0], x[1]);
        }

        /** The second moment the step divides by: v, or with amsgrad the running maximum of v. */
        private double[] second(Trace trace) {
            if (!amsgrad) {
                return v;
            }
            for (int i = 0; i < 2; i++) {
                vMax[i] = Math.max(vMax[i], v[i]);
            }
            trace.state("v_max ← max(v_max, v)", "v_max", vMax[0], vMax[1]);
            return vMax;
        }

        @Override
        public void setMomentum(double value) {
            beta1 = value;
        }

        @Override
        public OptimizerState state() {
            return new State(Vec2.of(m), Vec2.of(v), amsgrad ? Vec2.of(vMax) : null);
        }
    }
}
