package org.descentlab.core.raster;

import java.util.Arrays;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.stream.IntStream;

/**
 * Marching squares for all levels in one pass over the grid: each point's count of levels under its value
 * is found once, and a cell emits the segments of the levels between its corners' counts. Saddle cells are resolved by
 * the cell's mean. Cells with an undefined corner are skipped. Bands of rows run in parallel.
 */
public final class Contours {

    private static final int ROWS_PER_BAND = 64;

    private Contours() {
    }

    public static ContourSet trace(SampledGrid sampled, double[] levels) {
        return trace(sampled, levels, () -> false);
    }

    /** @throws CancellationException if {@code cancelled} became true on the way */
    public static ContourSet trace(SampledGrid sampled, double[] levels, BooleanSupplier cancelled) {
        double[] sorted = levels.clone();
        Arrays.sort(sorted);
        int nx = sampled.grid().nx();
        int ny = sampled.grid().ny();
        int bands = (ny - 1 + ROWS_PER_BAND - 1) / ROWS_PER_BAND;
        SegmentBuffers[] perBand = new SegmentBuffers[bands];
        IntStream.range(0, bands).parallel().forEach(b -> {
            if (cancelled.getAsBoolean()) {
                return;
            }
            int first = b * ROWS_PER_BAND;
            int end = Math.min(ny - 1, first + ROWS_PER_BAND);
            SegmentBuffers out = new SegmentBuffers(sorted.length, end - first);
            double[] v = sampled.values();
            int[] below = new int[nx];
            int[] above = new int[nx];
            count(v, first * nx, nx, sorted, above);
            for (int j = first; j < end; j++) {
                int[] t = below;
                below = above;
                above = t;
                count(v, (j + 1) * nx, nx, sorted, above);
                out.startRow(j - first);
                traceRow(v, nx, j, sorted, below, above, out);
            }
            perBand[b] = out;
        });
        if (cancelled.getAsBoolean()) {
            throw new CancellationException("contouring was cancelled");
        }
        int[][] starts = new int[sorted.length][ny];
        float[][] merged = SegmentBuffers.merge(perBand, sorted.length, starts);
        return new ContourSet(sorted, merged, starts);
    }

    /**
     * The cells of row j. {@code below} and {@code above} hold, for rows j and j + 1, each point's count of
     * levels at or under its value (−1 where it is undefined): the levels crossing a cell are those from
     * its corners' least count up to, not including, their greatest.
     */
    private static void traceRow(double[] v, int nx, int j, double[] levels, int[] below, int[] above, SegmentBuffers out) {
        int lower = j * nx;
        int upper = lower + nx;
        for (int i = 0; i < nx - 1; i++) {
            int a = below[i];
            int b = below[i + 1];
            int c = above[i + 1];
            int d = above[i];
            if (a == b && b == c && c == d) {
                continue;
            }
            int from = Math.min(Math.min(a, b), Math.min(c, d));
            if (from < 0) {
                continue;
            }
            int to = Math.max(Math.max(a, b), Math.max(c, d));
            for (int k = from; k < to; k++) {
                cell(i, j, v[lower + i], v[lower + i + 1], v[upper + i + 1], v[upper + i], levels[k], out.of(k));
            }
        }
    }

    /** Each point's count of levels at or under its value, −1 for NaN and ±∞, for the row from {@code offset}. */
    private static void count(double[] v, int offset, int nx, double[] levels, int[] out) {
        int k = 0;
        for (int i = 0; i < nx; i++) {
            double value = v[offset + i];
            if (value - value != 0) {
                out[i] = -1;
                continue;
            }
            // most points have their neighbour's count
            if (k < 0 || !(k == 0 || levels[k - 1] <= value) || !(k == levels.length || levels[k] > value)) {
                k = firstAbove(levels, value);
            }
            out[i] = k;
        }
    }

    /** Index of the first level strictly above {@code value}. */
    private static int firstAbove(double[] levels, double value) {
        int lo = 0;
        int hi = levels.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (levels[mid] <= value) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /**
     * Corners counter-clockwise from bottom-left: a (i, j), b (i+1, j), c (i+1, j+1), d (i, j+1).
     * Edges: bottom a–b, right b–c, top d–c, left a–d.
     */
    private static void cell(int i, int j, double a, double b, double c, double d, double level, FloatBuffer out) {
        boolean ia = a >= level;
        boolean ib = b >= level;
        boolean ic = c >= level;
        boolean id = d >= level;
        boolean bottom = ia != ib;
        boolean right = ib != ic;
        boolean top = id != ic;
        boolean left = ia != id;
        float bx = bottom ? (float) (i + (level - a) / (b - a)) : 0;
        float ry = right ? (float) (j + (level - b) / (c - b)) : 0;
        float tx = top ? (float) (i + (level - d) / (c - d)) : 0;
        float ly = left ? (float) (j + (level - a) / (d - a)) : 0;
        float by = j;
        float rx = i + 1;
        float ty = j + 1;
        float lx = i;
        int crossings = (bottom ? 1 : 0) + (right ? 1 : 0) + (top ? 1 : 0) + (left ? 1 : 0);
        if (crossings == 2) {
            // exactly two edges cross: join them, in the order bottom, right, top, left
            if (bottom) {
                if (right) {
                    out.add(bx, by, rx, ry);
                } else if (top) {
                    out.add(bx, by, tx, ty);
                } else {
                    out.add(bx, by, lx, ly);
                }
            } else if (right) {
                if (top) {
                    out.add(rx, ry, tx, ty);
                } else {
                    out.add(rx, ry, lx, ly);
                }
            } else {
                out.add(tx, ty, lx, ly);
            }
        } else if (crossings == 4) {
            boolean centre = (a + b + c + d) / 4 >= level;
            if (centre == ia) {
                // a and c are joined through the centre: cut off b and d
                out.add(bx, by, rx, ry);
                out.add(tx, ty, lx, ly);
            } else {
                // a and c are cut off
                out.add(lx, ly, bx, by);
                out.add(rx, ry, tx, ty);
            }
        }
    }

    /** A growable float array. */
    static final class FloatBuffer {
        float[] data = new float[64];
        int size;

        void add(float x1, float y1, float x2, float y2) {
            if (size + 4 > data.length) {
                data = Arrays.copyOf(data, data.length * 2);
            }
            data[size++] = x1;
            data[size++] = y1;
            data[size++] = x2;
            data[size++] = y2;
        }
    }

    /** One buffer per level, and where each row's segments begin in it. */
    private static final class SegmentBuffers {
        private final FloatBuffer[] buffers;
        private final int[][] rowStarts;

        SegmentBuffers(int levels, int rows) {
            buffers = new FloatBuffer[levels];
            rowStarts = new int[levels][rows];
            for (int k = 0; k < levels; k++) {
                buffers[k] = new FloatBuffer();
            }
        }

        FloatBuffer of(int level) {
            return buffers[level];
        }

        void startRow(int row) {
            for (int k = 0; k < buffers.length; k++) {
                rowStarts[k][row] = buffers[k].size;
            }
        }

        /**
         * The bands' segments, level by level, in the order of the bands.
         *
         * @param starts filled: {@code starts[k][j]}, where the segments of cell row j of level k begin in
         *               the merged array (in floats); the last entry, its length
         */
        static float[][] merge(SegmentBuffers[] parts, int levels, int[][] starts) {
            float[][] merged = new float[levels][];
            for (int k = 0; k < levels; k++) {
                int total = 0;
                for (SegmentBuffers p : parts) {
                    total += p.buffers[k].size;
                }
                float[] all = new float[total];
                int at = 0;
                int row = 0;
                for (SegmentBuffers p : parts) {
                    for (int r : p.rowStarts[k]) {
                        starts[k][row++] = at + r;
                    }
                    System.arraycopy(p.buffers[k].data, 0, all, at, p.buffers[k].size);
                    at += p.buffers[k].size;
                }
                starts[k][row] = at;
                merged[k] = all;
            }
            return merged;
        }
    }
}
