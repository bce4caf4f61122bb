package org.descentlab.ui.base;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class NumbersSnapTest {

    @Test
    void aValueLandsOnTheDecimalGridOfItsResolution() {
        assertEquals(-6.25, Numbers.snap(-6.2531249, 0.0126));
        assertEquals("-6.25", Numbers.exact(Numbers.snap(-6.2531249, 0.0126)));
        assertEquals("-0.3", Numbers.exact(Numbers.snap(-0.30000000000000004, 0.01)), "no binary noise");
        assertEquals(1234.5, Numbers.snap(1234.5432, 0.5));
        assertEquals(1.2e-7, Numbers.snap(1.2345e-7, 3e-8), 1e-22);
        assertEquals(1e300, Numbers.snap(1e300, 1e-3), "out of the grid's reach: unchanged");
        assertEquals(2.5, Numbers.snap(2.5, 0), "no resolution: unchanged");
    }
}
