package org.descentlab.core.optim;

import java.util.List;

/**
 * {@code torch.optim.AdamW}: Adam with decoupled weight decay, applied to the point before the update
 * and not added to the gradient:
 * <pre>
 *   x ← x·(1 − lr·weight_decay)
 *   then Adam's update with weight_decay 0
 * </pre>
 * Default weight_decay 0.01, as in PyTorch.
 */
public record AdamW(double lr, double beta1, double beta2, double eps, double weightDecay, boolean amsgrad)
        implements Optimizer {

    public static final OptimizerType TYPE = new OptimizerType("adamw",
            "AdamW: Adam with decoupled weight decay", List.of(
                    ParameterSpec.atLeast("lr", 1e-3, 0, "learning rate"),
                    ParameterSpec.closedOpen("beta1", 0.9, 0, 1, "decay of the first moment m"),
                    ParameterSpec.closedOpen("beta2", 0.999, 0, 1, "decay of the second moment v"),
                    ParameterSpec.atLeast("eps", 1e-8, 0, "added to the denominator"),
                    ParameterSpec.atLeast("weight_decay", 1e-2, 0, "decoupled decay: x <- x*(1 - lr*weight_decay)"),
                    ParameterSpec.flag("amsgrad", false, "use the maximum of past second moments")),
            v -> new AdamW(v[0], v[1], v[2], v[3], v[4], v[5] != 0));

    public AdamW {
        TYPE.check(lr, beta1, beta2, eps, weightDecay, amsgrad ? 1 : 0);
    }

    @Override
    public OptimizerType type() {
        return TYPE;
    }

    @Override
    public double[] values() {
        return new double[] {lr, beta1, beta2, eps, weightDecay, amsgrad ? 1 : 0};
    }

    @Override
    public Stepper start() {
        return new Adam.AdamStepper(lr, beta1, beta2, eps, 0, weightDecay, amsgrad);
    }
}
