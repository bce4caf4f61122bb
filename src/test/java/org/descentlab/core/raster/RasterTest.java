package org.descentlab.core.raster;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;

import org.descentlab.core.expr.CompiledFunction;
import org.descentlab.core.expr.Expressions;
import org.descentlab.core.expr.ParseResult;

import org.junit.jupiter.api.Test;

class RasterTest {

    private static CompiledFunction fn(String text) {
        return ((ParseResult.Success) Expressions.parse(text)).function();
    }

    @Test
    void samplingFillsRowsFromYminUpAndFindsTheFiniteRange() {
        Grid grid = new Grid(-1, 1, 0, 2, 3, 5);
        SampledGrid s = GridSampler.sample(fn("x + 10*y"), grid);
        assertEquals(-1.0, s.value(0, 0));
        assertEquals(1.0 + 10 * 0.5, s.value(2, 1));
        assertEquals(-1.0, s.min());
        assertEquals(21.0, s.max());
        SampledGrid holes = GridSampler.sample(fn("1/x"), new Grid(-1, 1, 0, 1, 3, 2));
        assertEquals(Double.POSITIVE_INFINITY, holes.value(1, 0));
        assertEquals(2, holes.undefined(), "1/x at x = 0 in both rows");
        assertEquals(-1.0, holes.min());
        assertEquals(1.0, holes.max());
        SampledGrid none = GridSampler.sample(fn("log(-1 - x^2)"), grid);
        assertTrue(!none.hasFiniteValues());
    }

    @Test
    void samplingCanBeCancelled() {
        AtomicInteger polls = new AtomicInteger();
        assertThrows(CancellationException.class, () -> GridSampler.sample(fn("x*y"), new Grid(0, 1, 0, 1, 100, 100),
                () -> polls.incrementAndGet() > 10));
    }

    @Test
    void badDomainsAreRejectedWithAMessage() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Grid(2, 1, 0, 1, 10, 10));
        assertEquals("xmin must be less than xmax, got xmin 2 and xmax 1", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new Grid(0, Double.POSITIVE_INFINITY, 0, 1, 10, 10));
    }

    @Test
    void contoursOfAParaboloidAreCirclesOfTheRightRadius() {
        Grid grid = new Grid(-2, 2, -2, 2, 201, 201);
        SampledGrid s = GridSampler.sample(fn("x^2 + y^2"), grid);
        double[] levels = {0.25, 1, 2, 3};
        ContourSet contours = Contours.trace(s, levels);
        for (int k = 0; k < levels.length; k++) {
            double radius = Math.sqrt(levels[k]);
            float[] seg = contours.segments()[k];
            assertTrue(seg.length > 0);
            double length = 0;
            for (int p = 0; p < seg.length; p += 4) {
                for (int q = 0; q < 4; q += 2) {
                    double x = grid.xmin() + seg[p + q] * grid.dx();
                    double y = grid.ymin() + seg[p + q + 1] * grid.dy();
                    assertEquals(radius, Math.hypot(x, y), 2e-4, "point on level " + levels[k]);
                }
                length += Math.hypot((seg[p + 2] - seg[p]) * grid.dx(), (seg[p + 3] - seg[p + 1]) * grid.dy());
            }
            assertEquals(2 * Math.PI * radius, length, 2 * Math.PI * radius * 1e-3, "circumference at " + levels[k]);
        }
    }

    @Test
    void eachCircleOfTheParaboloidIsJoinedIntoOneClosedPolyline() {
        Grid grid = new Grid(-2, 2, -2, 2, 201, 201);
        ContourSet contours = Contours.trace(GridSampler.sample(fn("x^2 + y^2"), grid), new double[] {0.25, 1, 2});
        for (int k = 0; k < 3; k++) {
            float[][] lines = contours.lines()[k];
            assertEquals(1, lines.length, "one line for level " + contours.levels()[k]);
            float[] line = lines[0];
            float[] seg = contours.segments()[k];
            int real = 0;
            for (int p = 0; p < seg.length; p += 4) {
                real += seg[p] == seg[p + 2] && seg[p + 1] == seg[p + 3] ? 0 : 1;
            }
            assertEquals(real + 1, line.length / 2, "every segment of non-zero length once");
            assertEquals(line[0], line[line.length - 2], "closed");
            assertEquals(line[1], line[line.length - 1], "closed");
        }
        // two separate basins: two lines
        ContourSet bumps = Contours.trace(GridSampler.sample(fn("(x^2 - 1)^2 + y^2"), grid), new double[] {0.25});
        assertEquals(2, bumps.lines()[0].length);
    }

    @Test
    void contoursSkipUndefinedCellsAndResolveSaddles() {
        SampledGrid s = GridSampler.sample(fn("x*y"), new Grid(-1, 1, -1, 1, 3, 3));
        ContourSet c = Contours.trace(s, new double[] {0.1});
        assertEquals(2, c.segmentCount(0));
        SampledGrid holes = GridSampler.sample(fn("1/x"), new Grid(-1, 1, -1, 1, 3, 3));
        ContourSet none = Contours.trace(holes, new double[] {0.5});
        assertEquals(0, none.totalSegments());
    }

    @Test
    void levelsAreLinearLogOrQuantile() {
        SampledGrid s = GridSampler.sample(fn("x"), new Grid(0, 10, 0, 1, 11, 2));
        assertArrayEquals(new double[] {2.5, 5, 7.5}, ContourLevels.LINEAR.levels(s, 3), 1e-12);
        double[] log = ContourLevels.LOG.levels(s, 3);
        // δ = 10·1e-4 and t = log(1 + v/δ)/log(1 + 10⁴): level k of 3 is δ·((1 + 10⁴)^(k/4) − 1),
        // about 0.009, 0.099, 0.999: one decade per quarter
        double[] expected = {1e-3 * (Math.pow(10001, 0.25) - 1), 1e-3 * (Math.pow(10001, 0.5) - 1),
            1e-3 * (Math.pow(10001, 0.75) - 1)};
        assertArrayEquals(expected, log, 1e-12, Arrays.toString(log));
        // 22 sorted values 0, 0, 1, 1, ..., 10, 10; nearest ranks round(k·21/4) = 5, 11, 16
        assertArrayEquals(new double[] {2, 5, 8}, ContourLevels.QUANTILE.levels(s, 3), 1e-12);
        SampledGrid negative = GridSampler.sample(fn("x - 100"), new Grid(0, 10, 0, 1, 11, 2));
        for (double level : ContourLevels.LOG.levels(negative, 5)) {
            assertTrue(level > -100 && level < -90, "log levels work below zero: " + level);
        }
    }

    @Test
    void colormapsAreThePublishedTablesAndUndefinedIsDistinct() {
        assertEquals(0xFF440154, Colormap.VIRIDIS.argb(0));
        assertEquals(0xFFFDE725, Colormap.VIRIDIS.argb(1));
        assertEquals(0xFF000000, Colormap.GRAYSCALE.argb(0));
        for (Colormap c : Colormap.values()) {
            int[] entries = c.entries();
            assertEquals(256, entries.length);
            assertTrue(Arrays.stream(entries).noneMatch(e -> e == c.undefinedArgb()), c + " uses its undefined colour");
            assertEquals(c.undefinedArgb(), c.argb(Double.NaN));
            assertEquals(c, Colormap.byId(c.id()).orElseThrow());
        }
        assertNotEquals(Colormap.MAGMA.argb(0.5), Colormap.INFERNO.argb(0.5));
    }

    @Test
    void logScaleHandlesNegativeMinimaAndGivesDetailNearTheMinimum() {
        ColorScale linear = new ColorScale(-10, 990, Scale.LINEAR);
        ColorScale log = new ColorScale(-10, 990, Scale.LOG);
        assertEquals(0.0, log.normalize(-10));
        assertEquals(1.0, log.normalize(990), 1e-12);
        assertTrue(log.normalize(0) > 5 * linear.normalize(0));
        assertEquals(0.37, log.normalize(log.valueAt(0.37)), 1e-12);
        assertTrue(Double.isNaN(log.normalize(Double.POSITIVE_INFINITY)));
        assertEquals(0.5, new ColorScale(3, 3, Scale.LOG).normalize(3));
    }

    @Test
    void heatmapPutsYmaxOnTopAndPaintsUndefinedPoints() {
        SampledGrid s = GridSampler.sample(fn("y/x"), new Grid(0, 1, 0, 1, 2, 2));
        int[] pixels = new int[4];
        Heatmap.colorize(s, Heatmap.scaleFor(s, Scale.LINEAR), Colormap.VIRIDIS, pixels, () -> false);
        // bottom-left (0, 0) is 0/0 = NaN, drawn in the last image row
        assertEquals(Colormap.VIRIDIS.undefinedArgb(), pixels[2]);
        // top-left (0, 1) is 1/0 = Infinity, also undefined
        assertEquals(Colormap.VIRIDIS.undefinedArgb(), pixels[0]);
        assertEquals(Colormap.VIRIDIS.argb(1), pixels[1]);
        assertEquals(Colormap.VIRIDIS.argb(0), pixels[3]);
    }

    @Test
    void aLandscapeRenderedLikeAnotherKeepsItsColourScaleAndContourLevelsOnAFinerGrid() {
        // x on 3 points of [-1, 1] ranges over [-1, 1], with 4 levels at -0.6, -0.2, 0.2 and 0.6; on 7 points
        // of [-1, 2] it goes up to 2 (its own levels would be -0.4, 0.2, 0.8 and 1.4)
        CompiledFunction f = fn("x");
        Landscape coarse = Landscape.render(f, new Grid(-1, 1, 0, 1, 3, 2), new Landscape.Style(Colormap.VIRIDIS,
                ScaleChoice.LINEAR, 4), () -> false);
        Landscape fine = Landscape.renderLike(coarse, f, new Grid(-1, 2, 0, 1, 7, 2), 4, 1, () -> false);
        assertEquals(coarse.scale(), fine.scale());
        assertEquals(7, fine.grid().nx());
        // x = 0.5 is three quarters of the way up, x = 2 past the top: the top colour
        assertEquals(Colormap.VIRIDIS.argb(0.75), fine.argb()[3]);
        assertEquals(Colormap.VIRIDIS.argb(1), fine.argb()[6]);
        // the last level is 0.6, at grid column (0.6 + 1) / 0.5 = 3.2 (1.4 would be at 4.8)
        assertEquals(4, fine.contours().lines().length);
        assertEquals(3.2, fine.contours().lines()[3][0][0], 1e-4);
    }

    @Test
    void aValueBelowALogScalesMinimumTakesItsFirstColourNotUndefined() {
        ColorScale log = new ColorScale(0, 100, Scale.LOG);
        assertEquals(0.0, log.normalize(-50));
        assertEquals(1.0, log.normalize(150));
    }
}
