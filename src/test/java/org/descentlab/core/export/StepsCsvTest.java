package org.descentlab.core.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.stream.Stream;

import org.descentlab.core.Vec2;
import org.descentlab.core.analysis.Progress;
import org.descentlab.core.field.ScalarField;
import org.descentlab.core.optim.OptimizerState;
import org.descentlab.core.optim.RecordingTrace;
import org.descentlab.core.run.RunConfig;
import org.descentlab.core.run.Runner;
import org.descentlab.core.run.Stop;
import org.descentlab.core.run.TracedStep;
import org.descentlab.core.run.Trajectory;
import org.descentlab.core.scenario.RunGrammar;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class StepsCsvTest {

    private static final ScalarField BOWL = (x, y) -> x * x + y * y;
    private static final ScalarField ROSENBROCK = (x, y) -> (1 - x) * (1 - x) + 100 * (y - x * x) * (y - x * x);

    /** A run of {@code spec} from (1, −2), 1000 steps and tol 1e-6 unless the spec says otherwise. */
    static RunConfig config(String spec) {
        return RunGrammar.parse(spec).config(new Vec2(1, -2), RunConfig.DEFAULT_MAX_STEPS, RunConfig.DEFAULT_TOLERANCE);
    }

    static List<String[]> rows(ScalarField field, List<RunConfig> runs) throws IOException {
        StringWriter out = new StringWriter();
        StepsCsv.write(field, runs, out, Progress.NONE);
        List<String[]> rows = new ArrayList<>();
        for (String line : out.toString().split("\n")) {
            rows.add(line.split(",", -1));
        }
        return rows;
    }

    static Stream<Arguments> everyOptimizerBothConventions() {
        return Stream.of(
                Arguments.of("gd", "", ""),
                Arguments.of("gd defaults=keras", "", ""),
                Arguments.of("momentum", "v_x,v_y", ""),
                Arguments.of("momentum defaults=keras", "m_x,m_y", "Keras keeps m = −lr·v"),
                Arguments.of("nesterov", "v_x,v_y", ""),
                Arguments.of("nesterov defaults=keras", "m_x,m_y", ""),
                Arguments.of("adagrad", "sum_x,sum_y", ""),
                Arguments.of("adagrad defaults=keras", "sum_x,sum_y", ""),
                Arguments.of("adadelta", "v_x,v_y,u_x,u_y", ""),
                Arguments.of("adadelta defaults=keras", "v_x,v_y,u_x,u_y", ""),
                Arguments.of("rmsprop", "v_x,v_y", ""),
                Arguments.of("rmsprop centered=true momentum=0.5", "v_x,v_y,g_avg_x,g_avg_y,b_x,b_y", "parts that are on"),
                Arguments.of("rmsprop defaults=keras", "v_x,v_y", ""),
                Arguments.of("adam", "m_x,m_y,v_x,v_y", ""),
                Arguments.of("adam amsgrad=true", "m_x,m_y,v_x,v_y,v_max_x,v_max_y", ""),
                Arguments.of("adam defaults=keras", "m_x,m_y,v_x,v_y", ""),
                Arguments.of("adamw", "m_x,m_y,v_x,v_y", ""),
                Arguments.of("adamw amsgrad=true defaults=keras", "m_x,m_y,v_x,v_y,v_max_x,v_max_y", ""),
                Arguments.of("adamax", "m_x,m_y,u_x,u_y", ""),
                Arguments.of("adamax defaults=keras", "m_x,m_y,u_x,u_y", ""),
                Arguments.of("nadam", "m_x,m_y,v_x,v_y,mu_product", "a one-number part is its name"),
                Arguments.of("nadam defaults=keras", "m_x,m_y,v_x,v_y,mu_product", ""),
                Arguments.of("newton", "", ""),
                Arguments.of("newton pure=true", "", ""));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("everyOptimizerBothConventions")
    void stateColumnsAreTheOptimizersPartsByName(String spec, String columns, String why) throws IOException {
        RunConfig run = config(spec + " steps=3 tol=0");
        String fixed = "run,step,x,y,f,grad_x,grad_y,g_x,g_y,lr";
        assertEquals(columns.isEmpty() ? fixed : fixed + "," + columns, StepsCsv.header(List.of(run)), why);
        // every row has as many cells as the header, and the cells of a part are its values at that step
        List<String[]> rows = rows(ROSENBROCK, List.of(run));
        int width = rows.get(0).length;
        for (String[] row : rows) {
            assertEquals(width, row.length, String.join(",", row));
        }
        TracedStep traced = Runner.trace(ROSENBROCK, run, 2, new RecordingTrace());
        assertCellsAre(rows.get(0), rows.get(3), traced.after());
    }

    /** The state columns of {@code row} under {@code header} hold {@code state}'s parts, digit for digit. */
    private static void assertCellsAre(String[] header, String[] row, OptimizerState state) {
        List<String> names = Arrays.asList(header);
        for (Map.Entry<String, double[]> part : state.parts().entrySet()) {
            List<String> columns = StepsCsv.columns(part.getKey(), part.getValue().length);
            for (int i = 0; i < columns.size(); i++) {
                assertEquals(Double.toString(part.getValue()[i]), row[names.indexOf(columns.get(i))], columns.get(i));
            }
        }
    }

    @Test
    void momentumAndAdamStateAfterTwoStepsIsWorkedOutByHandAndIsWhatTheTracerReports() throws IOException {
        List<RunConfig> runs = List.of(config("momentum lr=0.1 steps=2"), config("adam lr=0.1 steps=2"));
        List<String[]> rows = rows(BOWL, runs);
        assertEquals("run,step,x,y,f,grad_x,grad_y,g_x,g_y,lr,v_x,v_y,m_x,m_y", String.join(",", rows.get(0)));
        // momentum on x² + y² from (1, −2): v1 = g0 = (2, −4), x1 = (0.8, −1.6); g1 = (1.6, −3.2),
        // v2 = 0.9·v1 + g1 = (3.4, −6.8), x2 = 0.8 − 0.34 = 0.46, −1.6 + 0.68 = −0.92
        String[] momentum = rows.get(3);
        assertEquals("1", momentum[0]);
        assertEquals("2", momentum[1]);
        assertNear(0.46, momentum[2]);
        assertNear(-0.92, momentum[3]);
        assertNear(1.6, momentum[7]);
        assertNear(-3.2, momentum[8]);
        assertEquals("0.1", momentum[9]);
        assertNear(3.4, momentum[10]);
        assertNear(-6.8, momentum[11]);
        assertEquals("", momentum[12], "momentum has no m");
        assertEquals("", momentum[13]);
        // Adam: m1 = 0.1·g0 = (0.2, −0.4), v1 = 0.001·g0² = (0.004, 0.016); x1 ≈ (0.9, −1.9), g1 ≈ (1.8, −3.8);
        // m2 = 0.9·m1 + 0.1·g1 = (0.36, −0.74); v2 = 0.999·v1 + 0.001·g1² = (0.007236, 0.030424)
        String[] adam = rows.get(6);
        assertEquals("2", adam[0]);
        assertEquals("2", adam[1]);
        assertNear(0.36, adam[12]);
        assertNear(-0.74, adam[13]);
        assertNear(0.007236, adam[10]);
        assertNear(0.030424, adam[11]);
        for (int run = 0; run < 2; run++) {
            TracedStep traced = Runner.trace(BOWL, runs.get(run), 2, new RecordingTrace());
            assertCellsAre(rows.get(0), rows.get(3 + 3 * run), traced.after());
            TracedStep first = Runner.trace(BOWL, runs.get(run), 1, new RecordingTrace());
            assertCellsAre(rows.get(0), rows.get(2 + 3 * run), first.after());
        }
    }

    private static void assertNear(double expected, String cell) {
        assertEquals(expected, Double.parseDouble(cell), 1e-8, cell);
    }

    @Test
    void anLbfgsRowHasItsDirectionStepLengthAndTheEvaluationsItsUpdateMade() throws IOException {
        List<String[]> rows = rows(BOWL, List.of(config("lbfgs lr=10 line_search_fn=strong_wolfe steps=1 tol=0")));
        assertEquals("run,step,x,y,f,grad_x,grad_y,g_x,g_y,lr,d_x,d_y,t,H_diag,history,evaluations", String.join(",", rows.get(0)));
        // x² + y² from (1, −2): g = (2, −4), d = −g, first trial t = min(1, 1/6)·10 = 5/3 overshoots (f = 125/9 > 5);
        // the cubic of φ(t) = 5·(1 − 2t)² gives its minimum t = 1/2, exactly the origin: the closure and two trials
        String[] r = rows.get(2);
        assertEquals(-2, Double.parseDouble(r[10]), 1e-9);
        assertEquals(4, Double.parseDouble(r[11]), 1e-9);
        assertEquals(0.5, Double.parseDouble(r[12]), 1e-9);
        assertEquals(3, Double.parseDouble(r[15]));
        assertEquals(0, Double.parseDouble(r[2]), 1e-9);
    }

    @Test
    void stepZeroIsTheStartWithTheInitialStateAndNoUpdate() throws IOException {
        List<String[]> rows = rows(BOWL, List.of(config("adagrad lr=0.1 initial_accumulator_value=0.25 steps=1")));
        // the start; no gradient given, no rate; Adagrad's sum starts at its initial value
        assertEquals(List.of("1", "0", "1.0", "-2.0", "5.0"), Arrays.asList(rows.get(1)).subList(0, 5));
        assertEquals(List.of("", "", "", "0.25", "0.25"), Arrays.asList(rows.get(1)).subList(7, 12));
    }

    @Test
    void aRowPerStepPerRunGroupedRunByRun() throws IOException {
        List<RunConfig> runs = List.of(config("gd lr=0.01 steps=5 tol=0"), config("adam lr=0.01 steps=7 tol=0"),
                config("newton steps=5"));
        List<String[]> rows = rows(BOWL, runs);
        List<Trajectory> kept = runs.stream().map(c -> Runner.run(BOWL, c)).toList();
        int line = 1;
        for (int run = 0; run < runs.size(); run++) {
            Trajectory t = kept.get(run);
            for (int k = 0; k < t.size(); k++, line++) {
                String[] row = rows.get(line);
                assertEquals(String.valueOf(run + 1), row[0]);
                assertEquals(String.valueOf(k), row[1]);
                // every digit: the text reads back to the same double
                double[] expected = {t.x(k), t.y(k), t.f(k), t.gradX(k), t.gradY(k)};
                for (int c = 0; c < expected.length; c++) {
                    assertEquals(expected[c], Double.parseDouble(row[2 + c]), 0.0, "run " + (run + 1) + " row " + k);
                }
            }
        }
        assertEquals(rows.size(), line, "nothing after the last run");
        assertEquals(6 + 8 + kept.get(2).size() + 1, rows.size());
        assertTrue(kept.get(2).size() < 6, "newton converges on a bowl in a step or two");
    }

    @Test
    void stateColumnsAreTheUnionInTheOrderTheyFirstAppearAndEmptyWhereARunHasNoSuchPart() throws IOException {
        List<RunConfig> runs = List.of(config("gd steps=2"), config("momentum steps=2"), config("adam amsgrad=true steps=2"),
                config("nadam steps=2"), config("momentum defaults=keras steps=2"));
        assertEquals(List.of("v_x", "v_y", "m_x", "m_y", "v_max_x", "v_max_y", "mu_product"), StepsCsv.stateColumns(runs));
        List<String[]> rows = rows(BOWL, runs);
        List<String> gd = Arrays.asList(rows.get(2));
        assertEquals(List.of("", "", "", "", "", "", ""), gd.subList(10, 17), "gd keeps no state");
        List<String> keras = Arrays.asList(rows.get(rows.size() - 1));
        assertEquals("5", keras.get(0));
        assertEquals(List.of("", ""), keras.subList(10, 12), "Keras's momentum keeps m, not v");
        assertNotEquals("", keras.get(12));
        assertEquals(List.of("", "", ""), keras.subList(14, 17));
        List<String> nadam = Arrays.asList(rows.get(rows.size() - 4));
        assertEquals("4", nadam.get(0));
        assertEquals(List.of("", ""), nadam.subList(14, 16), "nadam has no v_max");
        assertNotEquals("", nadam.get(16));
    }

    @Test
    void theLearningRateIsTheOneEachUpdateUsed() throws IOException {
        // PyTorch's Adagrad: lr_t = lr / (1 + (t − 1)·lr_decay) = 0.1, 0.1/1.5, 0.1/2
        List<String[]> rows = rows(BOWL, List.of(config("adagrad lr=0.1 lr_decay=0.5 steps=3 tol=0")));
        assertEquals("", rows.get(1)[9]);
        assertEquals(0.1, Double.parseDouble(rows.get(2)[9]));
        assertEquals(0.1 / 1.5, Double.parseDouble(rows.get(3)[9]), 1e-17);
        assertEquals(0.05, Double.parseDouble(rows.get(4)[9]), 1e-17);
    }

    @Test
    void theGivenGradientIsTheNoisyOneAndTheNoiseFreeOneOfThePreviousRowWithoutNoise() throws IOException {
        RunConfig noisy = config("adam lr=0.05 noise=0.5 seed=3 clip=1 steps=20 tol=0");
        RunConfig plain = config("adam lr=0.05 steps=20 tol=0");
        List<String[]> rows = rows(ROSENBROCK, List.of(noisy, plain));
        Trajectory t = Runner.run(ROSENBROCK, noisy);
        for (int k = 1; k < t.size(); k++) {
            String[] row = rows.get(1 + k);
            assertEquals(Double.toString(t.usedGradX(k)), row[7]);
            assertEquals(Double.toString(t.usedGradY(k)), row[8]);
            assertTrue(Math.hypot(Double.parseDouble(row[7]), Double.parseDouble(row[8])) <= 1 + 1e-9, "clipped to 1");
        }
        assertNotEquals(rows.get(1)[5], rows.get(2)[7], "noise changed it");
        for (int k = 1; k <= 20; k++) {
            String[] row = rows.get(22 + k);
            String[] previous = rows.get(21 + k);
            assertEquals(previous[5], row[7], "g is the gradient of the row before");
            assertEquals(previous[6], row[8]);
        }
    }

    @Test
    void theStopsOfTheRunsAreThoseOfAKeptRun() throws IOException {
        List<RunConfig> runs = List.of(config("gd lr=1.5 steps=100"), config("newton"));
        List<Stop> stops = StepsCsv.write(BOWL, runs, new StringWriter(), Progress.NONE);
        assertEquals(List.of(Runner.run(BOWL, runs.get(0)).stop(), Runner.run(BOWL, runs.get(1)).stop()), stops);
    }

    @Test
    void progressIsToldAndACancelledWriteStops() {
        List<RunConfig> runs = List.of(config("gd lr=0.0001 steps=20000 tol=0"), config("gd lr=0.0001 steps=20000 tol=0"));
        List<Double> told = new ArrayList<>();
        int[] polls = {0};
        Progress progress = new Progress() {
            @Override
            public boolean cancelled() {
                return ++polls[0] > 6;
            }

            @Override
            public void done(int finished, int total) {
                told.add(finished / (double) total);
            }
        };
        StringWriter out = new StringWriter();
        assertThrows(CancellationException.class, () -> StepsCsv.write(BOWL, runs, out, progress));
        // polled every 4096 rows: six reports, rising, the last at 6·4096 of 40,002 rows, in the second run
        assertEquals(6, told.size());
        assertEquals(6 * 4096 / 40002.0, told.get(5), 1e-6);
        for (int k = 1; k < told.size(); k++) {
            assertTrue(told.get(k) > told.get(k - 1));
        }
    }
}
