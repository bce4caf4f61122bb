package org.descentlab.core.raster;

import java.util.function.BooleanSupplier;

import org.descentlab.core.field.RowSampler;
import org.descentlab.core.field.ScalarField;

/**
 * A field known at the points of a coarse lattice and read between them by bicubic (Catmull–Rom) interpolation:
 * a picture of a field too costly to sample at every pixel, such as a dataset's mean loss. At the lattice's
 * points it is the field (to a rounding of where the point is); between them it is smooth, reproducing
 * quadratics exactly away from the edges; off the lattice the nearest edge holds. A NaN or infinite value
 * among the points a value is read from makes it NaN. Immutable once made.
 */
public final class LatticeField implements ScalarField, RowSampler {

    private final Grid lattice;
    private final double[] values;

    private LatticeField(SampledGrid sampled) {
        this.lattice = sampled.grid();
        this.values = sampled.values();
    }

    /**
     * Samples {@code field} on {@code lattice}, rows in parallel.
     *
     * @param cancelled polled before each row
     * @throws java.util.concurrent.CancellationException once {@code cancelled} is true
     */
    public static LatticeField sample(RowSampler field, Grid lattice, BooleanSupplier cancelled) {
        return new LatticeField(GridSampler.sample(field, lattice, cancelled));
    }

    /** The points the field is known at. */
    public Grid lattice() {
        return lattice;
    }

    @Override
    public double value(double x, double y) {
        double[] wy = new double[4];
        int j = weights(lattice.row(y), lattice.ny(), wy);
        double[] wx = new double[4];
        int i = weights(lattice.column(x), lattice.nx(), wx);
        return at(i, wx, j, wy);
    }

    @Override
    public void sampleRow(double y, double x0, double dx, int n, double[] out, int offset) {
        double[] wy = new double[4];
        int j = weights(lattice.row(y), lattice.ny(), wy);
        double[] wx = new double[4];
        for (int k = 0; k < n; k++) {
            int i = weights(lattice.column(x0 + k * dx), lattice.nx(), wx);
            out[offset + k] = at(i, wx, j, wy);
        }
    }

    /**
     * The Catmull–Rom weights of the four lattice points around fractional index {@code u}, clamped to the
     * lattice; returns the index of the first of them (which may be −1, read as 0).
     */
    private static int weights(double u, int n, double[] w) {
        double c = Math.max(0, Math.min(n - 1, u));
        int i = (int) Math.min(n - 2, Math.floor(c));
        double t = c - i;
        double t2 = t * t;
        double t3 = t2 * t;
        w[0] = 0.5 * (-t3 + 2 * t2 - t);
        w[1] = 0.5 * (3 * t3 - 5 * t2 + 2);
        w[2] = 0.5 * (-3 * t3 + 4 * t2 + t);
        w[3] = 0.5 * (t3 - t2);
        return i - 1;
    }

    private double at(int i, double[] wx, int j, double[] wy) {
        int nx = lattice.nx();
        int ny = lattice.ny();
        double sum = 0;
        for (int b = 0; b < 4; b++) {
            if (wy[b] == 0) {
                continue;
            }
            int row = Math.max(0, Math.min(ny - 1, j + b)) * nx;
            double across = 0;
            for (int a = 0; a < 4; a++) {
                if (wx[a] != 0) {
                    across += wx[a] * values[row + Math.max(0, Math.min(nx - 1, i + a))];
                }
            }
            sum += wy[b] * across;
        }
        return sum;
    }
}
