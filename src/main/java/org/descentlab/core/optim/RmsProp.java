package org.descentlab.core.optim;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code torch.optim.RMSprop}:
 * <pre>
 *   g ← g + weight_decay·x
 *   v ← α·v + (1 − α)·g²
 *   centered:  g_avg ← α·g_avg + (1 − α)·g;   d ← √(v − g_avg²) + eps
 *   otherwise: d ← √v + eps
 *   momentum μ &gt; 0: b ← μ·b + g/d;  x ← x − lr·b
 *   otherwise:      x ← x − lr·g/d
 * </pre>
 * Keras ({@code keras.optimizers.RMSprop}: lr 0.001, rho 0.9, epsilon 1e-7) puts eps inside the root:
 * x ← x − lr·weight_decay·x; d ← √(v + eps) or √(v − g_avg² + eps); with momentum b ← μ·b + lr·g/d,
 * x ← x − b; otherwise x ← x − lr·g/d.
 */
public record RmsProp(double lr, double alpha, double eps, double weightDecay, double momentum, boolean centered,
        Convention convention) implements Optimizer {

    public static final OptimizerType TYPE = new OptimizerType("rmsprop",
            "RMSprop: steps divided by a running root-mean-square of gradients", List.of(
                    ParameterSpec.atLeast("lr", 0.01, 0, "learning rate"),
                    ParameterSpec.closed("alpha", 0.99, 0, 1, "smoothing constant of the squared-gradient average (Keras: rho)"),
                    ParameterSpec.atLeast("eps", 1e-8, 0, "added to the denominator"),
                    ParameterSpec.atLeast("weight_decay", 0, 0, "L2 penalty (PyTorch) or decoupled decay (Keras)"),
                    ParameterSpec.atLeast("momentum", 0, 0, "momentum factor"),
                    ParameterSpec.flag("centered", false, "divide by the estimated variance instead")),
            Map.of("lr", 1e-3, "alpha", 0.9, "eps", 1e-7),
            "eps inside the square root",
            (p, c) -> new RmsProp(p.get("lr"), p.get("alpha"), p.get("eps"), p.get("weight_decay"), p.get("momentum"), p.flag("centered"), c));

    public RmsProp {
        TYPE.check(lr, alpha, eps, weightDecay, momentum, centered ? 1 : 0);
        Check.convention(convention);
    }

    public RmsProp(double lr, double alpha, double eps, double weightDecay, double momentum, boolean centered) {
        this(lr, alpha, eps, weightDecay, momentum, centered, Convention.PYTORCH);
    }

    @Override
    public OptimizerType type() {
        return TYPE;
    }

    @Override
    public Hyperparameters parameters() {
        return TYPE.values(lr, alpha, eps, weightDecay, momentum, centered ? 1 : 0);
    }

    @Override
    public Stepper start() {
        double[] v = new double[2];
        double[] gAvg = new double[2];
        double[] b = new double[2];
        boolean keras = convention == Convention.KERAS;
        return new Stepper() {
            @Override
            public void step(double[] x, double[] g, StepContext context) {
                if (keras) {
                    Check.kerasDecay(x, weightDecay, lr);
                    for (int i = 0; i < 2; i++) {
                        v[i] = alpha * v[i] + (1 - alpha) * (g[i] * g[i]);
                        double denominator;
                        if (centered) {
                            gAvg[i] = alpha * gAvg[i] + (1 - alpha) * g[i];
                            denominator = v[i] - gAvg[i] * gAvg[i] + eps;
                        } else {
                            denominator = v[i] + eps;
                        }
                        double increment = lr * g[i] / Math.sqrt(denominator);
                        if (momentum > 0) {
                            b[i] = momentum * b[i] + increment;
                            x[i] -= b[i];
                        } else {
                            x[i] -= increment;
                        }
                    }
                    return;
                }
                for (int i = 0; i < 2; i++) {
                    double gi = g[i] + weightDecay * x[i];
                    v[i] = alpha * v[i] + (1 - alpha) * gi * gi;
                    double d;
                    if (centered) {
                        gAvg[i] = alpha * gAvg[i] + (1 - alpha) * gi;
                        d = Math.sqrt(v[i] - gAvg[i] * gAvg[i]) + eps;
                    } else {
                        d = Math.sqrt(v[i]) + eps;
                    }
                    if (momentum > 0) {
                        b[i] = momentum * b[i] + gi / d;
                        x[i] -= lr * b[i];
                    } else {
                        x[i] -= lr * gi / d;
                    }
                }
            }

            @Override
            public List<String> stateNames() {
                List<String> names = new ArrayList<>(List.of("v_x", "v_y"));
                if (centered) {
                    names.addAll(List.of("g_avg_x", "g_avg_y"));
                }
                if (momentum > 0) {
                    names.addAll(List.of("b_x", "b_y"));
                }
                return names;
            }

            @Override
            public void readState(double[] out) {
                int k = 0;
                out[k++] = v[0];
                out[k++] = v[1];
                if (centered) {
                    out[k++] = gAvg[0];
                    out[k++] = gAvg[1];
                }
                if (momentum > 0) {
                    out[k++] = b[0];
                    out[k] = b[1];
                }
            }
        };
    }
}
