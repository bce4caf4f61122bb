package org.descentlab.core.optim;

import java.util.List;
import java.util.Map;

/**
 * {@code torch.optim.AdamW}: Adam with decoupled weight decay, applied to the point before the update
 * and not added to the gradient:
 * <pre>
 *   x ← x·(1 − lr·weight_decay)
 *   then Adam's update with weight_decay 0
 * </pre>
 * Default weight_decay 0.01, as in PyTorch. Keras ({@code keras.optimizers.AdamW}: weight_decay 0.004,
 * epsilon 1e-7): x ← x − x·weight_decay·lr, then Keras's Adam update (see {@link Adam}). The state
 * is {@link Adam.State}.
 */
public record AdamW(double lr, double beta1, double beta2, double eps, double weightDecay, boolean amsgrad,
        boolean maximize, Convention convention) implements Optimizer {

    public static final OptimizerType TYPE = new OptimizerType("adamw",
            "AdamW: Adam with decoupled weight decay", List.of(
                    ParameterSpec.atLeast("lr", 1e-3, 0, "learning rate"),
                    ParameterSpec.closedOpen("beta1", 0.9, 0, 1, "decay of the first moment m"),
                    ParameterSpec.closedOpen("beta2", 0.999, 0, 1, "decay of the second moment v"),
                    ParameterSpec.atLeast("eps", 1e-8, 0, "added to the denominator"),
                    ParameterSpec.atLeast("weight_decay", 1e-2, 0, "decoupled decay: x <- x*(1 - lr*weight_decay)"),
                    ParameterSpec.flag("amsgrad", false, "use the maximum of past second moments"),
                    Maximize.SPEC),
            Map.of("eps", 1e-7, "weight_decay", 0.004), "\"epsilon hat\": eps added to √v before bias correction",
            (p, c) -> new AdamW(p.get("lr"), p.get("beta1"), p.get("beta2"), p.get("eps"), p.get("weight_decay"), p.flag("amsgrad"), p.flag("maximize"), c));

    public AdamW {
        TYPE.check(lr, beta1, beta2, eps, weightDecay, amsgrad ? 1 : 0, maximize ? 1 : 0);
        Check.convention(convention);
        Check.pytorchOnly("adamw", "maximize", maximize, convention);
    }

    public AdamW(double lr, double beta1, double beta2, double eps, double weightDecay, boolean amsgrad, Convention convention) {
        this(lr, beta1, beta2, eps, weightDecay, amsgrad, false, convention);
    }

    public AdamW(double lr, double beta1, double beta2, double eps, double weightDecay, boolean amsgrad) {
        this(lr, beta1, beta2, eps, weightDecay, amsgrad, Convention.PYTORCH);
    }

    @Override
    public OptimizerType type() {
        return TYPE;
    }

    @Override
    public Hyperparameters parameters() {
        return TYPE.values(lr, beta1, beta2, eps, weightDecay, amsgrad ? 1 : 0, maximize ? 1 : 0);
    }

    @Override
    public Stepper start() {
        return new Adam.AdamStepper(lr, beta1, beta2, eps, 0, weightDecay, amsgrad, maximize,
                convention == Convention.KERAS);
    }
}
