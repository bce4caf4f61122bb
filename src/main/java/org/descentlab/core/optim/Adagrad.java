package org.descentlab.core.optim;

import java.util.List;
import java.util.Map;

import org.descentlab.core.Vec2;

/**
 * {@code torch.optim.Adagrad}:
 * <pre>
 *   g ← g + weight_decay·x
 *   lr_t ← lr / (1 + (t − 1)·lr_decay)
 *   sum ← sum + g²                       (sum starts at initial_accumulator_value)
 *   x ← x − lr_t·g / (√sum + eps)
 * </pre>
 * Keras ({@code keras.optimizers.Adagrad}: lr 0.001, initial_accumulator_value 0.1, epsilon 1e-7, no
 * lr_decay): x ← x − lr·weight_decay·x; sum ← sum + g²; x ← x − lr·g / √(sum + eps).
 */
public record Adagrad(double lr, double lrDecay, double weightDecay, double initialAccumulatorValue, double eps,
        boolean maximize, Convention convention) implements Optimizer {

    public static final OptimizerType TYPE = new OptimizerType("adagrad",
            "Adagrad: per-coordinate steps shrink with the sum of squared gradients", List.of(
                    ParameterSpec.atLeast("lr", 0.01, 0, "learning rate"),
                    ParameterSpec.atLeast("lr_decay", 0, 0, "learning-rate decay per step (PyTorch only)"),
                    ParameterSpec.atLeast("weight_decay", 0, 0, "L2 penalty (PyTorch) or decoupled decay (Keras)"),
                    ParameterSpec.atLeast("initial_accumulator_value", 0, 0, "starting value of the sum of squares"),
                    ParameterSpec.atLeast("eps", 1e-10, 0, "added to the denominator"),
                    Maximize.SPEC),
            Map.of("lr", 1e-3, "initial_accumulator_value", 0.1, "eps", 1e-7),
            "eps inside the square root, no lr_decay",
            (p, c) -> new Adagrad(p.get("lr"), p.get("lr_decay"), p.get("weight_decay"), p.get("initial_accumulator_value"), p.get("eps"), p.flag("maximize"), c));

    public Adagrad {
        TYPE.check(lr, lrDecay, weightDecay, initialAccumulatorValue, eps, maximize ? 1 : 0);
        Check.convention(convention);
        Check.pytorchOnly("adagrad", "maximize", maximize, convention);
        Check.pytorchOnly("adagrad", "lr_decay", lrDecay, 0, convention);
    }

    public Adagrad(double lr, double lrDecay, double weightDecay, double initialAccumulatorValue, double eps, Convention convention) {
        this(lr, lrDecay, weightDecay, initialAccumulatorValue, eps, false, convention);
    }

    public Adagrad(double lr, double lrDecay, double weightDecay, double initialAccumulatorValue, double eps) {
        this(lr, lrDecay, weightDecay, initialAccumulatorValue, eps, Convention.PYTORCH);
    }

    @Override
    public OptimizerType type() {
        return TYPE;
    }

    @Override
    public Hyperparameters parameters() {
        return TYPE.values(lr, lrDecay, weightDecay, initialAccumulatorValue, eps, maximize ? 1 : 0);
    }

    @Override
    public Stepper start() {
        return new AdagradStepper();
    }

    /**
     * Adagrad's accumulator.
     *
     * @param sum the sum of squared gradients, from initial_accumulator_value
     */
    public record State(Vec2 sum) implements OptimizerState {
        @Override
        public Map<String, double[]> parts() {
            return new Parts().add("sum", sum).map();
        }
    }

    private final class AdagradStepper implements Stepper {
        private double lr = Adagrad.this.lr;
        private final double[] sum = {initialAccumulatorValue, initialAccumulatorValue};
        private final double[] decayed = new double[2];
        /** The rate of the last update: lr_t, which lr_decay lowers step by step (Keras has no lr_decay). */
        private double rate = lr;

        /** −g, under maximize. */
        private final double[] ascent = new double[2];

        @Override
        public void step(double[] x, double[] g, StepContext context) {
            Trace trace = context.trace();
            g = Maximize.gradient(g, maximize, ascent, trace);
            if (convention == Convention.KERAS) {
                WeightDecay.keras(x, weightDecay, lr, trace);
                for (int i = 0; i < 2; i++) {
                    sum[i] += g[i] * g[i];
                }
                trace.state("sum ← sum + g²", "sum", sum[0], sum[1]);
                for (int i = 0; i < 2; i++) {
                    x[i] -= lr * g[i] / Math.sqrt(sum[i] + eps);
                }
                trace.line("x ← x − lr·g / √(sum + ε)", x[0], x[1]);
                return;
            }
            double clr = lr / (1 + (context.step() - 1) * lrDecay);
            rate = clr;
            WeightDecay.l2(g, x, weightDecay, decayed, trace);
            for (int i = 0; i < 2; i++) {
                sum[i] += decayed[i] * decayed[i];
            }
            trace.state("sum ← sum + g²", "sum", sum[0], sum[1]);
            trace.line("lr_t = lr / (1 + (t − 1)·lr_decay)", clr);
            for (int i = 0; i < 2; i++) {
                x[i] -= clr * decayed[i] / (Math.sqrt(sum[i]) + eps);
            }
            trace.line("x ← x − lr_t·g / (√sum + ε)", x[0], x[1]);
        }

        @Override
        public void setLearningRate(double value) {
            lr = value;
            rate = value;
        }

        @Override
        public double learningRate() {
            return rate;
        }

        @Override
        public OptimizerState state() {
            return new State(Vec2.of(sum));
        }
    }
}
