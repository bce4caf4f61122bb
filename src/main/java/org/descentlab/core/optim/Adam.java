package org.descentlab.core.optim;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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
        Convention convention) implements Optimizer {

    public static final OptimizerType TYPE = new OptimizerType("adam",
            "Adam: momentum on the gradient, steps scaled by its running RMS, bias-corrected", List.of(
                    ParameterSpec.atLeast("lr", 1e-3, 0, "learning rate"),
                    ParameterSpec.closedOpen("beta1", 0.9, 0, 1, "decay of the first moment m"),
                    ParameterSpec.closedOpen("beta2", 0.999, 0, 1, "decay of the second moment v"),
                    ParameterSpec.atLeast("eps", 1e-8, 0, "added to the denominator"),
                    ParameterSpec.atLeast("weight_decay", 0, 0, "L2 penalty (PyTorch) or decoupled decay (Keras)"),
                    ParameterSpec.flag("amsgrad", false, "use the maximum of past second moments")),
            Map.of("eps", 1e-7), "\"epsilon hat\": eps added to √v before bias correction",
            (p, c) -> new Adam(p.get("lr"), p.get("beta1"), p.get("beta2"), p.get("eps"), p.get("weight_decay"), p.flag("amsgrad"), c));

    public Adam {
        TYPE.check(lr, beta1, beta2, eps, weightDecay, amsgrad ? 1 : 0);
        Check.convention(convention);
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
        return TYPE.values(lr, beta1, beta2, eps, weightDecay, amsgrad ? 1 : 0);
    }

    @Override
    public Stepper start() {
        return convention == Convention.KERAS ? new AdamStepper(lr, beta1, beta2, eps, 0, weightDecay, amsgrad, true)
                : new AdamStepper(lr, beta1, beta2, eps, weightDecay, 0, amsgrad, false);
    }

    /** Adam's state and update; {@link AdamW} uses it with decoupled weight decay. */
    static final class AdamStepper implements Stepper {
        private final double lr;
        private final double beta1;
        private final double beta2;
        private final double eps;
        private final double l2;
        private final double decoupled;
        private final boolean amsgrad;
        private final boolean keras;
        private final double[] m = new double[2];
        private final double[] v = new double[2];
        private final double[] vMax = new double[2];

        AdamStepper(double lr, double beta1, double beta2, double eps, double l2, double decoupled, boolean amsgrad,
                boolean keras) {
            this.lr = lr;
            this.beta1 = beta1;
            this.beta2 = beta2;
            this.eps = eps;
            this.l2 = l2;
            this.decoupled = decoupled;
            this.amsgrad = amsgrad;
            this.keras = keras;
        }

        @Override
        public void step(double[] x, double[] g, StepContext context) {
            int t = context.step();
            if (keras) {
                kerasStep(x, g, t);
                return;
            }
            double bc1 = 1 - Math.pow(beta1, t);
            double bc2Sqrt = Math.sqrt(1 - Math.pow(beta2, t));
            double stepSize = lr / bc1;
            for (int i = 0; i < 2; i++) {
                x[i] *= 1 - lr * decoupled;
                double gi = g[i] + l2 * x[i];
                m[i] = beta1 * m[i] + (1 - beta1) * gi;
                v[i] = beta2 * v[i] + (1 - beta2) * gi * gi;
                double second = v[i];
                if (amsgrad) {
                    vMax[i] = Math.max(vMax[i], v[i]);
                    second = vMax[i];
                }
                x[i] -= stepSize * m[i] / (Math.sqrt(second) / bc2Sqrt + eps);
            }
        }

        /** Keras's order of operations, "epsilon hat" and decoupled decay (x ← x − x·wd·lr). */
        private void kerasStep(double[] x, double[] g, int t) {
            Check.kerasDecay(x, decoupled, lr);
            double alpha = lr * Math.sqrt(1 - Math.pow(beta2, t)) / (1 - Math.pow(beta1, t));
            for (int i = 0; i < 2; i++) {
                m[i] += (g[i] - m[i]) * (1 - beta1);
                v[i] += (g[i] * g[i] - v[i]) * (1 - beta2);
                double second = v[i];
                if (amsgrad) {
                    vMax[i] = Math.max(vMax[i], v[i]);
                    second = vMax[i];
                }
                x[i] -= m[i] * alpha / (Math.sqrt(second) + eps);
            }
        }

        @Override
        public List<String> stateNames() {
            List<String> names = new ArrayList<>(List.of("m_x", "m_y", "v_x", "v_y"));
            if (amsgrad) {
                names.addAll(List.of("v_max_x", "v_max_y"));
            }
            return names;
        }

        @Override
        public void readState(double[] out) {
            out[0] = m[0];
            out[1] = m[1];
            out[2] = v[0];
            out[3] = v[1];
            if (amsgrad) {
                out[4] = vMax[0];
                out[5] = vMax[1];
            }
        }
    }
}
