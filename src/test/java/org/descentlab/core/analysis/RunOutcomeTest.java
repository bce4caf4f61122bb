package org.descentlab.core.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.descentlab.core.Vec2;
import org.descentlab.core.expr.CompiledFunction;
import org.descentlab.core.expr.Expressions;
import org.descentlab.core.expr.ParseResult;
import org.descentlab.core.preset.Preset;
import org.descentlab.core.preset.PresetLibrary;
import org.descentlab.core.run.RunConfig;
import org.descentlab.core.run.Runner;
import org.descentlab.core.run.StopReason;
import org.descentlab.core.run.Trajectory;
import org.descentlab.core.scenario.RunGrammar;

import org.junit.jupiter.api.Test;

class RunOutcomeTest {

    private static CompiledFunction fn(String text) {
        return ((ParseResult.Success) Expressions.parse(text)).function();
    }

    private static Trajectory run(CompiledFunction f, String spec) {
        return Runner.run(f, RunGrammar.parse(spec).config(Vec2.ZERO, RunConfig.DEFAULT_MAX_STEPS, RunConfig.DEFAULT_TOLERANCE));
    }

    private static List<double[]> known(Preset p) {
        return p.scenario().minima().stream().map(m -> m.at().toArray()).toList();
    }

    @Test
    void himmelblauRunsEndInTheKnownMinimumTheyStartNear() {
        Preset p = PresetLibrary.bundled().byId("himmelblau").orElseThrow();
        CompiledFunction f = fn(p.scenario().function());
        List<Trajectory> runs = List.of(run(f, "gd lr=0.01 start=0,0"), run(f, "gd lr=0.01 start=-1,1"),
                run(f, "gd lr=0.01 start=-1,-1"), run(f, "gd lr=0.01 start=2,-1"));
        List<RunOutcome> outcomes = RunOutcome.of(runs, f, known(p), Math.hypot(10, 10));
        assertEquals(List.of("(3, 2)", "(-2.805, 3.131)", "(-3.779, -3.283)", "(3.584, -1.848)"),
                outcomes.stream().map(o -> o.minimum().label()).toList());
        for (int k = 0; k < 4; k++) {
            RunOutcome o = outcomes.get(k);
            assertEquals(StopReason.CONVERGED, o.reason());
            assertEquals(runs.get(k).lastStep(), o.steps());
            assertTrue(o.minimum().known());
            assertTrue(o.distance() < 1e-4, "the published minima have 6 decimals: " + o.distance());
            assertEquals(runs.get(k).f(runs.get(k).lastStep()), o.finalF());
        }
    }

    @Test
    void aMinimumNoOneListedIsFoundAndSharedByRunsThatReachIt() {
        CompiledFunction f = fn("(x^2 - 1)^2 + y^2");
        List<Trajectory> runs = List.of(run(f, "gd lr=0.05 start=0.5,1"), run(f, "gd lr=0.05 start=2,-1"),
                run(f, "gd lr=0.05 start=-0.5,1"));
        List<RunOutcome> outcomes = RunOutcome.of(runs, f, List.of(), 5);
        RunOutcome.Minimum found = outcomes.get(0).minimum();
        assertFalse(found.known());
        assertEquals(1.0, found.x(), 1e-5);
        assertEquals(0.0, found.y(), 1e-5);
        assertTrue(found.label().startsWith("found (1, "), found.label());
        assertSame(outcomes.get(0).minimum(), outcomes.get(1).minimum(), "the same found minimum");
        assertEquals(-1.0, outcomes.get(2).minimum().x(), 1e-5);
    }

    @Test
    void aRunNotAtAMinimumEndsInNoneWithTheDistanceToTheNearestKnownOne() {
        Preset p = PresetLibrary.bundled().byId("rosenbrock").orElseThrow();
        CompiledFunction f = fn(p.scenario().function());
        Trajectory slow = run(f, "gd lr=0.001 start=-1.5,2 steps=200");
        Trajectory diverged = run(f, "gd lr=0.01 start=-1.5,2");
        Trajectory saddle = run(fn("x^2 - y^2"), "gd lr=0.1 start=1,0");
        List<RunOutcome> outcomes = RunOutcome.of(List.of(slow, diverged), f, known(p), 5);
        assertNull(outcomes.get(0).minimum());
        assertEquals(StopReason.MAX_STEPS, outcomes.get(0).reason());
        int k = slow.lastStep();
        assertEquals(Math.hypot(slow.x(k) - 1, slow.y(k) - 1), outcomes.get(0).distance(), 1e-12);
        assertEquals(StopReason.DIVERGED, outcomes.get(1).reason());
        assertNull(outcomes.get(1).minimum());
        RunOutcome atSaddle = RunOutcome.of(List.of(saddle), fn("x^2 - y^2"), List.of(), 4).get(0);
        assertEquals(StopReason.CONVERGED, atSaddle.reason());
        assertNull(atSaddle.minimum(), "a saddle is not a minimum");
        assertTrue(Double.isNaN(atSaddle.distance()));
    }

    @Test
    void aRunThatStopsWhereItsBiasedGradientVanishesEndsAtNoMinimum() {
        CompiledFunction f = ((ParseResult.Success) Expressions.parse("x^2 + y^2")).function();
        // forward differences with h = 0.5: g = 2x + 0.5 vanishes at x = -0.25, where ∇f is (-0.5, -0.5)
        RunConfig forward = RunGrammar.parse("gd lr=0.1 diff=forward h=0.5 start=1,1").config(
                org.descentlab.core.scenario.Scenario.of("x^2 + y^2"));
        Trajectory t = Runner.run(f, forward);
        assertEquals(StopReason.CONVERGED, t.stop().reason(), "by its own gradient");
        assertEquals(-0.25, t.x(t.lastStep()), 1e-6);
        RunOutcome o = RunOutcome.of(List.of(t), f, List.of(), 10).get(0);
        assertNull(o.minimum(), "(-0.25, -0.25) is no minimum of x² + y²");
        RunOutcome central = RunOutcome.of(List.of(Runner.run(f, RunGrammar.parse("gd lr=0.1 start=1,1").config(
                org.descentlab.core.scenario.Scenario.of("x^2 + y^2")))), f, List.of(), 10).get(0);
        assertTrue(central.minimum() != null && Math.abs(central.minimum().x()) < 1e-6, "the central run finds (0, 0)");
    }
}
