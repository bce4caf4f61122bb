package org.descentlab.ui.landscape;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.ArrayList;
import java.util.List;

import javafx.scene.paint.Color;

import org.descentlab.core.analysis.BasinMap;
import org.descentlab.core.analysis.CriticalPoints;
import org.descentlab.core.analysis.Endings;
import org.descentlab.core.analysis.ManyStarts;
import org.descentlab.core.optim.GradientDescent;
import org.descentlab.core.raster.Domain;
import org.descentlab.core.run.RunConfig;
import org.descentlab.core.run.Stop;
import org.descentlab.core.run.StopReason;
import org.descentlab.ui.base.Palette;

import org.junit.jupiter.api.Test;

/** The basin map's pixels: a cell's colour, where it goes in the image, the hatch and the blend of seeds. No toolkit. */
class BasinPainterTest {

    private static final List<CriticalPoints.Point> TWO = List.of(new CriticalPoints.Point(CriticalPoints.Kind.MINIMUM, -1, 0, 0, 1, 1),
            new CriticalPoints.Point(CriticalPoints.Kind.MINIMUM, 1, 0, 0, 1, 1));

    private static BasinMap map(int cells, int seeds, int... labels) {
        List<ManyStarts.Ending> endings = new ArrayList<>();
        for (int label : labels) {
            endings.add(new ManyStarts.Ending(0, 0, 0, 0, 0, 0, 1, new Stop(StopReason.CONVERGED, 1, ""), label));
        }
        return new BasinMap(new Domain(-2, 2, -2, 2), cells, RunConfig.of(new GradientDescent(0.1, 0), 0, 0),
                new Endings(endings, TWO, seeds));
    }

    private static int argb(Color c) {
        return 0xFF000000 | (int) Math.round(c.getRed() * 255) << 16 | (int) Math.round(c.getGreen() * 255) << 8
                | (int) Math.round(c.getBlue() * 255);
    }

    @Test
    void eachCellIsABlockInItsColourWithTheBottomRowOfCellsAtTheBottomOfTheImage() {
        // cells from ymin up: bottom row minimum 0, diverged; top row still moving, elsewhere
        BasinMap m = map(2, 1, 0, ManyStarts.DIVERGED, ManyStarts.MOVING, ManyStarts.ELSEWHERE);
        int s = BasinPainter.scale(2);
        assertEquals(256, s);
        int side = 2 * s;
        int[] px = BasinPainter.argb(m);
        assertEquals(side * side, px.length);
        int bottom = (side - 1) * side;
        assertEquals(argb(Palette.minimum(0)), px[bottom + 4]);
        assertEquals(argb(Palette.minimum(0)), px[bottom + s - 1]);
        assertEquals(argb(Palette.BASIN_DIVERGED), px[bottom + s]);
        assertEquals(argb(Palette.BASIN_ELSEWHERE), px[side + side - 1]);
        // still moving: light grey, hatched along diagonals
        assertEquals(argb(Palette.BASIN_MOVING_HATCH), px[0]);
        assertEquals(argb(Palette.BASIN_MOVING), px[BasinPainter.STRIPE]);
        assertEquals(argb(Palette.BASIN_MOVING_HATCH), px[side + BasinPainter.HATCH - 1]);
    }

    private static int channel(double v) {
        return (int) Math.round(v * 255);
    }

    @Test
    void aCellOfManySeedsIsTheBlendOfItsEndsByTheirShares() {
        BasinMap m = map(1, 4, 0, 0, 0, 1);
        int[] px = BasinPainter.argb(m);
        Color a = Palette.minimum(0);
        Color b = Palette.minimum(1);
        // in doubles, as the painter blends (a Color holds floats, which may round a half the other way)
        int expected = 0xFF000000 | channel(0.75 * a.getRed() + 0.25 * b.getRed()) << 16
                | channel(0.75 * a.getGreen() + 0.25 * b.getGreen()) << 8 | channel(0.75 * a.getBlue() + 0.25 * b.getBlue());
        assertEquals(expected, px[0]);
        assertEquals(expected, px[px.length - 1], "no hatch without a still-moving share");
        assertNotEquals(argb(a), expected);
    }

    @Test
    void theLegendKeyListsTheMinimaReachedAndOnlyTheEndsThatOccur() {
        BasinPainter.Key k = BasinPainter.Key.of(map(2, 1, 1, 1, ManyStarts.DIVERGED, 1), false);
        assertEquals(List.of(Palette.minimum(1)), k.minima());
        assertEquals(List.of(BasinPainter.Key.Row.MINIMA, BasinPainter.Key.Row.DIVERGED), k.rows());
        assertEquals("basin of each minimum", k.label(BasinPainter.Key.Row.MINIMA));
        BasinPainter.Key small = BasinPainter.Key.of(map(2, 1, 1, 1, ManyStarts.DIVERGED, 1), true);
        assertEquals(List.of(BasinPainter.Key.Row.MINIMA), small.rows(), "one row in a pane of small multiples");
        assertEquals("basins · no minimum", small.label(BasinPainter.Key.Row.MINIMA));
    }
}
