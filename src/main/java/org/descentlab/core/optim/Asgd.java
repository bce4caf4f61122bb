package org.descentlab.core.optim;

import java.util.List;
import java.util.Map;

import org.descentlab.core.Vec2;

/**
 * {@code torch.optim.ASGD}, averaged stochastic gradient descent, in the order of PyTorch's single-tensor step
 * (t counts the updates from 1; η starts at lr, μ at 1):
 * <pre>
 *   maximize: g ← −g
 *   g ← g + weight_decay·x
 *   x ← x·(1 − lambd·η)
 *   x ← x − η·g
 *   μ ≠ 1: ax ← ax + (x − ax)·μ;  otherwise ax ← x
 *   η ← lr / (1 + lambd·lr·t)^alpha;  μ ← 1 / max(1, t − t0)
 * </pre>
 * The path is x, the point PyTorch updates; the average ax is a side buffer (PyTorch's {@code state["ax"]}),
 * shown in the state, equal to x until t0 updates have passed. η is the rate an update uses: each update sets
 * the next one's from the lr of its time. Keras has no ASGD: PyTorch's rule and defaults under either convention.
 */
public record Asgd(double lr, double lambd, double alpha, double t0, double weightDecay, boolean maximize,
        Convention convention) implements Optimizer {

    public static final OptimizerType TYPE = OptimizerType.only(Convention.PYTORCH, "asgd",
            "ASGD: descent with a decaying rate, averaging the points after t0 updates", List.of(
                    ParameterSpec.atLeast("lr", 0.01, 0, "learning rate"),
                    ParameterSpec.atLeast("lambd", 1e-4, 0, "decay term: shrinks x and the rate"),
                    ParameterSpec.atLeast("alpha", 0.75, 0, "power of the rate's decay"),
                    ParameterSpec.atLeast("t0", 1e6, 0, "the update after which averaging starts"),
                    ParameterSpec.atLeast("weight_decay", 0, 0, "L2 penalty"),
                    Maximize.SPEC),
            (p, c) -> new Asgd(p.get("lr"), p.get("lambd"), p.get("alpha"), p.get("t0"), p.get("weight_decay"), p.flag("maximize"), c));

    public Asgd {
        TYPE.check(lr, lambd, alpha, t0, weightDecay, maximize ? 1 : 0);
        Check.convention(convention);
    }

    public Asgd(double lr, double lambd, double alpha, double t0, double weightDecay) {
        this(lr, lambd, alpha, t0, weightDecay, false, Convention.PYTORCH);
    }

    @Override
    public OptimizerType type() {
        return TYPE;
    }

    @Override
    public Hyperparameters parameters() {
        return TYPE.values(lr, lambd, alpha, t0, weightDecay, maximize ? 1 : 0);
    }

    @Override
    public Stepper start() {
        return new AsgdStepper();
    }

    /**
     * ASGD's memory.
     *
     * @param eta the rate of the next update
     * @param mu  the averaging weight of the next update (1 until t0 updates have passed)
     * @param ax  the averaged point
     */
    public record State(double eta, double mu, Vec2 ax) implements OptimizerState {
        @Override
        public Map<String, double[]> parts() {
            return new Parts().add("eta", eta).add("mu", mu).add("ax", ax).map();
        }
    }

    private final class AsgdStepper implements Stepper {
        private double lr = Asgd.this.lr;
        private double eta = lr;
        private double mu = 1;
        /** The rate the last update used; before the first, the one it will use. */
        private double used = lr;
        private boolean started;
        private final double[] ax = new double[2];
        private final double[] decayed = new double[2];
        /** −g, under maximize. */
        private final double[] ascent = new double[2];

        @Override
        public void step(double[] x, double[] g, StepContext context) {
            int t = context.step();
            Trace trace = context.trace();
            g = Maximize.gradient(g, maximize, ascent, trace);
            // PyTorch makes the state, η = the group's lr, at the first step: until then η follows lr
            started = true;
            used = eta;
            WeightDecay.l2(g, x, weightDecay, decayed, trace);
            for (int i = 0; i < 2; i++) {
                x[i] *= 1 - lambd * eta;
            }
            trace.line("x ← x·(1 − λ·η)", x[0], x[1]);
            for (int i = 0; i < 2; i++) {
                x[i] += -eta * decayed[i];
            }
            trace.line("x ← x − η·g", x[0], x[1]);
            if (mu != 1) {
                for (int i = 0; i < 2; i++) {
                    ax[i] += (x[i] - ax[i]) * mu;
                }
                trace.state("ax ← ax + (x − ax)·μ", "ax", ax[0], ax[1]);
            } else {
                ax[0] = x[0];
                ax[1] = x[1];
                trace.state("ax ← x   (μ = 1)", "ax", ax[0], ax[1]);
            }
            eta = lr / Math.pow(1 + lambd * lr * t, alpha);
            trace.state("η ← lr / (1 + λ·lr·t)^α", "eta", eta);
            mu = 1 / Math.max(1, t - t0);
            trace.state("μ ← 1 / max(1, t − t0)", "mu", mu);
        }

        @Override
        public void setLearningRate(double rate) {
            lr = rate;
            if (!started) {
                used = rate;
                eta = rate;
            }
        }

        @Override
        public double learningRate() {
            return used;
        }

        @Override
        public OptimizerState state() {
            return new State(eta, mu, Vec2.of(ax));
        }
    }
}
