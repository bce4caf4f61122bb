package org.descentlab.core.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.descentlab.core.field.ScalarField;
import org.descentlab.core.optim.GradientDescent;
import org.descentlab.core.optim.schedule.Schedule;

import org.junit.jupiter.api.Test;

/** How a run stands at its step limit: judged by ‖∇f‖ and the schedule's rate, never by the last step's length. */
class StandingTest {

    private static final ScalarField BOWL = (x, y) -> x * x + y * y;

    @Test
    void nearlyStillIsWithinTenTimesTheToleranceWhateverTheRate() {
        assertEquals(Standing.Kind.NEARLY_STILL, Standing.of(9e-6, 1e-6, 0.1, 0.1).kind());
        assertEquals(Standing.Kind.MOVING, Standing.of(1.1e-5, 1e-6, 0.1, 0.1).kind());
        assertEquals(Standing.Kind.NEARLY_STILL, Standing.of(9e-6, 1e-6, 0, 0.1).kind());
        assertEquals(Standing.Kind.NEARLY_STILL, Standing.of(1e-11, 0, 0.1, 0.1).kind(), "tolerance 0: 10·1e-12");
    }

    @Test
    void aRateAtMostAThousandthOfItsPeakIsAboutZero() {
        assertEquals(Standing.Kind.RATE_VANISHED, Standing.of(0.3, 1e-6, 1e-4, 0.1).kind());
        assertEquals(Standing.Kind.MOVING, Standing.of(0.3, 1e-6, 1.01e-4, 0.1).kind());
        assertEquals(Standing.Kind.MOVING, Standing.of(0.3, 1e-6, Double.NaN, Double.NaN).kind(), "no update, no rate");
        assertEquals("frozen, the learning rate fell to ~0 (1e-4, peak 0.1), |grad f| = 0.3",
                Standing.of(0.3, 1e-6, 1e-4, 0.1).text());
        assertEquals("still moving, |grad f| = 0.123", Standing.of(0.123456, 1e-6, 0.1, 0.1).text());
        assertEquals("nearly still, |grad f| = 2e-6", Standing.of(2e-6, 1e-6, 0.1, 0.1).text());
        assertEquals("at a stationary point, |grad f| = 0", Standing.of(0, 0, 0.1, 0.1).text(), "--tol 0 at rest on the minimum");
    }

    @Test
    void aDecayedScheduleFreezesThePointShortOfTheMinimum() {
        // 0.1·0.1^k: the rate of update 5 is 1e-5, a 1e-4th of the first; x ← x·(1 − 2·lr) stops near 0.8·0.98
        RunConfig c = RunConfig.of(new GradientDescent(0.1, 0), 1, 0).withTolerance(1e-6).withMaxSteps(5)
                .withSchedule(Schedule.parse("exponential(gamma=0.1)"));
        Standing s = Runner.run(BOWL, c).stop().standing();
        assertEquals(Standing.Kind.RATE_VANISHED, s.kind());
        assertEquals(1e-5, s.learningRate(), 1e-20);
        assertEquals(0.1, s.peakRate());
        assertEquals(2 * 0.8 * 0.98 * 0.998 * 0.9998 * 0.99998, s.gradNorm(), 1e-8);
        // the same run without the schedule is still moving: its steps shrink as ∇f does, at the same rate
        assertEquals(Standing.Kind.MOVING, Runner.run(BOWL, c.withSchedule(Schedule.NONE)).stop().standing().kind());
    }

    @Test
    void everyStopAtTheStepLimitSaysHowItStoodAndNoOtherDoes() {
        RunConfig c = RunConfig.of(new GradientDescent(0.1, 0), 1, 0);
        assertNull(Runner.run(BOWL, c).stop().standing(), "converged");
        assertNull(Runner.run(BOWL, c.withOptimizer(new GradientDescent(2, 0))).stop().standing(), "diverged");
    }
}
