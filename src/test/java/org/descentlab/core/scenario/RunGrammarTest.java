package org.descentlab.core.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import java.util.stream.Stream;

import org.descentlab.core.Vec2;
import org.descentlab.core.field.Differences;
import org.descentlab.core.field.Differences.Scheme;
import org.descentlab.core.optim.Convention;
import org.descentlab.core.optim.Optimizers;
import org.descentlab.core.run.RunConfig;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The run-spec grammar, read and written in one place, from and to RunSettings. */
class RunGrammarTest {

    @Test
    void aSpecOverridesWhatTheScenarioShares() {
        RunSettings r = RunGrammar.parse("adam start=1,-2 lr=0.5 steps=20 tol=0 noise=0.1 clip=2 seed=9 amsgrad=true");
        RunConfig c = r.config(new Vec2(5, 5), 1000, 1e-6);
        assertEquals(new RunConfig(r.optimizer(), 1, -2, 20, 0, 0.1, 9, 2), c);
        assertTrue(r.optimizer().parameters().flag("amsgrad"));
        RunConfig d = RunGrammar.parse("gd", new RunGrammar.Base(Convention.PYTORCH, 3, 0, 0), 0).config(new Vec2(5, 6), 7, 0.5);
        assertEquals(5.0, d.x0());
        assertEquals(7, d.maxSteps());
        assertEquals(0.5, d.tolerance());
        assertEquals(3, d.seed());
    }

    @Test
    void theRunAtAPlaceInTheListGetsThatPlacesColourAndLine() {
        RunSettings third = RunGrammar.parse("gd", RunGrammar.Base.DEFAULT, 2);
        assertEquals(2, third.colour());
        assertEquals(LineStyle.DOTTED, third.line());
        assertNull(third.start());
        assertNull(third.steps());
        assertEquals("", third.name());
    }

    @Test
    void badSpecsSayWhatIsWrong() {
        assertMessage("run 'adan lr=1': unknown optimizer 'adan'; accepted: " + Optimizers.names(), "adan lr=1");
        assertMessage("run 'gd lr': 'lr' is not name=value", "gd lr");
        assertMessage("run 'gd foo=1': gd has no parameter 'foo'; accepted: lr, weight_decay, maximize"
                + " (and the run settings start, steps, tol, noise, clip, seed, defaults, diff, h, schedule, warmup, warmup_start, batch)", "gd foo=1");
        assertMessage("run 'gd steps=-1': steps must be between 0 and 100000, got -1", "gd steps=-1");
        assertMessage("run 'gd start=1': start must be X,Y, got '1'", "gd start=1");
        assertMessage("run 'gd start=1,NaN': start y must be a finite number, got 'NaN'", "gd start=1,NaN");
        assertMessage("run 'gd lr=1 lr=2': lr is given twice", "gd lr=1 lr=2");
        assertMessage("run 'gd seed=1.5': seed must be a whole number, got '1.5'", "gd seed=1.5");
        assertMessage("run 'momentum dampening=0.5 defaults=keras': momentum: dampening is PyTorch's; Keras has none, so it"
                + " must be 0 with defaults=keras, got 0.5", "momentum dampening=0.5 defaults=keras");
        assertMessage("empty run: start with an optimizer name (" + Optimizers.names() + ")", "  ");
    }

    @Test
    void anyUnicodeSpaceSeparatesTheWordsOfASpec() {
        RunSettings plain = RunGrammar.parse("adam lr=0.5 start=1,-2 amsgrad=true");
        assertEquals(plain, RunGrammar.parse("\u3000adam\u2009lr=0.5\u00A0\u00A0start=1,-2\u202Famsgrad=true\u2009"));
        assertEquals(plain, RunGrammar.parse("adam\tlr=0.5 start=1,-2 amsgrad=true\u2028"));
        assertThrows(IllegalArgumentException.class, () -> RunGrammar.parse("\u2009\u3000"));
    }

    private static void assertMessage(String expected, String spec) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> RunGrammar.parse(spec));
        assertEquals(expected, e.getMessage());
    }

    static Stream<String> specs() {
        return Stream.of("gd", "gd lr=0.035", "momentum lr=0.01 dampening=0.3 weight_decay=0.05",
                "nesterov lr=0.01 defaults=keras", "adam lr=0.05 amsgrad=true eps=1e-10", "adamw lr=0.3 defaults=keras",
                "rmsprop centered=true momentum=0.5 start=-1.5,2.25", "adagrad lr_decay=0.01 initial_accumulator_value=0.2",
                "adamax lr=0.05 steps=17 tol=0", "nadam momentum_decay=0.01 noise=2.5 seed=-4 clip=1",
                "adadelta lr=1 rho=0.95 tol=1e-9", "newton lr=0.5 start=1e-12,-3e8", "gd lr=0.30000000000000004",
                "gd lr=0.1 diff=forward h=0.5", "adam lr=0.05 h=1e-4", "newton lr=1 diff=forward", "gd diff=central h=auto");
    }

    @ParameterizedTest
    @MethodSource("specs")
    void aPrintedSpecReadsBackAsTheSameRun(String spec) {
        RunSettings r = RunGrammar.parse(spec);
        RunSettings back = RunGrammar.parse(RunGrammar.print(r));
        assertTrue(r.samePath(back), spec + " -> " + RunGrammar.print(r));
        assertEquals(r, back);
    }

    @Test
    void printingWritesOnlyWhatDiffersFromAPlainRunAndTheLearningRateAlways() {
        assertEquals("gd lr=0.001", RunGrammar.print(RunGrammar.parse("gd")));
        assertEquals("gd lr=0.01 defaults=keras", RunGrammar.print(RunGrammar.parse("gd defaults=keras")));
        assertEquals("adam lr=0.05 eps=1e-10 amsgrad=true defaults=keras start=1,-2 steps=5 noise=0.5 seed=3",
                RunGrammar.print(RunGrammar.parse("adam lr=0.05 defaults=keras amsgrad=true eps=1e-10 start=1,-2 steps=5 "
                        + "noise=0.5 seed=3")));
    }

    @Test
    void numbersAreWrittenInTheirShortestExactForm() {
        assertEquals("0.05", RunGrammar.number(0.05));
        assertEquals("1e-7", RunGrammar.number(1e-7));
        assertEquals("-3", RunGrammar.number(-3.0));
        assertEquals("1.5e20", RunGrammar.number(1.5e20));
        Random random = new Random(7);
        for (int k = 0; k < 10_000; k++) {
            double v = Double.longBitsToDouble(random.nextLong());
            if (Double.isFinite(v)) {
                assertEquals(v, Double.parseDouble(RunGrammar.number(v)), RunGrammar.number(v));
            }
        }
    }

    @Test
    void switchingConventionMovesOnlyTheValuesStillAtTheOldDefault() {
        RunSettings r = RunGrammar.parse("rmsprop lr=0.005 eps=1e-9");
        RunSettings keras = r.withConvention(Convention.KERAS);
        assertEquals(Convention.KERAS, keras.optimizer().convention());
        assertEquals(0.005, keras.optimizer().parameters().get("lr"), "typed: kept");
        assertEquals(1e-9, keras.optimizer().parameters().get("eps"), "typed: kept");
        assertEquals(0.9, keras.optimizer().parameters().get("alpha"), "Keras's rho");
        assertEquals(0.99, keras.withConvention(Convention.PYTORCH).optimizer().parameters().get("alpha"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> RunGrammar.parse("momentum dampening=0.5").withConvention(Convention.KERAS));
        assertTrue(e.getMessage().contains("dampening"), e.getMessage());
    }

    @Test
    void diffAndHSayHowTheGradientIsTaken() {
        RunSettings r = RunGrammar.parse("gd lr=0.1 diff=forward h=0.5");
        assertEquals(Differences.fixed(Scheme.FORWARD, 0.5), r.differences());
        assertEquals(Differences.fixed(Scheme.FORWARD, 0.5), r.config(Vec2.ZERO, 10, 0).differences());
        assertEquals(Differences.auto(Scheme.FORWARD), RunGrammar.parse("gd diff=forward").differences());
        assertEquals(Differences.fixed(Scheme.CENTRAL, 1e-3), RunGrammar.parse("gd h=1e-3").differences());
        assertEquals(Differences.DEFAULT, RunGrammar.parse("gd").differences());
        assertEquals(Differences.DEFAULT, RunGrammar.parse("gd diff=central h=auto").differences());
        assertTrue(!r.samePath(r.withDifferences(Differences.DEFAULT)), "another gradient, another path");
        assertEquals("gd lr=0.1 diff=forward h=0.5", RunGrammar.print(r));
        assertEquals("gd lr=0.1 h=0.001", RunGrammar.print(RunGrammar.parse("gd lr=0.1 diff=central h=0.001")));
        assertEquals("gd lr=0.1", RunGrammar.print(RunGrammar.parse("gd lr=0.1 diff=central h=auto")), "the default is not written");
        assertMessage("run 'gd diff=backward': diff must be central or forward, got 'backward'", "gd diff=backward");
        assertMessage("run 'gd h=0': h must be auto or a finite number > 0, got '0'", "gd h=0");
        assertMessage("run 'gd h=-0.5 diff=forward': h must be auto or a finite number > 0, got '-0.5'", "gd h=-0.5 diff=forward");
        assertMessage("run 'gd h=tiny': h must be auto or a finite number > 0, got 'tiny'", "gd h=tiny");
        assertMessage("run 'gd h=Infinity': h must be auto or a finite number > 0, got 'Infinity'", "gd h=Infinity");
        assertMessage("run 'gd h=1 h=2': h is given twice", "gd h=1 h=2");
    }
}
