package org.descentlab.core.optim;

import java.util.List;
import java.util.Map;

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
public record Adamax(double lr, double beta1, double beta2, double eps, double weightDecay, Convention convention)
        implements Optimizer {

    public static final OptimizerType TYPE = new OptimizerType("adamax",
            "Adamax: Adam with the infinity norm in place of the RMS", List.of(
                    ParameterSpec.atLeast("lr", 2e-3, 0, "learning rate"),
                    ParameterSpec.closedOpen("beta1", 0.9, 0, 1, "decay of the first moment m"),
                    ParameterSpec.closedOpen("beta2", 0.999, 0, 1, "decay of the infinity norm u"),
                    ParameterSpec.atLeast("eps", 1e-8, 0, "added to |g|"),
                    ParameterSpec.atLeast("weight_decay", 0, 0, "L2 penalty (PyTorch) or decoupled decay (Keras)")),
            Map.of("lr", 1e-3, "eps", 1e-7), "eps added after the maximum",
            (p, c) -> new Adamax(p.get("lr"), p.get("beta1"), p.get("beta2"), p.get("eps"), p.get("weight_decay"), c));

    public Adamax {
        TYPE.check(lr, beta1, beta2, eps, weightDecay);
        Check.convention(convention);
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
        return TYPE.values(lr, beta1, beta2, eps, weightDecay);
    }

    @Override
    public Stepper start() {
        double[] m = new double[2];
        double[] u = new double[2];
        boolean keras = convention == Convention.KERAS;
        return new Stepper() {
            @Override
            public void step(double[] x, double[] g, StepContext context) {
                if (keras) {
                    Check.kerasDecay(x, weightDecay, lr);
                    double beta1Power = Math.pow(beta1, context.step());
                    for (int i = 0; i < 2; i++) {
                        m[i] += (g[i] - m[i]) * (1 - beta1);
                        u[i] = Math.max(beta2 * u[i], Math.abs(g[i]));
                        x[i] -= lr * m[i] / ((1 - beta1Power) * (u[i] + eps));
                    }
                    return;
                }
                double clr = lr / (1 - Math.pow(beta1, context.step()));
                for (int i = 0; i < 2; i++) {
                    double gi = g[i] + weightDecay * x[i];
                    m[i] = beta1 * m[i] + (1 - beta1) * gi;
                    u[i] = Math.max(beta2 * u[i], Math.abs(gi) + eps);
                    x[i] -= clr * m[i] / u[i];
                }
            }

            @Override
            public List<String> stateNames() {
                return List.of("m_x", "m_y", "u_x", "u_y");
            }

            @Override
            public void readState(double[] out) {
                out[0] = m[0];
                out[1] = m[1];
                out[2] = u[0];
                out[3] = u[1];
            }
        };
    }
}
