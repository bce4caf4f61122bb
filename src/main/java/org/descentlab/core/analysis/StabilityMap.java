package org.descentlab.core.analysis;

import java.util.List;
import java.util.Locale;

import org.descentlab.core.NumberText;
import org.descentlab.core.Texts;
import org.descentlab.core.Validate;
import org.descentlab.core.field.ScalarField;
import org.descentlab.core.optim.ParameterSpec;
import org.descentlab.core.run.RunConfig;

/**
 * A stability map: one run's settings run at every pair of values of two of its optimizer's hyper-parameters
 * (learning rate × momentum, learning rate × beta1, …), each cell with how its run behaved ({@link Behaviour}):
 * steps to converge, or the step limit, or a divergence. Cells go in parallel on all cores, in batches.
 *
 * @param run   the run whose two hyper-parameters each cell replaces
 * @param x     the values across
 * @param y     the values up
 * @param cells row by row from the first y value up, x increasing in each row: cell (i, j) is {@code j·x.count() + i}
 */
public record StabilityMap(RunConfig run, Axis x, Axis y, List<Behaviour> cells) {

    /** The most cells a map has: 512². */
    public static final int MAX_CELLS = 512 * 512;

    /**
     * The values of one hyper-parameter: {@code count} of them from {@code min} to {@code max}, both included, as numpy's
     * {@code linspace} gives them (min + k·((max − min)/(N−1))), or its {@code logspace} on a log axis; one value is
     * {@code min}.
     */
    public record Axis(String name, double min, double max, int count, boolean log) {

        public Axis {
            Validate.notNull("name", name);
            Validate.isTrue(Double.isFinite(min) && Double.isFinite(max) && max >= min,
                    name + ": the range must be two numbers, the first at most the second, got " + NumberText.exact(min) + " to "
                            + NumberText.exact(max));
            Validate.isTrue(count >= 1 && count <= 512, name + ": 1 to 512 values, got " + count);
            Validate.isTrue(count >= 2 || min == max, name + ": a range has at least 2 values, one at each end, got 1; for one"
                    + " value give MIN and MAX the same");
            Validate.isTrue(!log || min > 0, name + ": a log axis starts above 0, got " + NumberText.exact(min));
        }

        /** NAME:MIN:MAX:N or NAME:MIN:MAX:N:log, as the command line takes it. */
        public static Axis parse(String text) {
            String[] parts = Texts.strip(text).split(":", -1);
            boolean log = parts.length == 5 && parts[4].toLowerCase(Locale.ROOT).equals("log");
            if (parts.length != 4 && !log || parts[0].isBlank()) {
                throw new IllegalArgumentException("an axis is NAME:MIN:MAX:N or NAME:MIN:MAX:N:log, got '" + text + "'");
            }
            try {
                String name = parts[0].strip();
                return new Axis(name, end(name, parts[1]), end(name, parts[2]), Integer.parseInt(parts[3].strip()), log);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("an axis is NAME:MIN:MAX:N[:log] with numbers MIN, MAX and a whole N, got '"
                        + text + "'");
            }
        }

        /** An end of the range as typed; refused, quoting it, when it is too small for a double ("1e-400"). */
        private static double end(String name, String text) {
            double v = Double.parseDouble(text.strip());
            if (NumberText.underflows(text, v)) {
                throw new IllegalArgumentException(name + ": '" + text.strip() + "' is too small for a double (it reads as "
                        + NumberText.exact(v) + "): give 0 or a number of at least " + NumberText.exact(Double.MIN_NORMAL));
            }
            return v;
        }

        /** Value {@code k}, 0 to count − 1. */
        public double value(int k) {
            if (count == 1) {
                return min;
            }
            if (k == count - 1) {
                return max;
            }
            if (log) {
                double lo = Math.log10(min);
                return Math.pow(10, lo + k * ((Math.log10(max) - lo) / (count - 1)));
            }
            return min + k * ((max - min) / (count - 1));
        }

        /** The position of {@code v} along the axis, 0 at min and 1 at max (in log on a log axis). */
        public double position(double v) {
            if (max == min) {
                return 0.5;
            }
            return log ? Math.log(v / min) / Math.log(max / min) : (v - min) / (max - min);
        }

        /** As written on the command line. */
        @Override
        public String toString() {
            return name + ":" + NumberText.exact(min) + ":" + NumberText.exact(max) + ":" + count + (log ? ":log" : "");
        }
    }

    public StabilityMap {
        Validate.notNull("run", run);
        cells = List.copyOf(cells);
        Validate.isTrue(cells.size() == x.count() * y.count(), "a map has a cell for every pair of values");
    }

    /**
     * The map of {@code run} over the two axes.
     *
     * @throws IllegalArgumentException naming the parameter for a name the optimizer does not have, a flag, the same
     *                                  name twice, or a value out of its range
     * @throws java.util.concurrent.CancellationException once {@code progress} says cancelled
     */
    public static StabilityMap compute(ScalarField field, RunConfig run, Axis x, Axis y, Progress progress) {
        check(run, x, y);
        RunConfig[] runs = new RunConfig[x.count() * y.count()];
        for (int j = 0; j < y.count(); j++) {
            RunConfig row = RateSweep.withParameter(run, y.name(), y.value(j));
            for (int i = 0; i < x.count(); i++) {
                runs[j * x.count() + i] = RateSweep.withParameter(row, x.name(), x.value(i));
            }
        }
        return new StabilityMap(run, x, y, List.of(RateSweep.runAll(field, runs, progress)));
    }

    /**
     * Refuses axes the run's optimizer cannot take, naming the parameter and what it takes: a name it does not have, a
     * flag, a value out of range, or the same name twice.
     */
    public static void check(RunConfig run, Axis x, Axis y) {
        check(run, x);
        check(run, y);
        Validate.isTrue(!x.name().equals(y.name()), "the two axes are the same parameter, " + x.name() + ": give two");
    }

    private static void check(RunConfig run, Axis a) {
        String optimizer = run.optimizer().type().name();
        ParameterSpec spec = run.optimizer().type().parameter(a.name()).orElseThrow(() -> new IllegalArgumentException(
                optimizer + " has no parameter '" + a.name() + "'; accepted: " + run.optimizer().type().parameterNames()));
        Validate.isTrue(spec.kind() == ParameterSpec.Kind.NUMBER, optimizer + ": " + a.name() + " is "
                + (spec.numeric() ? "a whole number" : spec.bool() ? "a flag" : "a choice") + ", not a real number: it cannot be an axis");
        spec.check(optimizer, a.min());
        spec.check(optimizer, a.max());
    }

    /** Cell (i across, j up). */
    public Behaviour cell(int i, int j) {
        return cells.get(j * x.count() + i);
    }

    /** The run of cell (i, j), exactly as the map ran it. */
    public RunConfig cellRun(int i, int j) {
        return RateSweep.withParameter(RateSweep.withParameter(run, y.name(), y.value(j)), x.name(), x.value(i));
    }
}
