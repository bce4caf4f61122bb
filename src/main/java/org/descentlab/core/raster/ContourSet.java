package org.descentlab.core.raster;

import java.util.stream.IntStream;

/**
 * Contour lines in grid coordinates (column i, row j as fractional numbers; row 0 is ymin): per level,
 * the segments marching squares found, and on demand the same lines joined into polylines for drawing.
 */
public final class ContourSet {

    private final double[] levels;
    private final float[][] segments;
    private volatile float[][][] lines;

    /**
     * @param levels   the levels, ascending
     * @param segments {@code segments[k]} holds the segments of {@code levels[k]} as x1, y1, x2, y2, ...
     */
    public ContourSet(double[] levels, float[][] segments) {
        this.levels = levels;
        this.segments = segments;
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
