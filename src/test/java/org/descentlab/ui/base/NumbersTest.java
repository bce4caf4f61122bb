package org.descentlab.ui.base;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class NumbersTest {

    @Test
    void labelsAreShortAndLocaleIndependent() {
        assertEquals("1e-6", Numbers.label(1e-6));
        assertEquals("2.5e7", Numbers.label(2.5e7));
        assertEquals("-3.14e-4", Numbers.label(-3.14159e-4));
        assertEquals("250.7", Numbers.label(250.6679));
        assertEquals("0.125", Numbers.label(0.125));
        assertEquals("1000", Numbers.label(1000));
        assertEquals("0", Numbers.label(-0.0));
    }

    @Test
    void undefinedAndInfiniteValuesReadAsSuch() {
        assertEquals("NaN", Numbers.label(Double.NaN));
        assertEquals("∞", Numbers.label(Double.POSITIVE_INFINITY));
        assertEquals("−∞", Numbers.label(Double.NEGATIVE_INFINITY));
    }

    @Test
    void exactFormReadsBackAsTheSameNumber() {
        assertEquals("0.05", Numbers.exact(0.05));
        assertEquals("1e-8", Numbers.exact(1e-8));
        assertEquals(0.1 + 0.2, Numbers.parse(Numbers.exact(0.1 + 0.2)));
        assertEquals(0.0123, Numbers.round(0.012345, 3));
    }

    @Test
    void aValueAsShownIsTheLabelsNumberAndReadsBackAsTheLabel() {
        assertEquals(0.09222, Numbers.asShown(0.09221612345678901));
        assertEquals(6.92e-4, Numbers.asShown(6.91834e-4));
        assertEquals(250.7, Numbers.asShown(250.6679));
        assertEquals("0.09222", Numbers.exact(Numbers.asShown(0.09221612345678901)));
        assertEquals("6.92e-4", Numbers.exact(Numbers.asShown(6.91834e-4)));
        assertEquals(0.0, Numbers.asShown(0));
    }

    @Test
    void ticksAreNiceNumbers() {
        assertEquals(List.of(-2.0, -1.0, 0.0, 1.0, 2.0), Ticks.nice(-2, 2, 4));
        assertEquals(List.of(0.0, 0.5, 1.0, 1.5, 2.0, 2.5, 3.0), Ticks.nice(-0.2, 3.1, 6));
        assertEquals(List.of(), Ticks.nice(1, 1, 4));
    }

    @Test
    void sentencesTakeTheirNumbersFromTheFormatter() {
        assertEquals("Converged after 12 steps (‖∇f‖ < 1e-6)", Text.format("status.converged", 12, 1e-6));
        assertEquals("[no.such.key]", Text.get("no.such.key"), "a missing key shows, so it is seen and fixed");
        assertEquals("fallback", Text.getOr("no.such.key", "fallback"));
    }
}
