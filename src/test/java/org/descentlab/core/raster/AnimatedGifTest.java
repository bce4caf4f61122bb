package org.descentlab.core.raster;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Delays that add up to the exact duration, one palette, the loop extension, frames read back as written. */
class AnimatedGifTest {

    @TempDir
    Path dir;

    @Test
    void delaysAreCumulativelyRoundedSoTheWholeLastsFramesOverFps() {
        // 30 fps: frames end at 3.33, 6.67, 10, 13.33, 16.67, 20 hundredths, rounded 3, 7, 10, 13, 17, 20
        assertArrayEquals(new int[] {3, 4, 3, 3, 4, 3}, AnimatedGif.delays(6, 30));
        assertArrayEquals(new int[] {5, 5, 5}, AnimatedGif.delays(3, 20));
        assertArrayEquals(new int[] {100, 100}, AnimatedGif.delays(2, 1));
        assertArrayEquals(new int[] {2, 2, 2, 2}, AnimatedGif.delays(4, 50));
        // 7 fps: 100 frames last 14.2857 s, 1429 hundredths; no delay is more than one off 100 / 7
        int[] seven = AnimatedGif.delays(100, 7);
        assertEquals(1429, Arrays.stream(seven).sum());
        assertTrue(Arrays.stream(seven).allMatch(d -> d == 14 || d == 15), Arrays.toString(seven));
        assertEquals(667, Arrays.stream(AnimatedGif.delays(200, 30)).sum());
        assertThrows(IllegalArgumentException.class, () -> AnimatedGif.delays(2, 0));
        assertThrows(IllegalArgumentException.class, () -> AnimatedGif.delays(2, 51));
    }

    private static final int RED = 0xFFFF0000;
    private static final int BLUE = 0xFF0000FF;
    private static final int WHITE = 0xFFFFFFFF;

    private Path write(String name, int plays, int[]... pictures) throws IOException {
        GifPalette palette = GifPalette.of(new int[] {RED, BLUE, WHITE}, List.of());
        Path out = dir.resolve(name);
        try (OutputStream stream = Files.newOutputStream(out); AnimatedGif gif = new AnimatedGif(stream, 3, 2, palette, plays)) {
            int[] delays = AnimatedGif.delays(pictures.length, 30);
            for (int k = 0; k < pictures.length; k++) {
                byte[] indices = new byte[6];
                palette.indices(pictures[k], indices);
                gif.add(indices, delays[k]);
            }
        }
        return out;
    }

    @Test
    void framesReadBackAsWrittenInOnePaletteWithTheirDelaysAndLoopingForever() throws IOException {
        int[][] pictures = {
            {RED, RED, RED, BLUE, BLUE, BLUE},
            {RED, WHITE, RED, BLUE, BLUE, BLUE},
            {WHITE, WHITE, RED, BLUE, BLUE, RED},
            {WHITE, WHITE, RED, BLUE, BLUE, RED},
        };
        GifFile gif = GifFile.read(write("four.gif", 0, pictures));
        assertEquals(4, gif.frames().size());
        for (GifFile.Frame f : gif.frames()) {
            assertEquals(3, f.width());
            assertEquals(2, f.height());
            assertFalse(f.localTable(), "every frame in the one global palette");
        }
        assertArrayEquals(new int[] {3, 4, 3, 3}, gif.delays());
        assertEquals(0, gif.repeats(), "NETSCAPE2.0 with 0 repeats: forever");
        for (int k = 0; k < pictures.length; k++) {
            assertArrayEquals(pictures[k], gif.screens().get(k), "frame " + k);
        }
    }

    @Test
    void playsCountsEveryPlayOnceMeansNoLoopExtension() throws IOException {
        int[] a = {RED, RED, RED, BLUE, BLUE, BLUE};
        int[] b = {BLUE, RED, RED, BLUE, BLUE, BLUE};
        assertEquals(-1, GifFile.read(write("once.gif", 1, a, b)).repeats());
        assertEquals(2, GifFile.read(write("thrice.gif", 3, a, b)).repeats());
        assertEquals(AnimatedGif.MAX_PLAYS - 1, GifFile.read(write("most.gif", AnimatedGif.MAX_PLAYS, a, b)).repeats());
        assertThrows(IllegalArgumentException.class, () -> write("too.gif", AnimatedGif.MAX_PLAYS + 1, a, b));
    }

    @Test
    void aFrameOfTheWrongSizeIsRefused() throws IOException {
        GifPalette palette = GifPalette.of(new int[] {RED}, List.of());
        try (OutputStream stream = Files.newOutputStream(dir.resolve("x.gif")); AnimatedGif gif = new AnimatedGif(stream, 3, 2, palette, 0)) {
            assertThrows(IllegalArgumentException.class, () -> gif.add(new byte[5], 3));
        }
    }
}
