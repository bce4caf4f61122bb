package org.descentlab.core.field;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.descentlab.core.expr.Expressions;
import org.descentlab.core.expr.ParseResult;
import org.descentlab.core.field.Differences.Scheme;

import org.junit.jupiter.api.Test;

/** Central or forward differences, with the automatic step or a fixed one. */
class DifferencesTest {

    private static final ScalarField BOWL = (x, y) -> x * x + y * y;

    @Test
    void centralWithTheAutomaticStepIsDerivativesGradientBitForBit() {
        ScalarField rosen = ((ParseResult.Success) Expressions.parse("(1-x)^2 + 100*(y-x^2)^2")).function();
        Random r = new Random(3);
        for (int k = 0; k < 2000; k++) {
            double x = (r.nextDouble() - 0.5) * Math.pow(10, r.nextInt(8) - 3);
            double y = (r.nextDouble() - 0.5) * Math.pow(10, r.nextInt(8) - 3);
            assertArrayEquals(Derivatives.gradient(rosen, x, y), Differences.DEFAULT.gradient(rosen, x, y), x + ", " + y);
            // the same formula with the same step, made by hand: the steps are the same numbers
            double[] same = Differences.fixed(Scheme.CENTRAL, Derivatives.GRADIENT_STEP).gradient(rosen, x, y);
            if (Math.abs(x) <= 1 && Math.abs(y) <= 1) {
                assertArrayEquals(Derivatives.gradient(rosen, x, y), same);
            }
        }
    }

    @Test
    void forwardDifferencesByHand() {
        // ((1 + 0.5)² − 1) / 0.5 = 2.5: the exact 2x plus h
        assertArrayEquals(new double[] {2.5, 2.5}, Differences.fixed(Scheme.FORWARD, 0.5).gradient(BOWL, 1, 1));
        assertArrayEquals(new double[] {2.0, 2.0}, Differences.fixed(Scheme.FORWARD, 0.5).gradient(BOWL, 0.75, 0.75));
        // central with a fixed step is exact on a quadratic, whatever the step
        assertArrayEquals(new double[] {2.0, -4.0}, Differences.fixed(Scheme.CENTRAL, 0.5).gradient(BOWL, 1, -2));
        // forward on x²: 2x + h, so the error is h, whatever x
        double[] g = Differences.fixed(Scheme.FORWARD, 0.1).gradient(BOWL, 3, -2);
        assertEquals(6.1, g[0], 1e-12);
        assertEquals(-3.9, g[1], 1e-12);
    }

    @Test
    void theAutomaticStepsBalanceTruncationAndRounding() {
        assertEquals(Math.cbrt(Math.ulp(1.0)), Differences.DEFAULT.step(0.5));
        assertEquals(Math.cbrt(Math.ulp(1.0)) * 4, Differences.DEFAULT.step(-4));
        assertEquals(Math.sqrt(Math.ulp(1.0)), Differences.auto(Scheme.FORWARD).step(0));
        assertEquals(0x1p-26, Differences.FORWARD_STEP, "√(2⁻⁵²) = 2⁻²⁶");
        assertEquals(Math.sqrt(Math.ulp(1.0)) * 100, Differences.auto(Scheme.FORWARD).step(100));
        assertEquals(0.25, Differences.fixed(Scheme.FORWARD, 0.25).step(1e6), "a fixed step is the same everywhere");
        // forward with its own automatic step is good to about 1e-8 on sin; with central's it would be 1e-6
        ScalarField wave = (x, y) -> Math.sin(x) + Math.sin(y);
        double[] g = Differences.auto(Scheme.FORWARD).gradient(wave, 1, 2);
        assertEquals(Math.cos(1), g[0], 3e-8);
        assertEquals(Math.cos(2), g[1], 3e-8);
    }

    @Test
    void theStepIsAutoOrAFiniteNumberAboveZero() {
        assertTrue(Differences.DEFAULT.isAuto());
        assertEquals("auto", Differences.DEFAULT.stepText());
        assertEquals("0.5", Differences.fixed(Scheme.FORWARD, 0.5).stepText());
        assertEquals(Differences.fixed(Scheme.FORWARD, 1e-3), Differences.auto(Scheme.FORWARD).withStepText(" 1e-3 "));
        assertEquals(Differences.auto(Scheme.CENTRAL), Differences.fixed(Scheme.CENTRAL, 2).withStepText("auto"));
        assertFalse(Differences.fixed(Scheme.CENTRAL, 2).isAuto());
        for (String bad : new String[] {"0", "-1", "NaN", "Infinity", "fast", "", "Auto"}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> Differences.DEFAULT.withStepText(bad), bad);
            assertEquals("h must be auto or a finite number > 0, got '" + bad + "'", e.getMessage());
        }
        assertThrows(IllegalArgumentException.class, () -> Differences.fixed(Scheme.FORWARD, 0));
        assertThrows(IllegalArgumentException.class, () -> new Differences(Scheme.FORWARD, -0.5));
        assertThrows(IllegalArgumentException.class, () -> new Differences(Scheme.FORWARD, Double.POSITIVE_INFINITY));
        assertThrows(IllegalArgumentException.class, () -> new Differences(null, 0));
        assertEquals("diff must be central or forward, got 'backward'",
                assertThrows(IllegalArgumentException.class, () -> Scheme.require("backward")).getMessage());
        assertEquals(Scheme.FORWARD, Scheme.require("forward"));
    }
}
