package org.descentlab.core.run;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.descentlab.core.field.ScalarField;
import org.descentlab.core.optim.Adam;
import org.descentlab.core.optim.GradientDescent;
import org.descentlab.core.optim.Newton;
import org.descentlab.core.optim.RecordingTrace;

import org.junit.jupiter.api.Test;

/** A run streamed with its states has the rows of a kept run and, at each step, the state a replay reports. */
class StateStreamTest {

    private static final ScalarField ROSENBROCK = (x, y) -> (1 - x) * (1 - x) + 100 * (y - x * x) * (y - x * x);
    private static final ScalarField SADDLE = (x, y) -> x * x - y * y;

    private static final class Recorder implements StateListener {
        final List<StateRow> rows = new ArrayList<>();
        final List<Trajectory.Note> notes = new ArrayList<>();

        @Override
        public void row(StateRow row) {
            assertEquals(rows.size(), row.step(), "rows come in order, each once");
            rows.add(row);
        }

        @Override
        public void note(int step, String message) {
            notes.add(new Trajectory.Note(step, message));
        }
    }

    @Test
    void everyRowIsTheKeptRowWithTheStateAReplayReportsThere() {
        RunConfig config = new RunConfig(new Adam(0.05, 0.9, 0.999, 1e-8, 0, true), -1.2, 1, 60, 1e-9, 0.3, 7, 5);
        Trajectory kept = Runner.run(ROSENBROCK, config);
        Recorder recorder = new Recorder();
        assertEquals(kept.stop(), Runner.streamStates(ROSENBROCK, config, recorder));
        assertEquals(kept.size(), recorder.rows.size());
        for (int k = 0; k < kept.size(); k++) {
            StateRow r = recorder.rows.get(k);
            double[] expected = {kept.x(k), kept.y(k), kept.f(k), kept.gradX(k), kept.gradY(k), kept.usedGradX(k), kept.usedGradY(k)};
            double[] got = {r.x(), r.y(), r.f(), r.gradX(), r.gradY(), r.usedGradX(), r.usedGradY()};
            assertArrayEquals(expected, got, 0.0, "row " + k);
            assertEquals(k == 0 ? Double.NaN : 0.05, r.learningRate());
            Map<String, double[]> state = r.state().parts();
            if (k == 0) {
                assertArrayEquals(new double[2], state.get("m"), 0.0, "the initial state");
            } else if (k % 7 == 1) {
                Map<String, double[]> replayed = Runner.trace(ROSENBROCK, config, k, new RecordingTrace()).after().parts();
                assertEquals(replayed.keySet(), state.keySet());
                for (String part : replayed.keySet()) {
                    assertArrayEquals(replayed.get(part), state.get(part), 0.0, part + " at " + k);
                }
            }
        }
    }

    @Test
    void notesAndStopsAreThoseOfAKeptRun() {
        RunConfig newton = RunConfig.of(new Newton(0.1), 1, 1).withMaxSteps(50);
        Recorder recorder = new Recorder();
        Stop stop = Runner.streamStates(SADDLE, newton, recorder);
        Trajectory kept = Runner.run(SADDLE, newton);
        assertEquals(kept.stop(), stop);
        assertEquals(kept.notes(), recorder.notes);
        RunConfig undefined = RunConfig.of(new GradientDescent(0.1, 0), -1, 0);
        Recorder none = new Recorder();
        assertEquals(Runner.run((x, y) -> Math.log(x), undefined).stop(), Runner.streamStates((x, y) -> Math.log(x), undefined, none));
        assertEquals(Runner.run((x, y) -> Math.log(x), undefined).size(), none.rows.size());
    }

    @Test
    void whatTheListenerThrowsEndsTheRunAndIsNotADivergence() {
        IllegalStateException closed = new IllegalStateException("closed");
        StateListener failing = row -> {
            if (row.step() == 3) {
                throw closed;
            }
        };
        assertSame(closed, assertThrows(IllegalStateException.class,
                () -> Runner.streamStates((x, y) -> x * x, RunConfig.of(new GradientDescent(0.1, 0), 1, 0), failing)));
    }
}
