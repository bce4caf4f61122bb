package org.descentlab.core.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.descentlab.core.expr.Expressions;
import org.descentlab.core.expr.ParseResult;
import org.descentlab.core.field.ScalarField;
import org.descentlab.core.optim.Convention;
import org.descentlab.core.optim.GradientDescent;

import org.junit.jupiter.api.Test;

/** Each way a run can diverge is named by its cause, so the advice can fit it. */
class DivergenceTest {

    private static Trajectory gd(String function, double lr, double x0, double y0) {
        ScalarField f = ((ParseResult.Success) Expressions.parse(function)).function();
        return Runner.run(f, RunConfig.of(new GradientDescent(lr, 0), x0, y0).withMaxSteps(100_000));
    }

    private static Stop divergedStop(Trajectory t) {
        assertEquals(StopReason.DIVERGED, t.stop().reason(), t.stop().toString());
        return t.stop();
    }

    @Test
    void aTooLargeRateOnABowlOvershoots() {
        Trajectory t = gd("x^2+y^2", 1.5, -4, 3);
        Stop stop = divergedStop(t);
        // x ← x − 1.5·2x = −2x: f grows fourfold a step until the point is 5e8 from the start
        assertEquals(27, stop.step());
        assertEquals(Divergence.OVERSHOOT, stop.cause());
        assertTrue(stop.detail().startsWith("moved more than 5e8 from the start"), stop.detail());
    }

    @Test
    void climbingABowlWithMaximizeIsUnboundedAndFallingWhileClimbingOvershoots() {
        ScalarField bowl = ((ParseResult.Success) Expressions.parse("0.1*x^2 + 2*y^2")).function();
        // x ← x + 0.4·0.2x, y ← y + 0.4·4y: f grows without bound, which is what maximize asks for
        Stop up = divergedStop(Runner.run(bowl, RunConfig.of(new GradientDescent(0.4, 0, true, Convention.PYTORCH), 3, 1)
                .withMaxSteps(100_000)));
        assertEquals(Divergence.UNBOUNDED, up.cause());
        // on −f, a cap, x ← x + 0.6·(−2x) = −0.2x but y ← y + 0.6·(−4y) = −1.4y swings wider as −f falls
        ScalarField cap = ((ParseResult.Success) Expressions.parse("-(x^2 + 2*y^2)")).function();
        Stop over = divergedStop(Runner.run(cap, RunConfig.of(new GradientDescent(0.6, 0, true, Convention.PYTORCH), 3, 1)
                .withMaxSteps(100_000)));
        assertEquals(Divergence.OVERSHOOT, over.cause());
    }

    @Test
    void runningDownASaddleIsUnbounded() {
        Stop stop = divergedStop(gd("x^2 - y^2", 0.05, -1.8, 0.05));
        assertEquals(Divergence.UNBOUNDED, stop.cause());
        assertEquals("unbounded", stop.cause().id());
    }

    @Test
    void swingingAcrossASaddleWithGrowingAmplitudeOvershootsThoughFFalls() {
        // x ← x − 1.5·2x = −2x swings ever wider while y ← 4y runs down the saddle, so f falls
        Trajectory t = gd("x^2 - y^2", 1.5, -1.8, 0.05);
        Stop stop = divergedStop(t);
        assertTrue(t.f(stop.step()) < t.f(0));
        assertEquals(Divergence.OVERSHOOT, stop.cause());
        ScalarField saddle = ((ParseResult.Success) Expressions.parse("x^2 - y^2")).function();
        Stop streamed = Runner.stream(saddle, RunConfig.of(new GradientDescent(1.5, 0), -1.8, 0.05), (k, x, y, f, gx, gy) -> {
        });
        assertEquals(stop, streamed);
    }

    @Test
    void aStartWhereFIsNotDefinedIsUndefinedAtStepZero() {
        Stop stop = divergedStop(gd("log(x)", 0.1, -1, 0));
        assertEquals(0, stop.step());
        assertEquals(Divergence.UNDEFINED, stop.cause());
        assertEquals("f is undefined (NaN) at (-1, 0)", stop.detail());
    }

    @Test
    void walkingDownhillOutOfTheDomainIsUndefined() {
        // log(0.5) → log(0.3) falls, then x ← 0.3 − 0.1/0.3 < 0, where log is NaN
        Trajectory t = gd("log(x)", 0.1, 0.5, 0);
        Stop stop = divergedStop(t);
        assertEquals(2, stop.step());
        assertTrue(t.f(1) < t.f(0));
        assertEquals(Divergence.UNDEFINED, stop.cause());
        assertEquals(Divergence.UNDEFINED, divergedStop(gd("sqrt(x) + y^2", 1, 1, 0)).cause());
    }

    @Test
    void fOverflowingUpwardsOvershootsAndDownwardsIsUnbounded() {
        Stop up = divergedStop(gd("exp(x^2)", 1, 2, 0));
        assertTrue(up.detail().startsWith("f overflowed (Infinity)") || up.detail().startsWith("the gradient"), up.detail());
        assertEquals(Divergence.OVERSHOOT, up.cause());
        Stop down = divergedStop(gd("-exp(x^2)", 0.1, 1, 0));
        assertEquals(Divergence.UNBOUNDED, down.cause(), down.toString());
    }

    @Test
    void aFieldThatFailsAfterFGrewOvershootsAndOneThatFailsWhileFFallsIsUndefined() {
        ScalarField growsThenFails = (x, y) -> {
            if (Math.abs(x) > 100) {
                throw new IllegalStateException("out of range");
            }
            return x * x;
        };
        Trajectory grown = Runner.run(growsThenFails, RunConfig.of(new GradientDescent(1.5, 0), 1, 0));
        assertEquals("evaluation failed: out of range", grown.stop().detail());
        assertEquals(Divergence.OVERSHOOT, grown.stop().cause());
        ScalarField fallsThenFails = (x, y) -> {
            if (x < 0.5) {
                throw new IllegalStateException("boom");
            }
            return x * x;
        };
        Trajectory fell = Runner.run(fallsThenFails, RunConfig.of(new GradientDescent(0.1, 0), 1, 0));
        assertEquals(Divergence.UNDEFINED, fell.stop().cause());
    }
}
