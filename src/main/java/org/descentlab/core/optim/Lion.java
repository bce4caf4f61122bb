package org.descentlab.core.optim;

import java.util.List;
import java.util.Map;

import org.descentlab.core.Vec2;

/**
 * {@code keras.optimizers.Lion}, evolved sign momentum, as Keras 3's update_step computes it:
 * <pre>
 *   x ← x − x·weight_decay·lr          (Keras's decoupled decay, before every update)
 *   x ← x − lr·sign(β1·m + (1 − β1)·g)
 *   m ← β2·m + (1 − β2)·g
 * </pre>
 * Every coordinate moves by exactly lr (or not at all where the interpolation is 0): the update's size does
 * not depend on the gradient's. torch.optim has no Lion: Keras's rule and defaults under either convention.
 */
public record Lion(double lr, double beta1, double beta2, double weightDecay, Convention convention) implements Optimizer {

    public static final OptimizerType TYPE = OptimizerType.only(Convention.KERAS, "lion",
            "Lion: every coordinate steps lr along the sign of a momentum interpolation", List.of(
                    ParameterSpec.atLeast("lr", 1e-3, 0, "learning rate: the size of every coordinate's step"),
                    ParameterSpec.openClosed("beta1", 0.9, 0, 1, "weight of m in the direction of the step"),
                    ParameterSpec.closed("beta2", 0.99, 0, 1, "decay of the momentum m"),
                    ParameterSpec.atLeast("weight_decay", 0, 0, "decoupled decay: x <- x - x*weight_decay*lr")),
            (p, c) -> new Lion(p.get("lr"), p.get("beta1"), p.get("beta2"), p.get("weight_decay"), c));

    public Lion {
        TYPE.check(lr, beta1, beta2, weightDecay);
        Check.convention(convention);
    }

    public Lion(double lr, double beta1, double beta2, double weightDecay) {
        this(lr, beta1, beta2, weightDecay, Convention.PYTORCH);
    }

    @Override
    public OptimizerType type() {
        return TYPE;
    }

    @Override
    public Hyperparameters parameters() {
        return TYPE.values(lr, beta1, beta2, weightDecay);
    }

    @Override
    public Stepper start() {
        return new LionStepper();
    }

    /**
     * Lion's momentum.
     *
     * @param m the momentum, Keras's {@code momentums}
     */
    public record State(Vec2 m) implements OptimizerState {
        @Override
        public Map<String, double[]> parts() {
            return new Parts().add("m", m).map();
        }
    }

    private final class LionStepper extends RateStepper {
        private double beta1 = Lion.this.beta1;
        private final double[] m = new double[2];
        private final double[] c = new double[2];

        LionStepper() {
            super(Lion.this.lr);
        }

        @Override
        public void step(double[] x, double[] g, StepContext context) {
            Trace trace = context.trace();
            WeightDecay.keras(x, weightDecay, lr, trace);
            for (int i = 0; i < 2; i++) {
                c[i] = m[i] * beta1 + g[i] * (1 - beta1);
            }
            trace.line("c = β1·m + (1 − β1)·g", c[0], c[1]);
            for (int i = 0; i < 2; i++) {
                x[i] -= lr * Math.signum(c[i]);
            }
            trace.line("x ← x − lr·sign(c)", x[0], x[1]);
            for (int i = 0; i < 2; i++) {
                m[i] = m[i] * beta2 + g[i] * (1 - beta2);
            }
            trace.state("m ← β2·m + (1 − β2)·g", "m", m[0], m[1]);
        }

        @Override
        public void setMomentum(double value) {
            beta1 = value;
        }

        @Override
        public OptimizerState state() {
            return new State(Vec2.of(m));
        }
    }
}
