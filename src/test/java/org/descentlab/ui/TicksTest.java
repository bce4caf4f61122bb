package org.descentlab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class TicksTest {

    @Test
    void labelsAreShortAndLocaleIndependent() {
        assertEquals("1e-6", Ticks.label(1e-6));
        assertEquals("2.5e7", Ticks.label(2.5e7));
        assertEquals("-3.14e-4", Ticks.label(-3.14159e-4));
        assertEquals("250.7", Ticks.label(250.6679));
        assertEquals("0.125", Ticks.label(0.125));
        assertEquals("1000", Ticks.label(1000));
        assertEquals("0", Ticks.label(-0.0));
    }

    @Test
    void undefinedAndInfiniteValuesReadAsSuch() {
        assertEquals("NaN", Ticks.label(Double.NaN));
        assertEquals("∞", Ticks.label(Double.POSITIVE_INFINITY));
        assertEquals("−∞", Ticks.label(Double.NEGATIVE_INFINITY));
    }

    @Test
    void ticksAreNiceNumbers() {
        assertEquals(List.of(-2.0, -1.0, 0.0, 1.0, 2.0), Ticks.nice(-2, 2, 4));
        assertEquals(List.of(0.0, 0.5, 1.0, 1.5, 2.0, 2.5, 3.0), Ticks.nice(-0.2, 3.1, 6));
        assertEquals(List.of(), Ticks.nice(1, 1, 4));
    }
}
