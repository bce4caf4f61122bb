package org.descentlab.core.optim;

import java.util.List;
import java.util.Map;

import org.descentlab.core.Vec2;

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
public record Adadelta(double lr, double rho, double eps, double weightDecay, boolean maximize, Convention convention)
        implements Optimizer {

    public static final OptimizerType TYPE = new OptimizerType("adadelta",
            "Adadelta: steps scaled by the ratio of running RMS of updates and of gradients", List.of(
                    ParameterSpec.atLeast("lr", 1.0, 0, "scale applied to the update"),
                    ParameterSpec.closed("rho", 0.9, 0, 1, "decay of the running averages"),
                    ParameterSpec.atLeast("eps", 1e-6, 0, "added inside the square roots"),
                    ParameterSpec.atLeast("weight_decay", 0, 0, "L2 penalty (PyTorch) or decoupled decay (Keras)"),
                    Maximize.SPEC),
            Map.of("lr", 1e-3, "rho", 0.95, "eps", 1e-7), "decoupled weight decay",
            (p, c) -> new Adadelta(p.get("lr"), p.get("rho"), p.get("eps"), p.get("weight_decay"), p.flag("maximize"), c));

    public Adadelta {
        TYPE.check(lr, rho, eps, weightDecay, maximize ? 1 : 0);
        Check.convention(convention);
        Check.pytorchOnly("adadelta", "maximize", maximize, convention);
    }

    public Adadelta(double lr, double rho, double eps, double weightDecay, Convention convention) {
        this(lr, rho, eps, weightDecay, false, convention);
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
        return TYPE.values(lr, rho, eps, weightDecay, maximize ? 1 : 0);
    }

    @Override
    public Stepper start() {
        return new AdadeltaStepper();
    }

    /**
     * Adadelta's two running averages.
     *
     * @param v the running mean of g²
     * @param u the running mean of Δ², the squared updates
     */
    public record State(Vec2 v, Vec2 u) implements OptimizerState {
        @Override
        public Map<String, double[]> parts() {
            return new Parts().add("v", v).add("u", u).map();
        }
    }

    private final class AdadeltaStepper extends RateStepper {
        private final double[] v = new double[2];
        private final double[] u = new double[2];
        private final double[] decayed = new double[2];
        private final double[] delta = new double[2];

        /** −g, under maximize. */
        private final double[] ascent = new double[2];

        AdadeltaStepper() {
            super(Adadelta.this.lr);
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
                v[i] = rho * v[i] + (1 - rho) * decayed[i] * decayed[i];
            }
            trace.state("v ← ρ·v + (1 − ρ)·g²", "v", v[0], v[1]);
            for (int i = 0; i < 2; i++) {
                delta[i] = Math.sqrt(u[i] + eps) / Math.sqrt(v[i] + eps) * decayed[i];
            }
            trace.line("Δ = √(u + ε) / √(v + ε)·g", delta[0], delta[1]);
            for (int i = 0; i < 2; i++) {
                u[i] = rho * u[i] + (1 - rho) * delta[i] * delta[i];
            }
            trace.state("u ← ρ·u + (1 − ρ)·Δ²", "u", u[0], u[1]);
            for (int i = 0; i < 2; i++) {
                x[i] -= lr * delta[i];
            }
            trace.line("x ← x − lr·Δ", x[0], x[1]);
        }

        /** Keras's order of operations; its delta is the update, −Δ. */
        private void kerasStep(double[] x, double[] g, Trace trace) {
            WeightDecay.keras(x, weightDecay, lr, trace);
            for (int i = 0; i < 2; i++) {
                v[i] = rho * v[i] + (1 - rho) * (g[i] * g[i]);
            }
            trace.state("v ← ρ·v + (1 − ρ)·g²", "v", v[0], v[1]);
            for (int i = 0; i < 2; i++) {
                delta[i] = -(Math.sqrt(u[i] + eps) * g[i] / Math.sqrt(v[i] + eps));
            }
            trace.line("Δ = √(u + ε) / √(v + ε)·g", -delta[0], -delta[1]);
            for (int i = 0; i < 2; i++) {
                u[i] = rho * u[i] + (1 - rho) * (delta[i] * delta[i]);
            }
            trace.state("u ← ρ·u + (1 − ρ)·Δ²", "u", u[0], u[1]);
            for (int i = 0; i < 2; i++) {
                x[i] += lr * delta[i];
            }
            trace.line("x ← x − lr·Δ", x[0], x[1]);
        }

        @Override
        public OptimizerState state() {
            return new State(Vec2.of(v), Vec2.of(u));
        }
    }
}
