package org.descentlab.core.raster;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * One palette of at most 255 opaque colours for every frame of an animation (a GIF's 256th index is left
 * for "as the frame before"), and the mapping of any colour
 * to its nearest entry through a table of 32768 cells (5 bits a channel), so that mapping a pixel is one
 * look-up. Colours that must stay exact (the runs', the ink's, the markers') are entries of their own; the
 * rest is split from the colours of sample pictures by median cut, each entry the mean of the colours it
 * stands for.
 */
public final class GifPalette {

    public static final int MAX_COLOURS = 255;
    private static final int CELLS = 1 << 15;

    /** A cell whose entry is not looked for yet. */
    private static final int UNKNOWN = -1;

    private final int[] rgb;
    /** Each cell's colour: the mean of the sampled colours in it, or its centre. */
    private final int[] means;
    /**
     * Each cell's entry, found the first time a colour falls in it: most of the 32768 cells never see one.
     * Finding it twice at once gives the same entry, so threads may share the table.
     */
    private final int[] lookup;

    private GifPalette(int[] rgb, int[] means, int[] lookup) {
        this.rgb = rgb;
        this.means = means;
        this.lookup = lookup;
    }

    /**
     * The palette for pictures like {@code samples}.
     *
     * @param exact   colours (ARGB; alpha ignored) that get entries of their own, at most 128
     * @param samples opaque ARGB pictures whose colours the rest of the palette covers
     */
    public static GifPalette of(int[] exact, List<int[]> samples) {
        Set<Integer> kept = new LinkedHashSet<>();
        for (int c : exact) {
            kept.add(c & 0xFFFFFF);
        }
        if (kept.size() > MAX_COLOURS / 2) {
            throw new IllegalArgumentException("at most " + MAX_COLOURS / 2 + " exact colours, got " + kept.size());
        }
        long[] count = new long[CELLS];
        long[][] sum = new long[3][CELLS];
        for (int[] picture : samples) {
            for (int argb : picture) {
                int cell = cell(argb);
                count[cell]++;
                sum[0][cell] += argb >> 16 & 0xFF;
                sum[1][cell] += argb >> 8 & 0xFF;
                sum[2][cell] += argb & 0xFF;
            }
        }
        for (int c : kept) {
            count[cell(c)] = 0;
        }
        List<Integer> entries = new ArrayList<>(kept);
        for (int[] box : medianCut(count, MAX_COLOURS - kept.size())) {
            entries.add(mean(box, count, sum));
        }
        int[] rgb = entries.stream().mapToInt(Integer::intValue).toArray();
        int[] means = new int[CELLS];
        int[] lookup = new int[CELLS];
        for (int cell = 0; cell < CELLS; cell++) {
            means[cell] = count[cell] > 0 ? rgb(sum[0][cell] / count[cell], sum[1][cell] / count[cell], sum[2][cell] / count[cell])
                    : centre(cell);
            lookup[cell] = UNKNOWN;
        }
        // an exact colour is itself, whatever else falls in its cell
        for (int k = 0; k < kept.size(); k++) {
            lookup[cell(rgb[k])] = k;
        }
        return new GifPalette(rgb, means, lookup);
    }

    /** The entries as RGB (no alpha), at most {@value #MAX_COLOURS}. */
    public int[] rgb() {
        return rgb.clone();
    }

    public int size() {
        return rgb.length;
    }

    /** The entry nearest an ARGB colour (alpha ignored). */
    public int index(int argb) {
        int cell = cell(argb);
        int k = lookup[cell];
        if (k == UNKNOWN) {
            k = nearest(rgb, means[cell]);
            lookup[cell] = k;
        }
        return k;
    }

    /** Maps a picture's pixels to entries into {@code out}, one byte a pixel. */
    public void indices(int[] argb, byte[] out) {
        for (int k = 0; k < argb.length; k++) {
            out[k] = (byte) index(argb[k]);
        }
    }

    /** The 5-bit-a-channel cell of a colour. */
    static int cell(int argb) {
        return (argb >> 9 & 0x7C00) | (argb >> 6 & 0x3E0) | (argb >> 3 & 0x1F);
    }

    private static int centre(int cell) {
        return rgb((cell >> 10 & 31) << 3 | 4, (cell >> 5 & 31) << 3 | 4, (cell & 31) << 3 | 4);
    }

    private static int rgb(long r, long g, long b) {
        return (int) (r << 16 | g << 8 | b);
    }

    private static int nearest(int[] rgb, int c) {
        int best = 0;
        long bestDistance = Long.MAX_VALUE;
        for (int k = 0; k < rgb.length; k++) {
            long dr = (rgb[k] >> 16 & 0xFF) - (c >> 16 & 0xFF);
            long dg = (rgb[k] >> 8 & 0xFF) - (c >> 8 & 0xFF);
            long db = (rgb[k] & 0xFF) - (c & 0xFF);
            long d = dr * dr + dg * dg + db * db;
            if (d < bestDistance) {
                bestDistance = d;
                best = k;
            }
        }
        return best;
    }

    /** A cell's channel, 0 red, 1 green, 2 blue, each 0 to 31. */
    private static int channel(int cell, int c) {
        return cell >> (10 - 5 * c) & 31;
    }

    /**
     * Splits the used cells into at most {@code boxes} boxes: the box with the most pixels times its
     * widest channel's range is split at its pixels' median along that channel, until none can be.
     */
    private static List<int[]> medianCut(long[] count, int boxes) {
        List<int[]> out = new ArrayList<>();
        List<Double> scores = new ArrayList<>();
        int[] used = java.util.stream.IntStream.range(0, CELLS).filter(c -> count[c] > 0).toArray();
        if (used.length == 0) {
            return out;
        }
        out.add(used);
        scores.add(score(used, count));
        while (out.size() < boxes) {
            int widest = -1;
            double bestScore = 0;
            for (int k = 0; k < out.size(); k++) {
                if (scores.get(k) > bestScore) {
                    bestScore = scores.get(k);
                    widest = k;
                }
            }
            if (widest < 0) {
                break;
            }
            int[] box = out.remove(widest);
            scores.remove(widest);
            int c = widestChannel(box);
            Integer[] sorted = Arrays.stream(box).boxed().sorted(Comparator.comparingInt(cell -> channel(cell, c))).toArray(Integer[]::new);
            long half = pixels(box, count) / 2;
            long seen = 0;
            int split = 1;
            for (int k = 0; k < sorted.length - 1; k++) {
                seen += count[sorted[k]];
                split = k + 1;
                if (seen >= half) {
                    break;
                }
            }
            for (int[] part : new int[][] {Arrays.stream(sorted, 0, split).mapToInt(Integer::intValue).toArray(),
                Arrays.stream(sorted, split, sorted.length).mapToInt(Integer::intValue).toArray()}) {
                out.add(part);
                scores.add(score(part, count));
            }
        }
        return out;
    }

    /** How much splitting a box gains: its pixels times its widest channel's range; 0 for one cell. */
    private static double score(int[] box, long[] count) {
        return box.length < 2 ? 0 : range(box, widestChannel(box)) * (double) pixels(box, count);
    }

    private static int widestChannel(int[] box) {
        int best = 0;
        for (int c = 1; c < 3; c++) {
            if (range(box, c) > range(box, best)) {
                best = c;
            }
        }
        return best;
    }

    private static int range(int[] box, int c) {
        int lo = 31;
        int hi = 0;
        for (int cell : box) {
            lo = Math.min(lo, channel(cell, c));
            hi = Math.max(hi, channel(cell, c));
        }
        return hi - lo;
    }

    private static long pixels(int[] box, long[] count) {
        long n = 0;
        for (int cell : box) {
            n += count[cell];
        }
        return n;
    }

    private static int mean(int[] box, long[] count, long[][] sum) {
        long n = pixels(box, count);
        long[] s = new long[3];
        for (int cell : box) {
            for (int c = 0; c < 3; c++) {
                s[c] += sum[c][cell];
            }
        }
        return rgb(Math.round(s[0] / (double) n), Math.round(s[1] / (double) n), Math.round(s[2] / (double) n));
    }
}
