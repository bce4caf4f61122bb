package org.descentlab.core.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CancellationException;

import org.descentlab.core.expr.CompiledFunction;
import org.descentlab.core.expr.Expressions;
import org.descentlab.core.expr.ParseResult;
import org.descentlab.core.optim.Adam;
import org.descentlab.core.optim.GradientDescent;
import org.descentlab.core.optim.Momentum;
import org.descentlab.core.optim.schedule.Schedule;
import org.descentlab.core.raster.Domain;
import org.descentlab.core.run.Divergence;
import org.descentlab.core.run.RunConfig;
import org.descentlab.core.run.StopReason;

import org.junit.jupiter.api.Test;

/**
 * On f = x² + y², GD is x ← (1 − 2·lr)·x: it converges for 0 &lt; lr &lt; 1 (2/L, L = 2), its steps reversing for
 * lr &gt; 0.5; at lr = 1 it bounces between x₀ and −x₀ for ever; above 1 it grows by 2·lr − 1 a step, and so is called
 * diverged only once it is 1e8·‖x₀‖ from its start: within 1000 steps that needs (2·lr − 1)^1000 &gt; 1e8, lr &gt; 1.0093.
 */
class RateSweepTest {

    private static final Domain VIEW = new Domain(-5, 5, -5, 5);
    private static final RunConfig GD = RunConfig.of(new GradientDescent(0.1, 0), -4, 3);

    static CompiledFunction f(String text) {
        return ((ParseResult.Success) Expressions.parse(text)).function();
    }

    @Test
    void ratesAreLogSpacedWithBothEnds() {
        double[] r = RateSweep.rates(1e-3, 10, 5);
        assertEquals(1e-3, r[0]);
        assertEquals(1e-2, r[1], 1e-17);
        assertEquals(1e-1, r[2], 1e-16);
        assertEquals(1, r[3], 1e-15);
        assertEquals(10, r[4]);
        assertEquals(1, RateSweep.rates(0.5, 0.5, 1).length);
        assertThrows(IllegalArgumentException.class, () -> RateSweep.rates(0, 1, 3));
        assertThrows(IllegalArgumentException.class, () -> RateSweep.rates(1, 0.5, 3));
        assertEquals("a range of rates has at least 2, one at each end, got 1; for one rate give the same smallest and largest",
                assertThrows(IllegalArgumentException.class, () -> RateSweep.rates(0.1, 1, 1)).getMessage());
    }

    @Test
    void gdOnTheRoundBowlConvergesBelowOneAndDivergesAboveAsTheoryHasIt() {
        RateSweep sweep = RateSweep.compute(f("x^2 + y^2"), GD, VIEW, 1e-3, 10, 200, Progress.NONE);
        assertEquals(200, sweep.points().size());
        Quadratic.Limit theory = sweep.theory().orElseThrow();
        assertEquals("2/L", theory.formula());
        assertEquals(2, theory.largest(), 1e-12);
        assertEquals(1, theory.limit(), 1e-12);
        for (RateSweep.Point p : sweep.points()) {
            double lr = p.lr();
            Behaviour b = p.behaviour();
            double r = Math.abs(1 - 2 * lr);
            // steps for ‖∇f‖ = 2·5·r^k to reach 1e-6, by the contraction
            double needed = Math.log(1e-7) / Math.log(r);
            if (lr < 1 && needed < 950) {
                assertEquals(StopReason.CONVERGED, b.stop().reason(), "lr " + lr);
                assertEquals(lr > 0.5 ? Behaviour.Region.OSCILLATES : Behaviour.Region.CONVERGES, b.region(), "lr " + lr);
            } else if (lr < 1 && needed > 1050) {
                assertEquals(StopReason.MAX_STEPS, b.stop().reason(), "lr " + lr);
                assertEquals(lr > 0.5 ? Behaviour.Region.OSCILLATES : Behaviour.Region.TOO_SLOW, b.region(), "lr " + lr);
            } else if (lr > 1.0093 * 1.001) {
                assertEquals(Behaviour.Region.DIVERGES, b.region(), "lr " + lr);
                assertEquals(Divergence.OVERSHOOT, b.stop().cause(), "lr " + lr);
            }
            if (lr > 1) {
                assertFalse(b.stop().reason() == StopReason.CONVERGED, "lr " + lr);
            }
        }
    }

    @Test
    void atExactlyOneItBouncesForEverAndJustAboveItDivergesOnlyPastThe1e8Bound() {
        CompiledFunction bowl = f("x^2 + y^2");
        Behaviour one = Behaviour.of(bowl, RateSweep.withParameter(GD, "lr", 1));
        assertEquals(StopReason.MAX_STEPS, one.stop().reason());
        assertEquals(Behaviour.Region.OSCILLATES, one.region());
        assertEquals(25, one.finalF(), 1e-6, "back where it started, on the circle of radius 5");
        Behaviour half = Behaviour.of(bowl, RateSweep.withParameter(GD, "lr", 0.5));
        assertEquals(StopReason.CONVERGED, half.stop().reason());
        assertEquals(1, half.steps(), "lr = 1/L lands on the minimum in one step");
        assertEquals(Behaviour.Region.CONVERGES, half.region());
        Behaviour slowGrowth = Behaviour.of(bowl, RateSweep.withParameter(GD, "lr", 1.009));
        assertEquals(StopReason.MAX_STEPS, slowGrowth.stop().reason(), "1.018^1000 is 5.6e7, not yet 1e8");
        assertEquals(Behaviour.Region.OSCILLATES, slowGrowth.region());
        Behaviour fast = Behaviour.of(bowl, RateSweep.withParameter(GD, "lr", 1.0095));
        assertEquals(StopReason.DIVERGED, fast.stop().reason(), "1.019^1000 is 1.5e8, past 1e8");
        assertEquals(Behaviour.Region.DIVERGES, fast.region());
    }

    @Test
    void onTheRoundBowlTheStepsReverseFromHalfToOneAsOneMinusTwoLrFlipsSign() {
        // x ← (1 − 2·lr)·x in each coordinate: smooth below 0.5, reversing between 0.5 and 1, growing above 1
        RateSweep sweep = RateSweep.compute(f("x^2 + y^2"), GD, VIEW, 0.03, 3, 21, Progress.NONE);
        // the rates 0.03·10^(k/10): 0.475 and 0.599 about 0.5, 0.949 and 1.194 about 1, none on a boundary
        for (RateSweep.Point p : sweep.points()) {
            Behaviour.Region expected = p.lr() < 0.5 ? Behaviour.Region.CONVERGES
                    : p.lr() < 1 ? Behaviour.Region.OSCILLATES : Behaviour.Region.DIVERGES;
            assertEquals(expected, p.behaviour().region(), "lr " + p.lr());
        }
    }

    @Test
    void aZigZagAcrossAValleyOscillatesThoughItsWholeStepsNeverPointBack() {
        // f = x² + 10·y²: y ← (1 − 20·lr)·y reverses above lr = 0.05 and grows above 0.1, while x ← (1 − 2·lr)·x
        // creeps on; the whole step Δ barely turns back, for Δx dominates it after the first steps
        RateSweep sweep = RateSweep.compute(f("x^2 + 10*y^2"), GD, VIEW, 0.012, 0.3, 25, Progress.NONE);
        // 0.0459 and 0.0525 about 0.05, 0.0897 and 0.1026 (y grows by 1.05 a step) about 0.1
        for (RateSweep.Point p : sweep.points()) {
            Behaviour.Region expected = p.lr() < 0.05 ? Behaviour.Region.CONVERGES
                    : p.lr() < 0.1 ? Behaviour.Region.OSCILLATES : Behaviour.Region.DIVERGES;
            assertEquals(expected, p.behaviour().region(), "lr " + p.lr());
        }
        assertEquals(Behaviour.Region.OSCILLATES, Behaviour.of(f("x^2 + 10*y^2"),
                RateSweep.withParameter(GD, "lr", 0.07)).region());
        assertEquals(Behaviour.Region.CONVERGES, Behaviour.of(f("x^2 + 10*y^2"),
                RateSweep.withParameter(GD, "lr", 0.045)).region());
    }

    @Test
    void theElongatedBowlPresetsDescentZigZags() {
        // x² + 25·y² from (−4.5, 1.5) at lr 0.035: y ← (1 − 50·0.035)·y = −0.75·y, x ← 0.93·x
        Behaviour b = Behaviour.of(f("x^2 + 25*y^2"), RunConfig.of(new GradientDescent(0.035, 0), -4.5, 1.5));
        assertEquals(StopReason.CONVERGED, b.stop().reason());
        assertEquals(Behaviour.Region.OSCILLATES, b.region());
    }

    @Test
    void aCoordinateThatStartsAtItsMinimumAndOnlyJittersDoesNotMakeARunOscillate() {
        // y starts at 0: its steps are rounding noise of the central differences, far below the x steps
        Behaviour b = Behaviour.of(f("x^2 + 10*y^2 + 3"), RunConfig.of(new GradientDescent(0.04, 0), -4, 0));
        assertEquals(Behaviour.Region.CONVERGES, b.region());
    }

    @Test
    void theTheoryIsMarkedForAQuadraticOnlyAndForGdAndMomentum() {
        assertEquals(2.0 / 20, RateSweep.compute(f("x^2 + 10*y^2"), GD, VIEW, 0.01, 0.2, 3, Progress.NONE).theory()
                .orElseThrow().limit(), 1e-12);
        assertEquals(2.0 * 1.9 / 2, RateSweep.compute(f("x^2 + y^2"), RunConfig.of(new Momentum(0.1, 0.9, 0, 0), -4, 3), VIEW,
                0.01, 0.2, 3, Progress.NONE).theory().orElseThrow().limit(), 1e-12);
        assertTrue(RateSweep.compute(f("x^4 + y^2"), GD, VIEW, 0.01, 0.2, 3, Progress.NONE).theory().isEmpty());
        assertTrue(RateSweep.compute(f("x^2 + y^2"), RunConfig.of(new Adam(0.1, 0.9, 0.999, 1e-8, 0, false), -4, 3), VIEW,
                0.01, 0.2, 3, Progress.NONE).theory().isEmpty());
        assertTrue(RateSweep.compute(f("x^2 + y^2"), GD.withNoise(0.1, 1), VIEW, 0.01, 0.2, 3, Progress.NONE).theory().isEmpty());
    }

    @Test
    void aSweepKeepsTheRunsScheduleAndMarksNoTheoryForIt() {
        // lr 1.5 on x² + y²: x ← (1 − 2·lr)x multiplies by −2 a step and diverges; halved once after the first
        // update (multistep at milestone 1) the factors are −2, then −0.5 for ever: it converges
        RunConfig halved = GD.withSchedule(Schedule.parse("multistep(milestones=1,gamma=0.5)"));
        RateSweep plain = RateSweep.compute(f("x^2 + y^2"), GD, VIEW, 1.5, 1.5, 1, Progress.NONE);
        RateSweep scheduled = RateSweep.compute(f("x^2 + y^2"), halved, VIEW, 1.5, 1.5, 1, Progress.NONE);
        assertEquals(Behaviour.Region.DIVERGES, plain.points().get(0).behaviour().region());
        assertEquals(StopReason.CONVERGED, scheduled.points().get(0).behaviour().stop().reason());
        assertTrue(scheduled.theory().isEmpty(), "2/L is a limit on a constant rate");
    }

    @Test
    void aSweepStopsWhenCancelled() {
        Progress cancelled = new Progress() {
            @Override
            public boolean cancelled() {
                return true;
            }

            @Override
            public void done(int finished, int total) {
            }
        };
        assertThrows(CancellationException.class, () -> RateSweep.compute(f("x^2 + y^2"), GD, VIEW, 1e-3, 1, 50, cancelled));
    }
}
