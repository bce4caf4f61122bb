package org.descentlab.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;

import org.descentlab.core.run.Trajectory;

/** Trajectories as CSV, numbers as {@link Double#toString} writes them (locale-independent). */
final class TrajectoryCsv {

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
            out.write(withRun ? "run,step,x,y,f,grad_x,grad_y\n" : "step,x,y,f,grad_x,grad_y\n");
            StringBuilder row = new StringBuilder(128);
            for (int r = 0; r < runs.size(); r++) {
                Trajectory t = runs.get(r);
                for (int k = 0; k < t.size(); k++) {
                    row.setLength(0);
                    if (withRun) {
                        row.append(r + 1).append(',');
                    }
                    row.append(k).append(',').append(t.x(k)).append(',').append(t.y(k)).append(',').append(t.f(k))
                            .append(',').append(t.gradX(k)).append(',').append(t.gradY(k)).append('\n');
                    out.write(row.toString());
                }
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
