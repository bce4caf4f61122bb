package org.descentlab.core.raster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Exact colours stay exact, few colours are kept as they are, and many are covered closely. */
class GifPaletteTest {

    private static int rgb(int r, int g, int b) {
        return 0xFF000000 | r << 16 | g << 8 | b;
    }

    private static int error(int a, int b) {
        int e = 0;
        for (int shift = 0; shift <= 16; shift += 8) {
            e = Math.max(e, Math.abs((a >> shift & 0xFF) - (b >> shift & 0xFF)));
        }
        return e;
    }

    @Test
    void exactColoursMapToThemselvesEvenAmongSampledNeighbours() {
        int red = rgb(228, 26, 28);
        // 229, 27, 29 shares red's 5-bit cell; it is sampled a million times, red never
        int[] near = new int[1_000_000];
        Arrays.fill(near, rgb(229, 27, 29));
        GifPalette p = GifPalette.of(new int[] {red, 0xFF000000}, List.of(near));
        assertEquals(red & 0xFFFFFF, p.rgb()[p.index(red)]);
        assertEquals(0, p.rgb()[p.index(0xFF000000)]);
        assertEquals(0, p.index(red), "exact colours come first, in order");
        assertEquals(1, p.index(0xFF000000));
    }

    @Test
    void aPictureOfFewerColoursThanEntriesInDistinctCellsIsKeptExactly() {
        // 200 colours, 8 apart in red and green: each in a 5-bit cell of its own
        int[] picture = new int[200];
        for (int k = 0; k < picture.length; k++) {
            picture[k] = rgb(k % 20 * 8 + 3, k / 20 * 8 + 5, 100);
        }
        GifPalette p = GifPalette.of(new int[0], List.of(picture));
        assertEquals(200, p.size());
        for (int c : picture) {
            assertEquals(c & 0xFFFFFF, p.rgb()[p.index(c)], Integer.toHexString(c));
        }
    }

    @Test
    void aSmoothGradientOfManyColoursIsCoveredWithinAFewLevels() {
        // 65536 colours across red and green in 1024 cells of 8 × 8 levels, cut into 255 boxes of whole cells:
        // most of 2 × 2 cells, the longest 4 cells (32 levels) across, so no colour is more than 16 from its
        // entry, and on average a few levels
        int[] picture = new int[256 * 256];
        for (int k = 0; k < picture.length; k++) {
            picture[k] = rgb(k % 256, k / 256, 60);
        }
        GifPalette p = GifPalette.of(new int[0], List.of(picture));
        assertEquals(GifPalette.MAX_COLOURS, p.size());
        int worst = 0;
        long total = 0;
        for (int c : picture) {
            int e = error(c, p.rgb()[p.index(c)]);
            worst = Math.max(worst, e);
            total += e;
        }
        assertTrue(worst <= 16, "worst channel error " + worst);
        assertTrue(total / (double) picture.length < 6, "mean channel error " + total / (double) picture.length);
        byte[] out = new byte[picture.length];
        p.indices(picture, out);
        assertEquals(p.index(picture[12345]), out[12345] & 0xFF);
    }

    @Test
    void moreExactColoursThanHalfThePaletteAreRefused() {
        int[] many = new int[129];
        for (int k = 0; k < many.length; k++) {
            many[k] = rgb(k, 0, 0);
        }
        assertThrows(IllegalArgumentException.class, () -> GifPalette.of(many, List.of()));
    }
}
