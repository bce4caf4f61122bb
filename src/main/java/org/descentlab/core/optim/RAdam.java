package org.descentlab.core.optim;

import java.util.List;
import java.util.Map;

import org.descentlab.core.Vec2;

/**
 * {@code torch.optim.RAdam}, rectified Adam, in the order of PyTorch's single-tensor step:
 * <pre>
 *   maximize: g ← −g
 *   decoupled_weight_decay: x ← x·(1 − lr·weight_decay);  otherwise g ← g + weight_decay·x
 *   m ← m + (1 − β1)·(g − m)            (torch's lerp)
 *   v ← β2·v + (1 − β2)·g²
 *   m̂ = m / (1 − β1ᵗ)
 *   ρ∞ = 2/(1 − β2) − 1;  ρₜ = ρ∞ − 2t·β2ᵗ / (1 − β2ᵗ)
 *   ρₜ &gt; 5: r = √((ρₜ − 4)(ρₜ − 2)ρ∞ / ((ρ∞ − 4)(ρ∞ − 2)ρₜ));  x ← x − m̂·lr·(√(1 − β2ᵗ) / (√v + eps))·r
 *   otherwise: x ← x − m̂·lr   (momentum alone while the variance estimate is unreliable)
 * </pre>
 * Keras 3 has no RAdam: PyTorch's rule and defaults under either convention.
 */
public record RAdam(double lr, double beta1, double beta2, double eps, double weightDecay, boolean decoupledWeightDecay,
        boolean maximize, Convention convention) implements Optimizer {

    public static final OptimizerType TYPE = OptimizerType.only(Convention.PYTORCH, "radam",
            "RAdam: Adam whose adaptive step is rectified, plain momentum while too few steps are seen", List.of(
                    ParameterSpec.atLeast("lr", 1e-3, 0, "learning rate"),
                    ParameterSpec.closedOpen("beta1", 0.9, 0, 1, "decay of the first moment m"),
                    ParameterSpec.closedOpen("beta2", 0.999, 0, 1, "decay of the second moment v"),
                    ParameterSpec.atLeast("eps", 1e-8, 0, "added to the denominator"),
                    ParameterSpec.atLeast("weight_decay", 0, 0, "L2 penalty, or decoupled decay with decoupled_weight_decay"),
                    ParameterSpec.flag("decoupled_weight_decay", false, "x <- x*(1 - lr*weight_decay) instead of the L2 penalty"),
                    Maximize.SPEC),
            (p, c) -> new RAdam(p.get("lr"), p.get("beta1"), p.get("beta2"), p.get("eps"), p.get("weight_decay"),
                    p.flag("decoupled_weight_decay"), p.flag("maximize"), c));

    public RAdam {
        TYPE.check(lr, beta1, beta2, eps, weightDecay, decoupledWeightDecay ? 1 : 0, maximize ? 1 : 0);
        Check.convention(convention);
    }

    public RAdam(double lr, double beta1, double beta2, double eps, double weightDecay, boolean decoupledWeightDecay) {
        this(lr, beta1, beta2, eps, weightDecay, decoupledWeightDecay, false, Convention.PYTORCH);
    }

    @Override
    public OptimizerType type() {
        return TYPE;
    }

    @Override
    public Hyperparameters parameters() {
        return TYPE.values(lr, beta1, beta2, eps, weightDecay, decoupledWeightDecay ? 1 : 0, maximize ? 1 : 0);
    }

    @Override
    public Stepper start() {
        return new RAdamStepper();
    }

    /** torch's lerp: start + w·(end − start) for |w| &lt; ½, end − (end − start)·(1 − w) otherwise. */
    static double lerp(double start, double end, double weight) {
        return Math.abs(weight) < 0.5 ? start + weight * (end - start) : end - (end - start) * (1 - weight);
    }

    /**
     * RAdam's moments, as stored: not bias-corrected.
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

    private final class RAdamStepper extends RateStepper {
        private double beta1 = RAdam.this.beta1;
        private final double[] m = new double[2];
        private final double[] v = new double[2];
        private final double[] decayed = new double[2];
        /** −g, under maximize. */
        private final double[] ascent = new double[2];

        RAdamStepper() {
            super(RAdam.this.lr);
        }

        @Override
        public void step(double[] x, double[] g, StepContext context) {
            int t = context.step();
            Trace trace = context.trace();
            g = Maximize.gradient(g, maximize, ascent, trace);
            if (decoupledWeightDecay) {
                if (weightDecay != 0) {
                    for (int i = 0; i < 2; i++) {
                        x[i] *= 1 - lr * weightDecay;
                    }
                    trace.line("x ← x·(1 − lr·weight_decay)", x[0], x[1]);
                }
                decayed[0] = g[0];
                decayed[1] = g[1];
            } else {
                WeightDecay.l2(g, x, weightDecay, decayed, trace);
            }
            for (int i = 0; i < 2; i++) {
                m[i] = lerp(m[i], decayed[i], 1 - beta1);
            }
            trace.state("m ← m + (1 − β1)·(g − m)", "m", m[0], m[1]);
            for (int i = 0; i < 2; i++) {
                v[i] = beta2 * v[i] + (1 - beta2) * decayed[i] * decayed[i];
            }
            trace.state("v ← β2·v + (1 − β2)·g²", "v", v[0], v[1]);
            double bc1 = 1 - Math.pow(beta1, t);
            double bc2 = 1 - Math.pow(beta2, t);
            double rhoInf = 2 / (1 - beta2) - 1;
            double rho = rhoInf - 2 * t * Math.pow(beta2, t) / bc2;
            trace.line("ρ_t = ρ∞ − 2t·β2ᵗ / (1 − β2ᵗ),  ρ∞ = 2/(1 − β2) − 1", rho);
            if (rho > 5) {
                double r = Math.sqrt((rho - 4) * (rho - 2) * rhoInf / ((rhoInf - 4) * (rhoInf - 2) * rho));
                trace.line("r_t = √((ρ_t − 4)(ρ_t − 2)ρ∞ / ((ρ∞ − 4)(ρ∞ − 2)ρ_t))", r);
                for (int i = 0; i < 2; i++) {
                    x[i] -= m[i] / bc1 * lr * (Math.sqrt(bc2) / (Math.sqrt(v[i]) + eps)) * r;
                }
                trace.line("x ← x − lr·m̂·r_t·√(1 − β2ᵗ) / (√v + ε)", x[0], x[1]);
            } else {
                for (int i = 0; i < 2; i++) {
                    x[i] -= m[i] / bc1 * lr;
                }
                trace.line("x ← x − lr·m̂   (ρ_t ≤ 5: not rectified)", x[0], x[1]);
            }
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
