package org.descentlab.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.descentlab.core.run.RowListener;
import org.descentlab.core.run.Trajectory;

/** Trajectories as CSV, numbers as {@link Double#toString} writes them (locale-independent). */
final class TrajectoryCsv {

    static final String HEADER = "step,x,y,f,grad_x,grad_y\n";
    static final String RUNS_HEADER = "run,step,x,y,f,grad_x,grad_y\n";

    private TrajectoryCsv() {
    }

    /** One run: {@code step,x,y,f,grad_x,grad_y}. */
    static void write(Trajectory t, Writer target) {
        write(List.of(t), false, target);
    }

    /** Several runs, grouped run by run: {@code run,step,x,y,f,grad_x,grad_y}, run 1-based. */
    static void writeRuns(List<Trajectory> runs, Writer target) {
        write(runs, true, target);
    }

    private static void write(List<Trajectory> runs, boolean withRun, Writer target) {
        try {
            BufferedWriter out = new BufferedWriter(target, 1 << 16);
            out.write(withRun ? RUNS_HEADER : HEADER);
            StringBuilder row = new StringBuilder(128);
            for (int r = 0; r < runs.size(); r++) {
                Trajectory t = runs.get(r);
                for (int k = 0; k < t.size(); k++) {
                    row.setLength(0);
                    if (withRun) {
                        row.append(r + 1).append(',');
                    }
                    append(row, k, t.x(k), t.y(k), t.f(k), t.gradX(k), t.gradY(k));
                    out.write(row.toString());
                }
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void append(StringBuilder row, int step, double x, double y, double f, double gradX, double gradY) {
        row.append(step).append(',').append(x).append(',').append(y).append(',').append(f)
                .append(',').append(gradX).append(',').append(gradY).append('\n');
    }

    /**
     * One run's CSV written row by row as the run makes it ({@link org.descentlab.core.run.Runner#stream}), the
     * same text {@link #write} gives, in the same memory for any number of rows. Its notes are kept grouped
     * by message. Stops the run when the output can no longer be written: with {@link ReaderClosed} when the
     * reader closed the pipe, which is how {@code run ... | head} ends, else with the error.
     */
    static final class Stream implements RowListener {

        /** How many rows between checks that the output still takes them. */
        private static final int CHECK_EVERY = 4096;

        private final PrintWriter target;
        private final BufferedWriter out;
        private final StringBuilder row = new StringBuilder(128);
        private final Map<String, int[]> notes = new LinkedHashMap<>();
        private long rows;

        Stream(PrintWriter target) {
            this.target = target;
            this.out = new BufferedWriter(target, 1 << 16);
            write(HEADER);
        }

        @Override
        public void row(int step, double x, double y, double f, double gradX, double gradY) {
            row.setLength(0);
            append(row, step, x, y, f, gradX, gradY);
            write(row);
            if (++rows % CHECK_EVERY == 0) {
                flush(step);
            }
        }

        @Override
        public void note(int step, String message) {
            // how many steps had it, and the first
            notes.computeIfAbsent(message, m -> new int[] {0, step})[0]++;
        }

        /** Writes out what is left; throws when the output did not take it. */
        void finish() {
            flush(rows - 1);
        }

        /** The reader closed the pipe: the run stops there, and that is no error. */
        static final class ReaderClosed extends RuntimeException {
            ReaderClosed() {
                super(null, null, false, false);
            }
        }

        /** Each message with how many steps had it and the first of them. */
        Map<String, int[]> notes() {
            return notes;
        }

        private void write(CharSequence text) {
            try {
                out.append(text);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private void flush(long step) {
            try {
                out.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (target instanceof StandardOutput output && output.readerClosed()) {
                throw new ReaderClosed();
            }
            if (target.checkError()) {
                throw new UncheckedIOException(new IOException("could not write the CSV past step " + step
                        + ": the output is closed or full; the run stopped there"));
            }
        }
    }
}
