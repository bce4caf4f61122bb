package org.descentlab.core.optim;

import java.util.List;
import java.util.Map;

import org.descentlab.core.Vec2;

/**
 * {@code keras.optimizers.Lamb}, layer-wise adaptive moments, as Keras 3's update_step computes it. The point
 * (x, y) is one tensor, so one trust ratio scales both coordinates:
 * <pre>
 *   x ← x − x·weight_decay·lr          (Keras's decoupled decay, before every update)
 *   m ← m + (g − m)·(1 − β1);  v ← v + (g² − v)·(1 − β2)
 *   r = (m / (1 − β1ᵗ)) / (√(v / (1 − β2ᵗ)) + eps)
 *   ratio = ‖x‖ / ‖r‖ where both norms are &gt; 0, 1 otherwise
 *   x ← x − ratio·lr·r
 * </pre>
 * torch.optim has no LAMB: Keras's rule and defaults (epsilon 1e-7) under either convention.
 */
public record Lamb(double lr, double beta1, double beta2, double eps, double weightDecay, Convention convention)
        implements Optimizer {

    public static final OptimizerType TYPE = OptimizerType.only(Convention.KERAS, "lamb",
            "LAMB: Adam's step scaled by the trust ratio |x|/|step| of the whole point", List.of(
                    ParameterSpec.atLeast("lr", 1e-3, 0, "learning rate"),
                    ParameterSpec.closedOpen("beta1", 0.9, 0, 1, "decay of the first moment m"),
                    ParameterSpec.closedOpen("beta2", 0.999, 0, 1, "decay of the second moment v"),
                    ParameterSpec.atLeast("eps", 1e-7, 0, "added to the denominator"),
                    ParameterSpec.atLeast("weight_decay", 0, 0, "decoupled decay: x <- x - x*weight_decay*lr")),
            (p, c) -> new Lamb(p.get("lr"), p.get("beta1"), p.get("beta2"), p.get("eps"), p.get("weight_decay"), c));

    public Lamb {
        TYPE.check(lr, beta1, beta2, eps, weightDecay);
        Check.convention(convention);
    }

    public Lamb(double lr, double beta1, double beta2, double eps, double weightDecay) {
        this(lr, beta1, beta2, eps, weightDecay, Convention.PYTORCH);
    }

    @Override
    public OptimizerType type() {
        return TYPE;
    }

    @Override
    public Hyperparameters parameters() {
        return TYPE.values(lr, beta1, beta2, eps, weightDecay);
    }

    @Override
    public Stepper start() {
        return new LambStepper();
    }

    /**
     * LAMB's moments, as stored: not bias-corrected.
     *
     * @param m the first moment
     * @param v the second moment
     */
    public record State(Vec2 m, Vec2 v) implements OptimizerState {
        @Override
        public Map<String, double[]> parts() {
            return new Parts().add("m", m).add("v", v).map();
        }
    }

    private final class LambStepper extends RateStepper {
        private double beta1 = Lamb.this.beta1;
        private final double[] m = new double[2];
        private final double[] v = new double[2];
        private final double[] r = new double[2];

        LambStepper() {
            super(Lamb.this.lr);
        }

        @Override
        public void step(double[] x, double[] g, StepContext context) {
            int t = context.step();
            Trace trace = context.trace();
            WeightDecay.keras(x, weightDecay, lr, trace);
            double beta1Power = Math.pow(beta1, t);
            double beta2Power = Math.pow(beta2, t);
            for (int i = 0; i < 2; i++) {
                m[i] += (g[i] - m[i]) * (1 - beta1);
            }
            trace.state("m ← m + (g − m)·(1 − β1)", "m", m[0], m[1]);
            for (int i = 0; i < 2; i++) {
                v[i] += (g[i] * g[i] - v[i]) * (1 - beta2);
            }
            trace.state("v ← v + (g² − v)·(1 − β2)", "v", v[0], v[1]);
            for (int i = 0; i < 2; i++) {
                r[i] = m[i] / (1 - beta1Power) / (Math.sqrt(v[i] / (1 - beta2Power)) + eps);
            }
            trace.line("r = m̂ / (√v̂ + ε)", r[0], r[1]);
            // the norms as Keras sums them, not hypot: the same digits
            double wNorm = Math.sqrt(x[0] * x[0] + x[1] * x[1]);
            double rNorm = Math.sqrt(r[0] * r[0] + r[1] * r[1]);
            double ratio = wNorm > 0 ? rNorm > 0 ? wNorm / rNorm : 1 : 1;
            trace.line("ratio = ‖x‖ / ‖r‖   (1 where either is 0)", ratio);
            for (int i = 0; i < 2; i++) {
                x[i] -= ratio * lr * r[i];
            }
            trace.line("x ← x − ratio·lr·r", x[0], x[1]);
        }

        @Override
        public void setMomentum(double value) {
            beta1 = value;
        }

        @Override
        public OptimizerState state() {
            return new State(Vec2.of(m), Vec2.of(v));
        }
    }
}
