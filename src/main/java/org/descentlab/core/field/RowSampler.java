package org.descentlab.core.field;

/** A field that can fill a row of a regular grid faster than point by point. */
@FunctionalInterface
public interface RowSampler {

    /** Fills {@code out[offset + i] = f(x0 + i·dx, y)} for {@code 0 <= i < n}. */
    void sampleRow(double y, double x0, double dx, int n, double[] out, int offset);

    /**
     * A sampler for rows that all start at {@code x0} with spacing {@code dx} and {@code n} points, which
     * may precompute what depends on x alone. Called once per grid, before its rows.
     */
    default RowSampler prepare(double x0, double dx, int n) {
        return this;
    }

    /** The point-by-point row of any field. */
    static RowSampler of(ScalarField field) {
        return (y, x0, dx, n, out, offset) -> {
            for (int i = 0; i < n; i++) {
                out[offset + i] = field.value(x0 + i * dx, y);
            }
        };
    }
}
