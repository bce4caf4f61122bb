package org.descentlab.core.optim;

import java.util.List;
import java.util.Map;

import org.descentlab.core.Vec2;

/**
 * Heavy-ball momentum, {@code torch.optim.SGD(momentum=μ, dampening=τ)}:
 * <pre>
 *   g ← g + weight_decay·x
 *   v ← g                      at the first step
 *   v ← μ·v + (1 − τ)·g        after it
 *   x ← x − lr·v
 * </pre>
 * Keras ({@code keras.optimizers.SGD(momentum=μ)}): x ← x − lr·weight_decay·x; m ← μ·m − lr·g; x ← x + m
 * (the same path for a constant lr; Keras has no dampening).
 * Defaults lr 1e-3 (PyTorch's; Keras's is 0.01), momentum 0.9 (both frameworks' momentum default is 0, which would
 * make this plain descent).
 */
public record Momentum(double lr, double momentum, double dampening, double weightDecay, boolean maximize, Convention convention)
        implements Optimizer {

    public static final OptimizerType TYPE = new OptimizerType("momentum",
            "Momentum (heavy ball): v <- momentum*v + g; x <- x - lr*v", List.of(
                    ParameterSpec.atLeast("lr", 1e-3, 0, "learning rate"),
                    ParameterSpec.atLeast("momentum", 0.9, 0, "momentum factor mu"),
                    ParameterSpec.closed("dampening", 0, 0, 1, "dampening of the gradient in the velocity (PyTorch only)"),
                    ParameterSpec.atLeast("weight_decay", 0, 0, "L2 penalty (PyTorch) or decoupled decay (Keras)"),
                    Maximize.SPEC),
            Map.of("lr", 0.01), "no dampening",
            (p, c) -> new Momentum(p.get("lr"), p.get("momentum"), p.get("dampening"), p.get("weight_decay"), p.flag("maximize"), c));

    public Momentum {
        TYPE.check(lr, momentum, dampening, weightDecay, maximize ? 1 : 0);
        Check.convention(convention);
        Check.pytorchOnly("momentum", "maximize", maximize, convention);
        Check.pytorchOnly("momentum", "dampening", dampening, 0, convention);
    }

    public Momentum(double lr, double momentum, double dampening, double weightDecay, Convention convention) {
        this(lr, momentum, dampening, weightDecay, false, convention);
    }

    public Momentum(double lr, double momentum, double dampening, double weightDecay) {
        this(lr, momentum, dampening, weightDecay, Convention.PYTORCH);
    }

    @Override
    public OptimizerType type() {
        return TYPE;
    }

    @Override
    public Hyperparameters parameters() {
        return TYPE.values(lr, momentum, dampening, weightDecay, maximize ? 1 : 0);
    }

    @Override
    public Stepper start() {
        return new VelocityStepper(lr, momentum, dampening, weightDecay, false, maximize, convention);
    }

    /**
     * The momentum buffer, of {@link Momentum} and {@link Nesterov}: PyTorch's velocity v, or Keras's
     * m (= −lr·v for a constant lr); the other is null.
     */
    public record State(Vec2 v, Vec2 m) implements OptimizerState {
        @Override
        public Map<String, double[]> parts() {
            return new Parts().add("v", v).add("m", m).map();
        }
    }

    /** SGD's momentum buffer, shared with {@link Nesterov}. */
    static final class VelocityStepper extends RateStepper {
        private double momentum;
        private final double dampening;
        private final double weightDecay;
        private final boolean nesterov;
        private final boolean maximize;
        private final boolean keras;
        private final double[] v = new double[2];
        private final double[] decayed = new double[2];
        private boolean first = true;

        VelocityStepper(double lr, double momentum, double dampening, double weightDecay, boolean nesterov,
                boolean maximize, Convention convention) {
            super(lr);
            this.momentum = momentum;
            this.dampening = dampening;
            this.weightDecay = weightDecay;
            this.nesterov = nesterov;
            this.maximize = maximize;
            this.keras = convention == Convention.KERAS;
        }

        /** −g, under maximize. */
        private final double[] ascent = new double[2];

        @Override
        public void step(double[] x, double[] g, StepContext context) {
            Trace trace = context.trace();
            g = Maximize.gradient(g, maximize, ascent, trace);
            if (keras) {
                WeightDecay.keras(x, weightDecay, lr, trace);
                for (int i = 0; i < 2; i++) {
                    // Keras keeps m = −lr·v: m ← μ·m − lr·g
                    v[i] = momentum * v[i] - lr * g[i];
                }
                trace.state("m ← μ·m − lr·g", "m", v[0], v[1]);
                for (int i = 0; i < 2; i++) {
                    x[i] += nesterov ? momentum * v[i] - lr * g[i] : v[i];
                }
                trace.line(nesterov ? "x ← x + μ·m − lr·g" : "x ← x + m", x[0], x[1]);
                return;
            }
            WeightDecay.l2(g, x, weightDecay, decayed, trace);
            for (int i = 0; i < 2; i++) {
                v[i] = first ? decayed[i] : momentum * v[i] + (1 - dampening) * decayed[i];
            }
            trace.state(first ? "v ← g   (the first step)" : nesterov ? "v ← μ·v + g" : "v ← μ·v + (1 − τ)·g", "v", v[0], v[1]);
            for (int i = 0; i < 2; i++) {
                double direction = nesterov ? decayed[i] + momentum * v[i] : v[i];
                x[i] -= lr * direction;
            }
            trace.line(nesterov ? "x ← x − lr·(g + μ·v)" : "x ← x − lr·v", x[0], x[1]);
            first = false;
        }

        @Override
        public void setMomentum(double value) {
            momentum = value;
        }

        @Override
        public OptimizerState state() {
            return keras ? new State(null, Vec2.of(v)) : new State(Vec2.of(v), null);
        }
    }
}
