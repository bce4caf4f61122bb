package org.descentlab.core.run;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

import org.descentlab.core.Validate;
import org.descentlab.core.Vec2;
import org.descentlab.core.data.BatchOrder;
import org.descentlab.core.data.DatasetLoss;
import org.descentlab.core.field.Differences;
import org.descentlab.core.field.ScalarField;
import org.descentlab.core.optim.OptimizerState;
import org.descentlab.core.optim.StepContext;
import org.descentlab.core.optim.Stepper;
import org.descentlab.core.optim.Trace;
import org.descentlab.core.optim.schedule.ScheduleEnd;
import org.descentlab.core.optim.schedule.ScheduledOptimizer;
import org.descentlab.core.optim.schedule.Scheduler;

/**
 * Runs an optimizer on a field. Each update uses the gradient at the current point, taken by the
 * config's {@link RunConfig#differences() differences} (central with the automatic step unless it says
 * otherwise; every gradient the trajectory records is taken the same way), plus noise
 * (σ·N(0, 1) per component from a {@link Random} seeded by the config) and then clipping
 * (scaled by clip/(‖g‖ + 1e-6) when that is below 1, as PyTorch's clip_grad_norm_). The trajectory
 * records the noise-free gradient, and convergence is judged on it. Never throws for any field: a
 * field that throws ends the run as diverged at that step.
 *
 * <p>A learning-rate schedule is stepped after every update, as {@code optimizer.step(); sched.step()} (with
 * the loss, f where that update's gradient was taken, for one that reads it), and sets the rate (and any
 * momentum it cycles) of the next; a schedule that cannot go on (OneCycleLR past total_steps) ends the run
 * at its step limit there.
 *
 * <p>On a dataset's landscape ({@link DatasetLoss}) a config with a batch B &gt; 0 gives each update the gradient
 * of its mini-batch's mean loss instead, the batches as {@link BatchOrder} takes them with the config's seed
 * (the same seed also drives any noise, which is added on top, from its own generator); the step's
 * {@link StepContext#field()} is that batch's field, and the trajectory still records f and ∇f of the whole
 * landscape. A batch of every row is the whole landscape, so the run is the full-loss run, bit for bit.
 */
public final class Runner {

    /** The last line of an explained step: the step the update took. */
    public static final String STEP_TAKEN = "step taken  Δx = x_t − x_t−1";

    /** How the detail of a run that its schedule ended begins. */
    public static final String SCHEDULE_ENDS = "the schedule ends: ";

    private Runner() {
    }

    public static Trajectory run(ScalarField field, RunConfig config) {
        return run(field, config, StopRule.standard());
    }

    public static Trajectory run(ScalarField field, RunConfig config, List<StopRule> rules) {
        return run(field, config, rules, null, null, null);
    }

    /**
     * The run of {@link #run(ScalarField, RunConfig)}, row for row, handed to {@code rows} as each row is made
     * instead of kept: a run of any length takes the same memory. What {@code rows} throws ends the run
     * and is thrown from here.
     *
     * @return how the run ended
     */
    public static Stop stream(ScalarField field, RunConfig config, RowListener rows) {
        Validate.notNull("rows", rows);
        return run(field, config, StopRule.standard(), null, rows, null).stop();
    }

    /**
     * The run of {@link #run(ScalarField, RunConfig)}, row for row, handed to {@code states} with the gradient
     * the optimizer was given, its learning rate and its state after each update: one pass, in the same
     * memory for any length. What {@code states} throws ends the run and is thrown from here.
     *
     * @return how the run ended
     */
    public static Stop streamStates(ScalarField field, RunConfig config, StateListener states) {
        Validate.notNull("states", states);
        RowListener notes = new RowListener() {
            @Override
            public void row(int step, double x, double y, double f, double gradX, double gradY) {
                // the whole row goes to the listener once the optimizer's state is known
            }

            @Override
            public void note(int step, String message) {
                states.note(step, message);
            }
        };
        return run(field, config, StopRule.standard(), null, notes, states).stop();
    }

    /**
     * Replays the run of {@code config} (the same run: same noise, same path) up to update {@code step},
     * with {@code trace} on for that update only. The trace gets the gradient the optimizer was given
     * ("g = ∇f(x)", or "g = ∇f(x) + noise / clipping" when they changed it), the optimizer's own lines,
     * and last the step taken. The replay stops there: a step early in a long run costs little.
     *
     * @throws IllegalArgumentException unless 1 ≤ step ≤ K, the last step of the run
     */
    public static TracedStep trace(ScalarField field, RunConfig config, int step, Trace trace) {
        Validate.notNull("trace", trace);
        if (step < 1) {
            throw new IllegalArgumentException("step must be between 1 and " + run(field, config).lastStep() + ", got " + step);
        }
        Tracing tracing = new Tracing(step, trace);
        List<StopRule> rules = new ArrayList<>(StopRule.standard());
        rules.add((t, c) -> t.lastStep() >= step ? Optional.of(new Stop(StopReason.MAX_STEPS, step, "replayed to step " + step))
                : Optional.empty());
        Trajectory t = run(field, config, rules, tracing, null, null);
        Validate.isTrue(tracing.after != null, "step must be between 1 and " + t.lastStep() + ", got " + step);
        return new TracedStep(step, t, tracing.before, tracing.after, tracing.from, tracing.taken, tracing.scheduled);
    }

    /**
     * @param tracing the step to trace, or null for a plain run
     * @param rows    where the rows go in a streamed run, or null to keep them
     * @param states  where the rows go with the optimizer's state, or null
     */
    private static Trajectory run(ScalarField field, RunConfig config, List<StopRule> rules, Tracing tracing,
            RowListener rows, StateListener states) {
        Trajectory t = new Trajectory(config.maxSteps() + 1, rows);
        ScheduledOptimizer.Start start = null;
        Stop cannotStart = null;
        try {
            start = ScheduledOptimizer.start(config.optimizer(), config.schedule(), config.maxSteps());
        } catch (ScheduleEnd e) {
            cannotStart = scheduleEnd(0, e);
        }
        Stepper stepper = start == null ? config.optimizer().start() : start.stepper();
        Scheduler scheduler = start == null ? null : start.scheduler();
        String note = ScheduledOptimizer.note(config.optimizer(), config.schedule()).orElse(null);
        String conventionNote = config.optimizer().type().conventionNote(config.optimizer().convention()).orElse(null);
        Random noise = new Random(config.seed());
        double[] p = {config.x0(), config.y0()};
        double[] grad = new double[2];
        double[] used = new double[2];
        Context context = new Context(field, t, config.differences());
        DatasetLoss data = batched(field, config);
        BatchOrder batches = data == null ? null : new BatchOrder(data.data().size(), config.batch(), config.seed());
        double peakRate = Double.NaN;
        try {
            record(t, field, config.differences(), p, grad, null, 0);
            publish(states, t, stepper);
            Optional<Stop> stop = cannotStart != null ? Optional.of(cannotStart) : check(t, config, rules);
            while (stop.isEmpty()) {
                if (batches != null) {
                    context.field = data.batch(batches.next());
                    config.differences().gradient(context.field, p[0], p[1], used);
                } else {
                    used[0] = grad[0];
                    used[1] = grad[1];
                }
                perturb(used, config, noise);
                context.step = t.size();
                if (scheduler != null && context.step > 1) {
                    try {
                        scheduler.step(t.f(context.step - 2));
                    } catch (ScheduleEnd e) {
                        stop = Optional.of(scheduleEnd(t.lastStep(), e));
                        break;
                    }
                    ScheduledOptimizer.apply(scheduler, stepper);
                } else if (note != null && context.step == 1) {
                    context.note(note);
                }
                if (conventionNote != null && context.step == 1) {
                    context.note(conventionNote);
                }
                double px = p[0];
                double py = p[1];
                if (tracing != null && tracing.step == context.step) {
                    tracing.step(stepper, p, grad, used, context, scheduler, config);
                } else {
                    stepper.step(p, used, context);
                }
                record(t, field, config.differences(), p, grad, used, Math.hypot(p[0] - px, p[1] - py));
                publish(states, t, stepper);
                peakRate = Double.isNaN(peakRate) ? stepper.learningRate() : Math.max(peakRate, stepper.learningRate());
                stop = check(t, config, rules);
            }
            t.stop(standing(stop.get(), t, config, Double.isNaN(peakRate) ? Double.NaN : stepper.learningRate(), peakRate));
        } catch (ListenerFailure e) {
            throw e.failure;
        } catch (RuntimeException e) {
            int step = Math.max(0, t.lastStep());
            t.stop(new Stop(StopReason.DIVERGED, step, "evaluation failed: " + e.getMessage(), Divergence.of(t, step, false, StopRules.climbs(config))));
        }
        return t;
    }

    /** A stop at the step limit with how the run stood there; any other stop as it is. */
    private static Stop standing(Stop stop, Trajectory t, RunConfig config, double lastRate, double peakRate) {
        if (stop.reason() != StopReason.MAX_STEPS) {
            return stop;
        }
        return stop.withStanding(Standing.of(t.gradNorm(t.lastStep()), config.tolerance(), lastRate, peakRate));
    }

    /**
     * The dataset whose batches the run takes, or null for a run on the whole field.
     *
     * @throws IllegalArgumentException for a batch on a field that is not a dataset's, or larger than its rows
     */
    private static DatasetLoss batched(ScalarField field, RunConfig config) {
        if (config.batch() == 0) {
            return null;
        }
        if (!(field instanceof DatasetLoss data)) {
            throw new IllegalArgumentException("batch=" + config.batch() + " needs a dataset (data= and a loss), not a function");
        }
        Validate.isTrue(config.batch() <= data.data().size(), "batch must be between 1 and " + data.data().size()
                + " (the rows of the data), got " + config.batch());
        return data;
    }

    private static Stop scheduleEnd(int step, ScheduleEnd e) {
        return new Stop(StopReason.MAX_STEPS, step, SCHEDULE_ENDS + e.getMessage());
    }

    private static void record(Trajectory t, ScalarField field, Differences differences, double[] p, double[] grad,
            double[] used, double length) {
        double f = field.value(p[0], p[1]);
        differences.gradient(field, p[0], p[1], grad);
        t.append(p[0], p[1], f, grad[0], grad[1], used, length);
        RowListener rows = t.listener();
        if (rows != null) {
            try {
                rows.row(t.lastStep(), p[0], p[1], f, grad[0], grad[1]);
            } catch (RuntimeException e) {
                throw new ListenerFailure(e);
            }
        }
    }

    /** Hands the row just recorded, with the optimizer's state and rate, to {@code states} unless null. */
    private static void publish(StateListener states, Trajectory t, Stepper stepper) {
        if (states == null) {
            return;
        }
        int k = t.lastStep();
        StateRow row = new StateRow(k, t.x(k), t.y(k), t.f(k), t.gradX(k), t.gradY(k), t.usedGradX(k), t.usedGradY(k),
                k == 0 ? Double.NaN : stepper.learningRate(), stepper.state());
        try {
            states.row(row);
        } catch (RuntimeException e) {
            throw new ListenerFailure(e);
        }
    }

    /** What a row listener threw: not a failure of the field, so not a divergence. */
    private static final class ListenerFailure extends RuntimeException {
        final RuntimeException failure;

        ListenerFailure(RuntimeException failure) {
            super(null, null, false, false);
            this.failure = failure;
        }
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

    /** The one update a replay traces, and what it saw there. */
    private static final class Tracing {
        final int step;
        final Trace trace;
        OptimizerState before;
        OptimizerState after;
        Vec2 from;
        Vec2 taken;
        final Map<String, Double> scheduled = new LinkedHashMap<>();

        Tracing(int step, Trace trace) {
            this.step = step;
            this.trace = trace;
        }

        /**
         * Makes the update with the trace on, between the gradient it was given (and the rate a schedule set)
         * and the step it took.
         */
        void step(Stepper stepper, double[] p, double[] grad, double[] used, Context context, Scheduler scheduler,
                RunConfig config) {
            before = stepper.state();
            from = Vec2.of(p);
            boolean changed = Double.compare(used[0], grad[0]) != 0 || Double.compare(used[1], grad[1]) != 0;
            String g = config.batch() > 0 ? "g = ∇ of the batch's mean loss" : "g = ∇f(x)";
            boolean perturbed = config.batch() > 0 ? config.noise() > 0 || config.clip() > 0 : changed;
            trace.line(perturbed ? g + " + noise / clipping" : g, used[0], used[1]);
            if (scheduler != null) {
                // e's value written out, so that the number after the last "=" is the rate alone
                String at = " at e = t − 1 = " + (step - 1) + ": ";
                trace.line("lr" + at + config.schedule(), scheduler.lr());
                scheduled.put("lr", scheduler.lr());
                if (!Double.isNaN(scheduler.momentum())) {
                    String name = ScheduledOptimizer.cycled(config.optimizer().type()).orElse("momentum");
                    scheduled.put(name, scheduler.momentum());
                    trace.line((name.equals("beta1") ? "β1" : "μ") + at + "the schedule's " + name,
                            scheduler.momentum());
                }
            }
            context.trace = trace;
            stepper.step(p, used, context);
            context.trace = Trace.OFF;
            after = stepper.state();
            taken = Vec2.of(p);
            trace.line(STEP_TAKEN, p[0] - from.x(), p[1] - from.y());
        }
    }

    private static final class Context implements StepContext {
        /** The field of the update being made: the whole one, or the update's batch. */
        ScalarField field;
        private final Trajectory trajectory;
        private final Differences differences;
        int step;
        Trace trace = Trace.OFF;

        Context(ScalarField field, Trajectory trajectory, Differences differences) {
            this.field = field;
            this.trajectory = trajectory;
            this.differences = differences;
        }

        @Override
        public ScalarField field() {
            return field;
        }

        @Override
        public Differences differences() {
            return differences;
        }

        @Override
        public int step() {
            return step;
        }

        @Override
        public void trial(double x, double y, double f) {
            trajectory.trial(step, x, y, f);
        }

        @Override
        public void note(String message) {
            try {
                trajectory.note(step, message);
            } catch (RuntimeException e) {
                throw new ListenerFailure(e);
            }
        }

        @Override
        public Trace trace() {
            return trace;
        }
    }
}
