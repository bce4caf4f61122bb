package org.descentlab.core.preset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.descentlab.core.expr.CompiledFunction;
import org.descentlab.core.expr.Expressions;
import org.descentlab.core.expr.ParseResult;
import org.descentlab.core.field.Derivatives;
import org.descentlab.core.run.RunConfig;
import org.descentlab.core.run.RunSpec;
import org.descentlab.core.run.Runner;
import org.descentlab.core.run.StopReason;
import org.descentlab.core.run.Trajectory;
import org.junit.jupiter.api.Test;

class PresetLibraryTest {

    private static CompiledFunction fn(Preset p) {
        return ((ParseResult.Success) Expressions.parse(p.expression())).function();
    }

    @Test
    void everyBundledPresetLoads() {
        PresetLibrary.Loaded loaded = PresetLibrary.bundled();
        assertEquals(List.of(), loaded.problems());
        assertEquals(18, loaded.presets().size());
        for (String id : List.of("sphere", "elongated-bowl", "rosenbrock", "himmelblau", "rastrigin", "ackley", "beale",
                "booth", "goldstein-price", "six-hump-camel", "three-hump-camel", "matyas", "levi-n13", "mccormick",
                "styblinski-tang", "saddle", "monkey-saddle", "learning-rate-story")) {
            assertTrue(loaded.byId(id).isPresent(), id);
        }
    }

    @Test
    void everyKnownMinimumIsAStationaryPointInsideTheDomain() {
        for (Preset p : PresetLibrary.bundled().presets()) {
            CompiledFunction f = fn(p);
            for (double[] m : p.minima()) {
                assertTrue(m[0] >= p.domain()[0] && m[0] <= p.domain()[1] && m[1] >= p.domain()[2] && m[1] <= p.domain()[3],
                        p.id());
                double[] g = Derivatives.gradient(f, m[0], m[1]);
                double[] h = Derivatives.hessian(f, m[0], m[1]);
                // the published digits put the point within about 1e-4 of the minimum
                assertTrue(Math.hypot(g[0], g[1]) < 1e-2 * Math.max(1, Math.abs(h[0]) + Math.abs(h[2])),
                        p.id() + " gradient at " + m[0] + ", " + m[1] + " is " + Math.hypot(g[0], g[1]));
                assertTrue(h[0] > 0 && h[0] * h[2] - h[1] * h[1] > 0, p.id() + ": not a minimum at " + m[0] + ", " + m[1]);
            }
        }
    }

    @Test
    void theLearningRateStoryTellsItsStory() {
        Preset story = PresetLibrary.bundled().byId("learning-rate-story").orElseThrow();
        CompiledFunction f = fn(story);
        RunSpec.Defaults defaults = RunSpec.Defaults.at(story.start()[0], story.start()[1]);
        Trajectory[] t = story.runs().stream().map(r -> Runner.run(f, RunSpec.parse(r).config(defaults)))
                .toArray(Trajectory[]::new);
        assertEquals(List.of("gd lr=0.01", "gd lr=0.1", "gd lr=0.24", "gd lr=0.26"), story.runs());
        assertEquals(StopReason.CONVERGED, t[0].stop().reason());
        assertEquals(StopReason.CONVERGED, t[1].stop().reason());
        assertEquals(StopReason.CONVERGED, t[2].stop().reason());
        assertTrue(t[0].stop().step() > 5 * t[1].stop().step(), "0.01 crawls compared with 0.1");
        // y shrinks by |1 − 8·0.24| = 0.92 a step, against 0.8 for x at lr 0.1: about 195 steps against 69
        assertTrue(t[2].stop().step() > 2 * t[1].stop().step(), "0.24 zig-zags slowly");
        assertTrue(Math.signum(t[2].y(1)) != Math.signum(t[2].y(2)), "0.24 crosses the valley every step");
        assertEquals(StopReason.DIVERGED, t[3].stop().reason());
    }

    @Test
    void aBadPresetIsReportedAndSkippedAndTheRestLoad() {
        Map<String, String> files = Map.of(
                "index.txt", "good.json\nbroken.json\nbad-function.json\nmissing.json\nbad-domain.json\nbad-run.json\n",
                "good.json", "{\"name\":\"Good\",\"expression\":\"x^2\",\"domain\":[-1,1,-1,1],\"start\":[0.5,0.5]}",
                "broken.json", "{\"name\": \"Broken\", ",
                "bad-function.json", "{\"name\":\"F\",\"expression\":\"sinn(x)\",\"domain\":[-1,1,-1,1],\"start\":[0,0]}",
                "bad-domain.json", "{\"name\":\"D\",\"expression\":\"x\",\"domain\":[1,-1,-1,1],\"start\":[0,0]}",
                "bad-run.json", "{\"name\":\"R\",\"expression\":\"x\",\"domain\":[-1,1,-1,1],\"start\":[0,0],\"runs\":[\"adam beta1=2\"]}");
        PresetLibrary.Loaded loaded = PresetLibrary.load(name -> files.containsKey(name)
                ? new ByteArrayInputStream(files.get(name).getBytes(StandardCharsets.UTF_8)) : null);
        assertEquals(List.of("good"), loaded.presets().stream().map(Preset::id).toList());
        assertEquals(5, loaded.problems().size());
        assertTrue(loaded.problems().get(0).startsWith("broken.json: not a valid preset"), loaded.problems().get(0));
        assertEquals("bad-function.json: expression does not read: unknown name 'sinn': did you mean sin? (column 1)",
                loaded.problems().get(1));
        assertEquals("missing.json: file not found", loaded.problems().get(2));
        assertEquals("bad-domain.json: xmin must be less than xmax, got xmin 1.0 and xmax -1.0", loaded.problems().get(3));
        assertEquals("bad-run.json: run 'adam beta1=2': adam: beta1 must be a number in [0, 1), got 2", loaded.problems().get(4));
    }

    @Test
    void runSpecsOverrideTheDefaults() {
        RunSpec spec = RunSpec.parse("adam start=1,-2 lr=0.5 steps=20 tol=0 noise=0.1 clip=2 seed=9 amsgrad=true");
        RunConfig c = spec.config(new RunSpec.Defaults(5, 5, 1000, 1e-6, 0, 0, 0));
        assertEquals(new RunConfig(spec.optimizer(), 1, -2, 20, 0, 0.1, 9, 2), c);
        assertEquals("true", spec.optimizer().describe().get("amsgrad"));
        RunConfig d = RunSpec.parse("gd").config(new RunSpec.Defaults(5, 6, 7, 0.5, 3, 0, 0));
        assertEquals(5.0, d.x0());
        assertEquals(7, d.maxSteps());
        assertEquals(3, d.seed());
    }

    @Test
    void badRunSpecsSayWhatIsWrong() {
        assertMessage("run 'adan lr=1': unknown optimizer 'adan'; accepted: gd, momentum, nesterov, adam, rmsprop, adagrad,"
                + " adamw, adamax, nadam, adadelta, newton", "adan lr=1");
        assertMessage("run 'gd lr': 'lr' is not name=value", "gd lr");
        assertMessage("run 'gd foo=1': gd has no parameter 'foo'; accepted: lr, weight_decay"
                + " (and the run settings start, steps, tol, noise, clip, seed, defaults)", "gd foo=1");
        assertMessage("run 'gd steps=-1': steps must be >= 0, got -1", "gd steps=-1");
        assertMessage("run 'gd start=1': start must be X,Y, got '1'", "gd start=1");
        assertMessage("run 'gd lr=1 lr=2': lr is given twice", "gd lr=1 lr=2");
    }

    private static void assertMessage(String expected, String spec) {
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> RunSpec.parse(spec));
        assertEquals(expected, e.getMessage());
    }
}
