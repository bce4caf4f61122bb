package org.descentlab.core.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import org.descentlab.core.Validate;
import org.descentlab.core.Vec2;
import org.descentlab.core.field.ScalarField;
import org.descentlab.core.raster.Domain;
import org.descentlab.core.run.RowListener;
import org.descentlab.core.run.RunConfig;
import org.descentlab.core.run.Runner;
import org.descentlab.core.run.Stop;
import org.descentlab.core.run.StopReason;

/**
 * Descent from many starts with one run's settings: where each start ends, and which minimum it reached.
 * Every start is exactly the run {@link Runner} makes from there (the same steps, noise and stop), so a
 * cell of a basin map is what a single run from its centre does. Starts run in parallel on all cores.
 */
public final class ManyStarts {

    /** An end that is no minimum: the run diverged. */
    public static final int DIVERGED = -1;
    /** An end that is no minimum: the step limit came first, away from every minimum. */
    public static final int MOVING = -2;
    /** An end that is no minimum: the run converged elsewhere (at a saddle, or outside the view). */
    public static final int ELSEWHERE = -3;
    /** Ends this near a minimum (× the domain's diagonal) reached it, as in the results table. */
    public static final double MATCH_RADIUS = RunOutcome.MATCH_RADIUS;
    /**
     * With gradient noise a run never settles: it jitters about the minimum it found until the step limit.
     * Its end counts as there within this share of the diagonal.
     */
    public static final double NOISY_MATCH_RADIUS = 0.05;
    /** How many runs at most, all seeds included: 512² cells. */
    public static final int MAX_RUNS = 512 * 512;

    private ManyStarts() {
    }

    /**
     * Where one run from one start ended.
     *
     * @param seed    the noise seed it ran with
     * @param minimum the index of the minimum it reached in {@link Endings#minima()}, or {@link #DIVERGED},
     *                {@link #MOVING}, {@link #ELSEWHERE}
     */
    public record Ending(double startX, double startY, long seed, double endX, double endY, double f, int steps, Stop stop,
            int minimum) {
    }

    /** The N×N cell centres of {@code d}, row by row from ymin upwards, x increasing in each row. */
    public static List<Vec2> grid(Domain d, int n) {
        Validate.isTrue(n >= 1 && (long) n * n <= MAX_RUNS, "a grid of starts is 1 to 512 per side, got " + n);
        List<Vec2> out = new ArrayList<>(n * n);
        for (int j = 0; j < n; j++) {
            double y = d.ymin() + (j + 0.5) * d.height() / n;
            for (int i = 0; i < n; i++) {
                out.add(new Vec2(d.xmin() + (i + 0.5) * d.width() / n, y));
            }
        }
        return out;
    }

    /** {@code n} starts drawn uniformly in {@code d} from {@link Random}{@code (seed)}: x, then y, for each. */
    public static List<Vec2> random(Domain d, int n, long seed) {
        Validate.isTrue(n >= 1 && n <= MAX_RUNS, "random starts are 1 to " + MAX_RUNS + ", got " + n);
        Random r = new Random(seed);
        List<Vec2> out = new ArrayList<>(n);
        for (int k = 0; k < n; k++) {
            double x = d.xmin() + r.nextDouble() * d.width();
            out.add(new Vec2(x, d.ymin() + r.nextDouble() * d.height()));
        }
        return out;
    }

    /** How near a minimum an end of {@code run} in {@code d} must be to have reached it. */
    public static double radius(Domain d, RunConfig run) {
        return Math.hypot(d.width(), d.height()) * (run.noise() > 0 ? NOISY_MATCH_RADIUS : MATCH_RADIUS);
    }

    /**
     * Runs {@code run} from every start, {@code seeds} times each (noise seeds {@code run.seed()},
     * {@code run.seed() + 1}, …), and matches each end with the nearest of {@code minima} within
     * {@code radius}.
     *
     * @param minima   the minima to match, e.g. {@link CriticalPoints}' minima in its order
     * @param progress told as runs finish; polled before each run
     * @throws CancellationException once {@code progress} says cancelled
     */
    public static Endings run(ScalarField field, RunConfig run, List<Vec2> starts, int seeds, List<CriticalPoints.Point> minima,
            double radius, Progress progress) {
        return run(field, run, starts, seeds, minima, radius, 0, progress).endings();
    }

    /**
     * The endings and the paths that led there.
     *
     * @param endings as {@link #run}
     * @param paths   per run, its points x₀, y₀, x₁, y₁, …: every row up to {@code points}, else every k-th
     *                row and the last, so that no path keeps more than about {@code points} of them
     */
    public record Traced(Endings endings, List<double[]> paths) {
    }

    /** As {@link #run}, one seed per start, keeping each path with at most about {@code points} points. */
    public static Traced traced(ScalarField field, RunConfig run, List<Vec2> starts, List<CriticalPoints.Point> minima,
            double radius, int points, Progress progress) {
        Validate.isTrue(points >= 2, "a path keeps at least 2 points, got " + points);
        return run(field, run, starts, 1, minima, radius, points, progress);
    }

    private static Traced run(ScalarField field, RunConfig run, List<Vec2> starts, int seeds, List<CriticalPoints.Point> minima,
            double radius, int points, Progress progress) {
        Validate.isTrue(seeds >= 1, "seeds must be at least 1, got " + seeds);
        Validate.isTrue((long) starts.size() * seeds <= MAX_RUNS, "at most " + MAX_RUNS + " runs, got " + starts.size() + " starts × "
                + seeds + " seeds");
        Validate.isTrue(radius >= 0, "radius must be >= 0, got " + radius);
        List<CriticalPoints.Point> known = List.copyOf(minima);
        int total = starts.size() * seeds;
        Ending[] out = new Ending[total];
        double[][] paths = new double[points > 0 ? total : 0][];
        int every = points > 0 ? (int) Math.max(1, ((long) run.maxSteps() + points - 1) / points) : 0;
        AtomicInteger finished = new AtomicInteger();
        // most runs stop for the same reason in the same words: one string each, not one per run
        Map<String, String> details = new ConcurrentHashMap<>();
        IntStream.range(0, total).parallel().forEach(k -> {
            if (progress.cancelled()) {
                return;
            }
            Vec2 start = starts.get(k / seeds);
            long seed = run.seed() + k % seeds;
            Last last = points > 0 ? new Kept(every) : new Last();
            out[k] = end(field, run.withStart(start.x(), start.y()).withSeed(seed), known, radius, last, details);
            if (points > 0) {
                paths[k] = ((Kept) last).path();
            }
            progress.done(finished.incrementAndGet(), total);
        });
        if (progress.cancelled()) {
            throw new CancellationException("many starts were cancelled");
        }
        return new Traced(new Endings(List.of(out), known, seeds), List.of(paths));
    }

    private static Ending end(ScalarField field, RunConfig config, List<CriticalPoints.Point> minima, double radius, Last last,
            Map<String, String> details) {
        Stop ran = Runner.stream(field, config, last);
        Stop stop = new Stop(ran.reason(), ran.step(), details.computeIfAbsent(ran.detail(), d -> d), ran.cause(), ran.standing());
        int minimum;
        if (stop.reason() == StopReason.DIVERGED) {
            minimum = DIVERGED;
        } else {
            minimum = nearest(minima, last.x, last.y, radius);
            if (minimum < 0) {
                minimum = stop.reason() == StopReason.MAX_STEPS ? MOVING : ELSEWHERE;
            }
        }
        return new Ending(config.x0(), config.y0(), config.seed(), last.x, last.y, last.f, stop.step(), stop, minimum);
    }

    /** The index of the minimum nearest (x, y) within {@code radius}, or −1. */
    static int nearest(List<CriticalPoints.Point> minima, double x, double y, double radius) {
        int best = -1;
        double bestDistance = radius;
        for (int m = 0; m < minima.size(); m++) {
            double d = Math.hypot(minima.get(m).x() - x, minima.get(m).y() - y);
            if (d <= bestDistance) {
                best = m;
                bestDistance = d;
            }
        }
        return best;
    }

    /** The last row a run made. */
    private static class Last implements RowListener {
        double x = Double.NaN;
        double y = Double.NaN;
        double f = Double.NaN;

        @Override
        public void row(int step, double px, double py, double value, double gradX, double gradY) {
            x = px;
            y = py;
            f = value;
        }
    }

    /** The last row, and every {@code every}-th row before it. */
    private static final class Kept extends Last {
        private final int every;
        private double[] xy = new double[64];
        private int size;
        private int kept = -1;
        private int seen = -1;

        Kept(int every) {
            this.every = every;
        }

        @Override
        public void row(int step, double px, double py, double value, double gradX, double gradY) {
            super.row(step, px, py, value, gradX, gradY);
            seen = step;
            if (step % every == 0) {
                add(px, py);
                kept = step;
            }
        }

        private void add(double px, double py) {
            if (size + 2 > xy.length) {
                xy = Arrays.copyOf(xy, xy.length * 2);
            }
            xy[size++] = px;
            xy[size++] = py;
        }

        double[] path() {
            if (seen != kept) {
                add(x, y);
                kept = seen;
            }
            return Arrays.copyOf(xy, size);
        }
    }
}
