package org.descentlab.core.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.descentlab.core.NumberText;
import org.descentlab.core.Validate;
import org.descentlab.core.Vec2;
import org.descentlab.core.field.ScalarField;
import org.descentlab.core.optim.Convention;
import org.descentlab.core.optim.Hyperparameters;
import org.descentlab.core.optim.Momentum;
import org.descentlab.core.optim.Nesterov;
import org.descentlab.core.optim.Optimizer;
import org.descentlab.core.optim.OptimizerState;
import org.descentlab.core.optim.OptimizerType;
import org.descentlab.core.optim.RmsProp;
import org.descentlab.core.optim.StepContext;
import org.descentlab.core.optim.Stepper;
import org.descentlab.core.optim.schedule.Schedule;
import org.descentlab.core.raster.Domain;
import org.descentlab.core.run.RowListener;
import org.descentlab.core.run.RunConfig;
import org.descentlab.core.run.Runner;
import org.descentlab.core.run.Stop;
import org.descentlab.core.run.StopReason;

/**
 * fastai's learning-rate finder ({@code Learner.lr_find}, fastai 2.x {@code callback/schedule.py}) on one run:
 * a mock training whose rate grows exponentially, at iteration i = 0, 1, … the rate
 * start_lr·(end_lr/start_lr)^(i/num_it) for the step from x_i (num_it is at least 6, as fastai makes it). The
 * loss of iteration i is f(x_i) − f_min, f_min the least f over the view and the run's points (so that it is never
 * negative), smoothed
 * as fastai's {@code AvgSmoothLoss}: v ← β·v + (1 − β)·loss from v = 0, smoothed = v/(1 − β^(i+1)), β = 0.98.
 * It stops after the iteration whose smoothed loss exceeds 4× the best so far, or after num_it iterations, or
 * where the run diverges by the runner's rules (fastai would go on with NaN losses, which its suggestions drop).
 *
 * <p>Everything else is the run's own: its optimizer and state, noise, clipping and gradient. Its tolerance is
 * not used: fastai stops for no small gradient. An update is made at rate 1 and scaled by the iteration's rate,
 * which is PyTorch's update at that rate (to rounding) for every optimizer here: each update is the rate times
 * a step its state gives, and no state holds the rate. Under Keras's rules momentum, Nesterov and RMSprop with
 * momentum keep lr inside their buffer (m ← μ·m − lr·g), so a rate that changes every step would take another
 * path there: the finder refuses them.
 *
 * <p>The suggestions are fastai's, on the rows from num_it/10 (rounded down) to the sixth from last, cut at the
 * first NaN: {@code valley}, {@code minimum} and {@code steep}, each as fastai's function of that name.
 *
 * @param run         the run the finder was made of
 * @param numIt       iterations asked for (at least 6)
 * @param floor       f_min, what the loss is measured from
 * @param rows        every iteration, in order
 * @param ended       why it stopped, in words
 * @param suggestions valley, minimum and steep, each empty when too few rows are left to suggest from, all empty
 *                    when the smoothed loss never falls there
 * @param notes       what the reader should know, each a sentence: that the run's schedule is replaced, why there is
 *                    no suggestion, that fastai's minimum lies below the rates tried; empty for none
 */
public record LrFinder(RunConfig run, int numIt, double floor, List<Row> rows, String ended, List<Optional<Suggestion>> suggestions,
        List<String> notes) {

    public static final double START_LR = 1e-7;
    public static final double END_LR = 10;
    public static final int NUM_IT = 100;
    /** fastai's least number of iterations. */
    public static final int MIN_NUM_IT = 6;
    /** The most iterations: the most steps a run keeps. */
    public static final int MAX_NUM_IT = 100_000;
    public static final double BETA = 0.98;
    /** It stops once the smoothed loss exceeds this many times the best. */
    public static final double DIVERGED = 4;
    /** The suggestions' names, in the order of {@link #suggestions()}. */
    public static final List<String> NAMES = List.of("valley", "minimum", "steep");

    /** Iteration {@code step}: the rate it stepped with, the loss at its point, and the smoothed loss. */
    public record Row(int step, double lr, double loss, double smoothed) {
    }

    /**
     * A suggested rate and the point of the curve fastai marks for it: for {@code minimum} the rate is a tenth of the
     * marked point's rate, for the others it is that rate.
     */
    public record Suggestion(String name, double lr, double markLr, double markLoss) {
    }

    public LrFinder {
        rows = List.copyOf(rows);
        suggestions = List.copyOf(suggestions);
        notes = List.copyOf(notes);
    }

    /**
     * The finder on {@code run} from its start, f_min the least f over {@code view} and the run.
     *
     * @throws IllegalArgumentException for rates that are not numbers above 0, or a run whose buffer holds its rate
     */
    public static LrFinder find(ScalarField field, RunConfig run, Domain view, double startLr, double endLr, int numIt) {
        check(run.optimizer(), startLr, endLr, numIt);
        int n = Math.max(MIN_NUM_IT, numIt);
        double floor = floor(field, view);
        Optimizer unit = run.optimizer().type().create(run.optimizer().parameters().with(RateSweep.LEARNING_RATE, 1.0),
                run.optimizer().convention());
        Recorder recorder = new Recorder(startLr, endLr, n);
        Stop stop = Runner.stream(field, run.withSchedule(Schedule.NONE).withOptimizer(new Scaled(unit, recorder)).withTolerance(0)
                .withMaxSteps(n - 1), recorder);
        // the loss from below every f the run reached too, so that it is never negative (a valley's floor can fall
        // between the view's grid points)
        double least = Math.min(floor, recorder.least());
        List<Row> rows = recorder.rows(least);
        String ended;
        double best = rows.stream().mapToDouble(Row::smoothed).min().orElse(Double.NaN);
        if (rows.get(rows.size() - 1).smoothed() > DIVERGED * best) {
            ended = "the smoothed loss exceeded 4× the best at iteration " + rows.get(rows.size() - 1).step();
        } else {
            ended = stop.reason() == StopReason.DIVERGED ? "the run diverged at iteration " + stop.step() + ": " + stop.detail()
                    : "num_it iterations";
        }
        LrSuggestions.Result suggested = LrSuggestions.of(rows, n);
        List<String> notes = new ArrayList<>();
        if (!run.schedule().isNone()) {
            notes.add("the finder replaces the run's schedule (" + run.schedule() + ") by its own exponential rates, as fastai's"
                    + " lr_find does");
        }
        suggested.why().ifPresent(notes::add);
        suggested.suggestions().get(NAMES.indexOf("minimum")).filter(m -> m.lr() < startLr).ifPresent(m -> notes.add("minimum "
                + NumberText.exact(m.lr()) + " is below the rates tried (from " + NumberText.exact(startLr) + "): fastai's minimum"
                + " is a tenth of the rate at the least loss, " + NumberText.exact(m.markLr())));
        return new LrFinder(run, n, least, rows, ended, suggested.suggestions(), notes);
    }

    /** The least f over the view: at the cell centres of a 200 × 200 grid and at the minima found there. */
    public static double floor(ScalarField field, Domain view) {
        double least = Double.POSITIVE_INFINITY;
        for (Vec2 c : ManyStarts.grid(view, 200)) {
            double v = field.value(c.x(), c.y());
            if (v < least) {
                least = v;
            }
        }
        for (CriticalPoints.Point p : BasinMap.minima(field, view)) {
            least = Math.min(least, p.f());
        }
        return least;
    }

    /**
     * Refuses what the finder does not take, naming it: rates that are not numbers above 0, iterations outside 1 to
     * {@value #MAX_NUM_IT}, and an optimizer whose buffer holds the rate.
     */
    public static void check(Optimizer o, double startLr, double endLr, int numIt) {
        Validate.isTrue(startLr > 0 && Double.isFinite(startLr), "the start rate must be a number > 0, got " + NumberText.exact(startLr));
        Validate.isTrue(endLr > 0 && Double.isFinite(endLr), "the end rate must be a number > 0, got " + NumberText.exact(endLr));
        Validate.isTrue(endLr > startLr, "the end rate must be above the start rate (" + NumberText.exact(startLr) + "), got "
                + NumberText.exact(endLr) + ": the finder grows the rate");
        Validate.isTrue(numIt >= 1 && numIt <= MAX_NUM_IT, "the finder takes 1 to " + MAX_NUM_IT + " iterations, got " + numIt);
        if (o.convention() != Convention.KERAS) {
            return;
        }
        OptimizerType t = o.type();
        Hyperparameters p = o.parameters();
        boolean held = t == Momentum.TYPE || t == Nesterov.TYPE || t == RmsProp.TYPE && p.get("momentum") > 0;
        Validate.isTrue(!held, "under Keras's rules " + t.name() + " keeps the rate in its momentum buffer, so a rate that"
                + " changes every step takes another path: run the finder under PyTorch's");
    }

    /** The suggestion named {@code name} (valley, minimum or steep). */
    public Optional<Suggestion> suggestion(String name) {
        return suggestions.get(NAMES.indexOf(name));
    }

    /** Iteration i's rate. */
    static double rate(double start, double end, int numIt, int i) {
        return start * Math.pow(end / start, i / (double) numIt);
    }

    /** Records each iteration as fastai's Recorder does, and ends the run as its LRFinder does. */
    private static final class Recorder implements RowListener {
        private final List<double[]> fs = new ArrayList<>();
        private final double start;
        private final double end;
        private final int numIt;

        Recorder(double start, double end, int numIt) {
            this.start = start;
            this.end = end;
            this.numIt = numIt;
        }

        double rate(int i) {
            return LrFinder.rate(start, end, numIt, i);
        }

        @Override
        public void row(int step, double x, double y, double f, double gradX, double gradY) {
            fs.add(new double[] {step, f});
        }

        /** The least finite f of the run. */
        double least() {
            double least = Double.POSITIVE_INFINITY;
            for (double[] r : fs) {
                if (r[1] < least) {
                    least = r[1];
                }
            }
            return least;
        }

        /** The rows with the loss f − floor, smoothed, up to the first whose smoothed loss exceeds 4× the best. */
        List<Row> rows(double floor) {
            List<Row> rows = new ArrayList<>();
            double value = 0;
            double best = Double.POSITIVE_INFINITY;
            for (double[] r : fs) {
                int step = (int) r[0];
                double loss = r[1] - floor;
                value = loss + BETA * (value - loss);
                double smoothed = value / (1 - Math.pow(BETA, step + 1));
                rows.add(new Row(step, rate(step), loss, smoothed));
                best = Math.min(best, smoothed);
                if (smoothed > DIVERGED * best) {
                    break;
                }
            }
            return rows;
        }
    }

    /** The run's optimizer at rate 1, each update scaled by the iteration's rate. */
    private record Scaled(Optimizer unit, Recorder recorder) implements Optimizer {
        @Override
        public OptimizerType type() {
            return unit.type();
        }

        @Override
        public Hyperparameters parameters() {
            return unit.parameters();
        }

        @Override
        public Convention convention() {
            return unit.convention();
        }

        @Override
        public Stepper start() {
            Stepper inner = unit.start();
            return new Stepper() {
                private double lr = recorder.rate(0);

                @Override
                public void step(double[] x, double[] grad, StepContext context) {
                    lr = recorder.rate(context.step() - 1);
                    double x0 = x[0];
                    double y0 = x[1];
                    inner.step(x, grad, context);
                    x[0] = x0 + lr * (x[0] - x0);
                    x[1] = y0 + lr * (x[1] - y0);
                }

                @Override
                public OptimizerState state() {
                    return inner.state();
                }

                @Override
                public double learningRate() {
                    return lr;
                }

                @Override
                public void setLearningRate(double rate) {
                    // the finder sets the rate itself, iteration by iteration: a run's schedule is left out
                    throw new UnsupportedOperationException("the learning-rate finder runs without a schedule");
                }
            };
        }
    }
}
