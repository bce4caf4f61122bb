package org.descentlab.core.expr;

/** The executable form of an expression. Implementations are stateless and thread-safe. */
public interface Kernel {

    /** f(x, y). */
    double value(double x, double y);

    /** Fills {@code out[offset + i] = f(x0 + i·dx, y)} for {@code i < n}. */
    void row(double y, double x0, double dx, int n, double[] out, int offset);

    /** How many sub-expressions of x alone {@link #columns} computes; 0 when there are none. */
    default int columnCount() {
        return 0;
    }

    /** Fills {@code out[k][i]} with sub-expression k at {@code x0 + i·dx}, for {@code k < columnCount()}. */
    default void columns(double x0, double dx, int n, double[][] out) {
    }

    /** As {@link #row(double, double, double, int, double[], int)}, reading x-only values from {@code columns}. */
    default void row(double y, double x0, double dx, int n, double[] out, int offset, double[][] columns) {
        row(y, x0, dx, n, out, offset);
    }
}
