package org.descentlab.core.optim;

import java.util.List;
import java.util.Map;

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
        Convention convention) implements Optimizer {

    public static final OptimizerType TYPE = new OptimizerType("nadam",
            "NAdam: Adam with Nesterov momentum", List.of(
                    ParameterSpec.atLeast("lr", 2e-3, 0, "learning rate"),
                    ParameterSpec.closedOpen("beta1", 0.9, 0, 1, "decay of the first moment m"),
                    ParameterSpec.closedOpen("beta2", 0.999, 0, 1, "decay of the second moment v"),
                    ParameterSpec.atLeast("eps", 1e-8, 0, "added to the denominator"),
                    ParameterSpec.atLeast("weight_decay", 0, 0, "L2 penalty (PyTorch) or decoupled decay (Keras)"),
                    ParameterSpec.atLeast("momentum_decay", 4e-3, 0, "psi, how fast the momentum schedule warms up")),
            Map.of("lr", 1e-3, "eps", 1e-7, "momentum_decay", 1.0),
            "momentum schedule 0.96ᵗ",
            (p, c) -> new NAdam(p.get("lr"), p.get("beta1"), p.get("beta2"), p.get("eps"), p.get("weight_decay"), p.get("momentum_decay"), c));

    public NAdam {
        TYPE.check(lr, beta1, beta2, eps, weightDecay, momentumDecay);
        Check.convention(convention);
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
        return TYPE.values(lr, beta1, beta2, eps, weightDecay, momentumDecay);
    }

    @Override
    public Stepper start() {
        double[] m = new double[2];
        double[] v = new double[2];
        double[] muProduct = {1.0};
        boolean keras = convention == Convention.KERAS;
        return new Stepper() {
            @Override
            public void step(double[] x, double[] g, StepContext context) {
                int t = context.step();
                double mu = beta1 * (1 - 0.5 * Math.pow(0.96, t * momentumDecay));
                double muNext = beta1 * (1 - 0.5 * Math.pow(0.96, (t + 1) * momentumDecay));
                muProduct[0] *= mu;
                double bc2 = 1 - Math.pow(beta2, t);
                if (keras) {
                    Check.kerasDecay(x, weightDecay, lr);
                    double productNext = muProduct[0] * muNext;
                    for (int i = 0; i < 2; i++) {
                        m[i] += (g[i] - m[i]) * (1 - beta1);
                        v[i] += (g[i] * g[i] - v[i]) * (1 - beta2);
                        double mHat = muNext * m[i] / (1 - productNext) + (1 - mu) * g[i] / (1 - muProduct[0]);
                        x[i] -= mHat * lr / (Math.sqrt(v[i] / bc2) + eps);
                    }
                    return;
                }
                for (int i = 0; i < 2; i++) {
                    double gi = g[i] + weightDecay * x[i];
                    m[i] = beta1 * m[i] + (1 - beta1) * gi;
                    v[i] = beta2 * v[i] + (1 - beta2) * gi * gi;
                    double d = Math.sqrt(v[i] / bc2) + eps;
                    x[i] -= lr * (1 - mu) / (1 - muProduct[0]) * gi / d;
                    x[i] -= lr * muNext / (1 - muProduct[0] * muNext) * m[i] / d;
                }
            }

            @Override
            public List<String> stateNames() {
                return List.of("m_x", "m_y", "v_x", "v_y", "mu_product");
            }

            @Override
            public void readState(double[] out) {
                out[0] = m[0];
                out[1] = m[1];
                out[2] = v[0];
                out[3] = v[1];
                out[4] = muProduct[0];
            }
        };
    }
}
