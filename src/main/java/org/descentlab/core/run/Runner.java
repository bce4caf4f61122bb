package org.descentlab.core.run;

import java.util.List;
import java.util.Optional;
import java.util.Random;

import org.descentlab.core.field.Derivatives;
import org.descentlab.core.field.ScalarField;
import org.descentlab.core.optim.StepContext;
import org.descentlab.core.optim.Stepper;

/**
 * Runs an optimizer on a field. Each update uses the gradient at the current point, plus noise
 * (σ·N(0, 1) per component from a {@link Random} seeded by the config) and then clipping
 * (scaled by clip/(‖g‖ + 1e-6) when that is below 1, as PyTorch's clip_grad_norm_). The trajectory
 * records the noise-free gradient, and convergence is judged on it. Never throws for any field: a
 * field that throws ends the run as diverged at that step.
 */
public final class Runner {

    private Runner() {
    }

    public static Trajectory run(ScalarField field, RunConfig config) {
        return run(field, config, StopRule.standard());
    }

    public static Trajectory run(ScalarField field, RunConfig config, List<StopRule> rules) {
        Stepper stepper = config.optimizer().start();
        List<String> names = stepper.stateNames();
        double[] state = new double[names.size()];
        Trajectory t = new Trajectory(names, config.maxSteps() + 1);
        Random noise = new Random(config.seed());
        double[] p = {config.x0(), config.y0()};
        double[] grad = new double[2];
        double[] used = new double[2];
        Context context = new Context(field, t);
        try {
            stepper.readState(state);
            record(t, field, p, grad, null, 0, state);
            Optional<Stop> stop = check(t, config, rules);
            while (stop.isEmpty()) {
                used[0] = grad[0];
                used[1] = grad[1];
                perturb(used, config, noise);
                context.step = t.size();
                double px = p[0];
                double py = p[1];
                stepper.step(p, used, context);
                stepper.readState(state);
                record(t, field, p, grad, used, Math.hypot(p[0] - px, p[1] - py), state);
                stop = check(t, config, rules);
            }
            t.stop(stop.get());
        } catch (RuntimeException e) {
            t.stop(new Stop(StopReason.DIVERGED, Math.max(0, t.lastStep()), "evaluation failed: " + e.getMessage()));
        }
        return t;
    }

    private static void record(Trajectory t, ScalarField field, double[] p, double[] grad, double[] used,
            double length, double[] state) {
        double f = field.value(p[0], p[1]);
        Derivatives.gradient(field, p[0], p[1], grad);
        t.append(p[0], p[1], f, grad[0], grad[1], used, length, state);
    }

    private static void perturb(double[] g, RunConfig config, Random noise) {
        if (config.noise() > 0) {
            g[0] += config.noise() * noise.nextGaussian();
            g[1] += config.noise() * noise.nextGaussian();
        }
        if (config.clip() > 0) {
            double coefficient = config.clip() / (Math.hypot(g[0], g[1]) + 1e-6);
            if (coefficient < 1) {
                g[0] *= coefficient;
                g[1] *= coefficient;
            }
        }
    }

    private static Optional<Stop> check(Trajectory t, RunConfig config, List<StopRule> rules) {
        for (StopRule rule : rules) {
            Optional<Stop> stop = rule.check(t, config);
            if (stop.isPresent()) {
                return stop;
            }
        }
        return Optional.empty();
    }

    private static final class Context implements StepContext {
        private final ScalarField field;
        private final Trajectory trajectory;
        int step;

        Context(ScalarField field, Trajectory trajectory) {
            this.field = field;
            this.trajectory = trajectory;
        }

        @Override
        public ScalarField field() {
            return field;
        }

        @Override
        public int step() {
            return step;
        }

        @Override
        public void note(String message) {
            trajectory.note(step, message);
        }
    }
}
