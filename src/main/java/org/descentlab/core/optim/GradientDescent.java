package org.descentlab.core.optim;

import java.util.List;
import java.util.Map;

/**
 * Plain gradient descent, {@code torch.optim.SGD} with momentum 0 ({@code keras.optimizers.SGD}):
 * <pre>
 *   PyTorch: g ← g + weight_decay·x;  x ← x − lr·g
 *   Keras:   x ← x − lr·weight_decay·x;  x ← x − lr·g
 * </pre>
 * Default lr 1e-3, PyTorch's (torch.optim.SGD since 2.2); Keras's is 0.01.
 */
public record GradientDescent(double lr, double weightDecay, boolean maximize, Convention convention) implements Optimizer {

    public static final OptimizerType TYPE = new OptimizerType("gd",
            "Gradient descent: x <- x - lr*g", List.of(
                    ParameterSpec.atLeast("lr", 1e-3, 0, "learning rate"),
                    ParameterSpec.atLeast("weight_decay", 0, 0, "L2 penalty (PyTorch) or decoupled decay (Keras)"),
                    Maximize.SPEC),
            Map.of("lr", 0.01), "",
            (p, c) -> new GradientDescent(p.get("lr"), p.get("weight_decay"), p.flag("maximize"), c));

    public GradientDescent {
        TYPE.check(lr, weightDecay, maximize ? 1 : 0);
        Check.convention(convention);
        Check.pytorchOnly("gd", "maximize", maximize, convention);
    }

    public GradientDescent(double lr, double weightDecay, Convention convention) {
        this(lr, weightDecay, false, convention);
    }

    public GradientDescent(double lr, double weightDecay) {
        this(lr, weightDecay, Convention.PYTORCH);
    }

    @Override
    public OptimizerType type() {
        return TYPE;
    }

    @Override
    public Hyperparameters parameters() {
        return TYPE.values(lr, weightDecay, maximize ? 1 : 0);
    }

    @Override
    public Stepper start() {
        boolean keras = convention == Convention.KERAS;
        return new Stepper() {
            private final double[] decayed = new double[2];
            private double lr = GradientDescent.this.lr;

            /** −g, under maximize. */
            private final double[] ascent = new double[2];

            @Override
            public void step(double[] x, double[] g, StepContext context) {
                Trace trace = context.trace();
                g = Maximize.gradient(g, maximize, ascent, trace);
                if (keras) {
                    WeightDecay.keras(x, weightDecay, lr, trace);
                    for (int i = 0; i < 2; i++) {
                        x[i] -= lr * g[i];
                    }
                } else {
                    WeightDecay.l2(g, x, weightDecay, decayed, trace);
                    for (int i = 0; i < 2; i++) {
                        x[i] -= lr * decayed[i];
                    }
                }
                trace.line("x ← x − lr·g", x[0], x[1]);
            }

            @Override
            public void setLearningRate(double rate) {
                lr = rate;
            }

            @Override
            public double learningRate() {
                return lr;
            }

            @Override
            public OptimizerState state() {
                return OptimizerState.NONE;
            }
        };
    }
}
