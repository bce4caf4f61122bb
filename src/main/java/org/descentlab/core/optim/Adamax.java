package org.descentlab.core.optim;

import java.util.List;

/**
 * {@code torch.optim.Adamax}, Adam with the infinity norm:
 * <pre>
 *   g ← g + weight_decay·x
 *   m ← β1·m + (1 − β1)·g
 *   u ← max(β2·u, |g| + eps)
 *   x ← x − (lr / (1 − β1ᵗ))·m / u
 * </pre>
 */
public record Adamax(double lr, double beta1, double beta2, double eps, double weightDecay) implements Optimizer {

    public static final OptimizerType TYPE = new OptimizerType("adamax",
            "Adamax: Adam with the infinity norm in place of the RMS", List.of(
                    ParameterSpec.atLeast("lr", 2e-3, 0, "learning rate"),
                    ParameterSpec.closedOpen("beta1", 0.9, 0, 1, "decay of the first moment m"),
                    ParameterSpec.closedOpen("beta2", 0.999, 0, 1, "decay of the infinity norm u"),
                    ParameterSpec.atLeast("eps", 1e-8, 0, "added to |g|"),
                    ParameterSpec.atLeast("weight_decay", 0, 0, "L2 penalty added to the gradient")),
            v -> new Adamax(v[0], v[1], v[2], v[3], v[4]));

    public Adamax {
        TYPE.check(lr, beta1, beta2, eps, weightDecay);
    }

    @Override
    public OptimizerType type() {
        return TYPE;
    }

    @Override
    public double[] values() {
        return new double[] {lr, beta1, beta2, eps, weightDecay};
    }

    @Override
    public Stepper start() {
        double[] m = new double[2];
        double[] u = new double[2];
        return new Stepper() {
            @Override
            public void step(double[] x, double[] g, StepContext context) {
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
