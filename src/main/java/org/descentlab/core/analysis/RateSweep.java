package org.descentlab.core.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import org.descentlab.core.Validate;
import org.descentlab.core.field.ScalarField;
import org.descentlab.core.optim.Optimizer;
import org.descentlab.core.optim.schedule.RateDependence;
import org.descentlab.core.raster.Domain;
import org.descentlab.core.run.RunConfig;

/**
 * A learning-rate sweep: one run's settings run again at each of N log-spaced rates, everything else as it
 * is, and how each run behaved ({@link Behaviour}: final f, steps, stop and region). Runs go in parallel on
 * all cores, in batches that each poll for a cancel.
 *
 * @param run    the run whose rate was replaced
 * @param points one per rate, rates increasing
 * @param theory where theory says plain descent (or momentum) stops converging, when f is a quadratic on the
 *               view ({@link Quadratic#fit}) that has a minimum; empty otherwise
 * @param notes  what the reader should know to read the sweep right, each a sentence: that f is a quadratic with
 *               no minimum ({@link Quadratic#noMinimum}), that the run's schedule takes its rates from elsewhere
 *               than lr ({@link RateDependence#sweepNote}); empty for none
 */
public record RateSweep(RunConfig run, List<Point> points, Optional<Quadratic.Limit> theory, List<String> notes) {

    /** The most rates a sweep takes. */
    public static final int MAX_COUNT = 10_000;
    /** The hyper-parameter every optimizer has, and a sweep replaces. */
    public static final String LEARNING_RATE = "lr";
    /** Runs of a batch: a cancel is seen between batches, and a batch is one core's work for a while. */
    static final int BATCH = 8;

    /** A rate and its run. */
    public record Point(double lr, Behaviour behaviour) {
    }

    public RateSweep {
        Validate.notNull("run", run);
        points = List.copyOf(points);
        Validate.notNull("theory", theory);
        notes = List.copyOf(notes);
    }

    /**
     * N rates spaced evenly in log from {@code min} to {@code max}, both included, as numpy's
     * {@code logspace(log10(min), log10(max), N)} gives them: rate k is 10^(log10(min) + k·(log10(max) − log10(min))/(N−1)),
     * the ends exactly min and max; one rate is {@code min}, for a range that is one rate.
     */
    public static double[] rates(double min, double max, int count) {
        Validate.isTrue(min > 0 && Double.isFinite(min), "the smallest rate must be a number > 0, got " + min);
        Validate.isTrue(max >= min && Double.isFinite(max), "the largest rate must be a number >= the smallest, got " + max);
        Validate.isTrue(count >= 1 && count <= MAX_COUNT, "a sweep has 1 to " + MAX_COUNT + " rates, got " + count);
        Validate.isTrue(count >= 2 || min == max, "a range of rates has at least 2, one at each end, got 1; for one rate give"
                + " the same smallest and largest");
        double[] out = new double[count];
        double lo = Math.log10(min);
        double step = count > 1 ? (Math.log10(max) - lo) / (count - 1) : 0;
        for (int k = 0; k < count; k++) {
            out[k] = k == 0 ? min : k == count - 1 ? max : Math.pow(10, lo + k * step);
        }
        return out;
    }

    /**
     * The sweep of {@code run} over {@link #rates}; {@code view} is where f is checked for being a quadratic.
     *
     * @throws IllegalArgumentException for rates the optimizer does not take
     * @throws CancellationException    once {@code progress} says cancelled
     */
    public static RateSweep compute(ScalarField field, RunConfig run, Domain view, double min, double max, int count,
            Progress progress) {
        double[] lrs = rates(min, max, count);
        RunConfig[] runs = new RunConfig[count];
        for (int k = 0; k < count; k++) {
            runs[k] = withParameter(run, LEARNING_RATE, lrs[k]);
        }
        Behaviour[] out = runAll(field, runs, progress);
        Point[] points = new Point[count];
        for (int k = 0; k < count; k++) {
            points[k] = new Point(lrs[k], out[k]);
        }
        Optional<Quadratic> q = Quadratic.fit(field, view);
        List<String> notes = new ArrayList<>();
        q.flatMap(Quadratic::noMinimum).ifPresent(notes::add);
        RateDependence.sweepNote(run.schedule(), min, max, run.maxSteps()).ifPresent(notes::add);
        return new RateSweep(run, List.of(points), q.flatMap(v -> v.limit(run)), notes);
    }

    /**
     * The run with one hyper-parameter of its optimizer replaced, under the same convention.
     *
     * @throws IllegalArgumentException naming the parameter when the optimizer has no such number or refuses the value
     */
    public static RunConfig withParameter(RunConfig run, String name, double value) {
        Optimizer o = run.optimizer();
        return run.withOptimizer(o.type().create(o.parameters().with(name, value), o.convention()));
    }

    /** Every run, in parallel batches; the results in the order of {@code runs}. */
    static Behaviour[] runAll(ScalarField field, RunConfig[] runs, Progress progress) {
        Behaviour[] out = new Behaviour[runs.length];
        AtomicInteger finished = new AtomicInteger();
        int batches = (runs.length + BATCH - 1) / BATCH;
        IntStream.range(0, batches).parallel().forEach(b -> {
            if (progress.cancelled()) {
                return;
            }
            int end = Math.min(runs.length, (b + 1) * BATCH);
            for (int k = b * BATCH; k < end; k++) {
                out[k] = Behaviour.of(field, runs[k]);
            }
            progress.done(finished.addAndGet(end - b * BATCH), runs.length);
        });
        if (progress.cancelled()) {
            throw new CancellationException("the runs were cancelled");
        }
        return out;
    }

    /** The point whose rate is nearest {@code lr} in log, or null when there are none. */
    public Point nearest(double lr) {
        Point best = null;
        for (Point p : points) {
            if (best == null || Math.abs(Math.log(p.lr() / lr)) < Math.abs(Math.log(best.lr() / lr))) {
                best = p;
            }
        }
        return best;
    }
}
