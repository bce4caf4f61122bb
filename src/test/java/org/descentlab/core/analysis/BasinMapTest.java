package org.descentlab.core.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.descentlab.core.Vec2;
import org.descentlab.core.expr.CompiledFunction;
import org.descentlab.core.expr.Expressions;
import org.descentlab.core.expr.ParseResult;
import org.descentlab.core.optim.GradientDescent;
import org.descentlab.core.raster.Domain;
import org.descentlab.core.run.RunConfig;
import org.descentlab.core.run.Runner;
import org.descentlab.core.run.Trajectory;

import org.junit.jupiter.api.Test;

class BasinMapTest {

    private static final Domain WIDE = new Domain(-8, 8, -5, 5);

    private static CompiledFunction himmelblau() {
        return ((ParseResult.Success) Expressions.parse("(x^2+y-11)^2 + (x+y^2-7)^2")).function();
    }

    @Test
    void aPlanePointFallsInTheCellWhoseCentreIsTheGridsStart() {
        CompiledFunction f = himmelblau();
        RunConfig gd = RunConfig.of(new GradientDescent(0.01, 0), 0, 0).withMaxSteps(200);
        BasinMap map = BasinMap.compute(f, gd, WIDE, 16, 5, BasinMap.minima(f, WIDE), Progress.NONE);
        assertEquals(1, map.seeds(), "no noise: one seed a cell, whatever is asked");
        List<Vec2> grid = ManyStarts.grid(WIDE, 16);
        for (int k = 0; k < 256; k++) {
            assertEquals(grid.get(k), map.centre(k));
            assertEquals(k, map.cellAt(grid.get(k).x(), grid.get(k).y()));
        }
        assertEquals(0, map.cellAt(-8, -5));
        assertEquals(255, map.cellAt(8, 5), "the far edges belong to the last cells");
        assertEquals(-1, map.cellAt(8.01, 0));
        assertEquals(-1, map.cellAt(0, Double.NaN));
        assertEquals(4, map.minima().size());
    }

    @Test
    void aCellsRunIsTheRunTheMapMadeForEachSeed() {
        CompiledFunction f = himmelblau();
        RunConfig noisy = RunConfig.of(new GradientDescent(0.01, 0), 0, 0).withMaxSteps(150).withNoise(10, 40);
        BasinMap map = BasinMap.compute(f, noisy, WIDE, 4, 3, BasinMap.minima(f, WIDE), Progress.NONE);
        assertEquals(3, map.seeds());
        for (int s = 0; s < 3; s++) {
            Trajectory t = Runner.run(f, map.cellRun(5, s));
            ManyStarts.Ending e = map.endings().endings().get(5 * 3 + s);
            assertEquals(40 + s, e.seed());
            assertEquals(t.x(t.lastStep()), e.endX(), 0);
            assertEquals(t.y(t.lastStep()), e.endY(), 0);
        }
        assertThrows(IllegalArgumentException.class, () -> new BasinMap(WIDE, 5, noisy, map.endings()));
    }
}
