package org.descentlab.core.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;

import org.descentlab.core.field.ScalarField;
import org.descentlab.core.optim.Adam;
import org.descentlab.core.optim.GradientDescent;
import org.descentlab.core.optim.Newton;

import org.junit.jupiter.api.Test;

/** A streamed run hands on the rows a kept run holds, and keeps only what its stop rules look at. */
class StreamedRunTest {

    private static final ScalarField ROSENBROCK = (x, y) -> (1 - x) * (1 - x) + 100 * (y - x * x) * (y - x * x);
    private static final ScalarField SADDLE = (x, y) -> x * x - y * y;

    /** Rows and notes as they came. */
    private static final class Recorder implements RowListener {
        final List<double[]> rows = new ArrayList<>();
        final List<Trajectory.Note> notes = new ArrayList<>();

        @Override
        public void row(int step, double x, double y, double f, double gradX, double gradY) {
            assertEquals(rows.size(), step, "rows come in order, each once");
            rows.add(new double[] {x, y, f, gradX, gradY});
        }

        @Override
        public void note(int step, String message) {
            notes.add(new Trajectory.Note(step, message));
        }
    }

    private static void assertStreamsAsItRuns(ScalarField field, RunConfig config) {
        Trajectory kept = Runner.run(field, config);
        Recorder recorder = new Recorder();
        Stop stop = Runner.stream(field, config, recorder);
        assertEquals(kept.stop(), stop);
        assertEquals(kept.size(), recorder.rows.size());
        for (int k = 0; k < kept.size(); k++) {
            double[] row = recorder.rows.get(k);
            double[] expected = {kept.x(k), kept.y(k), kept.f(k), kept.gradX(k), kept.gradY(k)};
            for (int c = 0; c < row.length; c++) {
                assertEquals(Double.doubleToRawLongBits(expected[c]), Double.doubleToRawLongBits(row[c]), "row " + k);
            }
        }
        assertEquals(kept.notes(), recorder.notes);
    }

    @Test
    void aStreamedRunHasTheRowsNotesAndStopOfAKeptOne() {
        assertStreamsAsItRuns(ROSENBROCK, new RunConfig(new Adam(0.05, 0.9, 0.999, 1e-8, 0, true), -1.2, 1, 3000, 1e-9, 0.1,
                7, 5));
        assertStreamsAsItRuns(SADDLE, RunConfig.of(new Newton(0.1), 1, 1).withMaxSteps(50));
        assertStreamsAsItRuns(SADDLE, RunConfig.of(new GradientDescent(0.05, 0), -1.8, 0.05).withMaxSteps(100_000));
        assertStreamsAsItRuns((x, y) -> Math.log(x), RunConfig.of(new GradientDescent(0.1, 0), 0.5, 0));
        assertStreamsAsItRuns((x, y) -> Math.log(x), RunConfig.of(new GradientDescent(0.1, 0), -1, 0));
        assertStreamsAsItRuns((x, y) -> x * x + y * y, RunConfig.of(new GradientDescent(0.1, 0), 0, 0));
    }

    @Test
    void aStreamedRunOfAnyLengthKeepsOnlyItsFirstAndLastRows() {
        Trajectory t = new Trajectory(10_000_000, new Recorder());
        for (int k = 0; k < 1000; k++) {
            t.append(k, -k, k * k, 2 * k, -2 * k, null, 1);
        }
        assertEquals(1000, t.size());
        assertEquals(0.0, t.x(0));
        for (int k = 1000 - Trajectory.STREAMED_ROWS; k < 1000; k++) {
            assertEquals(k, t.x(k));
            assertEquals(k * (double) k, t.f(k));
        }
        assertThrows(IndexOutOfBoundsException.class, () -> t.x(1000 - Trajectory.STREAMED_ROWS - 1));
    }

    @Test
    void whatTheListenerThrowsEndsTheRunAndIsNotADivergence() {
        IllegalStateException closed = new IllegalStateException("closed");
        RowListener failing = (step, x, y, f, gx, gy) -> {
            if (step == 3) {
                throw closed;
            }
        };
        IllegalStateException thrown = assertThrows(IllegalStateException.class,
                () -> Runner.stream((x, y) -> x * x, RunConfig.of(new GradientDescent(0.1, 0), 1, 0), failing));
        assertSame(closed, thrown);
    }
}
