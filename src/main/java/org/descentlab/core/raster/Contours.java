package org.descentlab.core.raster;

import java.util.Arrays;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.stream.IntStream;

/**
 * Marching squares for all levels in one pass over the grid: each cell finds the levels between its
 * lowest and highest corner by binary search and emits their segments. Saddle cells are resolved by
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
            SegmentBuffers out = new SegmentBuffers(sorted.length);
            int end = Math.min(ny - 1, (b + 1) * ROWS_PER_BAND);
            for (int j = b * ROWS_PER_BAND; j < end; j++) {
                traceRow(sampled.values(), nx, j, sorted, out);
            }
            perBand[b] = out;
        });
        if (cancelled.getAsBoolean()) {
            throw new CancellationException("contouring was cancelled");
        }
        return new ContourSet(sorted, SegmentBuffers.merge(perBand, sorted.length));
    }

    private static void traceRow(double[] v, int nx, int j, double[] levels, SegmentBuffers out) {
        int lower = j * nx;
        int upper = lower + nx;
        double v00 = v[lower];
        double v01 = v[upper];
        for (int i = 0; i < nx - 1; i++) {
            double v10 = v[lower + i + 1];
            double v11 = v[upper + i + 1];
            double lo = Math.min(Math.min(v00, v10), Math.min(v01, v11));
            double hi = Math.max(Math.max(v00, v10), Math.max(v01, v11));
            // lo - lo is NaN for NaN or infinite corners; hi is checked too
            if (lo - lo == 0 && hi - hi == 0 && lo < hi) {
                int k = firstAbove(levels, lo);
                for (; k < levels.length && levels[k] <= hi; k++) {
                    cell(i, j, v00, v10, v11, v01, levels[k], out.of(k));
                }
            }
            v00 = v10;
            v01 = v11;
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

    /** One buffer per level. */
    private static final class SegmentBuffers {
        private final FloatBuffer[] buffers;

        SegmentBuffers(int levels) {
            buffers = new FloatBuffer[levels];
            for (int k = 0; k < levels; k++) {
                buffers[k] = new FloatBuffer();
            }
        }

        FloatBuffer of(int level) {
            return buffers[level];
        }

        static float[][] merge(SegmentBuffers[] parts, int levels) {
            float[][] merged = new float[levels][];
            for (int k = 0; k < levels; k++) {
                int total = 0;
                for (SegmentBuffers p : parts) {
                    total += p.buffers[k].size;
                }
                float[] all = new float[total];
                int at = 0;
                for (SegmentBuffers p : parts) {
                    System.arraycopy(p.buffers[k].data, 0, all, at, p.buffers[k].size);
                    at += p.buffers[k].size;
                }
                merged[k] = all;
            }
            return merged;
        }
    }
}
