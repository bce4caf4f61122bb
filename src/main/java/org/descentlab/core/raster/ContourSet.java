package org.descentlab.core.raster;

/**
 * Contour lines as segments in grid coordinates (column i, row j as fractional numbers; row 0 is ymin).
 *
 * @param levels   the levels, ascending
 * @param segments {@code segments[k]} holds the segments of {@code levels[k]} as x1, y1, x2, y2, ...
 * @param lines    {@code lines[k]} holds the same lines joined into polylines (x0, y0, x1, y1, ...), for drawing
 */
public record ContourSet(double[] levels, float[][] segments, float[][][] lines) {

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
