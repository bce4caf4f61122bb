package org.descentlab.core.run;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.descentlab.core.Vec2;
import org.descentlab.core.field.ScalarField;
import org.descentlab.core.optim.Adam;
import org.descentlab.core.optim.GradientDescent;
import org.descentlab.core.optim.Newton;
import org.descentlab.core.optim.RecordingTrace;
import org.descentlab.core.optim.Trace;

import org.junit.jupiter.api.Test;

class RunnerTest {

    private static final ScalarField BOWL = (x, y) -> x * x + y * y;

    @Test
    void rowZeroIsTheStartAndEveryRowHoldsTheNoiseFreeGradient() {
        Trajectory t = Runner.run(BOWL, RunConfig.of(new GradientDescent(0.1, 0), 3, 4).withMaxSteps(2));
        assertEquals(3, t.size());
        assertEquals(3.0, t.x(0));
        assertEquals(4.0, t.y(0));
        assertEquals(25.0, t.f(0));
        assertEquals(6.0, t.gradX(0), 1e-8);
        assertEquals(8.0, t.gradY(0), 1e-8);
        assertEquals(0.0, t.stepLength(0));
        // x1 = 0.8·x0: the gradient step of a bowl
        assertEquals(2.4, t.x(1), 1e-8);
        assertEquals(Math.hypot(0.6, 0.8), t.stepLength(1), 1e-8);
        assertEquals(StopReason.MAX_STEPS, t.stop().reason());
        assertEquals("reached the step limit 2", t.stop().detail());
        // 0.64·(3, 4): ‖∇f‖ = 2·0.64·5, at the rate it had throughout
        assertEquals(Standing.Kind.MOVING, t.stop().standing().kind());
        assertEquals(6.4, t.stop().standing().gradNorm(), 1e-8);
        assertEquals(0.1, t.stop().standing().learningRate());
        assertEquals(0.1, t.stop().standing().peakRate());
    }

    @Test
    void convergesWhenTheGradientNormFallsBelowTheTolerance() {
        Trajectory t = Runner.run(BOWL, RunConfig.of(new GradientDescent(0.1, 0), 3, 4));
        assertEquals(StopReason.CONVERGED, t.stop().reason());
        assertTrue(t.gradNorm(t.lastStep()) <= 1e-6);
        assertTrue(t.gradNorm(t.lastStep() - 1) > 1e-6);
        assertEquals(t.lastStep(), t.stop().step());
    }

    @Test
    void aStartAtTheMinimumConvergesAtStepZero() {
        Trajectory t = Runner.run(BOWL, RunConfig.of(new GradientDescent(0.1, 0), 0, 0));
        assertEquals(new Stop(StopReason.CONVERGED, 0, "|grad f| <= 1e-6"), t.stop());
        assertEquals(1, t.size());
    }

    @Test
    void toleranceZeroNeverStopsEarly() {
        Trajectory t = Runner.run(BOWL, RunConfig.of(new GradientDescent(0.5, 0), 0, 0).withTolerance(0).withMaxSteps(5));
        assertEquals(new Stop(StopReason.MAX_STEPS, 5, "reached the step limit 5", null,
                new Standing(Standing.Kind.NEARLY_STILL, 0, 0.5, 0.5)), t.stop());
        assertEquals(6, t.size());
    }

    @Test
    void aTooLargeLearningRateDivergesAndSaysWhereAndWhy() {
        Trajectory t = Runner.run(BOWL, RunConfig.of(new GradientDescent(10, 0), 1, 1).withMaxSteps(100_000));
        assertEquals(StopReason.DIVERGED, t.stop().reason());
        assertEquals(t.lastStep(), t.stop().step());
        assertTrue(t.stop().step() < 100, "diverges quickly: " + t.stop());
        assertTrue(t.stop().detail().startsWith("moved more than 1.41e8 from the start"), t.stop().detail());
    }

    @Test
    void overflowIsDivergenceNotAnException() {
        ScalarField steep = (x, y) -> Math.exp(x * x);
        Trajectory t = Runner.run(steep, RunConfig.of(new GradientDescent(1, 0), 2, 0));
        assertEquals(StopReason.DIVERGED, t.stop().reason());
        assertTrue(t.stop().detail().contains("not finite") || t.stop().detail().contains("overflowed"), t.stop().detail());
    }

    @Test
    void anUndefinedStartDivergesAtStepZero() {
        ScalarField log = (x, y) -> Math.log(x);
        Trajectory t = Runner.run(log, RunConfig.of(new GradientDescent(0.1, 0), -1, 0));
        assertEquals(StopReason.DIVERGED, t.stop().reason());
        assertEquals(0, t.stop().step());
        assertEquals("f is undefined (NaN) at (-1, 0)", t.stop().detail());
    }

    @Test
    void aFieldThatThrowsEndsTheRunInsteadOfThrowing() {
        ScalarField broken = (x, y) -> {
            if (x < 0.5) {
                throw new IllegalStateException("boom");
            }
            return x * x;
        };
        Trajectory t = Runner.run(broken, RunConfig.of(new GradientDescent(0.4, 0), 1, 0));
        assertEquals(StopReason.DIVERGED, t.stop().reason());
        assertEquals("evaluation failed: boom", t.stop().detail());
    }

    @Test
    void noiseIsDeterministicForASeedAndDifferentAcrossSeeds() {
        RunConfig config = RunConfig.of(new Adam(0.05, 0.9, 0.999, 1e-8, 0, false), 1, 1).withMaxSteps(50).withNoise(0.5, 42);
        Trajectory a = Runner.run(BOWL, config);
        Trajectory b = Runner.run(BOWL, config);
        Trajectory c = Runner.run(BOWL, config.withNoise(0.5, 43));
        assertEquals(a.size(), b.size());
        for (int k = 0; k < a.size(); k++) {
            assertEquals(a.x(k), b.x(k), 0.0);
            assertEquals(a.y(k), b.y(k), 0.0);
        }
        assertNotEquals(a.x(50), c.x(50));
        // the recorded gradient is the true one, not the noisy one
        assertEquals(2 * a.x(10), a.gradX(10), 1e-8);
    }

    @Test
    void clippingLimitsTheStepToClipTimesLearningRate() {
        Trajectory t = Runner.run(BOWL, RunConfig.of(new GradientDescent(1, 0), 30, 40).withMaxSteps(1).withClip(1));
        // ‖g‖ = 100; scaled by 1/(100 + 1e-6) → a step of length just under 1 along −g
        assertEquals(1.0, t.stepLength(1), 1e-7);
        assertEquals(30 - 0.6, t.x(1), 1e-7);
    }

    @Test
    void aReplayHoldsTheOptimizerStateOnEitherSideOfTheTracedStep() {
        RunConfig config = RunConfig.of(new Adam(0.1, 0.9, 0.999, 1e-8, 0, false), 1, 2).withMaxSteps(3);
        TracedStep first = Runner.trace(BOWL, config, 1, Trace.OFF);
        assertEquals(new Adam.State(Vec2.ZERO, Vec2.ZERO, null), first.before());
        assertEquals(new Vec2(1, 2), first.from());
        // m after one update = 0.1·g0, v = 0.001·g0², with g0 = (2, 4)
        Adam.State after = (Adam.State) first.after();
        assertEquals(0.2, after.m().x(), 1e-8);
        assertEquals(0.4, after.m().y(), 1e-8);
        assertEquals(0.001 * 16, after.v().y(), 1e-9);
        assertEquals(List.of("m", "v"), List.copyOf(after.parts().keySet()));
        assertEquals(after, Runner.trace(BOWL, config, 2, Trace.OFF).before());
        Trajectory t = Runner.run(BOWL, config);
        assertEquals(new Vec2(t.x(1), t.y(1)), first.taken());
    }

    @Test
    void aReplayTracesOnlyTheStepAskedFor() {
        RecordingTrace recording = new RecordingTrace();
        Runner.trace(BOWL, RunConfig.of(new GradientDescent(0.1, 0), 3, 4).withMaxSteps(5), 2, recording);
        assertEquals(List.of("g = ∇f(x)", "x ← x − lr·g", "step taken  Δx = x_t − x_t−1"), recording.rules);
    }

    @Test
    void aReplayBeyondTheLastStepIsRefused() {
        RunConfig config = RunConfig.of(new GradientDescent(0.1, 0), 3, 4).withMaxSteps(2);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Runner.trace(BOWL, config, 3, Trace.OFF));
        assertEquals("step must be between 1 and 2, got 3", e.getMessage());
    }

    @Test
    void newtonFallbacksAreNotedWithTheirStep() {
        ScalarField saddle = (x, y) -> x * x - y * y;
        Trajectory t = Runner.run(saddle, RunConfig.of(new Newton(0.1), 1, 1).withMaxSteps(3));
        assertEquals(3, t.notes().size());
        assertEquals(1, t.notes().get(0).step());
        assertArrayEquals(new int[] {1, 2, 3}, t.notes().stream().mapToInt(Trajectory.Note::step).toArray());
    }

    @Test
    void badConfigsAreRejected() {
        GradientDescent gd = new GradientDescent(0.1, 0);
        assertThrows(IllegalArgumentException.class, () -> new RunConfig(gd, Double.NaN, 0, 10, 0, 0, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> new RunConfig(gd, 0, 0, -1, 0, 0, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> new RunConfig(gd, 0, 0, 10, -1, 0, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> new RunConfig(gd, 0, 0, 10, 0, -0.5, 0, 0));
    }
}
