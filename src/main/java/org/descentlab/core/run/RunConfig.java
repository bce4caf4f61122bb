package org.descentlab.core.run;

import org.descentlab.core.Validate;
import org.descentlab.core.field.Differences;
import org.descentlab.core.optim.Optimizer;
import org.descentlab.core.optim.schedule.Schedule;
import org.descentlab.core.optim.schedule.ScheduledOptimizer;

/**
 * Everything that decides a run, so that the same config always gives the same trajectory.
 *
 * @param optimizer the update rule and its hyper-parameters
 * @param x0        start x
 * @param y0        start y
 * @param maxSteps  the most updates to make (N); default 1000
 * @param tolerance stop once ‖∇f‖ ≤ tolerance; 0 never stops early; default 1e-6
 * @param noise     σ of Gaussian noise added to each gradient component (stochastic gradients); 0 for none
 * @param seed      seed of the noise
 * @param clip      clip the gradient to this norm before the update (PyTorch's clip_grad_norm_); 0 for none
 * @param differences how the gradient is taken: every gradient the run records and gives the optimizer
 *                  ({@link Differences#DEFAULT}, central differences with the automatic step, unless set)
 * @param schedule  how the learning rate changes from update to update ({@link Schedule#NONE}: it stays lr)
 * @param batch     on a dataset's landscape, the rows of each update's mini-batch (1 to all; see
 *                  {@link org.descentlab.core.data.BatchOrder}, shuffled by the seed); 0 for the gradient of
 *                  the whole landscape, as on any function
 */
public record RunConfig(Optimizer optimizer, double x0, double y0, int maxSteps, double tolerance, double noise,
        long seed, double clip, Differences differences, Schedule schedule, int batch) {

    public static final int DEFAULT_MAX_STEPS = 1000;
    public static final double DEFAULT_TOLERANCE = 1e-6;

    public RunConfig {
        Validate.notNull("optimizer", optimizer);
        Validate.finite("start x", x0);
        Validate.finite("start y", y0);
        Validate.atLeast("steps", maxSteps, 0);
        Validate.atLeast("tol", tolerance, 0);
        Validate.atLeast("noise", noise, 0);
        Validate.atLeast("clip", clip, 0);
        Validate.notNull("differences", differences);
        Validate.notNull("schedule", schedule);
        ScheduledOptimizer.check(optimizer, schedule);
        Validate.atLeast("batch", batch, 0);
    }

    /** Without mini-batches. */
    public RunConfig(Optimizer optimizer, double x0, double y0, int maxSteps, double tolerance, double noise, long seed,
            double clip, Differences differences, Schedule schedule) {
        this(optimizer, x0, y0, maxSteps, tolerance, noise, seed, clip, differences, schedule, 0);
    }

    /** Without a learning-rate schedule. */
    public RunConfig(Optimizer optimizer, double x0, double y0, int maxSteps, double tolerance, double noise, long seed,
            double clip, Differences differences) {
        this(optimizer, x0, y0, maxSteps, tolerance, noise, seed, clip, differences, Schedule.NONE);
    }

    /** With the gradient by {@link Differences#DEFAULT}, central differences with the automatic step. */
    public RunConfig(Optimizer optimizer, double x0, double y0, int maxSteps, double tolerance, double noise, long seed,
            double clip) {
        this(optimizer, x0, y0, maxSteps, tolerance, noise, seed, clip, Differences.DEFAULT);
    }

    /** Defaults for everything but the optimizer and the start. */
    public static RunConfig of(Optimizer optimizer, double x0, double y0) {
        return new RunConfig(optimizer, x0, y0, DEFAULT_MAX_STEPS, DEFAULT_TOLERANCE, 0, 0, 0);
    }

    /** The same run from another start. */
    public RunConfig withStart(double x, double y) {
        return new RunConfig(optimizer, x, y, maxSteps, tolerance, noise, seed, clip, differences, schedule, batch);
    }

    /** The same run with another noise seed. */
    public RunConfig withSeed(long s) {
        return new RunConfig(optimizer, x0, y0, maxSteps, tolerance, noise, s, clip, differences, schedule, batch);
    }

    public RunConfig withMaxSteps(int n) {
        return new RunConfig(optimizer, x0, y0, n, tolerance, noise, seed, clip, differences, schedule, batch);
    }

    public RunConfig withTolerance(double t) {
        return new RunConfig(optimizer, x0, y0, maxSteps, t, noise, seed, clip, differences, schedule, batch);
    }

    public RunConfig withNoise(double sigma, long newSeed) {
        return new RunConfig(optimizer, x0, y0, maxSteps, tolerance, sigma, newSeed, clip, differences, schedule, batch);
    }

    public RunConfig withClip(double c) {
        return new RunConfig(optimizer, x0, y0, maxSteps, tolerance, noise, seed, c, differences, schedule, batch);
    }

    /** With the learning rate scheduled by {@code s}. */
    public RunConfig withSchedule(Schedule s) {
        return new RunConfig(optimizer, x0, y0, maxSteps, tolerance, noise, seed, clip, differences, s, batch);
    }

    /** The same run with another optimizer (another learning rate, say). */
    public RunConfig withOptimizer(Optimizer o) {
        return new RunConfig(o, x0, y0, maxSteps, tolerance, noise, seed, clip, differences, schedule, batch);
    }

    /** With mini-batches of {@code b} rows on a dataset's landscape, or 0 for none. */
    public RunConfig withBatch(int b) {
        return new RunConfig(optimizer, x0, y0, maxSteps, tolerance, noise, seed, clip, differences, schedule, b);
    }

    /** With the gradient taken by {@code d}. */
    public RunConfig withDifferences(Differences d) {
        return new RunConfig(optimizer, x0, y0, maxSteps, tolerance, noise, seed, clip, d, schedule, batch);
    }
}
