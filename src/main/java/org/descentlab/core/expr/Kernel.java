package org.descentlab.core.expr;

/** The executable form of an expression. Implementations are stateless and thread-safe. */
public interface Kernel {

    /** f(x, y). */
    double value(double x, double y);

    /** Fills {@code out[offset + i] = f(x0 + i·dx, y)} for {@code i < n}. */
    void row(double y, double x0, double dx, int n, double[] out, int offset);
}
