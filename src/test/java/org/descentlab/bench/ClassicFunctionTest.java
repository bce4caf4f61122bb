package org.descentlab.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;

import org.descentlab.core.expr.CompiledFunction;
import org.descentlab.core.expr.Expressions;
import org.descentlab.core.expr.ParseResult;
import org.descentlab.core.raster.Grid;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The benchmark baselines compute the same functions as the typed text, or the comparison means nothing. */
class ClassicFunctionTest {

    @ParameterizedTest
    @EnumSource(ClassicFunction.class)
    void handWrittenBaselineMatchesTheCompiledText(ClassicFunction c) {
        ParseResult result = Expressions.parse(c.text());
        CompiledFunction f = ((ParseResult.Success) result).function();
        assertEquals(0, result.warnings().size(), c.text());
        Grid g = c.grid(2);
        Random r = new Random(c.ordinal());
        for (int k = 0; k < 1000; k++) {
            double x = g.xmin() + r.nextDouble() * (g.xmax() - g.xmin());
            double y = g.ymin() + r.nextDouble() * (g.ymax() - g.ymin());
            double expected = c.handWritten().value(x, y);
            assertEquals(expected, f.value(x, y), 1e-12 * Math.max(1, Math.abs(expected)), c + " at " + x + ", " + y);
        }
    }
}
