package org.descentlab.core.raster;

import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.stream.IntStream;

/**
 * Contour lines drawn into pixels, one per grid point, as the heatmap is: each segment covers the pixels
 * near it by their distance from the line (full within half the width, fading over the next pixel), lines
 * that touch take the larger cover, and the cover sets the opacity of one colour. Bands of rows are drawn in
 * parallel, each from the segments of its own cells and its neighbours'.
 */
public final class ContourRaster {

    /** The lines' colour: white at 45 % opacity, ARGB. */
    public static final int WHITE = 0x73FFFFFF;
    private static final int ROWS_PER_BAND = 32;
    private static final int BLEND_CHUNK = 1 << 16;

    private ContourRaster() {
    }

    /**
     * Premultiplied ARGB pixels, nx × ny, image row 0 at the grid's top row (ymax); transparent where no
     * line passes.
     *
     * @param width the lines' width in pixels (grid steps)
     * @param argb  their colour, not premultiplied; its alpha is the opacity of a fully covered pixel
     * @throws CancellationException if {@code cancelled} became true on the way
     */
    public static int[] draw(ContourSet set, int nx, int ny, double width, int argb, BooleanSupplier cancelled) {
        int[] out = new int[nx * ny];
        double reach = width / 2 + 0.5;
        // a band's rows can be reached from cells this many rows away
        int margin = (int) Math.ceil(reach) + 1;
        int bands = (ny + ROWS_PER_BAND - 1) / ROWS_PER_BAND;
        IntStream.range(0, bands).parallel().forEach(b -> {
            if (cancelled.getAsBoolean()) {
                return;
            }
            int j0 = b * ROWS_PER_BAND;
            int j1 = Math.min(ny, j0 + ROWS_PER_BAND) - 1;
            for (int k = 0; k < set.levels().length; k++) {
                float[] s = set.segments()[k];
                int end = set.rowStart(k, j1 + margin + 1);
                for (int at = set.rowStart(k, j0 - margin); at < end; at += 4) {
                    cover(s[at], s[at + 1], s[at + 2], s[at + 3], reach, j0, j1, nx, ny, out);
                }
            }
            paint(out, nx, ny, j0, j1, argb);
        });
        if (cancelled.getAsBoolean()) {
            throw new CancellationException("contour drawing was cancelled");
        }
        return out;
    }

    /**
     * Raises the cover (0–255, kept in {@code out} for now) of the pixels of rows j0–j1 near one segment.
     * Along its longer axis, at each whole pixel position in its span, the pixels across it within reach
     * are covered by their distance from the line: the offset across times the cosine of the segment's
     * slope. A segment's span ends at its end points, so a polyline's segments share the pixels between them.
     */
    private static void cover(double x1, double y1, double x2, double y2, double reach, int j0, int j1, int nx, int ny,
            int[] out) {
        double dx = x2 - x1;
        double dy = y2 - y1;
        double length = Math.sqrt(dx * dx + dy * dy);
        if (length == 0) {
            return;
        }
        if (Math.abs(dx) >= Math.abs(dy)) {
            double cos = Math.abs(dx) / length;
            double across = reach / cos;
            double slope = dy / dx;
            int from = Math.max(0, (int) Math.ceil(Math.min(x1, x2)));
            int to = Math.min(nx - 1, (int) Math.floor(Math.max(x1, x2)));
            for (int i = from; i <= to; i++) {
                double y = y1 + (i - x1) * slope;
                int lo = Math.max(j0, (int) Math.ceil(y - across));
                int hi = Math.min(j1, (int) Math.floor(y + across));
                for (int j = lo; j <= hi; j++) {
                    raise(out, (ny - 1 - j) * nx + i, reach - Math.abs(j - y) * cos);
                }
            }
        } else {
            double cos = Math.abs(dy) / length;
            double across = reach / cos;
            double slope = dx / dy;
            int from = Math.max(j0, (int) Math.ceil(Math.min(y1, y2)));
            int to = Math.min(j1, (int) Math.floor(Math.max(y1, y2)));
            for (int j = from; j <= to; j++) {
                double x = x1 + (j - y1) * slope;
                int lo = Math.max(0, (int) Math.ceil(x - across));
                int hi = Math.min(nx - 1, (int) Math.floor(x + across));
                int row = (ny - 1 - j) * nx;
                for (int i = lo; i <= hi; i++) {
                    raise(out, row + i, reach - Math.abs(i - x) * cos);
                }
            }
        }
    }

    /** Cover c (full at 1 or more) where it is more than the pixel has. */
    private static void raise(int[] out, int p, double c) {
        int v = c >= 1 ? 255 : c <= 0 ? 0 : (int) (c * 255 + 0.5);
        if (v > out[p]) {
            out[p] = v;
        }
    }

    /**
     * The lines over an opaque picture of the same size, in parallel: what the two show one over the
     * other, as one opaque picture.
     */
    public static int[] over(int[] lines, int[] opaque) {
        int[] out = new int[opaque.length];
        IntStream.range(0, (opaque.length + BLEND_CHUNK - 1) / BLEND_CHUNK).parallel().forEach(c -> {
            int end = Math.min(opaque.length, (c + 1) * BLEND_CHUNK);
            for (int p = c * BLEND_CHUNK; p < end; p++) {
                int l = lines[p];
                int back = opaque[p];
                if (l == 0) {
                    out[p] = back;
                    continue;
                }
                int keep = 255 - (l >>> 24);
                int r = (l >> 16 & 0xFF) + ((back >> 16 & 0xFF) * keep + 127) / 255;
                int g = (l >> 8 & 0xFF) + ((back >> 8 & 0xFF) * keep + 127) / 255;
                int b = (l & 0xFF) + ((back & 0xFF) * keep + 127) / 255;
                out[p] = 0xFF000000 | r << 16 | g << 8 | b;
            }
        });
        return out;
    }

    /** Turns the cover of rows j0–j1 into the colour, premultiplied. */
    private static void paint(int[] out, int nx, int ny, int j0, int j1, int argb) {
        int alpha = argb >>> 24;
        int r = argb >> 16 & 0xFF;
        int g = argb >> 8 & 0xFF;
        int bl = argb & 0xFF;
        int from = (ny - 1 - j1) * nx;
        int to = (ny - j0) * nx;
        for (int p = from; p < to; p++) {
            int c = out[p];
            if (c != 0) {
                int a = (c * alpha + 127) / 255;
                out[p] = a << 24 | (r * a + 127) / 255 << 16 | (g * a + 127) / 255 << 8 | (bl * a + 127) / 255;
            }
        }
    }
}
