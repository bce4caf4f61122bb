package org.descentlab.core.analysis;

import static org.descentlab.core.analysis.RateSweepTest.f;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.descentlab.core.optim.GradientDescent;
import org.descentlab.core.optim.Momentum;
import org.descentlab.core.optim.schedule.Schedule;
import org.descentlab.core.raster.Domain;
import org.descentlab.core.run.RunConfig;

import org.junit.jupiter.api.Test;

/** What a sweep says besides its points: theory only where the quadratic has a minimum, and a schedule that ignores lr. */
class RateSweepNotesTest {

    private static final Domain VIEW = new Domain(-5, 5, -5, 5);
    private static final RunConfig GD = RunConfig.of(new GradientDescent(0.1, 0), -4, 3);

    @Test
    void aSaddleHasNoTheoryLineButANoteThatItHasNoMinimum() {
        RateSweep sweep = RateSweep.compute(f("x^2 - y^2"), GD, VIEW, 0.01, 1, 3, Progress.NONE);
        assertTrue(sweep.theory().isEmpty(), "L = 2 but the other eigenvalue is -2: no rate converges");
        assertEquals(List.of("f is a quadratic with no minimum on the view (eigenvalues 2, -2): descent cannot converge to a minimum"),
                sweep.notes());
        RateSweep falling = RateSweep.compute(f("x^2 + y"), GD, VIEW, 0.01, 1, 3, Progress.NONE);
        assertTrue(falling.theory().isEmpty(), "x² + y falls along y for ever");
        assertEquals(1, falling.notes().size());
    }

    @Test
    void aBowlAndAValleyFloorOfMinimaKeepTheirTheoryAndSayNothing() {
        RateSweep bowl = RateSweep.compute(f("x^2 + y^2"), GD, VIEW, 0.01, 1, 3, Progress.NONE);
        assertEquals(1, bowl.theory().orElseThrow().limit(), 1e-12);
        assertEquals(List.of(), bowl.notes());
        // x² has the line x = 0 of minima: gd converges for lr < 2/2
        RateSweep valley = RateSweep.compute(f("x^2"), GD, VIEW, 0.01, 1, 3, Progress.NONE);
        assertEquals(1, valley.theory().orElseThrow().limit(), 1e-12);
        assertEquals(List.of(), valley.notes());
        // weight decay 3 lifts x² − y²'s eigenvalues to 5 and 1: the decayed loss has a minimum
        RunConfig decayed = RunConfig.of(new GradientDescent(0.1, 3), -4, 3);
        assertEquals(2.0 / 5, RateSweep.compute(f("x^2 - y^2"), decayed, VIEW, 0.01, 1, 3, Progress.NONE).theory().orElseThrow().limit(),
                1e-12);
    }

    @Test
    void aScheduleThatTakesItsRatesFromMaxLrSaysTheSweptLrChangesNothing() {
        RunConfig onecycle = RunConfig.of(new Momentum(0.1, 0.9, 0, 0), -4, 3).withSchedule(Schedule.parse("onecycle(max_lr=0.5)"));
        RateSweep sweep = RateSweep.compute(f("x^2 + y^2"), onecycle, VIEW, 1e-3, 1, 3, Progress.NONE);
        assertEquals(List.of("onecycle takes its rates from max_lr=0.5: the swept lr changes nothing"), sweep.notes());
        assertEquals(sweep.points().get(0).behaviour(), sweep.points().get(2).behaviour(), "every rate ran alike");
        RunConfig fastai = GD.withSchedule(Schedule.parse("fit_one_cycle(lr_max=0.2)"));
        assertEquals(List.of("fit_one_cycle takes its rates from lr_max=0.2: the swept lr changes nothing"),
                RateSweep.compute(f("x^2 + y^2"), fastai, VIEW, 1e-3, 1, 2, Progress.NONE).notes());
    }

    @Test
    void aScheduleThatFollowsLrOnlyInPartSaysWhichRatesAreItsOwn() {
        RunConfig cyclic = GD.withSchedule(Schedule.parse("cyclic(max_lr=0.5,step_size_up=10,cycle_momentum=false)"));
        assertEquals(List.of("cyclic(max_lr=0.5,step_size_up=10,cycle_momentum=false) takes part of its rates from max_lr=0.5, not"
                + " from lr: the swept lr moves only the rest"), RateSweep.compute(f("x^2 + y^2"), cyclic, VIEW, 1e-3, 0.1, 2,
                        Progress.NONE).notes());
        RunConfig warm = GD.withSchedule(Schedule.parse("onecycle(max_lr=0.5,cycle_momentum=false)").withWarmup(5, 0.5));
        assertEquals(1, RateSweep.compute(f("x^2 + y^2"), warm, VIEW, 1e-3, 0.1, 2, Progress.NONE).notes().size(),
                "the warm-up follows lr, onecycle does not");
    }

    @Test
    void schedulesThatScaleLrSayNothing() {
        for (String s : List.of("step(step_size=10)", "cosine(t_max=50)", "fit_one_cycle", "linear", "plateau", "adaptive",
                "invscaling", "exponential(gamma=0.99)")) {
            RunConfig run = GD.withSchedule(Schedule.parse(s).withWarmup(s.startsWith("plateau") || s.startsWith("adaptive") ? 0 : 3, 0.5));
            assertFalse(RateSweep.compute(f("x^2 + y^2"), run, VIEW, 1e-3, 0.1, 2, Progress.NONE).notes().stream()
                    .anyMatch(n -> n.contains("rates from")), s);
        }
    }

    @Test
    void aRunThatConvergesInAFewStepsHasTooFewReversalsToOscillate() {
        // momentum 0.5 at lr 1 on x² + y²: x₁ = −x₀, x₂ = −x₀ + 2x₀ − 0.5·2x₀ = 0: one reversal, then at the minimum
        Behaviour b = Behaviour.of(f("x^2 + y^2"), RunConfig.of(new Momentum(1, 0.5, 0, 0), -4, 3));
        assertEquals(org.descentlab.core.run.StopReason.CONVERGED, b.stop().reason());
        assertTrue(b.steps() <= 3, b.toString());
        assertEquals(Behaviour.Region.CONVERGES, b.region());
        // lr 0.9 on x² + y²: x ← −0.8·x reverses every step, 62 steps to converge
        assertEquals(Behaviour.Region.OSCILLATES, Behaviour.of(f("x^2 + y^2"), GD.withOptimizer(new GradientDescent(0.9, 0))).region());
    }

    @Test
    void aRunFallingAwayDownASaddleAtTheStepLimitDivergesUnboundedNotTooSlow() {
        // y ← (1 + 2·lr)·y: at lr 0.005, 3·1.01^1000 ≈ 6e4 after 1000 steps, short of the runner's 5e8, f ≈ −3.6e9
        Behaviour away = Behaviour.of(f("x^2 - y^2"), GD.withOptimizer(new GradientDescent(0.005, 0)));
        assertEquals(org.descentlab.core.run.StopReason.MAX_STEPS, away.stop().reason());
        assertEquals(Behaviour.Region.DIVERGES, away.region());
        assertEquals(org.descentlab.core.run.Divergence.UNBOUNDED, away.cause());
        // the bowl at the same rate is slow: its gradient shrinks
        Behaviour slow = Behaviour.of(f("x^2 + y^2"), GD.withOptimizer(new GradientDescent(0.001, 0)));
        assertEquals(Behaviour.Region.TOO_SLOW, slow.region());
        assertEquals(null, slow.cause());
    }
}
