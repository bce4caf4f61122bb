package org.descentlab.ui.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.descentlab.core.field.ScalarField;
import org.descentlab.core.optim.GradientDescent;
import org.descentlab.core.optim.Newton;
import org.descentlab.core.optim.Optimizer;
import org.descentlab.core.run.RunConfig;
import org.descentlab.core.run.Runner;
import org.descentlab.core.run.StopReason;
import org.descentlab.core.run.Trajectory;
import org.descentlab.ui.base.Numbers;
import org.descentlab.ui.charts.LossChart.Quantity;

import org.junit.jupiter.api.Test;

/** The loss chart's decisions, without a window: offset, range, ticks and the axis's words. */
class LossScaleTest {

    /** A bowl whose minimum is f = −106.76 at the origin. */
    private static final ScalarField LOW_BOWL = (x, y) -> x * x + y * y - 106.76;
    private static final ScalarField BOWL = (x, y) -> x * x + y * y;
    private static final ScalarField SADDLE = (x, y) -> x * x - y * y;
    /** The learning-rate story's bowl: gd is stable for lr < 0.25. */
    private static final ScalarField STORY = (x, y) -> x * x + 4 * y * y;
    private static final ScalarField MCCORMICK = (x, y) -> Math.sin(x + y) + (x - y) * (x - y) - 1.5 * x + 2.5 * y + 1;

    private static Trajectory run(ScalarField f, Optimizer o, double x0, double y0) {
        return Runner.run(f, RunConfig.of(o, x0, y0));
    }

    private static LossScale scale(List<Trajectory> runs, Quantity q, boolean log) {
        return LossScale.of(runs, q, log).orElseThrow();
    }

    private static double min(Trajectory t) {
        double min = Double.POSITIVE_INFINITY;
        for (int k = 0; k < t.size(); k++) {
            min = Math.min(min, t.f(k));
        }
        return min;
    }

    private static double max(Trajectory t) {
        double max = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < t.size(); k++) {
            max = Double.isFinite(t.f(k)) ? Math.max(max, t.f(k)) : max;
        }
        return max;
    }

    private static double lastFinite(Trajectory t) {
        for (int k = t.size() - 1; k >= 0; k--) {
            if (Double.isFinite(t.f(k))) {
                return t.f(k);
            }
        }
        return Double.NaN;
    }

    private static List<Trajectory> story() {
        return List.of(0.01, 0.1, 0.24, 0.26).stream().map(lr -> run(STORY, new GradientDescent(lr, 0), -2.5, 1.5)).toList();
    }

    private static void assertTicksReadable(LossScale s) {
        List<LossScale.Tick> ticks = s.ticks();
        assertTrue(ticks.size() >= 2, "at least two ticks: " + ticks);
        assertTrue(ticks.size() <= 5, "about four ticks: " + ticks);
        for (LossScale.Tick t : ticks) {
            assertTrue(t.at() >= s.lo() && t.at() <= s.hi(), t + " within " + s.lo() + " … " + s.hi());
            assertFalse(t.label().isBlank());
        }
    }

    @Test
    void aNegativeMinimumIsPlottedAsTheGapAboveItWithNineDecadesBelowTheTop() {
        Trajectory gd = run(LOW_BOWL, new GradientDescent(0.1, 0), 3, 4);
        Trajectory newton = run(LOW_BOWL, new Newton(1), 3, 4);
        LossScale s = scale(List.of(gd, newton), Quantity.F, true);
        double minF = Math.min(min(gd), min(newton));
        assertEquals(minF, s.offset(), "min f over the runs");
        assertEquals(1e-9 * (gd.f(0) - minF), s.epsilon(), 1e-18, "1e-9 of the range f covers");
        // the lowest point sits at ε, the start at the range: nine decades, not 1e-300 … 1e-72
        assertEquals(Math.log10(s.epsilon()), s.at(minF), 1e-9);
        assertEquals(Math.log10(25 + s.epsilon()), s.at(gd.f(0)), 1e-9);
        assertEquals(-8, s.lo(), 1e-9, "the decade below ε = 2.5e-8");
        assertEquals(2, s.hi(), 1e-9, "the decade above 25");
        assertEquals("f − min f + ε (log)", s.label());
        assertEquals("min f = " + Numbers.label(minF) + ",  ε = 2.5e-8", s.note());
        assertTicksReadable(s);
    }

    @Test
    void everyCurveOfOneChartIsShiftedByTheSameOffset() {
        Trajectory gd = run(MCCORMICK, new GradientDescent(0.05, 0), 3, 3);
        Trajectory newton = run(MCCORMICK, new Newton(1), 3, 3);
        LossScale s = scale(List.of(gd, newton), Quantity.F, true);
        assertEquals(min(newton), s.offset(), "newton finds the global minimum, gd a local one");
        for (Trajectory t : List.of(gd, newton)) {
            for (int k = 0; k < t.size(); k++) {
                assertEquals(Math.log10(t.f(k) - s.offset() + s.epsilon()), s.at(t, k), 1e-12);
            }
        }
        // gd stays above the global minimum by the gap between the two minima (about 3.14)
        assertEquals(Math.log10(min(gd) - min(newton)), s.at(min(gd)), 1e-6);
    }

    @Test
    void anFThatIsZeroAtTheMinimumKeepsAReadableAxis() {
        Trajectory atMinimum = run(BOWL, new GradientDescent(0.1, 0), 0, 0);
        Trajectory gd = run(BOWL, new GradientDescent(0.1, 0), 3, 4);
        assertEquals(0.0, atMinimum.f(0));
        LossScale s = scale(List.of(atMinimum, gd), Quantity.F, true);
        assertEquals(0.0, s.offset());
        assertTrue(Double.isFinite(s.at(0.0)), "0 is plotted at ε, not at −∞ or 1e-300");
        assertTrue(s.lo() > -10, "bottom " + s.lo());
        assertTicksReadable(s);
    }

    @Test
    void aGradientThatVanishesIsPlottedAboveAFloor() {
        Trajectory atMinimum = run(BOWL, new GradientDescent(0.1, 0), 0, 0);
        Trajectory gd = run(BOWL, new GradientDescent(0.1, 0), 3, 4);
        LossScale s = scale(List.of(atMinimum, gd), Quantity.GRADIENT_NORM, true);
        assertEquals(0.0, s.offset(), "‖∇f‖ is not shifted");
        assertEquals(1e-8, s.epsilon(), 1e-15, "1e-9 of the largest ‖∇f‖, 10");
        assertEquals(-8, s.at(atMinimum, 0), 1e-9);
        assertEquals("‖∇f‖ + ε (log)", s.label());
        assertEquals("ε = 1e-8", s.note());
        assertTicksReadable(s);
    }

    @Test
    void aDivergedRunDoesNotStretchTheAxisAndLeavesThroughTheTop() {
        Trajectory gd = run(BOWL, new GradientDescent(0.1, 0), 3, 4);
        Trajectory wild = run(BOWL, new GradientDescent(1.5, 0), 3, 4);
        assertEquals(StopReason.DIVERGED, wild.stop().reason());
        for (boolean log : new boolean[] {true, false}) {
            LossScale s = scale(List.of(gd, wild), Quantity.F, log);
            assertTrue(s.sets(gd));
            assertFalse(s.sets(wild));
            // the top is set by the run that did not diverge, with room to see the other go: 25 → 1000 or 32.25
            assertEquals(log ? 3 : 25 * 1.29, s.hi(), 1e-9, "the top is set by the run that did not diverge");
            LossScale.Exit e = s.exit(wild).orElseThrow();
            assertEquals(LossScale.Edge.TOP, e.edge());
            assertTrue(s.at(wild, e.lastInside()) <= s.hi() && s.at(wild, e.lastInside() + 1) > s.hi(), "it crosses there");
            assertTrue(e.step() > e.lastInside() && e.step() <= e.lastInside() + 1, "at " + e.step());
            assertTrue(s.exit(gd).isEmpty());
            assertTicksReadable(s);
        }
    }

    @Test
    void aRunThatDivergesDownwardsLeavesThroughTheBottom() {
        Trajectory slides = run(SADDLE, new GradientDescent(0.05, 0), -1.8, 0.05);
        Trajectory onTheAxis = run(SADDLE, new GradientDescent(0.05, 0), -1.8, 0);
        assertEquals(StopReason.DIVERGED, slides.stop().reason());
        LossScale s = scale(List.of(slides, onTheAxis), Quantity.F, true);
        assertEquals(min(onTheAxis), s.offset(), "the diverged run's −∞ is not min f");
        assertEquals(LossScale.Edge.BOTTOM, s.exit(slides).orElseThrow().edge());
    }

    @Test
    void aRunThatDivergesUpwardsIsSeenRisingBeforeItLeaves() {
        List<Trajectory> runs = story();
        Trajectory wild = runs.get(3);
        assertEquals(StopReason.DIVERGED, wild.stop().reason());
        double top = Math.max(Math.max(max(runs.get(0)), max(runs.get(1))), max(runs.get(2)));
        LossScale s = scale(runs, Quantity.F, true);
        assertTrue(s.hi() >= s.at(top) + 1, "a decade of room above the top: " + s.hi() + " over " + s.at(top));
        LossScale.Exit e = s.exit(wild).orElseThrow();
        assertEquals(LossScale.Edge.TOP, e.edge());
        int above = 0;
        for (int k = 0; k <= e.lastInside(); k++) {
            above += s.at(wild, k) > s.at(top) ? 1 : 0;
        }
        assertTrue(above >= 10, "rows seen rising above the other runs: " + above);
        LossScale linear = scale(runs, Quantity.F, false);
        double range = top - Math.min(min(runs.get(0)), Math.min(min(runs.get(1)), min(runs.get(2))));
        assertTrue(linear.hi() >= top + 0.25 * range, "a quarter of the range above: " + linear.hi());
        assertTicksReadable(s);
        assertTicksReadable(linear);
    }

    @Test
    void aRunThatFallsTowardsMinusInfinityLeavesThroughTheBottomSayingWhereFWent() {
        Trajectory slides = run(SADDLE, new GradientDescent(0.05, 0), -1.8, 0.05);
        Trajectory onTheAxis = run(SADDLE, new GradientDescent(0.05, 0), -1.8, 0);
        for (boolean log : new boolean[] {true, false}) {
            LossScale s = scale(List.of(slides, onTheAxis), Quantity.F, log);
            LossScale.Exit e = s.exit(slides).orElseThrow();
            assertEquals(LossScale.Edge.BOTTOM, e.edge());
            assertEquals(lastFinite(slides), e.last(), "f at the last finite row");
            assertTrue(e.last() < -1e10, "f fell far: " + e.last());
            assertEquals("f → −" + Numbers.label(-e.last()), s.exitLabel(e));
            double floor = s.at(min(onTheAxis));
            double room = log ? 1 : 0.25 * (max(onTheAxis) - min(onTheAxis));
            assertTrue(s.lo() <= floor - room + 1e-9, (log ? "a decade" : "a quarter") + " below the floor: " + s.lo());
            assertTicksReadable(s);
        }
        assertEquals("f", scale(List.of(slides, onTheAxis), Quantity.F, false).label(), "the axis still says what it plots");
    }

    @Test
    void aLogAxisEndsOnLabelledTicks() {
        Trajectory gd = run(LOW_BOWL, new GradientDescent(0.1, 0), 3, 4);
        Trajectory slides = run(SADDLE, new GradientDescent(0.05, 0), -1.8, 0.05);
        Trajectory onTheAxis = run(SADDLE, new GradientDescent(0.05, 0), -1.8, 0);
        Trajectory short2 = Runner.run(BOWL, RunConfig.of(new GradientDescent(0.1, 0), 3, 4).withMaxSteps(2));
        Trajectory atMinimum = run(LOW_BOWL, new GradientDescent(0.1, 0), 0, 0);
        List<LossScale> scales = List.of(scale(List.of(gd), Quantity.F, true), scale(story(), Quantity.F, true),
                scale(List.of(slides, onTheAxis), Quantity.F, true), scale(List.of(gd), Quantity.GRADIENT_NORM, true),
                scale(List.of(short2), Quantity.GRADIENT_NORM, true), scale(List.of(atMinimum), Quantity.F, true));
        for (LossScale s : scales) {
            List<LossScale.Tick> ticks = s.ticks();
            assertEquals(s.lo(), ticks.get(0).at(), 1e-9, "the bottom is labelled: " + ticks);
            assertEquals(s.hi(), ticks.get(ticks.size() - 1).at(), 1e-9, "the top is labelled: " + ticks);
            assertTicksReadable(s);
        }
    }

    @Test
    void whenEveryRunDivergedTheirFiniteValuesSetTheAxis() {
        Trajectory wild = run(BOWL, new GradientDescent(1.5, 0), 3, 4);
        LossScale s = scale(List.of(wild), Quantity.F, false);
        assertTrue(s.sets(wild));
        assertTrue(s.exit(wild).isEmpty());
        for (int k = 0; k < wild.size(); k++) {
            if (Double.isFinite(wild.f(k))) {
                assertTrue(wild.f(k) >= s.lo() && wild.f(k) <= s.hi());
            }
        }
    }

    @Test
    void aLinearAxisPlotsTheValuesThemselves() {
        Trajectory gd = run(LOW_BOWL, new GradientDescent(0.1, 0), 3, 4);
        LossScale s = scale(List.of(gd), Quantity.F, false);
        assertEquals(gd.f(3), s.at(gd, 3));
        assertEquals("f", s.label());
        assertEquals("", s.note());
        assertTrue(s.lo() < min(gd) && s.hi() > gd.f(0));
        assertTicksReadable(s);
    }

    @Test
    void aLogAxisWithinOneDecadeStillHasTicks() {
        // ‖∇f‖ 10, 8, 6.4: no power of ten but 10 in range, no 2 or 5 either
        Trajectory short2 = Runner.run(BOWL, RunConfig.of(new GradientDescent(0.1, 0), 3, 4).withMaxSteps(2));
        LossScale s = scale(List.of(short2), Quantity.GRADIENT_NORM, true);
        assertTrue(s.hi() - s.lo() < 1);
        assertTicksReadable(s);
        assertEquals(List.of("6", "7", "8", "9", "10"), s.ticks().stream().map(LossScale.Tick::label).toList());
    }

    @Test
    void oneValueGetsAnAxisAroundIt() {
        Trajectory atMinimum = run(LOW_BOWL, new GradientDescent(0.1, 0), 0, 0);
        for (boolean log : new boolean[] {true, false}) {
            LossScale s = scale(List.of(atMinimum), Quantity.F, log);
            assertTrue(s.at(atMinimum, 0) > s.lo() && s.at(atMinimum, 0) < s.hi());
            assertTicksReadable(s);
        }
    }

    @Test
    void manyDecadesAreThinnedToRoundPowers() {
        Trajectory gd = run(LOW_BOWL, new GradientDescent(0.1, 0), 3, 4);
        LossScale s = scale(List.of(gd), Quantity.F, true);
        List<String> labels = s.ticks().stream().map(LossScale.Tick::label).toList();
        assertEquals(List.of("1e-8", "0.001", "100"), labels);
        assertTrue(LossScale.of(List.of(), Quantity.F, true).isEmpty(), "no runs, no scale");
    }
}
