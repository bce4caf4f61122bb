package org.descentlab.core.scenario;

import java.util.Objects;

import org.descentlab.core.Validate;
import org.descentlab.core.Vec2;
import org.descentlab.core.field.Differences;
import org.descentlab.core.optim.Convention;
import org.descentlab.core.optim.Hyperparameters;
import org.descentlab.core.optim.Optimizer;
import org.descentlab.core.optim.OptimizerType;
import org.descentlab.core.optim.ParameterSpec;
import org.descentlab.core.optim.schedule.Schedule;
import org.descentlab.core.optim.schedule.ScheduledOptimizer;
import org.descentlab.core.run.RunConfig;

/**
 * Everything about one run of a scenario: what decides its path (the optimizer with its convention and
 * hyper-parameters, its learning-rate schedule, its own start, noise, seed, clipping, how its gradient is taken, and its own step
 * limit and tolerance) and how it is drawn (name, colour, line, shown or hidden). Immutable; the
 * {@code with…} methods give changed copies. The run-spec grammar reads and writes the first part
 * ({@link RunGrammar}).
 *
 * @param optimizer the update rule, its convention and its hyper-parameters (validated)
 * @param start     where this run starts, or null for the scenario's shared start
 * @param noise     σ of the Gaussian noise added to each gradient component; 0 for none
 * @param seed      seed of the noise
 * @param clip      clip the gradient to this norm before the update; 0 for none
 * @param differences how its gradient is taken: central or forward differences, the step h auto or fixed
 * @param schedule  how its learning rate changes from update to update; {@link Schedule#NONE} for none
 * @param batch     on a dataset scenario, the rows of each update's mini-batch (1 to all, shuffled each epoch by
 *                  the seed); 0 for the gradient of the whole landscape
 * @param steps     this run's step limit, or null for the scenario's
 * @param tolerance this run's tolerance on ‖∇f‖, or null for the scenario's
 * @param name      what the user called it; empty for a name made from the settings
 * @param colour    which path colour, 0 to {@link #COLOURS} − 1
 * @param line      its line style
 * @param visible   whether it is drawn
 */
public record RunSettings(Optimizer optimizer, Vec2 start, double noise, long seed, double clip, Differences differences,
        Schedule schedule, int batch, Integer steps, Double tolerance, String name, int colour, LineStyle line,
        boolean visible) {

    /** How many path colours there are; also the most runs a scenario holds. */
    public static final int COLOURS = 8;
    public static final int MAX_NAME_LENGTH = 200;

    public RunSettings {
        Validate.notNull("optimizer", optimizer);
        Validate.notNull("name", name);
        Validate.notNull("line", line);
        if (start != null) {
            Validate.isTrue(start.isFinite(), "start must be two finite numbers, got " + start);
        }
        Validate.atLeast("noise", noise, 0);
        Validate.atLeast("clip", clip, 0);
        Validate.notNull("differences", differences);
        Validate.notNull("schedule", schedule);
        ScheduledOptimizer.check(optimizer, schedule);
        Validate.isTrue(batch >= 0 && batch <= org.descentlab.core.data.Dataset.MAX_ROWS,
                "batch must be between 1 and the rows of the data (at most " + org.descentlab.core.data.Dataset.MAX_ROWS
                        + "), got " + batch);
        if (steps != null) {
            Validate.isTrue(steps >= 0 && steps <= Scenario.MAX_STEPS,
                    "steps must be between 0 and " + Scenario.MAX_STEPS + ", got " + steps);
        }
        if (tolerance != null) {
            Validate.atLeast("tol", tolerance, 0);
        }
        Validate.isTrue(name.length() <= MAX_NAME_LENGTH, "a run's name is at most " + MAX_NAME_LENGTH + " characters");
        Validate.isTrue(colour >= 0 && colour < COLOURS, "colour must be between 0 and " + (COLOURS - 1) + ", got " + colour);
    }

    /** With the gradient by {@link Differences#DEFAULT}, central differences with the automatic step. */
    public RunSettings(Optimizer optimizer, Vec2 start, double noise, long seed, double clip, Integer steps,
            Double tolerance, String name, int colour, LineStyle line, boolean visible) {
        this(optimizer, start, noise, seed, clip, Differences.DEFAULT, Schedule.NONE, 0, steps, tolerance, name, colour, line,
                visible);
    }

    /** A run of {@code optimizer} from the shared start, drawn as the run at {@code index} of a list is. */
    public static RunSettings of(Optimizer optimizer, int index) {
        return new RunSettings(optimizer, null, 0, 0, 0, Differences.DEFAULT, Schedule.NONE, 0, null, null, "",
                Math.floorMod(index, COLOURS), LineStyle.forIndex(index), true);
    }

    public OptimizerType type() {
        return optimizer.type();
    }

    /** The full configuration, with what the run leaves out taken from the scenario. */
    public RunConfig config(Vec2 sharedStart, int sharedSteps, double sharedTolerance) {
        Vec2 s = start != null ? start : sharedStart;
        return new RunConfig(optimizer, s.x(), s.y(), steps != null ? steps : sharedSteps,
                tolerance != null ? tolerance : sharedTolerance, noise, seed, clip, differences, schedule, batch);
    }

    /** As {@link #config(Vec2, int, double)} with the scenario's shared settings. */
    public RunConfig config(Scenario scenario) {
        return config(scenario.start(), scenario.steps(), scenario.tolerance());
    }

    /** Whether the two would walk the same path on the same landscape: all but name, colour, line and shown. */
    public boolean samePath(RunSettings o) {
        return optimizer.equals(o.optimizer) && Objects.equals(start, o.start) && noise == o.noise && seed == o.seed
                && clip == o.clip && differences.equals(o.differences) && schedule.equals(o.schedule) && batch == o.batch
                && Objects.equals(steps, o.steps) && Objects.equals(tolerance, o.tolerance);
    }

    /**
     * Under another framework's defaults and update rules. Hyper-parameters still at the old convention's
     * default take the new one's; values set otherwise stay.
     *
     * @throws IllegalArgumentException when the new convention refuses a value (Keras has no dampening)
     */
    public RunSettings withConvention(Convention c) {
        Convention old = optimizer.convention();
        Hyperparameters p = optimizer.parameters();
        for (ParameterSpec spec : type().parameters()) {
            if (p.isDefault(spec.name(), old)) {
                double v = type().defaultValue(spec, c);
                p = spec.bool() ? p.with(spec.name(), v != 0) : p.with(spec.name(), v);
            }
        }
        return withOptimizer(type().create(p, c));
    }

    public RunSettings withOptimizer(Optimizer o) {
        return new RunSettings(o, start, noise, seed, clip, differences, schedule, batch, steps, tolerance, name, colour, line, visible);
    }

    /** With its own start, or null to start from the shared one. */
    public RunSettings withStart(Vec2 s) {
        return new RunSettings(optimizer, s, noise, seed, clip, differences, schedule, batch, steps, tolerance, name, colour, line, visible);
    }

    public RunSettings withNoise(double sigma) {
        return new RunSettings(optimizer, start, sigma, seed, clip, differences, schedule, batch, steps, tolerance, name, colour, line, visible);
    }

    public RunSettings withSeed(long s) {
        return new RunSettings(optimizer, start, noise, s, clip, differences, schedule, batch, steps, tolerance, name, colour, line, visible);
    }

    public RunSettings withClip(double c) {
        return new RunSettings(optimizer, start, noise, seed, c, differences, schedule, batch, steps, tolerance, name, colour, line, visible);
    }

    /** With its learning rate scheduled by {@code s}. */
    public RunSettings withSchedule(Schedule s) {
        return new RunSettings(optimizer, start, noise, seed, clip, differences, s, batch, steps, tolerance, name, colour, line, visible);
    }

    /** With its gradient taken by {@code d}. */
    public RunSettings withDifferences(Differences d) {
        return new RunSettings(optimizer, start, noise, seed, clip, d, schedule, batch, steps, tolerance, name, colour, line, visible);
    }

    /** With mini-batches of {@code b} rows, or 0 for the whole landscape's gradient. */
    public RunSettings withBatch(int b) {
        return new RunSettings(optimizer, start, noise, seed, clip, differences, schedule, b, steps, tolerance, name, colour, line, visible);
    }

    /** With its own step limit, or null for the scenario's. */
    public RunSettings withSteps(Integer n) {
        return new RunSettings(optimizer, start, noise, seed, clip, differences, schedule, batch, n, tolerance, name, colour, line, visible);
    }

    /** With its own tolerance, or null for the scenario's. */
    public RunSettings withTolerance(Double t) {
        return new RunSettings(optimizer, start, noise, seed, clip, differences, schedule, batch, steps, t, name, colour, line, visible);
    }

    public RunSettings withName(String n) {
        return new RunSettings(optimizer, start, noise, seed, clip, differences, schedule, batch, steps, tolerance, n, colour, line, visible);
    }

    public RunSettings withColour(int c) {
        return new RunSettings(optimizer, start, noise, seed, clip, differences, schedule, batch, steps, tolerance, name, c, line, visible);
    }

    public RunSettings withLine(LineStyle l) {
        return new RunSettings(optimizer, start, noise, seed, clip, differences, schedule, batch, steps, tolerance, name, colour, l, visible);
    }

    public RunSettings withVisible(boolean v) {
        return new RunSettings(optimizer, start, noise, seed, clip, differences, schedule, batch, steps, tolerance, name, colour, line, v);
    }
}
