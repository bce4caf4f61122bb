package org.descentlab.core.optim;

import java.util.List;
import java.util.Map;

import org.descentlab.core.Vec2;

/**
 * {@code torch.optim.Adamax}, Adam with the infinity norm:
 * <pre>
 *   g ← g + weight_decay·x
 *   m ← β1·m + (1 − β1)·g
 *   u ← max(β2·u, |g| + eps)
 *   x ← x − (lr / (1 − β1ᵗ))·m / u
 * </pre>
 * Keras ({@code keras.optimizers.Adamax}: lr 0.001, epsilon 1e-7) adds eps outside the maximum:
 * x ← x − lr·weight_decay·x; m ← m + (g − m)(1 − β1); u ← max(β2·u, |g|); x ← x − lr·m / ((1 − β1ᵗ)(u + eps)).
 */
public record Adamax(double lr, double beta1, double beta2, double eps, double weightDecay, boolean maximize, Convention convention)
        implements Optimizer {

    public static final OptimizerType TYPE = new OptimizerType("adamax",
            "Adamax: Adam with the infinity norm in place of the RMS", List.of(
                    ParameterSpec.atLeast("lr", 2e-3, 0, "learning rate"),
                    ParameterSpec.closedOpen("beta1", 0.9, 0, 1, "decay of the first moment m"),
                    ParameterSpec.closedOpen("beta2", 0.999, 0, 1, "decay of the infinity norm u"),
                    ParameterSpec.atLeast("eps", 1e-8, 0, "added to |g|"),
                    ParameterSpec.atLeast("weight_decay", 0, 0, "L2 penalty (PyTorch) or decoupled decay (Keras)"),
                    Maximize.SPEC),
            Map.of("lr", 1e-3, "eps", 1e-7), "eps added after the maximum",
            (p, c) -> new Adamax(p.get("lr"), p.get("beta1"), p.get("beta2"), p.get("eps"), p.get("weight_decay"), p.flag("maximize"), c));

    public Adamax {
        TYPE.check(lr, beta1, beta2, eps, weightDecay, maximize ? 1 : 0);
        Check.convention(convention);
        Check.pytorchOnly("adamax", "maximize", maximize, convention);
    }

    public Adamax(double lr, double beta1, double beta2, double eps, double weightDecay, Convention convention) {
        this(lr, beta1, beta2, eps, weightDecay, false, convention);
    }

    public Adamax(double lr, double beta1, double beta2, double eps, double weightDecay) {
        this(lr, beta1, beta2, eps, weightDecay, Convention.PYTORCH);
    }

    @Override
    public OptimizerType type() {
        return TYPE;
    }

    @Override
    public Hyperparameters parameters() {
        return TYPE.values(lr, beta1, beta2, eps, weightDecay, maximize ? 1 : 0);
    }

    @Override
    public Stepper start() {
        return new AdamaxStepper();
    }

    /**
     * Adamax's moments.
     *
     * @param m the first moment, not bias-corrected
     * @param u the exponentially weighted infinity norm
     */
    public record State(Vec2 m, Vec2 u) implements OptimizerState {
        @Override
        public Map<String, double[]> parts() {
            return new Parts().add("m", m).add("u", u).map();
        }
    }

    private final class AdamaxStepper extends RateStepper {
        private double beta1 = Adamax.this.beta1;
        private final double[] m = new double[2];
        private final double[] u = new double[2];
        private final double[] decayed = new double[2];

        /** −g, under maximize. */
        private final double[] ascent = new double[2];

        AdamaxStepper() {
            super(Adamax.this.lr);
        }

        @Override
        public void step(double[] x, double[] g, StepContext context) {
            Trace trace = context.trace();
            g = Maximize.gradient(g, maximize, ascent, trace);
            if (convention == Convention.KERAS) {
                WeightDecay.keras(x, weightDecay, lr, trace);
                double beta1Power = Math.pow(beta1, context.step());
                for (int i = 0; i < 2; i++) {
                    m[i] += (g[i] - m[i]) * (1 - beta1);
                }
                trace.state("m ← m + (g − m)·(1 − β1)", "m", m[0], m[1]);
                for (int i = 0; i < 2; i++) {
                    u[i] = Math.max(beta2 * u[i], Math.abs(g[i]));
                }
                trace.state("u ← max(β2·u, |g|)", "u", u[0], u[1]);
                for (int i = 0; i < 2; i++) {
                    x[i] -= lr * m[i] / ((1 - beta1Power) * (u[i] + eps));
                }
                trace.line("x ← x − lr·m / ((1 − β1ᵗ)·(u + ε))", x[0], x[1]);
                return;
            }
            double clr = lr / (1 - Math.pow(beta1, context.step()));
            WeightDecay.l2(g, x, weightDecay, decayed, trace);
            for (int i = 0; i < 2; i++) {
                m[i] = beta1 * m[i] + (1 - beta1) * decayed[i];
            }
            trace.state("m ← β1·m + (1 − β1)·g", "m", m[0], m[1]);
            for (int i = 0; i < 2; i++) {
                u[i] = Math.max(beta2 * u[i], Math.abs(decayed[i]) + eps);
            }
            trace.state("u ← max(β2·u, |g| + ε)", "u", u[0], u[1]);
            for (int i = 0; i < 2; i++) {
                x[i] -= clr * m[i] / u[i];
            }
            trace.line("x ← x − lr/(1 − β1ᵗ)·m / u", x[0], x[1]);
        }

        @Override
        public void setMomentum(double value) {
            beta1 = value;
        }

        @Override
        public OptimizerState state() {
            return new State(Vec2.of(m), Vec2.of(u));
        }
    }
}
