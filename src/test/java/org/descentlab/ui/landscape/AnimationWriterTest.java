package org.descentlab.ui.landscape;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import javax.imageio.ImageIO;

import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

import org.descentlab.core.analysis.Progress;
import org.descentlab.core.expr.CompiledFunction;
import org.descentlab.core.expr.Expressions;
import org.descentlab.core.expr.ParseResult;
import org.descentlab.core.preset.PresetLibrary;
import org.descentlab.core.raster.GifFile;
import org.descentlab.core.run.Runner;
import org.descentlab.core.run.Trajectory;
import org.descentlab.core.scenario.Scenario;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The GIF's frames are render's picture with the playhead moving, in one palette, exactly as many as asked. */
class AnimationWriterTest {

    @TempDir
    Path dir;

    @BeforeAll
    static void toolkit() throws InterruptedException {
        HeadlessFx.start();
    }

    private static PictureWriter.Picture himmelblau() {
        Scenario s = PresetLibrary.bundled().byId("himmelblau").orElseThrow().scenario();
        CompiledFunction f = ((ParseResult.Success) Expressions.parse(s.function())).function();
        List<Trajectory> paths = new ArrayList<>();
        for (int k = 0; k < s.runs().size(); k++) {
            paths.add(Runner.run(f, s.config(k)));
        }
        return new PictureWriter.Picture(f, s, paths);
    }

    /** The worst channel difference between two pictures, and the mean one. */
    private static double[] difference(int[] a, int[] b) {
        assertEquals(a.length, b.length);
        int worst = 0;
        long total = 0;
        for (int k = 0; k < a.length; k++) {
            for (int shift = 0; shift <= 16; shift += 8) {
                int d = Math.abs((a[k] >> shift & 0xFF) - (b[k] >> shift & 0xFF));
                worst = Math.max(worst, d);
                total += d;
            }
        }
        return new double[] {worst, total / (3.0 * a.length)};
    }

    @Test
    void frameIShowsTheRunsUpToRoundedIOfTheLongestRunsSteps() {
        // 5 frames of a 10-step run: steps 0, 2.5, 5, 7.5, 10, halves rounded up
        int[] heads = new int[5];
        for (int i = 0; i < 5; i++) {
            heads[i] = AnimationFrames.playhead(i, 5, 10);
        }
        assertArrayEquals(new int[] {0, 3, 5, 8, 10}, heads);
        assertEquals(347, AnimationFrames.playhead(199, 200, 347));
        assertEquals(0, AnimationFrames.playhead(3, 4, 0));
    }

    @Test
    void aPremultipliedColourOverAnOpaqueOneBlendsAsJavaFxDoes() {
        assertEquals(0xFF102030, AnimationWriter.over(0xFF102030, 0xFFFFFFFF));
        assertEquals(0xFFFFFFFF, AnimationWriter.over(0x00000000, 0xFFFFFFFF));
        // half-transparent black over white: 0 + 255 · 127 / 255 = 127
        assertEquals(0xFF7F7F7F, AnimationWriter.over(0x80000000, 0xFFFFFFFF));
    }

    @Test
    void exactlyNFramesOfWxHInOnePaletteWithExactDelaysAndTheEndsAsRenderDrawsThem() throws Exception {
        PictureWriter.Picture picture = himmelblau();
        Path out = dir.resolve("himmelblau.gif");
        List<Integer> done = new ArrayList<>();
        AnimationWriter.write(picture, new AnimationWriter.Settings(400, 300, 7, 30, 0, false), out, new Progress() {
            @Override
            public boolean cancelled() {
                return false;
            }

            @Override
            public void done(int finished, int total) {
                assertEquals(7, total);
                done.add(finished);
            }
        });
        assertEquals(List.of(1, 2, 3, 4, 5, 6, 7), done);
        GifFile gif = GifFile.read(out);
        assertEquals(7, gif.frames().size());
        for (GifFile.Frame f : gif.frames()) {
            assertEquals(400, f.width());
            assertEquals(300, f.height());
            assertFalse(f.localTable(), "one palette for all frames");
        }
        // 30 fps: frames end at 3.3, 6.7, 10, 13.3, 16.7, 20, 23.3 hundredths; 7 / 30 s in all
        assertArrayEquals(new int[] {3, 4, 3, 3, 4, 3, 3}, gif.delays());
        assertEquals(0, gif.repeats(), "loops forever");

        // the last frame is render's picture; the first, the same with the playhead at the start
        Path png = dir.resolve("end.png");
        PictureWriter.write(picture, 400, 300, png);
        BufferedImage end = ImageIO.read(png.toFile());
        int[] rendered = end.getRGB(0, 0, 400, 300, null, 0, 400);
        int[] start = HeadlessFx.call(() -> {
            LandscapeView view = PictureWriter.staged(picture, 400, 300, 1);
            view.playheadProperty().set(0);
            WritableImage image = view.getScene().snapshot(new WritableImage(400, 300));
            int[] argb = new int[400 * 300];
            image.getPixelReader().getPixels(0, 0, 400, 300, PixelFormat.getIntArgbInstance(), argb, 0, 400);
            return argb;
        });
        int[][] frames = {gif.screens().get(0), gif.screens().get(6)};
        int[][] references = {start, rendered};
        for (int e = 0; e < 2; e++) {
            double[] d = difference(references[e], frames[e]);
            // 255 colours for a heatmap, anti-aliased contours and paths, mapped through 5-bit cells: the worst
            // pixel within two cells, the mean within a fraction of one
            assertTrue(d[0] <= 64, "worst channel difference " + d[0]);
            assertTrue(d[1] <= 3.5, "mean channel difference " + d[1]);
            // where the paths moved (the two ends differ by far more than the quantisation), each end is its own
            int moved = 0;
            for (int k = 0; k < start.length; k++) {
                if (distance(start[k], rendered[k]) > 120) {
                    moved++;
                    assertTrue(distance(frames[e][k], references[e][k]) < distance(frames[e][k], references[1 - e][k]),
                            "frame " + (e == 0 ? "first" : "last") + " at pixel " + k);
                }
            }
            assertTrue(moved > 200, "the runs moved between the first frame and the last: " + moved + " pixels");
        }
    }

    private static int distance(int a, int b) {
        int d = 0;
        for (int shift = 0; shift <= 16; shift += 8) {
            d = Math.max(d, Math.abs((a >> shift & 0xFF) - (b >> shift & 0xFF)));
        }
        return d;
    }

    @Test
    void aDarkWindowsAnimationIsDarkAroundThePlotWithLightAxisText() throws Exception {
        Path light = dir.resolve("light.gif");
        Path dark = dir.resolve("dark.gif");
        AnimationWriter.write(himmelblau(), new AnimationWriter.Settings(300, 200, 2, 10, 0, false), light, Progress.NONE);
        AnimationWriter.write(himmelblau(), new AnimationWriter.Settings(300, 200, 2, 10, 0, true), dark, Progress.NONE);
        // the top-left corner is outside the plot, axes and colour bar: the theme's background
        int lightCorner = GifFile.read(light).screens().get(0)[2 * 300 + 2];
        int darkCorner = GifFile.read(dark).screens().get(0)[2 * 300 + 2];
        assertTrue(brightness(lightCorner) > 600, Integer.toHexString(lightCorner));
        assertTrue(brightness(darkCorner) < 200, Integer.toHexString(darkCorner));
    }

    private static int brightness(int argb) {
        return (argb >> 16 & 0xFF) + (argb >> 8 & 0xFF) + (argb & 0xFF);
    }

    @Test
    void aCancelledAnimationWritesNothingAndLeavesTheFileAsItWas() throws Exception {
        Path out = dir.resolve("kept.gif");
        Files.writeString(out, "before");
        Progress cancelAfterTwo = new Progress() {
            private int frames;

            @Override
            public boolean cancelled() {
                return frames >= 2;
            }

            @Override
            public void done(int finished, int total) {
                frames = finished;
            }
        };
        assertThrows(CancellationException.class, () -> AnimationWriter.write(himmelblau(),
                new AnimationWriter.Settings(300, 200, 20, 10, 1, false), out, cancelAfterTwo));
        assertEquals("before", Files.readString(out));
        try (var left = Files.list(dir)) {
            assertEquals(List.of(out), left.toList(), "no temporary file stays");
        }
    }

    @Test
    void settingsOutsideTheirRangesAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new AnimationWriter.Settings(300, 200, 1, 10, 0, false));
        assertThrows(IllegalArgumentException.class, () -> new AnimationWriter.Settings(300, 200, AnimationWriter.MAX_FRAMES + 1, 10, 0, false));
        assertThrows(IllegalArgumentException.class, () -> new AnimationWriter.Settings(300, 200, 10, 51, 0, false));
        assertThrows(IllegalArgumentException.class, () -> new AnimationWriter.Settings(300, 200, 10, 10, -1, false));
        assertEquals(333, new AnimationWriter.Settings(300, 200, 100, 30, 0, false).hundredths());
    }
}
