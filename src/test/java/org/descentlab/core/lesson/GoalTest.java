package org.descentlab.core.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.descentlab.core.Vec2;
import org.descentlab.core.analysis.Behaviour.Region;
import org.descentlab.core.scenario.KnownMinimum;
import org.descentlab.core.scenario.Scenario;

import org.junit.jupiter.api.Test;

/** Goals judged on runs whose paths are known by hand. */
class GoalTest {

    /** The round bowl from (−4, 3): plain descent at lr 0.1 multiplies the point by 0.8 a step, so f_k = 25 · 0.64^k. */
    private static final Scenario BOWL = Scenario.of("x^2 + y^2").withStart(new Vec2(-4, 3)).withSteps(100)
            .withMinima(List.of(new KnownMinimum(new Vec2(0, 0), true), new KnownMinimum(new Vec2(3, 3), false)));

    private static boolean met(Goal g, Scenario s) {
        return Lessons.met(g, s);
    }

    @Test
    void reachCountsTheStepsAtWhichFIsBelowTheThreshold() {
        Scenario s = Lesson.apply(BOWL, List.of("gd lr=0.1"));
        // 25 · 0.64^22 = 1.36e-3, 25 · 0.64^23 = 8.7e-4
        assertFalse(met(new Goal.Reach(1, 1e-3, 22), s));
        assertTrue(met(new Goal.Reach(1, 1e-3, 23), s));
        assertEquals("run 1 reaches f < 0.001 within 23 steps", new Goal.Reach(1, 1e-3, 23).describe());
    }

    @Test
    void aGoalAboutARunTheScenarioHasNotIsNotMet() {
        Scenario s = Lesson.apply(BOWL, List.of("gd lr=0.1"));
        assertFalse(met(new Goal.Reach(2, 100, 10), s));
        assertFalse(met(new Goal.Beats(1, 2, false), s));
        assertFalse(met(new Goal.EndsApart(1, 2, 0.1), s));
    }

    @Test
    void beatsMeansConvergingInFewerStepsAndATieIsNoWin() {
        Scenario s = Lesson.apply(BOWL, List.of("gd lr=0.4", "gd lr=0.1"));
        // at 0.4 a step multiplies by 0.2, at 0.1 by 0.8: the first converges far sooner
        assertTrue(met(new Goal.Beats(1, 2, false), s));
        assertFalse(met(new Goal.Beats(2, 1, false), s));
        assertFalse(met(new Goal.Beats(1, 2, true), s), "the rates differ");
        Scenario tie = Lesson.apply(BOWL, List.of("gd lr=0.1", "gd lr=0.1"));
        assertFalse(met(new Goal.Beats(1, 2, true), tie));
        // a run that does not converge is beaten by one that does
        Scenario slow = Lesson.apply(BOWL, List.of("gd lr=0.1", "gd lr=0.001"));
        assertTrue(met(new Goal.Beats(1, 2, false), slow));
        assertEquals("run 1 converges in fewer steps than run 2, at the same learning rate", new Goal.Beats(1, 2, true).describe());
    }

    @Test
    void endsInJudgesTheLastPointAgainstAPointOrTheKnownMinima() {
        Scenario s = Lesson.apply(BOWL, List.of("gd lr=0.1", "gd lr=0.1 steps=0 start=3,3.05"));
        assertTrue(met(new Goal.EndsIn(1, Goal.Target.POINT, new Vec2(0.001, 0), 0.01), s));
        assertFalse(met(new Goal.EndsIn(1, Goal.Target.POINT, new Vec2(0.02, 0), 0.01), s));
        assertTrue(met(new Goal.EndsIn(1, Goal.Target.GLOBAL, null, 0.01), s));
        assertFalse(met(new Goal.EndsIn(1, Goal.Target.LOCAL, null, 0.01), s));
        // run 2 never moves: it ends 0.05 from the minimum at (3, 3), which is not global
        assertTrue(met(new Goal.EndsIn(2, Goal.Target.LOCAL, null, 0.06), s));
        assertFalse(met(new Goal.EndsIn(2, Goal.Target.LOCAL, null, 0.04), s));
        assertTrue(met(new Goal.EndsApart(1, 2, 0.06), s));
        assertFalse(met(new Goal.EndsApart(1, 2, 0.04), s));
        assertEquals("run 1 ends within 0.05 of a minimum that is not the global one",
                new Goal.EndsIn(1, Goal.Target.LOCAL, null, 0.05).describe());
        assertEquals("run 2 ends within 0.1 of (-1.5, 2)", new Goal.EndsIn(2, Goal.Target.POINT, new Vec2(-1.5, 2), 0.1).describe());
    }

    @Test
    void behavesUsesTheSweepsRegions() {
        // the bowl's curvature is 2: stable below lr 1, reversing every step above 0.5
        Scenario s = Lesson.apply(BOWL, List.of("gd lr=0.1", "gd lr=0.9", "gd lr=1.2", "gd lr=0.001"));
        assertTrue(met(new Goal.Behaves(1, Region.CONVERGES), s));
        assertTrue(met(new Goal.Behaves(2, Region.OSCILLATES), s));
        assertTrue(met(new Goal.Behaves(3, Region.DIVERGES), s));
        assertTrue(met(new Goal.Behaves(4, Region.TOO_SLOW), s));
        assertFalse(met(new Goal.Behaves(1, Region.DIVERGES), s));
        Goal both = new Goal.All(List.of(new Goal.Behaves(1, Region.CONVERGES), new Goal.Behaves(3, Region.DIVERGES)));
        assertTrue(met(both, s));
        assertFalse(met(new Goal.Not(both), s));
        assertEquals("run 1 converges without zig-zagging; run 3 diverges", both.describe());
    }

    @Test
    void badParametersAreRefusedWithTheirName() {
        assertEquals("a run is numbered 1 to 8, got 0",
                assertThrows(IllegalArgumentException.class, () -> new Goal.Reach(0, 1, 1)).getMessage());
        assertEquals("a run cannot beat itself: run and other are both 2",
                assertThrows(IllegalArgumentException.class, () -> new Goal.Beats(2, 2, false)).getMessage());
        assertEquals("within must be a distance > 0, got -1.0",
                assertThrows(IllegalArgumentException.class, () -> new Goal.EndsApart(1, 2, -1)).getMessage());
    }
}
