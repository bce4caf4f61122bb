package org.descentlab.core.optim;

import java.util.List;
import java.util.Map;

/**
 * {@code torch.optim.Adadelta}:
 * <pre>
 *   g ← g + weight_decay·x
 *   v ← ρ·v + (1 − ρ)·g²
 *   Δ ← √(u + eps) / √(v + eps) · g
 *   u ← ρ·u + (1 − ρ)·Δ²
 *   x ← x − lr·Δ
 * </pre>
 * Keras ({@code keras.optimizers.Adadelta}: lr 0.001, rho 0.95, epsilon 1e-7) has the same rule, with
 * weight decay decoupled (x ← x − lr·weight_decay·x before the update).
 */
public record Adadelta(double lr, double rho, double eps, double weightDecay, Convention convention)
        implements Optimizer {

    public static final OptimizerType TYPE = new OptimizerType("adadelta",
            "Adadelta: steps scaled by the ratio of running RMS of updates and of gradients", List.of(
                    ParameterSpec.atLeast("lr", 1.0, 0, "scale applied to the update"),
                    ParameterSpec.closed("rho", 0.9, 0, 1, "decay of the running averages"),
                    ParameterSpec.atLeast("eps", 1e-6, 0, "added inside the square roots"),
                    ParameterSpec.atLeast("weight_decay", 0, 0, "L2 penalty (PyTorch) or decoupled decay (Keras)")),
            Map.of("lr", 1e-3, "rho", 0.95, "eps", 1e-7), "decoupled weight decay",
            (p, c) -> new Adadelta(p.get("lr"), p.get("rho"), p.get("eps"), p.get("weight_decay"), c));

    public Adadelta {
        TYPE.check(lr, rho, eps, weightDecay);
        Check.convention(convention);
    }

    public Adadelta(double lr, double rho, double eps, double weightDecay) {
        this(lr, rho, eps, weightDecay, Convention.PYTORCH);
    }

    @Override
    public OptimizerType type() {
        return TYPE;
    }

    @Override
    public Hyperparameters parameters() {
        return TYPE.values(lr, rho, eps, weightDecay);
    }

    @Override
    public Stepper start() {
        double[] v = new double[2];
        double[] u = new double[2];
        boolean keras = convention == Convention.KERAS;
        return new Stepper() {
            @Override
            public void step(double[] x, double[] g, StepContext context) {
                if (keras) {
                    Check.kerasDecay(x, weightDecay, lr);
                    for (int i = 0; i < 2; i++) {
                        v[i] = rho * v[i] + (1 - rho) * (g[i] * g[i]);
                        double delta = -(Math.sqrt(u[i] + eps) * g[i] / Math.sqrt(v[i] + eps));
                        u[i] = rho * u[i] + (1 - rho) * (delta * delta);
                        x[i] += lr * delta;
                    }
                    return;
                }
                for (int i = 0; i < 2; i++) {
                    double gi = g[i] + weightDecay * x[i];
                    v[i] = rho * v[i] + (1 - rho) * gi * gi;
                    double delta = Math.sqrt(u[i] + eps) / Math.sqrt(v[i] + eps) * gi;
                    u[i] = rho * u[i] + (1 - rho) * delta * delta;
                    x[i] -= lr * delta;
                }
            }

            @Override
            public List<String> stateNames() {
                return List.of("v_x", "v_y", "u_x", "u_y");
            }

            @Override
            public void readState(double[] out) {
                out[0] = v[0];
                out[1] = v[1];
                out[2] = u[0];
                out[3] = u[1];
            }
        };
    }
}
