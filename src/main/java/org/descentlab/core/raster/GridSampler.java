package org.descentlab.core.raster;

import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.stream.IntStream;

import org.descentlab.core.field.RowSampler;

/**
 * Samples a field on a grid, rows in parallel on all cores (the common fork-join pool), checking for
 * cancellation before each row.
 */
public final class GridSampler {

    private GridSampler() {
    }

    public static SampledGrid sample(RowSampler field, Grid grid) {
        return sample(field, grid, () -> false);
    }

    /**
     * @param cancelled polled before each row; once true, sampling stops
     * @throws CancellationException if {@code cancelled} became true before the last row
     */
    public static SampledGrid sample(RowSampler field, Grid grid, BooleanSupplier cancelled) {
        int nx = grid.nx();
        int ny = grid.ny();
        double[] values = new double[grid.size()];
        double[] rowMin = new double[ny];
        double[] rowMax = new double[ny];
        int[] rowUndefined = new int[ny];
        double x0 = grid.xmin();
        double dx = grid.dx();
        RowSampler rows = field.prepare(x0, dx, nx);
        IntStream.range(0, ny).parallel().forEach(j -> {
            if (cancelled.getAsBoolean()) {
                return;
            }
            int offset = j * nx;
            rows.sampleRow(grid.y(j), x0, dx, nx, values, offset);
            double lo = Double.POSITIVE_INFINITY;
            double hi = Double.NEGATIVE_INFINITY;
            int undefined = 0;
            for (int k = offset; k < offset + nx; k++) {
                double v = values[k];
                if (v - v == 0) { // finite: NaN and ±Infinity give NaN here
                    lo = Math.min(lo, v);
                    hi = Math.max(hi, v);
                } else {
                    undefined++;
                }
            }
            rowMin[j] = lo;
            rowMax[j] = hi;
            rowUndefined[j] = undefined;
        });
        if (cancelled.getAsBoolean()) {
            throw new CancellationException("grid sampling was cancelled");
        }
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        int undefined = 0;
        for (int j = 0; j < ny; j++) {
            min = Math.min(min, rowMin[j]);
            max = Math.max(max, rowMax[j]);
            undefined += rowUndefined[j];
        }
        if (min > max) {
            return new SampledGrid(grid, values, Double.NaN, Double.NaN, undefined);
        }
        return new SampledGrid(grid, values, min, max, undefined);
    }
}
