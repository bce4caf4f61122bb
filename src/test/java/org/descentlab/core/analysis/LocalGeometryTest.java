package org.descentlab.core.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;

import org.descentlab.core.Vec2;
import org.descentlab.core.analysis.LocalGeometry.Ellipse;
import org.descentlab.core.analysis.LocalGeometry.Kind;
import org.descentlab.core.expr.CompiledFunction;
import org.descentlab.core.expr.Expressions;
import org.descentlab.core.expr.ParseResult;
import org.descentlab.core.optim.GradientDescent;
import org.descentlab.core.optim.Momentum;
import org.descentlab.core.run.RunConfig;
import org.descentlab.core.run.Runner;
import org.descentlab.core.run.StopReason;
import org.descentlab.core.run.Trajectory;

import org.junit.jupiter.api.Test;

class LocalGeometryTest {

    private static CompiledFunction f(String text) {
        return ((ParseResult.Success) Expressions.parse(text)).function();
    }

    private static LocalGeometry at(String f, double x, double y) {
        return LocalGeometry.at(f(f), x, y).orElseThrow();
    }

    private static void assertVec(double x, double y, Vec2 v, double tol) {
        assertEquals(x, v.x(), tol, "x of " + v);
        assertEquals(y, v.y(), tol, "y of " + v);
    }

    @Test
    void anElongatedBowlHasCurvatures20And2AConditionNumberOf10AndAnEllipseAboutTheMinimumThroughThePoint() {
        LocalGeometry g = at("x^2 + 10*y^2", 1, 1);
        assertEquals(Kind.BOWL, g.kind());
        // H = diag(2, 20): the steep axis is y
        assertEquals(20, g.lambda1(), 1e-5);
        assertVec(0, 1, g.axis1(), 1e-9);
        assertEquals(2, g.lambda2(), 1e-5);
        assertVec(1, 0, g.axis2(), 1e-9);
        assertEquals(10, g.conditionNumber(), 1e-5);
        assertEquals(Math.sqrt(10), g.elongation(), 1e-5);
        assertEquals(0.1, g.maxStableRate(), 1e-7);
        // heavy ball, μ = 0.9: 2·1.9/20
        assertEquals(0.19, g.maxStableMomentumRate(0.9, 0), 1e-7);
        Ellipse e = g.ellipse().orElseThrow();
        assertVec(0, 0, e.centre(), 1e-6);
        // gᵀH⁻¹g = 2²/2 + 20²/20 = 22: semi-axes √(22/20) across, √(22/2) along
        assertEquals(Math.sqrt(1.1), e.semiAxis1(), 1e-6);
        assertEquals(Math.sqrt(11), e.semiAxis2(), 1e-6);
        for (Vec2 p : e.points(12)) {
            assertEquals(1, p.x() * p.x() / 11 + p.y() * p.y() / 1.1, 1e-6, "on x²/11 + y²/1.1 = 1: " + p);
        }
        // −∇f = −(2, 20) against the Newton step −(1, 1): cos = 22 / (√404·√2)
        assertEquals(Math.toDegrees(Math.acos(22 / Math.sqrt(808))), g.angleToCentre(), 1e-6);
    }

    @Test
    void theLevelEllipsePassesThroughThePointAndItsModelValueIsFThere() {
        LocalGeometry g = at("x^2 + 10*y^2", -2.5, 0.4);
        Ellipse e = g.ellipse().orElseThrow();
        // the point is on the ellipse: in the ellipse's frame it has (d₁/a₁)² + (d₂/a₂)² = 1
        double dx = g.at().x() - e.centre().x();
        double dy = g.at().y() - e.centre().y();
        double d1 = dx * e.axis1().x() + dy * e.axis1().y();
        double d2 = -dx * e.axis1().y() + dy * e.axis1().x();
        assertEquals(1, d1 * d1 / (e.semiAxis1() * e.semiAxis1()) + d2 * d2 / (e.semiAxis2() * e.semiAxis2()), 1e-9);
    }

    @Test
    void aRotatedQuadraticHasItsAxesOnTheDiagonalsAndItsEllipseCentredOnItsMinimum() {
        // H = [[6, 2], [2, 6]]: λ = 8 along (1, 1)/√2, λ = 4 along (1, −1)/√2; the minimum at (1, −2)
        LocalGeometry g = at("3*(x-1)^2 + 2*(x-1)*(y+2) + 3*(y+2)^2", 2, -2);
        assertEquals(Kind.BOWL, g.kind());
        assertEquals(8, g.lambda1(), 1e-5);
        assertEquals(4, g.lambda2(), 1e-5);
        double r = Math.sqrt(0.5);
        assertVec(r, r, g.axis1(), 1e-6);
        assertVec(r, -r, g.axis2(), 1e-6);
        assertEquals(2, g.conditionNumber(), 1e-5);
        Ellipse e = g.ellipse().orElseThrow();
        assertVec(1, -2, e.centre(), 1e-6);
        // g = (6, 2), H⁻¹g = (1, 0): level 6; the ellipse is 3x² + 2xy + 3y² = 3 about the minimum
        assertEquals(Math.sqrt(6.0 / 8), e.semiAxis1(), 1e-6);
        assertEquals(Math.sqrt(6.0 / 4), e.semiAxis2(), 1e-6);
        for (Vec2 p : e.points(16)) {
            double u = p.x() - 1;
            double v = p.y() + 2;
            assertEquals(3, 3 * u * u + 2 * u * v + 3 * v * v, 1e-5, "on the level set f = 3: " + p);
        }
    }

    @Test
    void aSaddleIsSaddleShapedWithNoEllipse() {
        LocalGeometry g = at("x^2 - y^2", 0.5, 0.3);
        assertEquals(Kind.SADDLE, g.kind());
        assertEquals(Set.of(2L, -2L), Set.of(Math.round(g.lambda1()), Math.round(g.lambda2())));
        assertEquals(2, Math.abs(g.lambda1()), 1e-5);
        assertEquals(1, g.conditionNumber(), 1e-5);
        assertTrue(g.ellipse().isEmpty());
        assertTrue(Double.isNaN(g.angleToCentre()));
        // only the upward axis bounds the step: 2/2
        assertEquals(1, g.maxStableRate(), 1e-6);
    }

    @Test
    void rosenbrockAtItsMinimumHasAConditionNumberOfAbout2508() {
        // H = [[802, −400], [−400, 200]]: λ = 501 ± √250601
        LocalGeometry g = at("(1-x)^2 + 100*(y-x^2)^2", 1, 1);
        assertEquals(Kind.BOWL, g.kind());
        assertEquals(501 + Math.sqrt(250601), g.lambda1(), 1e-3);
        assertEquals(501 - Math.sqrt(250601), g.lambda2(), 1e-4);
        assertEquals(2508.0, g.conditionNumber(), 1);
        // across the valley x² = y, whose tangent at (1, 1) is (1, 2)
        assertEquals(0, g.axis2().x() * 2 - g.axis2().y(), 2e-3, "along the valley: " + g.axis2());
        assertEquals(2 / g.lambda1(), g.maxStableRate(), 1e-12);
        // at the minimum the ellipse through the point is the point
        Ellipse e = g.ellipse().orElseThrow();
        assertVec(1, 1, e.centre(), 1e-6);
        assertTrue(e.semiAxis2() < 1e-5, "no size: " + e);
    }

    @Test
    void aDiagonalZeroOrIsotropicHessianGivesTheCoordinateAxesAndNoNaN() {
        LocalGeometry diagonal = LocalGeometry.of(Vec2.ZERO, 0, Vec2.ZERO, 2, 0, 5, 0);
        assertEquals(5, diagonal.lambda1());
        assertEquals(new Vec2(0, 1), diagonal.axis1());
        assertEquals(2, diagonal.lambda2());
        assertEquals(new Vec2(1, 0), diagonal.axis2());
        assertEquals(2.5, diagonal.conditionNumber(), 1e-15);

        LocalGeometry zero = LocalGeometry.of(Vec2.ZERO, 0, new Vec2(1, 2), 0, 0, 0, 0);
        assertEquals(Kind.FLAT, zero.kind());
        assertEquals(0, zero.lambda1());
        assertEquals(0, zero.lambda2());
        assertEquals(new Vec2(1, 0), zero.axis1());
        assertEquals(new Vec2(0, 1), zero.axis2());
        assertEquals(Double.POSITIVE_INFINITY, zero.conditionNumber());
        assertTrue(Double.isNaN(zero.maxStableRate()));
        assertTrue(zero.ellipse().isEmpty());

        LocalGeometry round = LocalGeometry.of(Vec2.ZERO, 0, new Vec2(1, 1), 3, 0, 3, 0);
        assertEquals(Kind.BOWL, round.kind());
        assertEquals(1, round.conditionNumber());
        assertEquals(new Vec2(1, 0), round.axis1());
        assertEquals(0, round.angleToCentre(), 1e-6, "on a round bowl −∇f points at the centre");
        Ellipse circle = round.ellipse().orElseThrow();
        assertEquals(circle.semiAxis1(), circle.semiAxis2(), 1e-15);
        // about −H⁻¹g = −(1/3, 1/3), through the origin
        assertVec(-1.0 / 3, -1.0 / 3, circle.centre(), 1e-15);
        assertEquals(Math.hypot(1.0 / 3, 1.0 / 3), circle.semiAxis1(), 1e-15);

        for (LocalGeometry g : new LocalGeometry[] {diagonal, zero, round, LocalGeometry.of(Vec2.ZERO, 0, Vec2.ZERO, -0.0, -0.0, 0, 0)}) {
            for (double v : new double[] {g.lambda1(), g.lambda2(), g.axis1().x(), g.axis1().y(), g.axis2().x(), g.axis2().y()}) {
                assertFalse(Double.isNaN(v), g.toString());
            }
        }
    }

    @Test
    void aZeroCurvatureMakesAValleyOrARidgeWithAnInfiniteConditionNumber() {
        assertEquals(Kind.VALLEY, LocalGeometry.of(Vec2.ZERO, 0, Vec2.ZERO, 2, 0, 0, 0).kind());
        assertEquals(Kind.RIDGE, LocalGeometry.of(Vec2.ZERO, 0, Vec2.ZERO, 0, 0, -2, 0).kind());
        assertEquals(Kind.DOME, LocalGeometry.of(Vec2.ZERO, 0, Vec2.ZERO, -2, 1, -3, 0).kind());
        assertEquals(Double.POSITIVE_INFINITY, LocalGeometry.of(Vec2.ZERO, 0, Vec2.ZERO, 2, 0, 1e-9, 0).conditionNumber(),
                "1e-9 is zero next to 2");
        // a linear function's numerical Hessian is rounding noise: flat
        assertEquals(Kind.FLAT, at("x + 2*y + 3", 0.3, 0.4).kind());
        assertEquals(Kind.VALLEY, at("(x - 2*y)^2", 0.7, -1.1).kind());
    }

    @Test
    void nonFiniteInputIsRefusedAndAnUndefinedPointHasNoGeometry() {
        assertThrows(IllegalArgumentException.class, () -> LocalGeometry.of(Vec2.ZERO, 0, Vec2.ZERO, Double.NaN, 0, 1, 0));
        assertThrows(IllegalArgumentException.class, () -> LocalGeometry.of(Vec2.ZERO, Double.POSITIVE_INFINITY, Vec2.ZERO, 1, 0, 1, 0));
        assertTrue(LocalGeometry.at(f("log(x)"), -1, 0).isEmpty());
        assertTrue(LocalGeometry.at(f("1/x"), 0, 0).isEmpty());
    }

    @Test
    void theStepFactorsAreWhatPlainDescentDoesAcrossAndAlongTheValley() {
        // x² + 10y², lr = 0.09: across (y) × (1 − 1.8) = −0.8 a step, along (x) × (1 − 0.18) = 0.82
        LocalGeometry g = at("x^2 + 10*y^2", 1, 1);
        assertEquals(-0.8, g.stepFactor1(0.09), 1e-6);
        assertEquals(0.82, g.stepFactor2(0.09), 1e-6);
        Trajectory t = Runner.run(f("x^2 + 10*y^2"), RunConfig.of(new GradientDescent(0.09, 0), 1, 1).withMaxSteps(5).withTolerance(0));
        for (int k = 1; k <= 5; k++) {
            assertEquals(-0.8, t.y(k) / t.y(k - 1), 1e-5, "the zig-zag across, step " + k);
            assertEquals(0.82, t.x(k) / t.x(k - 1), 1e-5, "the creep along, step " + k);
        }
    }

    @Test
    void descentConvergesJustBelowTheStableRatesAndDivergesJustAbove() {
        CompiledFunction bowl = f("x^2 + 10*y^2");
        LocalGeometry g = at("x^2 + 10*y^2", 1, 1);
        assertEquals(StopReason.CONVERGED, run(bowl, new GradientDescent(0.98 * g.maxStableRate(), 0)));
        assertEquals(StopReason.DIVERGED, run(bowl, new GradientDescent(1.02 * g.maxStableRate(), 0)));
        double momentum = g.maxStableMomentumRate(0.9, 0);
        assertEquals(StopReason.CONVERGED, run(bowl, new Momentum(0.98 * momentum, 0.9, 0, 0)));
        assertEquals(StopReason.DIVERGED, run(bowl, new Momentum(1.02 * momentum, 0.9, 0, 0)));
        double damped = g.maxStableMomentumRate(0.5, 0.5);
        assertEquals(0.3, damped, 1e-6);
        assertEquals(StopReason.CONVERGED, run(bowl, new Momentum(0.98 * damped, 0.5, 0.5, 0)));
        assertEquals(StopReason.DIVERGED, run(bowl, new Momentum(1.02 * damped, 0.5, 0.5, 0)));
    }

    private static StopReason run(CompiledFunction f, org.descentlab.core.optim.Optimizer o) {
        return Runner.run(f, RunConfig.of(o, 1, 1).withMaxSteps(100_000)).stop().reason();
    }
}
