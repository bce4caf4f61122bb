package org.descentlab.core.analysis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.descentlab.core.Vec2;
import org.descentlab.core.expr.CompiledFunction;
import org.descentlab.core.expr.Expressions;
import org.descentlab.core.expr.ParseResult;
import org.descentlab.core.optim.OptimizerState;
import org.descentlab.core.optim.RecordingTrace;
import org.descentlab.core.run.RunConfig;
import org.descentlab.core.run.Runner;
import org.descentlab.core.run.Trajectory;
import org.descentlab.core.scenario.RunGrammar;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class StepExplanationTest {

    private static final CompiledFunction BEALE_LIKE = ((ParseResult.Success) Expressions
            .parse("(1.5 - x + x*y)^2 + (2.25 - x + x*y^2)^2 + 0.1*sin(3*x)")).function();

    private static final Vec2 START = new Vec2(1.2, 0.4);

    /** Every optimizer, both conventions, and the options that change a rule's shape. */
    static Stream<String> specs() {
        return Stream.of("gd lr=0.01", "gd lr=0.01 weight_decay=0.1", "gd lr=0.01 weight_decay=0.1 defaults=keras",
                "momentum lr=0.01", "momentum lr=0.01 dampening=0.3 weight_decay=0.05",
                "momentum lr=0.01 weight_decay=0.05 defaults=keras",
                "nesterov lr=0.01", "nesterov lr=0.01 weight_decay=0.05", "nesterov lr=0.01 defaults=keras",
                "adagrad lr=0.1", "adagrad lr=0.1 lr_decay=0.01 weight_decay=0.1", "adagrad lr=0.1 defaults=keras",
                "rmsprop lr=0.01", "rmsprop lr=0.01 centered=true momentum=0.5 weight_decay=0.1",
                "rmsprop lr=0.01 defaults=keras", "rmsprop lr=0.01 centered=true momentum=0.5 defaults=keras weight_decay=0.1",
                "adam lr=0.05", "adam lr=0.05 amsgrad=true weight_decay=0.1", "adam lr=0.05 defaults=keras",
                "adam lr=0.05 amsgrad=true weight_decay=0.1 defaults=keras",
                "adamw lr=0.05", "adamw lr=0.05 amsgrad=true defaults=keras",
                "adamax lr=0.05", "adamax lr=0.05 weight_decay=0.1", "adamax lr=0.05 defaults=keras weight_decay=0.1",
                "nadam lr=0.05", "nadam lr=0.05 weight_decay=0.1", "nadam lr=0.05 defaults=keras",
                "adadelta lr=1", "adadelta lr=1 weight_decay=0.1", "adadelta lr=1 defaults=keras weight_decay=0.1",
                "newton lr=0.5", "newton lr=0.5 pure=true", "gd lr=0.01 noise=3 seed=4", "adam lr=0.05 noise=3 seed=4 clip=1");
    }

    @ParameterizedTest
    @MethodSource("specs")
    void everyStepShownIsTheStepTheRunTookWithTheStateItLeft(String text) {
        RunConfig config = RunGrammar.parse(text).config(START, 6, 0);
        Trajectory run = Runner.run(BEALE_LIKE, config);
        assertEquals(6, run.lastStep(), text);
        OptimizerState previous = config.optimizer().start().state();
        for (int t = 1; t <= run.lastStep(); t++) {
            String where = text + " step " + t;
            StepExplanation e = StepExplanation.of(config, BEALE_LIKE, t);
            List<StepExplanation.Line> lines = e.lines();

            // the gradient it was given first, the step it took last, x_t as the run recorded it
            assertArrayEquals(new double[] {run.usedGradX(t), run.usedGradY(t)}, lines.get(0).value(), where);
            assertArrayEquals(new double[] {run.x(t - 1), run.y(t - 1)}, e.from(), where);
            assertArrayEquals(new double[] {run.x(t), run.y(t)}, e.taken(), where);
            assertArrayEquals(e.taken(), lastPointLine(lines).value(), where + ": the last x ← … line");
            StepExplanation.Line last = lines.get(lines.size() - 1);
            assertEquals("step taken  Δx = x_t − x_t−1", last.rule(), where);
            assertArrayEquals(new double[] {run.x(t) - run.x(t - 1), run.y(t) - run.y(t - 1)}, last.value(), where);

            // every state line shows the part it names as the optimizer then holds it
            Map<String, double[]> after = e.after().parts();
            Set<String> shown = new HashSet<>();
            for (StepExplanation.Line line : lines) {
                if (!line.state().isEmpty()) {
                    assertNotNull(after.get(line.state()), where + ": " + line.rule() + " names a part of " + after.keySet());
                    assertArrayEquals(after.get(line.state()), line.value(), where + ": " + line.rule());
                    shown.add(line.state());
                }
            }
            // and every part the step changed has its line
            Map<String, double[]> before = e.before().parts();
            for (String part : after.keySet()) {
                if (!Arrays.equals(before.get(part), after.get(part))) {
                    assertTrue(shown.contains(part), where + ": " + part + " changed without a line");
                }
            }

            // the state before step t is the state after step t − 1
            assertEquals(previous, e.before(), where);
            assertEquals(text(previous.parts()), text(before), where);
            previous = e.after();
        }
    }

    @ParameterizedTest
    @MethodSource("specs")
    void aTracedReplayIsTheSameRunBitForBit(String text) {
        RunConfig config = RunGrammar.parse(text).config(START, 6, 0);
        Trajectory run = Runner.run(BEALE_LIKE, config);
        for (int t = 1; t <= run.lastStep(); t++) {
            RecordingTrace trace = new RecordingTrace();
            Trajectory replay = Runner.trace(BEALE_LIKE, config, t, trace).run();
            assertFalse(trace.rules.isEmpty(), text);
            assertSameRows(run, replay, text + " traced at " + t);
        }
    }

    private static StepExplanation.Line lastPointLine(List<StepExplanation.Line> lines) {
        for (int k = lines.size() - 1; k >= 0; k--) {
            if (lines.get(k).rule().startsWith("x ← ")) {
                return lines.get(k);
            }
        }
        throw new AssertionError("no x ← … line in " + lines.stream().map(StepExplanation.Line::rule).toList());
    }

    private static String text(Map<String, double[]> parts) {
        return parts.entrySet().stream().map(p -> p.getKey() + "=" + Arrays.toString(p.getValue()))
                .collect(Collectors.joining(", "));
    }

    /** The replay stops at the step it traced: its rows are the run's rows up to there, bit for bit. */
    private static void assertSameRows(Trajectory expected, Trajectory actual, String what) {
        assertTrue(actual.size() <= expected.size(), what);
        for (int k = 0; k < actual.size(); k++) {
            double[] e = {expected.x(k), expected.y(k), expected.f(k), expected.gradX(k), expected.gradY(k),
                expected.usedGradX(k), expected.usedGradY(k), expected.stepLength(k)};
            double[] a = {actual.x(k), actual.y(k), actual.f(k), actual.gradX(k), actual.gradY(k),
                actual.usedGradX(k), actual.usedGradY(k), actual.stepLength(k)};
            assertArrayEquals(e, a, what + " row " + k);
        }
        int last = actual.lastStep();
        assertEquals(expected.notes().stream().filter(n -> n.step() <= last).toList(), actual.notes(), what);
    }

    @Test
    void adamAtTheFirstStepShowsTheBiasCorrectedMomentsAndTheStep() {
        StepExplanation e = StepExplanation.of(RunGrammar.parse("adam lr=0.1").config(new Vec2(1, 1), 1000, 1e-6), BEALE_LIKE, 1);
        assertEquals(List.of("g = ∇f(x)", "m ← β1·m + (1 − β1)·g", "v ← β2·v + (1 − β2)·g²", "m̂ = m / (1 − β1ᵗ)",
                "v̂ = v / (1 − β2ᵗ)", "x ← x − lr·m̂ / (√v̂ + ε)", "step taken  Δx = x_t − x_t−1"),
                e.lines().stream().map(StepExplanation.Line::rule).toList());
        double[] g = e.lines().get(0).value();
        // at t = 1, m̂ = g and v̂ = g², so each coordinate moves by lr·g/(|g| + eps): almost exactly lr
        assertEquals(g[0], e.lines().get(3).value()[0], 1e-15 * Math.abs(g[0]));
        assertEquals(g[1] * g[1], e.lines().get(4).value()[1], 1e-14 * g[1] * g[1]);
        assertEquals(-0.1 * Math.signum(g[0]), e.lines().get(6).value()[0], 1e-8);
        assertEquals(List.of("m", "v"), List.copyOf(e.after().parts().keySet()));
    }

    @Test
    void noisyGradientsAreNamedAsSuch() {
        RunConfig config = RunGrammar.parse("gd lr=0.01 noise=2 seed=1").config(new Vec2(1, 1), 1000, 1e-6);
        Trajectory run = Runner.run(BEALE_LIKE, config);
        StepExplanation e = StepExplanation.of(config, BEALE_LIKE, 1);
        assertEquals("g = ∇f(x) + noise / clipping", e.lines().get(0).rule());
        assertFalse(e.lines().get(0).value()[0] == run.gradX(0));
    }

    @Test
    void stepZeroHasNoUpdateToExplain() {
        RunConfig config = RunGrammar.parse("gd steps=5 tol=0").config(new Vec2(1, 1), 1000, 1e-6);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> StepExplanation.of(config, BEALE_LIKE, 0));
        assertEquals("step must be between 1 and 5, got 0", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> StepExplanation.of(config, BEALE_LIKE, 6));
        assertEquals("step must be between 1 and 5, got 6", e.getMessage());
    }
}
