package org.descentlab.core.optim;

import java.util.List;

/**
 * Plain gradient descent, {@code torch.optim.SGD} with momentum 0:
 * <pre>
 *   g ← g + weight_decay·x
 *   x ← x − lr·g
 * </pre>
 * Default lr 0.01 (PyTorch has none).
 */
public record GradientDescent(double lr, double weightDecay) implements Optimizer {

    public static final OptimizerType TYPE = new OptimizerType("gd",
            "Gradient descent: x <- x - lr*g", List.of(
                    ParameterSpec.atLeast("lr", 0.01, 0, "learning rate"),
                    ParameterSpec.atLeast("weight_decay", 0, 0, "L2 penalty added to the gradient")),
            v -> new GradientDescent(v[0], v[1]));

    public GradientDescent {
        TYPE.check(lr, weightDecay);
    }

    @Override
    public OptimizerType type() {
        return TYPE;
    }

    @Override
    public double[] values() {
        return new double[] {lr, weightDecay};
    }

    @Override
    public Stepper start() {
        return (x, g, context) -> {
            for (int i = 0; i < x.length; i++) {
                x[i] -= lr * (g[i] + weightDecay * x[i]);
            }
        };
    }
}
