package org.descentlab.core.field;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.descentlab.core.expr.CompiledFunction;
import org.descentlab.core.expr.Expressions;
import org.descentlab.core.expr.ParseResult;

import org.junit.jupiter.api.Test;

class DerivativesTest {

    private static CompiledFunction fn(String text) {
        return ((ParseResult.Success) Expressions.parse(text)).function();
    }

    private static void assertRelative(double expected, double actual, double tolerance, String what) {
        double error = Math.abs(actual - expected) / Math.max(1e-3, Math.abs(expected));
        assertTrue(error <= tolerance, what + ": expected " + expected + ", got " + actual + " (relative error " + error + ")");
    }

    @Test
    void gradientMatchesAnalyticDerivativesWithin1e7() {
        Random r = new Random(7);
        ScalarField rosen = fn("(1-x)^2 + 100*(y-x^2)^2");
        ScalarField wave = fn("sin(x)*cos(2*y) + exp(0.1*x*y)");
        ScalarField quartic = fn("x^4/1000");
        ScalarField cubic = fn("y^3");
        for (int k = 0; k < 500; k++) {
            double x = r.nextDouble() * 6 - 3;
            double y = r.nextDouble() * 6 - 3;
            double[] g = Derivatives.gradient(rosen, x, y);
            assertRelative(-2 * (1 - x) - 400 * x * (y - x * x), g[0], 1e-7, "rosenbrock d/dx at " + x + "," + y);
            assertRelative(200 * (y - x * x), g[1], 1e-7, "rosenbrock d/dy");
            g = Derivatives.gradient(wave, x, y);
            double e = Math.exp(0.1 * x * y);
            assertRelative(Math.cos(x) * Math.cos(2 * y) + 0.1 * y * e, g[0], 1e-7, "wave d/dx");
            assertRelative(-2 * Math.sin(x) * Math.sin(2 * y) + 0.1 * x * e, g[1], 1e-7, "wave d/dy");
            double X = x * 100;
            double Y = y * 100;
            assertRelative(4 * X * X * X / 1000, Derivatives.gradient(quartic, X, Y)[0], 1e-7, "large-x d/dx at " + X);
            assertRelative(3 * Y * Y, Derivatives.gradient(cubic, X, Y)[1], 1e-7, "large-y d/dy at " + Y);
        }
    }

    @Test
    void hessianMatchesAnalyticSecondDerivatives() {
        Random r = new Random(8);
        ScalarField rosen = fn("(1-x)^2 + 100*(y-x^2)^2");
        for (int k = 0; k < 200; k++) {
            double x = r.nextDouble() * 4 - 2;
            double y = r.nextDouble() * 4 - 2;
            double[] h = Derivatives.hessian(rosen, x, y);
            assertRelative(2 - 400 * (y - x * x) + 800 * x * x, h[0], 1e-5, "f_xx");
            assertRelative(-400 * x, h[1], 1e-5, "f_xy");
            assertRelative(200, h[2], 1e-5, "f_yy");
        }
    }
}
