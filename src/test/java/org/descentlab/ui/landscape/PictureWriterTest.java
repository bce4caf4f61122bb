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

import org.descentlab.core.expr.CompiledFunction;
import org.descentlab.core.expr.Expressions;
import org.descentlab.core.expr.ParseResult;
import org.descentlab.core.preset.PresetLibrary;
import org.descentlab.core.run.Runner;
import org.descentlab.core.run.Trajectory;
import org.descentlab.core.scenario.Scenario;

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
