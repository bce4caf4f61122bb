package org.descentlab.core.optim;

import java.util.List;
import java.util.Map;

import org.descentlab.core.Vec2;

/**
 * {@code torch.optim.Rprop}, resilient backpropagation: each coordinate has its own step size η, which grows
 * while the gradient keeps its sign and shrinks when it flips; only the gradient's sign moves the point.
 * Per coordinate, in the order of PyTorch's single-tensor step:
 * <pre>
 *   maximize: g ← −g
 *   g·g_prev &gt; 0: η ← min(η·eta_plus, step_size_max)
 *   g·g_prev &lt; 0: η ← max(η·eta_minus, step_size_min);  g ← 0   (no move, and no flip seen next time)
 *   otherwise:  η ← η, clamped to [step_size_min, step_size_max]
 *   x ← x − η·sign(g);  g_prev ← g
 * </pre>
 * η starts at lr and g_prev at 0, so the first update is x ← x − lr·sign(g). lr is read only then: a schedule
 * that changes it later changes nothing, as in PyTorch. Keras has no Rprop: PyTorch's rule and defaults under
 * either convention.
 */
public record Rprop(double lr, double etaMinus, double etaPlus, double stepSizeMin, double stepSizeMax, boolean maximize,
        Convention convention) implements Optimizer {

    public static final OptimizerType TYPE = OptimizerType.only(Convention.PYTORCH, "rprop",
            "Rprop: per-coordinate steps that grow while the gradient keeps its sign, shrink when it flips", List.of(
                    ParameterSpec.atLeast("lr", 0.01, 0, "the initial step size of every coordinate"),
                    ParameterSpec.open("eta_minus", 0.5, 0, 1, "factor of a step size when the gradient flips"),
                    ParameterSpec.above("eta_plus", 1.2, 1, "factor of a step size while the gradient keeps its sign"),
                    ParameterSpec.atLeast("step_size_min", 1e-6, 0, "smallest step size"),
                    ParameterSpec.atLeast("step_size_max", 50, 0, "largest step size"),
                    Maximize.SPEC),
            (p, c) -> new Rprop(p.get("lr"), p.get("eta_minus"), p.get("eta_plus"), p.get("step_size_min"), p.get("step_size_max"),
                    p.flag("maximize"), c));

    public Rprop {
        TYPE.check(lr, etaMinus, etaPlus, stepSizeMin, stepSizeMax, maximize ? 1 : 0);
        Check.convention(convention);
    }

    public Rprop(double lr, double etaMinus, double etaPlus, double stepSizeMin, double stepSizeMax) {
        this(lr, etaMinus, etaPlus, stepSizeMin, stepSizeMax, false, Convention.PYTORCH);
    }

    @Override
    public OptimizerType type() {
        return TYPE;
    }

    @Override
    public Hyperparameters parameters() {
        return TYPE.values(lr, etaMinus, etaPlus, stepSizeMin, stepSizeMax, maximize ? 1 : 0);
    }

    @Override
    public Stepper start() {
        return new RpropStepper();
    }

    /**
     * Rprop's memory.
     *
     * @param prev     the gradient of the last update, 0 where it flipped
     * @param stepSize each coordinate's step size η
     */
    public record State(Vec2 prev, Vec2 stepSize) implements OptimizerState {
        @Override
        public Map<String, double[]> parts() {
            return new Parts().add("prev", prev).add("step_size", stepSize).map();
        }
    }

    private final class RpropStepper extends RateStepper {
        private final double[] prev = new double[2];
        private final double[] stepSize = {lr, lr};
        private final double[] moved = new double[2];
        /** −g, under maximize. */
        private final double[] ascent = new double[2];
        private boolean started;

        RpropStepper() {
            super(Rprop.this.lr);
        }

        @Override
        public void step(double[] x, double[] g, StepContext context) {
            Trace trace = context.trace();
            g = Maximize.gradient(g, maximize, ascent, trace);
            if (!started) {
                // PyTorch fills the step sizes with the group's lr when the state is made, at the first step
                stepSize[0] = lr;
                stepSize[1] = lr;
                started = true;
            }
            for (int i = 0; i < 2; i++) {
                double sign = Math.signum(g[i] * prev[i]);
                double factor = sign > 0 ? etaPlus : sign < 0 ? etaMinus : sign == 0 ? 1 : sign;
                stepSize[i] = Math.min(Math.max(stepSize[i] * factor, stepSizeMin), stepSizeMax);
                moved[i] = factor == etaMinus ? 0 : g[i];
            }
            trace.state("η ← clamp(η·(η₊ if g·g_prev > 0, η₋ if < 0, else 1), min, max)", "step_size", stepSize[0], stepSize[1]);
            if (trace.on() && (moved[0] != g[0] || moved[1] != g[1])) {
                trace.line("g ← 0 where g·g_prev < 0", moved[0], moved[1]);
            }
            for (int i = 0; i < 2; i++) {
                x[i] -= Math.signum(moved[i]) * stepSize[i];
                prev[i] = moved[i];
            }
            trace.line("x ← x − η·sign(g)", x[0], x[1]);
            trace.state("g_prev ← g", "prev", prev[0], prev[1]);
        }

        @Override
        public OptimizerState state() {
            return new State(Vec2.of(prev), Vec2.of(stepSize));
        }
    }
}
