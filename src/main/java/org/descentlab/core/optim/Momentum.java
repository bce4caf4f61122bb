package org.descentlab.core.optim;

import java.util.List;
import java.util.Map;

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
 * Defaults lr 0.01, momentum 0.9 (both frameworks' momentum default is 0, which would make this plain descent).
 */
public record Momentum(double lr, double momentum, double dampening, double weightDecay, Convention convention)
        implements Optimizer {

    public static final OptimizerType TYPE = new OptimizerType("momentum",
            "Momentum (heavy ball): v <- momentum*v + g; x <- x - lr*v", List.of(
                    ParameterSpec.atLeast("lr", 0.01, 0, "learning rate"),
                    ParameterSpec.atLeast("momentum", 0.9, 0, "momentum factor mu"),
                    ParameterSpec.closed("dampening", 0, 0, 1, "dampening of the gradient in the velocity (PyTorch only)"),
                    ParameterSpec.atLeast("weight_decay", 0, 0, "L2 penalty (PyTorch) or decoupled decay (Keras)")),
            Map.of(), "no dampening",
            (p, c) -> new Momentum(p.get("lr"), p.get("momentum"), p.get("dampening"), p.get("weight_decay"), c));

    public Momentum {
        TYPE.check(lr, momentum, dampening, weightDecay);
        Check.convention(convention);
        Check.pytorchOnly("momentum", "dampening", dampening, 0, convention);
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
        return TYPE.values(lr, momentum, dampening, weightDecay);
    }

    @Override
    public Stepper start() {
        return new VelocityStepper(lr, momentum, dampening, weightDecay, false, convention);
    }

    /** SGD's momentum buffer, shared with {@link Nesterov}. */
    static final class VelocityStepper implements Stepper {
        private final double lr;
        private final double momentum;
        private final double dampening;
        private final double weightDecay;
        private final boolean nesterov;
        private final boolean keras;
        private final double[] v = new double[2];
        private boolean first = true;

        VelocityStepper(double lr, double momentum, double dampening, double weightDecay, boolean nesterov,
                Convention convention) {
            this.lr = lr;
            this.momentum = momentum;
            this.dampening = dampening;
            this.weightDecay = weightDecay;
            this.nesterov = nesterov;
            this.keras = convention == Convention.KERAS;
        }

        @Override
        public void step(double[] x, double[] g, StepContext context) {
            if (keras) {
                Check.kerasDecay(x, weightDecay, lr);
                for (int i = 0; i < 2; i++) {
                    // Keras keeps m = −lr·v: m ← μ·m − lr·g
                    v[i] = momentum * v[i] - lr * g[i];
                    x[i] += nesterov ? momentum * v[i] - lr * g[i] : v[i];
                }
                return;
            }
            for (int i = 0; i < 2; i++) {
                double gi = g[i] + weightDecay * x[i];
                v[i] = first ? gi : momentum * v[i] + (1 - dampening) * gi;
                double direction = nesterov ? gi + momentum * v[i] : v[i];
                x[i] -= lr * direction;
            }
            first = false;
        }

        @Override
        public List<String> stateNames() {
            return keras ? List.of("m_x", "m_y") : List.of("v_x", "v_y");
        }

        @Override
        public void readState(double[] out) {
            out[0] = v[0];
            out[1] = v[1];
        }
    }
}
