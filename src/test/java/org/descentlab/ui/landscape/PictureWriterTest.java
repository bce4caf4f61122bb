package org.descentlab.ui.landscape;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;

import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;

import org.descentlab.core.analysis.BasinMap;
import org.descentlab.core.analysis.Progress;
import org.descentlab.core.expr.CompiledFunction;
import org.descentlab.core.expr.Expressions;
import org.descentlab.core.expr.ParseResult;
import org.descentlab.core.preset.PresetLibrary;
import org.descentlab.core.raster.Domain;
import org.descentlab.core.run.Runner;
import org.descentlab.core.run.Trajectory;
import org.descentlab.core.scenario.Scenario;
import org.descentlab.ui.base.Palette;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A picture is written only when JavaFX drew it. JavaFX draws a snapshot on its render thread and, when that
 * fails, prints the error and hands back the image untouched: such an image is refused, in words.
 */
class PictureWriterTest {

    @TempDir
    Path dir;

    @Test
    void aDrawnPictureHasNoClearPixelSoAnUnfinishedOneCanBeToldApart() throws Exception {
        Scenario s = PresetLibrary.bundled().byId("himmelblau").orElseThrow().scenario();
        CompiledFunction f = ((ParseResult.Success) Expressions.parse(s.function())).function();
        List<Trajectory> paths = new ArrayList<>();
        for (int k = 0; k < s.runs().size(); k++) {
            paths.add(Runner.run(f, s.config(k)));
        }
        Path out = dir.resolve("himmelblau.png");
        PictureWriter.write(new PictureWriter.Picture(f, s, paths), 320, 240, out);
        BufferedImage image = ImageIO.read(out.toFile());
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                assertEquals(0xFF, image.getRGB(x, y) >>> 24, "opaque at " + x + ", " + y);
            }
        }
    }

    @Test
    void aBasinMapIsDrawnUnderThePathsWithTheScenariosOpacityAndCoversThePlot() throws Exception {
        Scenario s = PresetLibrary.bundled().byId("himmelblau").orElseThrow().scenario();
        s = s.withView(s.view().withContours(0)).withRuns(List.of(s.runs().get(0).withVisible(false)))
                .withAnalysis(s.analysis().withBasins(true).withBasinOpacity(1)).withMinima(List.of());
        CompiledFunction f = ((ParseResult.Success) Expressions.parse(s.function())).function();
        Domain d = PictureWriter.shown(s, 500, 300);
        assertEquals(-5, d.ymin(), 0);
        assertTrue(d.xmin() < -5, "equal scale widens x: " + d);
        BasinMap map = BasinMap.compute(f, s.config(0), d, 32, 1, BasinMap.minima(f, d), Progress.NONE);
        Path out = dir.resolve("basins.png");
        PictureWriter.write(new PictureWriter.Picture(f, s, List.of(Runner.run(f, s.config(0))), map), 500, 300, out);
        BufferedImage image = ImageIO.read(out.toFile());
        // the plot is 340 × 242 px, 64 px from the left and 14 from the top; (3, 2) is minimum 2, (-3.78, -3.28) minimum 0
        for (double[] at : new double[][] {{3.1, 2.1}, {-3.7, -3.2}}) {
            int cell = map.cellAt(at[0], at[1]);
            int minimum = map.endings().endings().get(cell).minimum();
            int px = 64 + (int) Math.round((at[0] - d.xmin()) / d.width() * 340);
            int py = 14 + (int) Math.round((d.ymax() - at[1]) / d.height() * 242);
            Color c = Palette.minimum(minimum);
            int expected = (int) Math.round(c.getRed() * 255) << 16 | (int) Math.round(c.getGreen() * 255) << 8
                    | (int) Math.round(c.getBlue() * 255);
            assertEquals(Integer.toHexString(expected), Integer.toHexString(image.getRGB(px, py) & 0xFFFFFF),
                    "the colour of minimum " + minimum + " at " + at[0] + ", " + at[1]);
        }
    }

    @Test
    void aSnapshotJavaFxDidNotFinishIsRefusedWithWhatItSaid() throws Exception {
        WritableImage untouched = HeadlessFx.call(() -> new WritableImage(300, 200));
        OutOfMemoryError memory = assertThrows(OutOfMemoryError.class, () -> PictureWriter.png(untouched,
                "java.lang.OutOfMemoryError: Java heap space\n\tat com.sun.prism.sw.SWArgbPreTexture.allocateBuffer\n"));
        assertEquals("JavaFX ran out of memory drawing the 300×200 picture; nothing was written", memory.getMessage());
        IOException other = assertThrows(IOException.class, () -> PictureWriter.png(untouched,
                "java.lang.IllegalStateException: no texture\n\tat com.sun.prism.sw.SWResourceFactory\n"));
        assertEquals("JavaFX did not draw the 300×200 picture (java.lang.IllegalStateException: no texture); nothing was"
                + " written", other.getMessage());
        assertEquals("JavaFX did not draw the 300×200 picture (it said nothing); nothing was written",
                assertThrows(IOException.class, () -> PictureWriter.png(untouched, "")).getMessage());
    }

    @Test
    void whatIsPrintedWhileTheToolkitDrawsIsCaughtAndSystemErrComesBack() throws Exception {
        PrintStream before = System.err;
        HeadlessFx.Captured<Integer> c = HeadlessFx.callCapturingErrors(() -> {
            // as JavaFX's render thread does when a snapshot fails
            Thread render = new Thread(() -> new OutOfMemoryError("Java heap space").printStackTrace(System.err));
            render.start();
            try {
                render.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return 7;
        });
        assertEquals(7, c.value());
        assertTrue(c.printed().startsWith("java.lang.OutOfMemoryError: Java heap space"), c.printed());
        assertSame(before, System.err);
    }
}
