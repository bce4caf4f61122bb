package org.descentlab.core.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;

import org.descentlab.core.expr.CompiledFunction;
import org.descentlab.core.expr.Expressions;
import org.descentlab.core.expr.ParseResult;
import org.descentlab.core.run.RunSpec;
import org.descentlab.core.run.Runner;
import org.descentlab.core.run.Trajectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class StepExplanationTest {

    private static final CompiledFunction BEALE_LIKE = ((ParseResult.Success) Expressions
            .parse("(1.5 - x + x*y)^2 + (2.25 - x + x*y^2)^2 + 0.1*sin(3*x)")).function();

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
                "newton lr=0.5", "gd lr=0.01 noise=3 seed=4", "adam lr=0.05 noise=3 seed=4 clip=1");
    }

    @ParameterizedTest
    @MethodSource("specs")
    void theRuleWrittenOutReproducesEveryStepAndEveryStateTheRunRecorded(String text) {
        RunSpec spec = RunSpec.parse(text);
        Trajectory run = Runner.run(BEALE_LIKE, spec.config(new RunSpec.Defaults(1.2, 0.4, 6, 0, 0, 0, 0)));
        assertEquals(6, run.lastStep(), text);
        for (int t = 1; t <= run.lastStep(); t++) {
            StepExplanation e = StepExplanation.of(spec.optimizer(), run, t, BEALE_LIKE);
            for (int i = 0; i < 2; i++) {
                assertEquals(e.taken()[i], e.predicted()[i], 1e-13 * Math.max(1, Math.abs(e.taken()[i])), text + " step " + t);
            }
            for (StepExplanation.Line line : e.lines()) {
                if (line.state().isEmpty()) {
                    continue;
                }
                List<String> names = run.stateNames();
                double[] value = line.value();
                if (value.length == 1) {
                    assertClose(run.state(names.indexOf(line.state()), t), value[0], text + " " + line.rule());
                } else {
                    assertClose(run.state(names.indexOf(line.state() + "_x"), t), value[0], text + " " + line.rule());
                    assertClose(run.state(names.indexOf(line.state() + "_y"), t), value[1], text + " " + line.rule());
                }
            }
        }
    }

    private static void assertClose(double expected, double actual, String what) {
        assertEquals(expected, actual, 1e-13 * Math.max(1, Math.abs(expected)), what);
    }

    @Test
    void adamAtTheFirstStepShowsTheBiasCorrectedMomentsAndTheStep() {
        Trajectory run = Runner.run(BEALE_LIKE, RunSpec.parse("adam lr=0.1").config(RunSpec.Defaults.at(1, 1)));
        StepExplanation e = StepExplanation.of(RunSpec.parse("adam lr=0.1").optimizer(), run, 1, BEALE_LIKE);
        assertEquals(List.of("g = ∇f(x)", "m ← β1·m + (1 − β1)·g", "v ← β2·v + (1 − β2)·g²", "m̂ = m / (1 − β1ᵗ)",
                "v̂ = v / (1 − β2ᵗ)", "x ← x − lr·m̂ / (√v̂ + ε)", "step taken  Δx = x_t − x_t−1"),
                e.lines().stream().map(StepExplanation.Line::rule).toList());
        double[] g = e.lines().get(0).value();
        // at t = 1, m̂ = g and v̂ = g², so each coordinate moves by lr·g/(|g| + eps): almost exactly lr
        assertEquals(g[0], e.lines().get(3).value()[0], 1e-15 * Math.abs(g[0]));
        assertEquals(g[1] * g[1], e.lines().get(4).value()[1], 1e-14 * g[1] * g[1]);
        assertEquals(-0.1 * Math.signum(g[0]), e.lines().get(6).value()[0], 1e-8);
        assertTrue(e.parameters().startsWith("adam (PyTorch)   t = 1   lr = 0.1   beta1 = 0.9"), e.parameters());
    }

    @Test
    void noisyGradientsAreNamedAsSuch() {
        RunSpec spec = RunSpec.parse("gd lr=0.01 noise=2 seed=1");
        Trajectory run = Runner.run(BEALE_LIKE, spec.config(RunSpec.Defaults.at(1, 1)));
        StepExplanation e = StepExplanation.of(spec.optimizer(), run, 1, BEALE_LIKE);
        assertEquals("g = ∇f(x) + noise / clipping", e.lines().get(0).rule());
        assertFalse(e.lines().get(0).value()[0] == run.gradX(0));
    }

    @Test
    void stepZeroHasNoUpdateToExplain() {
        RunSpec spec = RunSpec.parse("gd");
        Trajectory run = Runner.run(BEALE_LIKE, spec.config(RunSpec.Defaults.at(1, 1)));
        assertThrows(IllegalArgumentException.class, () -> StepExplanation.of(spec.optimizer(), run, 0, BEALE_LIKE));
    }
}
