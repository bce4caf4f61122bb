package org.descentlab.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;

import org.descentlab.core.expr.Expressions;
import org.descentlab.core.expr.ParseWarning;
import org.descentlab.core.optim.Adam;
import org.descentlab.core.optim.Convention;
import org.descentlab.core.optim.OptimizerType;
import org.descentlab.core.optim.Optimizers;
import org.descentlab.core.optim.ParameterSpec;

import org.junit.jupiter.api.Test;

/** One way of writing a number for people: 1e-8, 0.001, 3; never Java's 1.0E-8. */
class NumberTextTest {

    @Test
    void numbersAreWrittenShortWithALowerCaseExponent() {
        assertEquals("1e-8", NumberText.exact(1e-8));
        assertEquals("1.5e-12", NumberText.exact(1.5e-12));
        assertEquals("0.001", NumberText.exact(0.001));
        assertEquals("1e-4", NumberText.exact(1e-4));
        assertEquals("0.05", NumberText.exact(0.05));
        assertEquals("3", NumberText.exact(3));
        assertEquals("-2", NumberText.exact(-2));
        assertEquals("1000000", NumberText.exact(1e6));
        assertEquals("1e20", NumberText.exact(1e20));
        assertEquals("0", NumberText.exact(-0.0));
    }

    @Test
    void aRoughBoundIsRoundedToItsSignificantDigits() {
        assertEquals("1.8e8", NumberText.rounded(1.8006943105369106e8, 3));
        assertEquals("5e8", NumberText.rounded(5e8, 3));
        assertEquals("1.41e8", NumberText.rounded(1.4142135623730952e8, 3));
        assertEquals("-2.5e-6", NumberText.rounded(-2.50004e-6, 3));
        assertEquals("1230", NumberText.rounded(1234.5, 3));
        assertEquals("0.05", NumberText.rounded(0.05, 3));
        assertEquals("0", NumberText.rounded(0, 3));
        assertEquals("Infinity", NumberText.rounded(Double.POSITIVE_INFINITY, 3));
    }

    @Test
    void whatIsWrittenReadsBackAsExactlyTheSameNumber() {
        Random random = new Random(7);
        for (int k = 0; k < 20_000; k++) {
            double v = switch (k % 4) {
                case 0 -> random.nextDouble();
                case 1 -> Math.pow(10, random.nextDouble() * 40 - 20) * (random.nextBoolean() ? 1 : -1);
                case 2 -> Double.longBitsToDouble(random.nextLong());
                default -> Math.round(random.nextGaussian() * 1e6) / 1e3;
            };
            if (!Double.isFinite(v)) {
                continue;
            }
            String text = NumberText.exact(v);
            assertEquals(v, Double.parseDouble(text), text);
            assertFalse(text.contains("E") || text.endsWith(".0"), text);
        }
        for (double v : new double[] {0.1 + 0.2, Double.MIN_VALUE, Double.MAX_VALUE, 1e15, 1e15 + 2, 123456789.125}) {
            assertEquals(v, Double.parseDouble(NumberText.exact(v)), NumberText.exact(v));
        }
    }

    @Test
    void aParametersDefaultRangeAndComplaintUseTheSameForm() {
        OptimizerType adam = Adam.TYPE;
        ParameterSpec eps = adam.parameter("eps").orElseThrow();
        assertEquals("1e-8", eps.defaultText());
        assertEquals("1e-8", adam.defaultText(eps, Convention.PYTORCH));
        assertEquals("1e-7", adam.defaultText(eps, Convention.KERAS));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> eps.parse("adam", "-1e-8"));
        assertEquals("adam: eps must be a number >= 0, got -1e-8", e.getMessage());
        for (OptimizerType t : Optimizers.all()) {
            for (ParameterSpec p : t.parameters()) {
                for (String text : List.of(p.defaultText(), p.accepted(), t.defaultText(p, Convention.KERAS))) {
                    assertFalse(text.matches(".*\\dE[-+]?\\d.*|.*\\d\\.0\\b.*"), t.name() + " " + p.name() + ": " + text);
                }
            }
        }
    }

    @Test
    void theFunctionsReadingWritesItsNumbersTheSameWay() {
        List<ParseWarning> w = Expressions.parse("1e-8 sin x").warnings();
        assertTrue(w.stream().anyMatch(p -> p.message().equals("read as: 1e-8*sin(x)")), w.toString());
    }

    @Test
    void aNumberTooSmallForADoubleIsToldFromAZero() {
        assertTrue(NumberText.underflows("1e-400", 0));
        assertTrue(NumberText.underflows(" 2.5E-320 ", 2.5e-320), "subnormal");
        assertFalse(NumberText.underflows("0", 0));
        assertFalse(NumberText.underflows("0.000e-400", 0));
        assertFalse(NumberText.underflows("1e-300", 1e-300));
    }
}
