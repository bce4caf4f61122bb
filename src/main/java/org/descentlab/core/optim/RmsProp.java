package org.descentlab.core.optim;

import java.util.List;
import java.util.Map;

import org.descentlab.core.Vec2;

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
        boolean maximize, Convention convention) implements Optimizer {

    public static final OptimizerType TYPE = new OptimizerType("rmsprop",
            "RMSprop: steps divided by a running root-mean-square of gradients", List.of(
                    ParameterSpec.atLeast("lr", 0.01, 0, "learning rate"),
                    ParameterSpec.closed("alpha", 0.99, 0, 1, "smoothing constant of the squared-gradient average (Keras: rho)"),
                    ParameterSpec.atLeast("eps", 1e-8, 0, "added to the denominator"),
                    ParameterSpec.atLeast("weight_decay", 0, 0, "L2 penalty (PyTorch) or decoupled decay (Keras)"),
                    ParameterSpec.atLeast("momentum", 0, 0, "momentum factor"),
                    ParameterSpec.flag("centered", false, "divide by the estimated variance instead"),
                    Maximize.SPEC),
            Map.of("lr", 1e-3, "alpha", 0.9, "eps", 1e-7),
            "eps inside the square root",
            (p, c) -> new RmsProp(p.get("lr"), p.get("alpha"), p.get("eps"), p.get("weight_decay"), p.get("momentum"), p.flag("centered"), p.flag("maximize"), c));

    public RmsProp {
        TYPE.check(lr, alpha, eps, weightDecay, momentum, centered ? 1 : 0, maximize ? 1 : 0);
        Check.convention(convention);
        Check.pytorchOnly("rmsprop", "maximize", maximize, convention);
    }

    public RmsProp(double lr, double alpha, double eps, double weightDecay, double momentum, boolean centered, Convention convention) {
        this(lr, alpha, eps, weightDecay, momentum, centered, false, convention);
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
        return TYPE.values(lr, alpha, eps, weightDecay, momentum, centered ? 1 : 0, maximize ? 1 : 0);
    }

    @Override
    public Stepper start() {
        return new RmsPropStepper();
    }

    /**
     * RMSprop's running averages and momentum buffer.
     *
     * @param v    the running mean of g²
     * @param gAvg the running mean of g, when centered; null otherwise
     * @param b    the momentum buffer, when momentum &gt; 0; null otherwise
     */
    public record State(Vec2 v, Vec2 gAvg, Vec2 b) implements OptimizerState {
        @Override
        public Map<String, double[]> parts() {
            return new Parts().add("v", v).add("g_avg", gAvg).add("b", b).map();
        }
    }

    private final class RmsPropStepper extends RateStepper {
        private double momentum = RmsProp.this.momentum;
        private final double[] v = new double[2];
        private final double[] gAvg = new double[2];
        private final double[] b = new double[2];
        private final double[] decayed = new double[2];
        private final double[] d = new double[2];

        /** −g, under maximize. */
        private final double[] ascent = new double[2];

        RmsPropStepper() {
            super(RmsProp.this.lr);
        }

        @Override
        public void step(double[] x, double[] g, StepContext context) {
            Trace trace = context.trace();
            g = Maximize.gradient(g, maximize, ascent, trace);
            if (convention == Convention.KERAS) {
                kerasStep(x, g, trace);
                return;
            }
            WeightDecay.l2(g, x, weightDecay, decayed, trace);
            for (int i = 0; i < 2; i++) {
                v[i] = alpha * v[i] + (1 - alpha) * decayed[i] * decayed[i];
            }
            trace.state("v ← α·v + (1 − α)·g²", "v", v[0], v[1]);
            if (centered) {
                for (int i = 0; i < 2; i++) {
                    gAvg[i] = alpha * gAvg[i] + (1 - alpha) * decayed[i];
                }
                trace.state("g_avg ← α·g_avg + (1 − α)·g", "g_avg", gAvg[0], gAvg[1]);
                for (int i = 0; i < 2; i++) {
                    d[i] = Math.sqrt(v[i] - gAvg[i] * gAvg[i]) + eps;
                }
                trace.line("d = √(v − g_avg²) + ε", d[0], d[1]);
            } else {
                for (int i = 0; i < 2; i++) {
                    d[i] = Math.sqrt(v[i]) + eps;
                }
                trace.line("d = √v + ε", d[0], d[1]);
            }
            if (momentum > 0) {
                for (int i = 0; i < 2; i++) {
                    b[i] = momentum * b[i] + decayed[i] / d[i];
                }
                trace.state("b ← μ·b + g/d", "b", b[0], b[1]);
                for (int i = 0; i < 2; i++) {
                    x[i] -= lr * b[i];
                }
                trace.line("x ← x − lr·b", x[0], x[1]);
            } else {
                for (int i = 0; i < 2; i++) {
                    x[i] -= lr * decayed[i] / d[i];
                }
                trace.line("x ← x − lr·g/d", x[0], x[1]);
            }
        }

        /** Keras: eps inside the square root, the learning rate inside the momentum buffer. */
        private void kerasStep(double[] x, double[] g, Trace trace) {
            WeightDecay.keras(x, weightDecay, lr, trace);
            for (int i = 0; i < 2; i++) {
                v[i] = alpha * v[i] + (1 - alpha) * (g[i] * g[i]);
            }
            trace.state("v ← α·v + (1 − α)·g²", "v", v[0], v[1]);
            if (centered) {
                for (int i = 0; i < 2; i++) {
                    gAvg[i] = alpha * gAvg[i] + (1 - alpha) * g[i];
                }
                trace.state("g_avg ← α·g_avg + (1 − α)·g", "g_avg", gAvg[0], gAvg[1]);
                for (int i = 0; i < 2; i++) {
                    d[i] = Math.sqrt(v[i] - gAvg[i] * gAvg[i] + eps);
                }
                trace.line("d = √(v − g_avg² + ε)", d[0], d[1]);
            } else {
                for (int i = 0; i < 2; i++) {
                    d[i] = Math.sqrt(v[i] + eps);
                }
                trace.line("d = √(v + ε)", d[0], d[1]);
            }
            if (momentum > 0) {
                for (int i = 0; i < 2; i++) {
                    b[i] = momentum * b[i] + lr * g[i] / d[i];
                }
                trace.state("b ← μ·b + lr·g/d", "b", b[0], b[1]);
                for (int i = 0; i < 2; i++) {
                    x[i] -= b[i];
                }
                trace.line("x ← x − b", x[0], x[1]);
            } else {
                for (int i = 0; i < 2; i++) {
                    x[i] -= lr * g[i] / d[i];
                }
                trace.line("x ← x − lr·g/d", x[0], x[1]);
            }
        }

        @Override
        public void setMomentum(double value) {
            momentum = value;
        }

        @Override
        public OptimizerState state() {
            return new State(Vec2.of(v), centered ? Vec2.of(gAvg) : null, momentum > 0 ? Vec2.of(b) : null);
        }
    }
}
