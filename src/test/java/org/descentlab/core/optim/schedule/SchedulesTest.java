package org.descentlab.core.optim.schedule;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/**
 * Each schedule's rates, update by update, against the numbers PyTorch's code gives (written out by hand from its
 * get_lr rules, and checked once against torch 1.13 with src/test/python/compare_schedules.py).
 */
class SchedulesTest {

    private static final double SQRT_HALF = 0.70710678118654752;

    /** The rate of updates 1..n; each update's loss is losses[k] (1 when none are given). */
    static double[] rates(String schedule, double lr, int n, double... losses) {
        return series(Schedule.parse(schedule), lr, n, false, losses)[0];
    }

    /** The rates and momenta of updates 1..n, on an optimizer with momentum when {@code momentum}. */
    static double[][] series(Schedule s, double lr, int n, boolean momentum, double... losses) {
        Scheduler scheduler = s.start(lr, momentum, n);
        double[][] out = new double[2][n];
        for (int k = 0; k < n; k++) {
            out[0][k] = scheduler.lr();
            out[1][k] = scheduler.momentum();
            if (k < n - 1) {
                scheduler.step(losses.length == 0 ? 1 : losses[k]);
            }
        }
        return out;
    }

    @Test
    void stepMultipliesByGammaEveryStepSizeUpdates() {
        assertArrayEquals(new double[] {1, 1, 0.5, 0.5, 0.25}, rates("step(step_size=2,gamma=0.5)", 1, 5), 0);
    }

    @Test
    void multistepCountsARepeatedMilestoneTwice() {
        assertArrayEquals(new double[] {1, 1, 0.1, 0.1, 0.001, 0.001}, rates("multistep(milestones=2;4;4)", 1, 6), 1e-18);
    }

    @Test
    void exponentialMultipliesEveryUpdate() {
        assertArrayEquals(new double[] {0.2, 0.1, 0.05, 0.025}, rates("exponential(gamma=0.5)", 0.2, 4), 0);
    }

    @Test
    void cosineFallsToEtaMinAtTMaxAndItsRecursionRisesAgainAfter() {
        // (1 + cos(πe/4))/2 for e ≤ 4; at e = 5 PyTorch adds (lr0 − eta_min)(1 − cos(π/4))/2, then recurses upwards
        double[] expected = {1, (1 + SQRT_HALF) / 2, 0.5, (1 - SQRT_HALF) / 2, 0, (1 - SQRT_HALF) / 2, 0.5};
        assertArrayEquals(expected, rates("cosine(t_max=4)", 1, 7), 1e-15);
        // with eta_min the curve is lifted and squeezed: 0.1 + 0.9·(1 + cos(πe/2))/2
        assertArrayEquals(new double[] {1, 0.55, 0.1}, rates("cosine(t_max=2,eta_min=0.1)", 1, 3), 1e-15);
    }

    @Test
    void cosineTMaxIsTheRunsStepLimitUnlessGiven() {
        Scheduler s = Schedule.parse("cosine").start(1, false, 2);
        s.step(0);
        assertEquals(0.5, s.lr(), 1e-15);
    }

    @Test
    void linearRampsTheFactorRecursively() {
        // 0.5, 0.5·(1 + 0.5/(2·0.5)), 0.75·(1 + 0.5/(1 + 0.5)), then it stays
        assertArrayEquals(new double[] {0.5, 0.75, 1, 1}, rates("linear(start_factor=0.5,total_iters=2)", 1, 4), 1e-15);
    }

    @Test
    void polynomialDecaysToZeroAtTotalIters() {
        assertArrayEquals(new double[] {1, 0.5625, 0.25, 0.0625, 0, 0}, rates("polynomial(total_iters=4,power=2)", 1, 6), 1e-15);
    }

    @Test
    void cyclicTriangleAndItsModes() {
        String cyclic = "cyclic(base_lr=0.1,max_lr=0.5,step_size_up=2,cycle_momentum=false";
        assertArrayEquals(new double[] {0.1, 0.3, 0.5, 0.3, 0.1, 0.3}, rates(cyclic + ")", 7, 6), 1e-15);
        assertArrayEquals(new double[] {0.1, 0.3, 0.5, 0.3, 0.1, 0.2, 0.3, 0.2}, rates(cyclic + ",mode=triangular2)", 7, 8), 1e-15);
        // exp_range: 0.1 + 0.4·scale·0.5^e
        assertArrayEquals(new double[] {0.1, 0.2, 0.2, 0.125}, rates(cyclic + ",mode=exp_range,gamma=0.5)", 7, 4), 1e-15);
        assertArrayEquals(new double[] {0.1, 0.1 + 0.4 / 3, 0.1 + 0.8 / 3, 0.5, 0.1},
                rates("cyclic(base_lr=0.1,max_lr=0.5,step_size_up=3,step_size_down=1,cycle_momentum=false)", 7, 5), 1e-15);
    }

    @Test
    void cyclicCyclesMomentumTheOtherWayByDefault() {
        double[][] s = series(Schedule.parse("cyclic(base_lr=0.1,max_lr=0.5,step_size_up=2)"), 7, 5, true);
        assertArrayEquals(new double[] {0.9, 0.85, 0.8, 0.85, 0.9}, s[1], 1e-15);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Schedule.parse("cyclic(max_lr=1)").start(0.1, false, 10));
        assertEquals(CyclingSchedulers.NO_MOMENTUM, e.getMessage());
    }

    @Test
    void cyclicBaseLrIsTheRunsLrUnlessGiven() {
        assertArrayEquals(new double[] {0.2, 0.6, 1}, rates("cyclic(max_lr=1,step_size_up=2,cycle_momentum=false)", 0.2, 3), 1e-15);
    }

    @Test
    void onecycleLinearGoesUpThenDownPastItsEndAndRaisesAfterTotalSteps() {
        // initial 1/25, min 0.04/1e4; phase 1 ends at 0.25·8 − 1 = 1, phase 2 at 7; e = 8 extrapolates
        double[][] s = series(Schedule.parse("onecycle(max_lr=1,total_steps=8,pct_start=0.25,anneal=linear)"), 0.5, 9, true);
        double min = 0.04 / 1e4;
        assertArrayEquals(new double[] {0.04, 1, 1 + (min - 1) / 6, 1 + (min - 1) * 2 / 6, 1 + (min - 1) * 3 / 6,
            1 + (min - 1) * 4 / 6, 1 + (min - 1) * 5 / 6, min, 1 + (min - 1) * 7 / 6}, s[0], 1e-15);
        assertArrayEquals(new double[] {0.95, 0.85, 0.85 + 0.1 / 6, 0.85 + 0.2 / 6}, java.util.Arrays.copyOf(s[1], 4), 1e-15);
        Scheduler end = Schedule.parse("onecycle(max_lr=1,total_steps=2)").start(1, true, 2);
        end.step(0);
        end.step(0);
        ScheduleEnd e = assertThrows(ScheduleEnd.class, () -> end.step(0));
        assertEquals("Tried to step 3 times. The specified number of total steps is 2", e.getMessage());
    }

    @Test
    void onecycleCosineAndThreePhases() {
        // cos: end + (start − end)/2·(1 + cos(π·pct)); phase 2 at pct 1/6: 1 + (min − 1)/2·(1 − cos(π/6))
        double min = 0.04 / 1e4;
        double[] cos = rates("onecycle(max_lr=1,total_steps=8,pct_start=0.25,cycle_momentum=false)", 1, 3);
        assertArrayEquals(new double[] {0.04, 1, 1 + (min - 1) / 2 * (1 - Math.sqrt(3) / 2)}, cos, 1e-15);
        // three phases, linear: up over e ≤ 1, down to 0.04 at e = 2·0.25·8 − 2 = 2, then to min at 7
        double[] three = rates("onecycle(max_lr=1,total_steps=8,pct_start=0.25,anneal=linear,three_phase=true,"
                + "cycle_momentum=false)", 1, 4);
        assertArrayEquals(new double[] {0.04, 1, 0.04, 0.04 + (min - 0.04) / 5}, three, 1e-15);
    }

    @Test
    void plateauLowersTheRateAfterMoreThanPatienceUpdatesWithoutImprovement() {
        // losses 5 4 | 4 4 → reduced after update 4 | 4 3 | 3 3 → reduced after update 8
        double[] losses = {5, 4, 4, 4, 4, 3, 3, 3, 3};
        assertArrayEquals(new double[] {1, 1, 1, 1, 0.5, 0.5, 0.5, 0.5, 0.25},
                rates("plateau(factor=0.5,patience=1)", 1, 9, losses), 0);
        // cooldown=1: the update after a reduction counts no bad update
        assertArrayEquals(new double[] {1, 1, 1, 1, 0.5, 0.5, 0.5, 0.25},
                rates("plateau(factor=0.5,patience=1,cooldown=1)", 1, 8, 5, 4, 4, 4, 4, 4, 4, 4), 0);
        // abs threshold 0.5: 4.6 is not 0.5 below 5
        assertArrayEquals(new double[] {1, 1, 1, 0.1}, rates("plateau(patience=1,threshold=0.5,mode=abs)", 1, 4, 5, 4.6, 4.7, 1), 0);
        // min_lr bounds it; eps skips a reduction too small to matter
        assertArrayEquals(new double[] {1, 1, 0.3, 0.3, 0.3}, rates("plateau(patience=0,min_lr=0.3)", 1, 5, 5, 5, 5, 5, 5), 0);
    }

    @Test
    void invscalingIsEta0OverTToThePowerT() {
        assertArrayEquals(new double[] {1, SQRT_HALF, 1 / Math.sqrt(3), 0.5}, rates("invscaling(power_t=0.5)", 1, 4), 1e-15);
        assertEquals(Math.pow(2, -0.25), rates("invscaling", 1, 2)[1], 1e-15);
    }

    @Test
    void adaptiveDividesByFiveAfterNIterNoChangeUpdatesWithoutImprovement() {
        assertArrayEquals(new double[] {1, 1, 1, 0.2, 0.2, 0.04, 0.04},
                rates("adaptive(tol=0.1,n_iter_no_change=2)", 1, 7, 5, 4.95, 4.95, 4.95, 4.95, 4.95, 1), 1e-16);
        Scheduler s = Schedule.parse("adaptive(n_iter_no_change=1)").start(1e-6, false, 5);
        s.step(1);
        ScheduleEnd e = assertThrows(ScheduleEnd.class, () -> s.step(1));
        assertEquals("adaptive: no improvement by tol for n_iter_no_change steps with the rate at 1e-6 <= 1e-6:"
                + " scikit-learn ends the fit here", e.getMessage());
    }

    @Test
    void caffePolicies() {
        assertArrayEquals(new double[] {1, 0.5, 1.0 / 3}, rates("inv(gamma=1,power=1)", 1, 3), 1e-15);
        assertArrayEquals(new double[] {1, 0.75, 0.5, 0.25, 0}, rates("poly(max_iter=4,power=1)", 1, 5), 1e-15);
        assertThrows(ScheduleEnd.class, () -> rates("poly(max_iter=4,power=1)", 1, 6));
        assertArrayEquals(new double[] {1 / (1 + Math.exp(2)), 1 / (1 + Math.exp(1)), 0.5},
                rates("sigmoid(gamma=1,stepsize=2)", 1, 3), 1e-15);
    }

    @Test
    void fastaiOneCycleCyclesRateAndMomentumWithItsDefaults() {
        // pos = e/4: cosine 0.04 → 1 over [0, 0.25], then 1 → 1e-5 at p = (pos − 0.25)/0.75
        double[][] s = series(Schedule.parse("fit_one_cycle(total_steps=4)"), 1, 3, true);
        assertArrayEquals(new double[] {0.04, 1, 1 + 0.5 * (1e-5 - 1) / 2}, s[0], 1e-15);
        assertArrayEquals(new double[] {0.95, 0.85, 0.875}, s[1], 1e-15);
    }

    @Test
    void warmupIsSequentialLrOfLinearLrThenTheSchedule() {
        // LinearLR(0.5, 1, 2): 0.5, 0.75; at the milestone StepLR's closed form at 0, lr; then it halves each update
        Schedule s = Schedule.parse("step(step_size=1,gamma=0.5)").withWarmup(2, 0.5);
        assertArrayEquals(new double[] {0.5, 0.75, 1, 0.5, 0.25}, series(s, 1, 5, false)[0], 0);
        // constant with a warm-up is LinearLR alone: it reaches lr at the end of the ramp
        assertArrayEquals(new double[] {0.5, 0.75, 1, 1}, series(Schedule.NONE.withWarmup(2, 0.5), 1, 4, false)[0], 0);
    }

    @Test
    void warmupBeforeCyclicRampsToTheRunsLrThenCyclicStartsAtBaseLr() {
        // SequentialLR resets lr to initial_lr, which LinearLR set from the run's lr before CyclicLR set base_lr
        Schedule s = Schedule.parse("cyclic(base_lr=0.1,max_lr=0.5,step_size_up=2,cycle_momentum=false)").withWarmup(2, 0.5);
        assertArrayEquals(new double[] {0.5, 0.75, 0.1, 0.3, 0.5}, series(s, 1, 5, false)[0], 1e-15);
    }
}
