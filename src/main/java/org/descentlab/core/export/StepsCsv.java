package org.descentlab.core.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;

import org.descentlab.core.Validate;
import org.descentlab.core.analysis.Progress;
import org.descentlab.core.field.ScalarField;
import org.descentlab.core.optim.schedule.ScheduledOptimizer;
import org.descentlab.core.run.RunConfig;
import org.descentlab.core.run.Runner;
import org.descentlab.core.run.StateListener;
import org.descentlab.core.run.StateRow;
import org.descentlab.core.run.Stop;

/**
 * Every run's full state per step, all runs in one CSV, a row per step per run, grouped run by run:
 * {@code run,step,x,y,f,grad_x,grad_y,g_x,g_y,lr} and then the optimizers' state columns.
 * <ul>
 *   <li>{@code run} counts from 1 in the runs' order; {@code step} from 0, the start.
 *   <li>{@code grad_x,grad_y}: the noise-free ∇f at the row's point, as {@code run} and {@code compare} write it.
 *   <li>{@code g_x,g_y}: the gradient the update into this row was given: ∇f at the previous row, with the
 *       run's noise and clipping when it has them; empty at step 0.
 *   <li>{@code lr}: the learning rate that update used, as the optimizer reports it (Adagrad's lr_decay lowers
 *       it step by step); empty at step 0.
 *   <li>State columns: each part of an optimizer's state by its name, after the update into the row (at step
 *       0, the initial state): a two-number part "m" is {@code m_x,m_y}, a one-number part its name
 *       ({@code mu_product}). The columns are those of every run, in the order they first appear; a run
 *       without a part leaves its cells empty.
 * </ul>
 * Numbers are written as {@link Double#toString} writes them: every digit, whatever the locale. Each run is
 * made once, its rows written as they come: a run of any length takes the same memory.
 */
public final class StepsCsv {

    /** The columns every row has, before the state columns. */
    public static final List<String> COLUMNS = List.of("run", "step", "x", "y", "f", "grad_x", "grad_y", "g_x", "g_y", "lr");

    /** How many rows between reports of progress (and checks for cancellation). */
    private static final int REPORT_EVERY = 4096;

    private StepsCsv() {
    }

    /**
     * The state columns of these runs: their optimizers' parts by name, in the order they first appear.
     * Named from the state each optimizer starts with, whose parts a run keeps to its end.
     */
    public static List<String> stateColumns(List<RunConfig> runs) {
        List<String> out = new ArrayList<>();
        for (RunConfig run : runs) {
            for (Map.Entry<String, double[]> part : ScheduledOptimizer.stepper(run.optimizer(), run.schedule()).state().parts().entrySet()) {
                for (String column : columns(part.getKey(), part.getValue().length)) {
                    if (!out.contains(column)) {
                        out.add(column);
                    }
                }
            }
        }
        return Collections.unmodifiableList(out);
    }

    /** The header line of these runs, without its line break. */
    public static String header(List<RunConfig> runs) {
        List<String> all = new ArrayList<>(COLUMNS);
        all.addAll(stateColumns(runs));
        return String.join(",", all);
    }

    /**
     * Makes each run on {@code field} in turn and writes the header and its rows to {@code target}.
     *
     * @param progress told the rows done of all the runs could take; polled for cancellation
     * @return how each run ended, in the runs' order
     * @throws CancellationException once {@code progress} says it is cancelled; what was written stays written
     */
    public static List<Stop> write(ScalarField field, List<RunConfig> runs, Writer target, Progress progress)
            throws IOException {
        Validate.notNull("progress", progress);
        List<String> stateColumns = stateColumns(runs);
        BufferedWriter out = new BufferedWriter(target, 1 << 16);
        out.write(header(runs));
        out.write('\n');
        long total = 0;
        for (RunConfig run : runs) {
            total += run.maxSteps() + 1L;
        }
        Rows rows = new Rows(out, stateColumns, progress, total);
        List<Stop> stops = new ArrayList<>();
        try {
            for (int r = 0; r < runs.size(); r++) {
                rows.start(r + 1);
                stops.add(Runner.streamStates(field, runs.get(r), rows));
                rows.planned += runs.get(r).maxSteps() + 1L;
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        out.flush();
        return stops;
    }

    /** The columns of a part of {@code length} numbers named {@code name}. */
    static List<String> columns(String name, int length) {
        if (length == 1) {
            return List.of(name);
        }
        if (length == 2) {
            return List.of(name + "_x", name + "_y");
        }
        List<String> out = new ArrayList<>();
        for (int i = 1; i <= length; i++) {
            out.add(name + "_" + i);
        }
        return out;
    }

    /** Writes the rows of one run after another, each state part in its columns. */
    private static final class Rows implements StateListener {
        private final Writer out;
        private final Progress progress;
        private final long total;
        private final Map<String, Integer> columnOf = new HashMap<>();
        /** A part's columns by its name and length. */
        private final Map<String, int[]> indices = new HashMap<>();
        private final double[] values;
        private final boolean[] present;
        private final StringBuilder row = new StringBuilder(256);
        private int run;
        private long written;
        /** The rows all runs before this one could have taken. */
        long planned;

        Rows(Writer out, List<String> stateColumns, Progress progress, long total) {
            this.out = out;
            this.progress = progress;
            this.total = Math.max(1, total);
            for (String c : stateColumns) {
                columnOf.put(c, columnOf.size());
            }
            values = new double[stateColumns.size()];
            present = new boolean[stateColumns.size()];
        }

        void start(int number) {
            run = number;
            written = planned;
        }

        @Override
        public void row(StateRow r) {
            Arrays.fill(present, false);
            for (Map.Entry<String, double[]> part : r.state().parts().entrySet()) {
                double[] v = part.getValue();
                int[] at = indices.computeIfAbsent(part.getKey() + "/" + v.length,
                        k -> columns(part.getKey(), v.length).stream().mapToInt(columnOf::get).toArray());
                for (int i = 0; i < v.length; i++) {
                    values[at[i]] = v[i];
                    present[at[i]] = true;
                }
            }
            row.setLength(0);
            row.append(run).append(',').append(r.step()).append(',').append(r.x()).append(',').append(r.y())
                    .append(',').append(r.f()).append(',').append(r.gradX()).append(',').append(r.gradY()).append(',');
            if (r.step() > 0) {
                // step 0 had no update: no gradient given, no rate
                row.append(r.usedGradX()).append(',').append(r.usedGradY()).append(',').append(r.learningRate());
            } else {
                row.append(",,");
            }
            for (int c = 0; c < values.length; c++) {
                row.append(',');
                if (present[c]) {
                    row.append(values[c]);
                }
            }
            row.append('\n');
            try {
                out.append(row);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (++written % REPORT_EVERY == 0) {
                if (progress.cancelled()) {
                    throw new CancellationException("stopped at step " + r.step() + " of run " + run);
                }
                progress.done((int) (Math.min(written, total) * 1_000_000 / total), 1_000_000);
            }
        }
    }
}
