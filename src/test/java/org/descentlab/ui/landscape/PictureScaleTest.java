package org.descentlab.ui.landscape;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;

import org.descentlab.core.expr.CompiledFunction;
import org.descentlab.core.expr.Expressions;
import org.descentlab.core.expr.ParseResult;
import org.descentlab.core.raster.Domain;
import org.descentlab.core.raster.ScaleChoice;
import org.descentlab.core.scenario.Scenario;
import org.descentlab.core.scenario.ViewSettings;

import org.junit.jupiter.api.Test;

/**
 * A picture at 2× is drawn at twice the resolution, as on a screen of twice the density: not the 1× picture
 * enlarged (JavaFX keeps a canvas at the screen's pixels, so a snapshot scaled by 2 alone enlarges them).
 */
class PictureScaleTest {

    private static final String WAVES = "sin(20*x) + cos(17*y)";

    private static WritableImage draw(Scenario s, int width, int height, int scale) throws InterruptedException {
        return HeadlessFx.call(() -> PictureWriter.snapshot(new PictureWriter.Picture(function(s), s, List.of()), width, height,
                scale));
    }

    private static CompiledFunction function(Scenario s) {
        return ((ParseResult.Success) Expressions.parse(s.function())).function();
    }

    @Test
    void twiceTheScaleIsTwiceTheSizeWithTheHeatmapSampledAtEveryPixel() throws Exception {
        // the plot is 400 − 64 − 96 = 240 by 300 − 14 − 44 = 242 units, at (64, 14); at 2× it is 480 × 484
        // pixels at (128, 28), and the grid has as many points, the first and last on the plot's edges.
        // f is +1 and −1 at alternate points of that grid, so the 2× heatmap alternates bright and dark
        // columns; on the 1× grid (240 points) f is at the same phase at every point, and slowly varying,
        // so an enlargement of the 1× picture has no such stripes
        Domain d = ViewSettings.DEFAULT.withDomain(new Domain(-2, 2, -2, 2)).shown(240 / 242.0);
        String stripes = "cos(pi*(x - (" + d.xmin() + "))*479/" + d.width() + ")";
        Scenario s = Scenario.of(stripes).withView(ViewSettings.DEFAULT.withDomain(new Domain(-2, 2, -2, 2)).withContours(0)
                .withScale(ScaleChoice.LINEAR));
        WritableImage one = draw(s, 400, 300, 1);
        WritableImage two = draw(s, 400, 300, 2);
        assertEquals(400, one.getWidth());
        assertEquals(300, one.getHeight());
        assertEquals(800, two.getWidth());
        assertEquals(600, two.getHeight());
        assertTrue(stripes(two.getPixelReader(), 132, 128 + 476, 40, 28 + 470) > 30, "the 2× heatmap alternates (an enlargement: below 1)");
    }

    /** The mean difference in brightness between horizontal neighbours, over rows y0..y1 in steps of 10. */
    private static double stripes(PixelReader r, int x0, int x1, int y0, int y1) {
        long sum = 0;
        int n = 0;
        for (int y = y0; y < y1; y += 10) {
            for (int x = x0; x + 1 < x1; x++) {
                sum += Math.abs(brightness(r.getArgb(x, y)) - brightness(r.getArgb(x + 1, y)));
                n++;
            }
        }
        return sum / (double) n;
    }

    @Test
    void linesAndLettersAreDrawnAtTwiceTheResolutionNotEnlarged() throws Exception {
        Scenario s = Scenario.of(WAVES).withView(ViewSettings.DEFAULT.withDomain(new Domain(-2, 2, -2, 2)));
        WritableImage two = draw(s, 400, 300, 2);
        // the axes' numbers left of and below the plot, on the window's flat background: an enlarged 1×
        // picture there is smoothed, with no edge sharper than two pixels
        PixelReader r = two.getPixelReader();
        assertTrue(sharpEdges(r, 0, 28, 124, 28 + 484) + sharpEdges(r, 100, 514, 640, 600) > 10,
                "edges from background to ink in one pixel (an enlargement: none)");
    }

    /** Steps from the background's colour to near the ink's in one pixel, left to right. */
    private static int sharpEdges(PixelReader r, int x0, int y0, int x1, int y1) {
        int background = r.getArgb(x0, y0);
        int edges = 0;
        for (int y = y0; y < y1; y++) {
            for (int x = x0; x + 1 < x1; x++) {
                if (r.getArgb(x, y) == background && brightness(background) - brightness(r.getArgb(x + 1, y)) > 150) {
                    edges++;
                }
            }
        }
        return edges;
    }

    private static int brightness(int argb) {
        return ((argb >> 16 & 0xFF) + (argb >> 8 & 0xFF) + (argb & 0xFF)) / 3;
    }
}
