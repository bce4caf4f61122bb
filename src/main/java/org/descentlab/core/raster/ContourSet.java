package org.descentlab.core.raster;

import java.util.stream.IntStream;

/**
 * Contour lines in grid coordinates (column i, row j as fractional numbers; row 0 is ymin): per level,
 * the segments marching squares found, and on demand the same lines joined into polylines for drawing.
 */
public final class ContourSet {

    private final double[] levels;
    private final float[][] segments;
    private final int[][] rowStarts;
    private volatile float[][][] lines;

    /**
     * @param levels    the levels, ascending
     * @param segments  {@code segments[k]} holds the segments of {@code levels[k]} as x1, y1, x2, y2, ...,
     *                  from the cells of the lowest row up
     * @param rowStarts {@code rowStarts[k][j]}: the index in {@code segments[k]} where the segments of the
     *                  cells of row j begin; one more entry than rows of cells, the array's length
     */
    ContourSet(double[] levels, float[][] segments, int[][] rowStarts) {
        this.levels = levels;
        this.segments = segments;
        this.rowStarts = rowStarts;
    }

    /**
     * Where the segments of cell row j of level k begin in {@link #segments()}{@code [k]}: rows below 0 give
     * the start, rows past the last the end.
     */
    int rowStart(int level, int row) {
        int[] starts = rowStarts[level];
        return starts[Math.max(0, Math.min(row, starts.length - 1))];
    }

    public double[] levels() {
        return levels;
    }

    public float[][] segments() {
        return segments;
    }

    /**
     * {@code lines()[k]}: the segments of level k joined into polylines (x0, y0, x1, y1, ...), computed on
     * first use, in parallel over the levels; call it off the UI thread.
     */
    public float[][][] lines() {
        float[][][] l = lines;
        if (l == null) {
            float[][][] joined = new float[segments.length][][];
            IntStream.range(0, segments.length).parallel().forEach(k -> joined[k] = ContourChains.join(segments[k]));
            lines = l = joined;
        }
        return l;
    }

    public int segmentCount(int level) {
        return segments[level].length / 4;
    }

    public int totalSegments() {
        int n = 0;
        for (float[] s : segments) {
            n += s.length / 4;
        }
        return n;
    }
}
