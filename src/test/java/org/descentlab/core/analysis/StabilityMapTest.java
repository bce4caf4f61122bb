package org.descentlab.core.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.descentlab.core.optim.Adam;
import org.descentlab.core.optim.Momentum;
import org.descentlab.core.run.RunConfig;
import org.descentlab.core.run.StopReason;

import org.junit.jupiter.api.Test;

/**
 * Heavy-ball momentum here is PyTorch's: v₁ = g₁, v_t = μ·v_{t−1} + g_t, x_{t+1} = x_t − lr·v_t, which is
 * x_{t+1} = x_t − lr·g_t + μ·(x_t − x_{t−1}) from a start at rest. On f = a·x² (g = 2a·x, here a = 1 in both
 * coordinates) that is the recurrence with characteristic polynomial z² − (1 + μ − 2a·lr)·z + μ, whose roots are both
 * inside the unit circle iff |μ| &lt; 1 and 0 &lt; 2a·lr &lt; 2(1 + μ) (the Jury conditions: |μ| &lt; 1 and
 * |1 + μ − 2a·lr| &lt; 1 + μ). The map is checked against that region, a margin of 5% away from its edge, where the
 * spectral radius is at most 0.95 inside and at least 1.05 outside. One line outside is no divergence: at 2a·lr = 1 the
 * first step, v₁ = g₁, lands on the minimum exactly, whatever μ (the start at rest has no part along the growing mode).
 */
class StabilityMapTest {

    private static final RunConfig MOMENTUM = RunConfig.of(new Momentum(0.1, 0.5, 0, 0), -4, 3).withMaxSteps(2000);

    @Test
    void theMomentumMapOnTheBowlIsTheKnownRegion() {
        StabilityMap.Axis lr = new StabilityMap.Axis("lr", 0.05, 3, 60, false);
        StabilityMap.Axis mu = new StabilityMap.Axis("momentum", 0, 1.2, 25, false);
        StabilityMap map = StabilityMap.compute(RateSweepTest.f("x^2 + y^2"), MOMENTUM, lr, mu, Progress.NONE);
        int inside = 0;
        int outside = 0;
        for (int j = 0; j < mu.count(); j++) {
            for (int i = 0; i < lr.count(); i++) {
                double a = 1;
                double rate = lr.value(i);
                double m = mu.value(j);
                StopReason got = map.cell(i, j).stop().reason();
                if (m <= 0.95 && 2 * a * rate < 0.95 * 2 * (1 + m)) {
                    assertEquals(StopReason.CONVERGED, got, "lr " + rate + ", momentum " + m);
                    inside++;
                } else if ((m >= 1.1 || 2 * a * rate > 1.05 * 2 * (1 + m)) && Math.abs(2 * a * rate - 1) > 0.01) {
                    assertEquals(StopReason.DIVERGED, got, "lr " + rate + ", momentum " + m);
                    outside++;
                }
            }
        }
        assertTrue(inside > 400 && outside > 300, inside + " inside, " + outside + " outside");
        assertEquals(1, map.cell(9, 23).steps(), "lr 0.5, momentum 1.15: on the minimum after one step");
        assertEquals(map.cellRun(7, 3), RateSweep.withParameter(RateSweep.withParameter(MOMENTUM, "momentum", mu.value(3)), "lr",
                lr.value(7)));
    }

    @Test
    void axesReadAsTheCommandLineWritesThem() {
        StabilityMap.Axis a = StabilityMap.Axis.parse("lr:0.001:1:4:log");
        assertEquals(new StabilityMap.Axis("lr", 0.001, 1, 4, true), a);
        assertEquals(0.01, a.value(1), 1e-17);
        assertEquals(1, a.value(3));
        assertEquals(0.5, StabilityMap.Axis.parse("beta1:0:1:3").value(1));
        assertEquals("lr:0.001:1:4:log", a.toString());
        for (String bad : new String[] {"lr", "lr:1:0:4", "lr:0:1:4:log", "lr:a:1:4", "lr:0:1:0", "lr:0:1:4:lin", ":0:1:4"}) {
            assertThrows(IllegalArgumentException.class, () -> StabilityMap.Axis.parse(bad), bad);
        }
        assertEquals("lr: a range has at least 2 values, one at each end, got 1; for one value give MIN and MAX the same",
                assertThrows(IllegalArgumentException.class, () -> StabilityMap.Axis.parse("lr:0.1:1:1")).getMessage());
        assertEquals(0.5, StabilityMap.Axis.parse("lr:0.5:0.5:1").value(0), "one value is a range of one");
        assertEquals("lr: '1e-400' is too small for a double (it reads as 0): give 0 or a number of at least 2.2250738585072014e-308",
                assertThrows(IllegalArgumentException.class, () -> StabilityMap.Axis.parse("lr:1e-400:1:4:log")).getMessage());
        assertEquals(0, StabilityMap.Axis.parse("momentum:0e-400:1:3").min(), "zero written so is zero");
    }

    @Test
    void anAxisTheOptimizerCannotTakeIsRefusedNamingIt() {
        RunConfig adam = RunConfig.of(new Adam(0.1, 0.9, 0.999, 1e-8, 0, false), 1, 1);
        StabilityMap.Axis lr = new StabilityMap.Axis("lr", 0.01, 1, 4, true);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> StabilityMap.compute(
                RateSweepTest.f("x^2"), adam, lr, new StabilityMap.Axis("momentum", 0, 1, 4, false), Progress.NONE));
        assertTrue(e.getMessage().contains("adam has no parameter 'momentum'"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> StabilityMap.compute(RateSweepTest.f("x^2"), adam, lr,
                new StabilityMap.Axis("beta1", 0, 1, 4, false), Progress.NONE));
        assertTrue(e.getMessage().contains("beta1 must be a number in [0, 1), got 1"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> StabilityMap.compute(RateSweepTest.f("x^2"), adam, lr,
                new StabilityMap.Axis("amsgrad", 0, 1, 2, false), Progress.NONE));
        assertTrue(e.getMessage().contains("flag"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> StabilityMap.compute(RateSweepTest.f("x^2"), adam, lr, lr, Progress.NONE));
    }
}
