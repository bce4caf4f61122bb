package org.descentlab.core.optim;

import java.util.List;
import java.util.Map;

/**
 * Nesterov momentum as PyTorch formulates it, {@code torch.optim.SGD(momentum=μ, nesterov=True)}:
 * <pre>
 *   g ← g + weight_decay·x
 *   v ← g at the first step, then v ← μ·v + g
 *   x ← x − lr·(g + μ·v)
 * </pre>
 * Keras ({@code SGD(momentum=μ, nesterov=True)}): x ← x − lr·weight_decay·x; m ← μ·m − lr·g;
 * x ← x + μ·m − lr·g (the same path for a constant lr).
 * Defaults lr 1e-3 (PyTorch's; Keras's is 0.01), momentum 0.9. PyTorch requires momentum &gt; 0 and no
 * dampening. The state is {@link Momentum.State}, the same buffer.
 */
public record Nesterov(double lr, double momentum, double weightDecay, boolean maximize, Convention convention) implements Optimizer {

    public static final OptimizerType TYPE = new OptimizerType("nesterov",
            "Nesterov momentum: v <- momentum*v + g; x <- x - lr*(g + momentum*v)", List.of(
                    ParameterSpec.atLeast("lr", 1e-3, 0, "learning rate"),
                    ParameterSpec.above("momentum", 0.9, 0, "momentum factor mu"),
                    ParameterSpec.atLeast("weight_decay", 0, 0, "L2 penalty (PyTorch) or decoupled decay (Keras)"),
                    Maximize.SPEC),
            Map.of("lr", 0.01), "",
            (p, c) -> new Nesterov(p.get("lr"), p.get("momentum"), p.get("weight_decay"), p.flag("maximize"), c));

    public Nesterov {
        TYPE.check(lr, momentum, weightDecay, maximize ? 1 : 0);
        Check.convention(convention);
        Check.pytorchOnly("nesterov", "maximize", maximize, convention);
    }

    public Nesterov(double lr, double momentum, double weightDecay, Convention convention) {
        this(lr, momentum, weightDecay, false, convention);
    }

    public Nesterov(double lr, double momentum, double weightDecay) {
        this(lr, momentum, weightDecay, Convention.PYTORCH);
    }

    @Override
    public OptimizerType type() {
        return TYPE;
    }

    @Override
    public Hyperparameters parameters() {
        return TYPE.values(lr, momentum, weightDecay, maximize ? 1 : 0);
    }

    @Override
    public Stepper start() {
        return new Momentum.VelocityStepper(lr, momentum, 0, weightDecay, true, maximize, convention);
    }
}
