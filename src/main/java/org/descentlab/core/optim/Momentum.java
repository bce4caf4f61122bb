package org.descentlab.core.optim;

import java.util.List;

/**
 * Heavy-ball momentum, {@code torch.optim.SGD(momentum=μ, dampening=τ)}:
 * <pre>
 *   g ← g + weight_decay·x
 *   v ← g                      at the first step
 *   v ← μ·v + (1 − τ)·g        after it
 *   x ← x − lr·v
 * </pre>
 * Defaults lr 0.01, momentum 0.9 (PyTorch's momentum default is 0, which would make this plain descent).
 */
public record Momentum(double lr, double momentum, double dampening, double weightDecay) implements Optimizer {

    public static final OptimizerType TYPE = new OptimizerType("momentum",
            "Momentum (heavy ball): v <- momentum*v + g; x <- x - lr*v", List.of(
                    ParameterSpec.atLeast("lr", 0.01, 0, "learning rate"),
                    ParameterSpec.atLeast("momentum", 0.9, 0, "momentum factor mu"),
                    ParameterSpec.closed("dampening", 0, 0, 1, "dampening of the gradient in the velocity"),
                    ParameterSpec.atLeast("weight_decay", 0, 0, "L2 penalty added to the gradient")),
            v -> new Momentum(v[0], v[1], v[2], v[3]));

    public Momentum {
        TYPE.check(lr, momentum, dampening, weightDecay);
    }

    @Override
    public OptimizerType type() {
        return TYPE;
    }

    @Override
    public double[] values() {
        return new double[] {lr, momentum, dampening, weightDecay};
    }

    @Override
    public Stepper start() {
        return new VelocityStepper(lr, momentum, dampening, weightDecay, false);
    }

    /** SGD's momentum buffer, shared with {@link Nesterov}. */
    static final class VelocityStepper implements Stepper {
        private final double lr;
        private final double momentum;
        private final double dampening;
        private final double weightDecay;
        private final boolean nesterov;
        private final double[] v = new double[2];
        private boolean first = true;

        VelocityStepper(double lr, double momentum, double dampening, double weightDecay, boolean nesterov) {
            this.lr = lr;
            this.momentum = momentum;
            this.dampening = dampening;
            this.weightDecay = weightDecay;
            this.nesterov = nesterov;
        }

        @Override
        public void step(double[] x, double[] g, StepContext context) {
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
            return List.of("v_x", "v_y");
        }

        @Override
        public void readState(double[] out) {
            out[0] = v[0];
            out[1] = v[1];
        }
    }
}
