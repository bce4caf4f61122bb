package org.descentlab.core.raster;

/**
 * Values of a field on a grid, with the range of its finite values.
 *
 * @param grid   where the values were taken
 * @param values {@code values[j·nx + i] = f(x_i, y_j)}; not copied, do not modify
 * @param min    smallest finite value, NaN when there is none
 * @param max    largest finite value, NaN when there is none
 * @param undefined how many values are NaN or ±Infinity
 */
public record SampledGrid(Grid grid, double[] values, double min, double max, int undefined) {

    public boolean hasFiniteValues() {
        return !Double.isNaN(min);
    }

    public double value(int i, int j) {
        return values[j * grid.nx() + i];
    }
}
