package org.descentlab.core.optim;

import java.util.List;
import java.util.Map;

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
        Convention convention) implements Optimizer {

    public static final OptimizerType TYPE = new OptimizerType("adagrad",
            "Adagrad: per-coordinate steps shrink with the sum of squared gradients", List.of(
                    ParameterSpec.atLeast("lr", 0.01, 0, "learning rate"),
                    ParameterSpec.atLeast("lr_decay", 0, 0, "learning-rate decay per step (PyTorch only)"),
                    ParameterSpec.atLeast("weight_decay", 0, 0, "L2 penalty (PyTorch) or decoupled decay (Keras)"),
                    ParameterSpec.atLeast("initial_accumulator_value", 0, 0, "starting value of the sum of squares"),
                    ParameterSpec.atLeast("eps", 1e-10, 0, "added to the denominator")),
            Map.of("lr", 1e-3, "initial_accumulator_value", 0.1, "eps", 1e-7),
            "eps inside the square root, no lr_decay",
            (p, c) -> new Adagrad(p.get("lr"), p.get("lr_decay"), p.get("weight_decay"), p.get("initial_accumulator_value"), p.get("eps"), c));

    public Adagrad {
        TYPE.check(lr, lrDecay, weightDecay, initialAccumulatorValue, eps);
        Check.convention(convention);
        Check.pytorchOnly("adagrad", "lr_decay", lrDecay, 0, convention);
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
        return TYPE.values(lr, lrDecay, weightDecay, initialAccumulatorValue, eps);
    }

    @Override
    public Stepper start() {
        double[] sum = {initialAccumulatorValue, initialAccumulatorValue};
        boolean keras = convention == Convention.KERAS;
        return new Stepper() {
            @Override
            public void step(double[] x, double[] g, StepContext context) {
                if (keras) {
                    Check.kerasDecay(x, weightDecay, lr);
                    for (int i = 0; i < 2; i++) {
                        sum[i] += g[i] * g[i];
                        x[i] -= lr * g[i] / Math.sqrt(sum[i] + eps);
                    }
                    return;
                }
                double clr = lr / (1 + (context.step() - 1) * lrDecay);
                for (int i = 0; i < 2; i++) {
                    double gi = g[i] + weightDecay * x[i];
                    sum[i] += gi * gi;
                    x[i] -= clr * gi / (Math.sqrt(sum[i]) + eps);
                }
            }

            @Override
            public List<String> stateNames() {
                return List.of("sum_x", "sum_y");
            }

            @Override
            public void readState(double[] out) {
                out[0] = sum[0];
                out[1] = sum[1];
            }
        };
    }
}
