package org.descentlab.core.optim;

import java.util.List;
import java.util.Map;

import org.descentlab.core.Vec2;

/**
 * {@code torch.optim.NAdam}, Adam with Nesterov momentum and a momentum schedule:
 * <pre>
 *   g ← g + weight_decay·x
 *   μ_t ← β1·(1 − ½·0.96^(t·ψ)),  μ_{t+1} ← β1·(1 − ½·0.96^((t+1)·ψ))     ψ = momentum_decay
 *   m ← β1·m + (1 − β1)·g,  v ← β2·v + (1 − β2)·g²
 *   d ← √(v / (1 − β2ᵗ)) + eps
 *   x ← x − lr·(1 − μ_t)/(1 − Πᵢ≤t μᵢ)·g/d − lr·μ_{t+1}/(1 − Πᵢ≤t+1 μᵢ)·m/d
 * </pre>
 * Keras ({@code keras.optimizers.Nadam}: lr 0.001, epsilon 1e-7) schedules μ_t with 0.96ᵗ, which is
 * momentum_decay 1 here, and computes m̂ = μ_{t+1}·m/(1 − Π≤t+1) + (1 − μ_t)·g/(1 − Π≤t), then
 * x ← x − lr·weight_decay·x before and x ← x − lr·m̂/(√(v/(1 − β2ᵗ)) + eps) in one update.
 */
public record NAdam(double lr, double beta1, double beta2, double eps, double weightDecay, double momentumDecay,
        boolean maximize, Convention convention) implements Optimizer {

    public static final OptimizerType TYPE = new OptimizerType("nadam",
            "NAdam: Adam with Nesterov momentum", List.of(
                    ParameterSpec.atLeast("lr", 2e-3, 0, "learning rate"),
                    ParameterSpec.closedOpen("beta1", 0.9, 0, 1, "decay of the first moment m"),
                    ParameterSpec.closedOpen("beta2", 0.999, 0, 1, "decay of the second moment v"),
                    ParameterSpec.atLeast("eps", 1e-8, 0, "added to the denominator"),
                    ParameterSpec.atLeast("weight_decay", 0, 0, "L2 penalty (PyTorch) or decoupled decay (Keras)"),
                    ParameterSpec.atLeast("momentum_decay", 4e-3, 0, "psi, how fast the momentum schedule warms up"),
                    Maximize.SPEC),
            Map.of("lr", 1e-3, "eps", 1e-7, "momentum_decay", 1.0),
            "momentum schedule 0.96ᵗ",
            (p, c) -> new NAdam(p.get("lr"), p.get("beta1"), p.get("beta2"), p.get("eps"), p.get("weight_decay"), p.get("momentum_decay"), p.flag("maximize"), c));

    public NAdam {
        TYPE.check(lr, beta1, beta2, eps, weightDecay, momentumDecay, maximize ? 1 : 0);
        Check.convention(convention);
        Check.pytorchOnly("nadam", "maximize", maximize, convention);
    }

    public NAdam(double lr, double beta1, double beta2, double eps, double weightDecay, double momentumDecay, Convention convention) {
        this(lr, beta1, beta2, eps, weightDecay, momentumDecay, false, convention);
    }

    public NAdam(double lr, double beta1, double beta2, double eps, double weightDecay, double momentumDecay) {
        this(lr, beta1, beta2, eps, weightDecay, momentumDecay, Convention.PYTORCH);
    }

    @Override
    public OptimizerType type() {
        return TYPE;
    }

    @Override
    public Hyperparameters parameters() {
        return TYPE.values(lr, beta1, beta2, eps, weightDecay, momentumDecay, maximize ? 1 : 0);
    }

    @Override
    public Stepper start() {
        return new NAdamStepper();
    }

    /**
     * NAdam's moments and the running product of its momentum schedule.
     *
     * @param m         the first moment
     * @param v         the second moment
     * @param muProduct Π, the product of the momentum schedule μ₁…μ_t so far (1 before the first step)
     */
    public record State(Vec2 m, Vec2 v, double muProduct) implements OptimizerState {
        @Override
        public Map<String, double[]> parts() {
            return new Parts().add("m", m).add("v", v).add("mu_product", muProduct).map();
        }
    }

    private final class NAdamStepper extends RateStepper {
        private double beta1 = NAdam.this.beta1;
        private final double[] m = new double[2];
        private final double[] v = new double[2];
        private double muProduct = 1.0;
        private final double[] decayed = new double[2];
        private final double[] d = new double[2];
        private final double[] mHat = new double[2];

        /** −g, under maximize. */
        private final double[] ascent = new double[2];

        NAdamStepper() {
            super(NAdam.this.lr);
        }

        @Override
        public void step(double[] x, double[] g, StepContext context) {
            int t = context.step();
            Trace trace = context.trace();
            g = Maximize.gradient(g, maximize, ascent, trace);
            boolean keras = convention == Convention.KERAS;
            if (keras) {
                WeightDecay.keras(x, weightDecay, lr, trace);
            } else {
                WeightDecay.l2(g, x, weightDecay, decayed, trace);
            }
            double mu = beta1 * (1 - 0.5 * Math.pow(0.96, t * momentumDecay));
            trace.line("μ_t = β1·(1 − ½·0.96^(t·ψ))", mu);
            double muNext = beta1 * (1 - 0.5 * Math.pow(0.96, (t + 1) * momentumDecay));
            trace.line("μ_t+1 = β1·(1 − ½·0.96^((t+1)·ψ))", muNext);
            muProduct *= mu;
            trace.state("Π ← Π·μ_t", "mu_product", muProduct);
            double bc2 = 1 - Math.pow(beta2, t);
            if (keras) {
                kerasStep(x, g, mu, muNext, bc2, trace);
                return;
            }
            for (int i = 0; i < 2; i++) {
                m[i] = beta1 * m[i] + (1 - beta1) * decayed[i];
            }
            trace.state("m ← β1·m + (1 − β1)·g", "m", m[0], m[1]);
            for (int i = 0; i < 2; i++) {
                v[i] = beta2 * v[i] + (1 - beta2) * decayed[i] * decayed[i];
            }
            trace.state("v ← β2·v + (1 − β2)·g²", "v", v[0], v[1]);
            for (int i = 0; i < 2; i++) {
                d[i] = Math.sqrt(v[i] / bc2) + eps;
            }
            trace.line("d = √(v / (1 − β2ᵗ)) + ε", d[0], d[1]);
            for (int i = 0; i < 2; i++) {
                x[i] -= lr * (1 - mu) / (1 - muProduct) * decayed[i] / d[i];
                x[i] -= lr * muNext / (1 - muProduct * muNext) * m[i] / d[i];
            }
            trace.line("x ← x − lr·(1 − μ_t)/(1 − Π)·g/d − lr·μ_t+1/(1 − Π·μ_t+1)·m/d", x[0], x[1]);
        }

        /** Keras: m̂ formed first, then one update. */
        private void kerasStep(double[] x, double[] g, double mu, double muNext, double bc2, Trace trace) {
            double productNext = muProduct * muNext;
            for (int i = 0; i < 2; i++) {
                m[i] += (g[i] - m[i]) * (1 - beta1);
            }
            trace.state("m ← m + (g − m)·(1 − β1)", "m", m[0], m[1]);
            for (int i = 0; i < 2; i++) {
                v[i] += (g[i] * g[i] - v[i]) * (1 - beta2);
            }
            trace.state("v ← v + (g² − v)·(1 − β2)", "v", v[0], v[1]);
            for (int i = 0; i < 2; i++) {
                mHat[i] = muNext * m[i] / (1 - productNext) + (1 - mu) * g[i] / (1 - muProduct);
            }
            trace.line("m̂ = μ_t+1·m / (1 − Π·μ_t+1) + (1 − μ_t)·g / (1 − Π)", mHat[0], mHat[1]);
            for (int i = 0; i < 2; i++) {
                x[i] -= mHat[i] * lr / (Math.sqrt(v[i] / bc2) + eps);
            }
            trace.line("x ← x − lr·m̂ / (√(v / (1 − β2ᵗ)) + ε)", x[0], x[1]);
        }

        @Override
        public void setMomentum(double value) {
            beta1 = value;
        }

        @Override
        public OptimizerState state() {
            return new State(Vec2.of(m), Vec2.of(v), muProduct);
        }
    }
}
