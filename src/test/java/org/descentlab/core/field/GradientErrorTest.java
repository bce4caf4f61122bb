package org.descentlab.core.field;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.DoubleUnaryOperator;

import org.descentlab.core.field.Differences.Scheme;

import org.junit.jupiter.api.Test;

/** The estimated error of a finite-difference gradient, on functions whose gradient is known. */
class GradientErrorTest {

    private static final Differences CENTRAL = Differences.DEFAULT;
    private static final Differences FORWARD = Differences.auto(Scheme.FORWARD);

    @Test
    void forwardWithHOnXSquaredIsOffByExactlyH() {
        ScalarField bowl = (x, y) -> x * x + y * y;
        for (double h : new double[] {0.1, 0.5, 1e-3}) {
            GradientError e = GradientError.estimate(bowl, 1, -2, Differences.fixed(Scheme.FORWARD, h));
            assertEquals(h, e.error().x(), 1e-12, "∂/∂x: (2x + h) − 2x");
            assertEquals(h, e.error().y(), 1e-12);
            assertEquals(2, e.reference().x(), 1e-13);
            assertEquals(-4, e.reference().y(), 1e-13);
            assertEquals(Math.hypot(h, h), e.norm(), 1e-12);
            assertEquals(Math.hypot(h, h) / Math.hypot(2, 4), e.relative(), 1e-12);
            assertTrue(e.resolved(), "far above what the reference can tell: " + e);
        }
        // central differences are exact on a quadratic: only rounding is left, and it is tiny
        GradientError central = GradientError.estimate(bowl, 1, -2, Differences.fixed(Scheme.CENTRAL, 0.5));
        assertTrue(central.norm() < 1e-14, central.toString());
    }

    @Test
    void theEstimateIsTheTrueErrorOnSinExpAndAPolynomial() {
        check((x, y) -> Math.sin(x) + Math.sin(3 * y), Math::cos, t -> 3 * Math.cos(3 * t));
        check((x, y) -> Math.exp(x) + Math.exp(-y / 2), Math::exp, t -> -Math.exp(-t / 2) / 2);
        check((x, y) -> x * x * x + Math.pow(y, 4), t -> 3 * t * t, t -> 4 * t * t * t);
    }

    /**
     * At points near and far, for each method: the reference is the exact gradient, and the estimate the
     * true error, to within the reference's own resolution (and 1e-12 of the derivative's size, where the
     * exact formula itself rounds).
     */
    private static void check(ScalarField f, DoubleUnaryOperator dx, DoubleUnaryOperator dy) {
        for (Differences d : new Differences[] {CENTRAL, FORWARD, Differences.fixed(Scheme.FORWARD, 0.01),
            Differences.fixed(Scheme.CENTRAL, 0.1)}) {
            for (double[] p : new double[][] {{0.3, -0.7}, {1, 2}, {-2.5, 1.5}, {12, -8}}) {
                GradientError e = GradientError.estimate(f, p[0], p[1], d);
                String at = d + " at (" + p[0] + ", " + p[1] + "): " + e;
                double exactX = dx.applyAsDouble(p[0]);
                double exactY = dy.applyAsDouble(p[1]);
                double slackX = 2 * e.resolution().x() + 1e-12 * Math.max(1, Math.abs(exactX));
                double slackY = 2 * e.resolution().y() + 1e-12 * Math.max(1, Math.abs(exactY));
                assertEquals(exactX, e.reference().x(), slackX, at);
                assertEquals(exactY, e.reference().y(), slackY, at);
                assertEquals(Math.abs(e.gradient().x() - exactX), e.error().x(), slackX, at);
                assertEquals(Math.abs(e.gradient().y() - exactY), e.error().y(), slackY, at);
                // and the reference is far better than any of the methods it checks: short of what rounding f
                // leaves (f is 1.6e5 at (12, -8), which ∂/∂y has to see past), good to 1e-10 of the derivative
                double rounding = 1e-13 * Math.abs(f.value(p[0], p[1]));
                assertTrue(e.resolution().x() < 1e-10 * Math.max(1, Math.abs(exactX)) + rounding, at);
                assertTrue(e.resolution().y() < 1e-10 * Math.max(1, Math.abs(exactY)) + rounding, at);
                assertTrue(e.isFinite());
            }
        }
    }

    @Test
    void theAutomaticStepsAreAsGoodAsTheTheorySays() {
        ScalarField wave = (x, y) -> Math.sin(x) + Math.cos(y);
        GradientError central = GradientError.estimate(wave, 1, 2, CENTRAL);
        GradientError forward = GradientError.estimate(wave, 1, 2, FORWARD);
        // central: about ε^⅔ ≈ 4e-11; forward: about √ε ≈ 1.5e-8
        assertTrue(central.norm() < 1e-10 && central.resolved(), central.toString());
        assertTrue(forward.norm() > 1e-10 && forward.norm() < 1e-7, forward.toString());
        // a large fixed forward step: off by about h·f''/2
        GradientError big = GradientError.estimate(wave, 1, 2, Differences.fixed(Scheme.FORWARD, 0.5));
        assertTrue(big.relative() > 0.1, big.toString());
    }

    @Test
    void aFunctionThatWigglesFasterThanTheFirstStepIsStillCaught() {
        // sin(100x): a first step of 0.1 spans ten radians and fools the tableau; the smaller ones do not
        ScalarField fast = (x, y) -> Math.sin(100 * x);
        for (double x : new double[] {0.3, 1, 30}) {
            GradientError e = GradientError.estimate(fast, x, 0, CENTRAL);
            assertEquals(100 * Math.cos(100 * x), e.reference().x(), 1e-8, "at " + x);
            assertEquals(Math.abs(e.gradient().x() - 100 * Math.cos(100 * x)), e.error().x(), 1e-8);
        }
    }

    @Test
    void whereFIsNotDefinedAroundThePointThereIsNoEstimate() {
        ScalarField log = (x, y) -> Math.log(x) + y;
        assertFalse(GradientError.estimate(log, -1, 0, CENTRAL).isFinite());
        ScalarField throwing = (x, y) -> {
            throw new ArithmeticException("no");
        };
        assertFalse(GradientError.estimate(throwing, 0, 0, CENTRAL).isFinite());
        // near the edge of where it is defined, the reference's smaller steps stay inside
        GradientError edge = GradientError.estimate(log, 0.05, 0, CENTRAL);
        assertTrue(edge.isFinite(), edge.toString());
        assertEquals(20, edge.reference().x(), 1e-8);
    }

    @Test
    void anErrorBelowWhatTheReferenceCanTellIsNotResolved() {
        // a plane: every method is exact up to rounding, and so is the reference
        ScalarField plane = (x, y) -> 3 * x - 2 * y;
        GradientError e = GradientError.estimate(plane, 0.5, 0.25, CENTRAL);
        assertTrue(e.norm() < 1e-9, e.toString());
        assertEquals(0, GradientError.estimate((x, y) -> 0, 1, 1, FORWARD).relative());
        assertEquals(Double.POSITIVE_INFINITY, GradientError.estimate((x, y) -> x * x, 0, 0,
                Differences.fixed(Scheme.FORWARD, 0.1)).relative(), "an error where ∇f is 0");
    }
}
