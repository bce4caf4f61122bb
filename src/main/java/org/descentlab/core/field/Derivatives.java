package org.descentlab.core.field;

/**
 * Numerical derivatives by central differences.
 *
 * <p>Gradient: {@code ∂f/∂xᵢ ≈ (f(x + hᵢeᵢ) − f(x − hᵢeᵢ)) / (2hᵢ)} with {@code hᵢ = ∛(2⁻⁵²)·max(1, |xᵢ|)},
 * the step that balances truncation error (∝ h²) against rounding error (∝ ε/h). The divisor is the
 * distance between the two points actually evaluated, which removes the rounding of {@code x ± h}.
 *
 * <p>Hessian: second differences with {@code hᵢ = ε^¼·max(1, |xᵢ|)}, the balance point for them.
 */
public final class Derivatives {

    /** ∛(2⁻⁵²) ≈ 6.06e-6. */
    public static final double GRADIENT_STEP = Math.cbrt(Math.ulp(1.0));
    /** (2⁻⁵²)^¼ ≈ 1.22e-4. */
    public static final double HESSIAN_STEP = Math.sqrt(Math.sqrt(Math.ulp(1.0)));

    private Derivatives() {
    }

    /** Writes (∂f/∂x, ∂f/∂y) at (x, y) into {@code out[0..1]}. */
    public static void gradient(ScalarField f, double x, double y, double[] out) {
        double hx = GRADIENT_STEP * Math.max(1.0, Math.abs(x));
        double hy = GRADIENT_STEP * Math.max(1.0, Math.abs(y));
        double xp = x + hx;
        double xm = x - hx;
        double yp = y + hy;
        double ym = y - hy;
        out[0] = (f.value(xp, y) - f.value(xm, y)) / (xp - xm);
        out[1] = (f.value(x, yp) - f.value(x, ym)) / (yp - ym);
    }

    /** The gradient as a new array. */
    public static double[] gradient(ScalarField f, double x, double y) {
        double[] g = new double[2];
        gradient(f, x, y, g);
        return g;
    }

    /** Writes (f_xx, f_xy, f_yy) at (x, y) into {@code out[0..2]}. */
    public static void hessian(ScalarField f, double x, double y, double[] out) {
        double hx = HESSIAN_STEP * Math.max(1.0, Math.abs(x));
        double hy = HESSIAN_STEP * Math.max(1.0, Math.abs(y));
        double xp = x + hx;
        double xm = x - hx;
        double yp = y + hy;
        double ym = y - hy;
        hx = (xp - xm) / 2;
        hy = (yp - ym) / 2;
        double f0 = f.value(x, y);
        out[0] = (f.value(xp, y) - 2 * f0 + f.value(xm, y)) / (hx * hx);
        out[2] = (f.value(x, yp) - 2 * f0 + f.value(x, ym)) / (hy * hy);
        out[1] = (f.value(xp, yp) - f.value(xp, ym) - f.value(xm, yp) + f.value(xm, ym)) / (4 * hx * hy);
    }

    /** The Hessian as a new array (f_xx, f_xy, f_yy). */
    public static double[] hessian(ScalarField f, double x, double y) {
        double[] h = new double[3];
        hessian(f, x, y, h);
        return h;
    }
}
