package org.descentlab.core.field;

import java.util.function.DoubleUnaryOperator;

import org.descentlab.core.Validate;
import org.descentlab.core.Vec2;

/**
 * How far a finite-difference gradient is from the true one at a point, estimated by comparing it with a
 * far more accurate reference: {@code error = |g_method − g_reference|}, component by component.
 *
 * <p>The reference is Ridders' method (Richardson extrapolation of central differences): central
 * differences at steps H, H/1.4, H/1.4², … (at most 12 of them) are extrapolated to step 0 in a Neville
 * tableau, and the entry that changes least from its neighbours is taken. That change is the reference's
 * own error, never less than what rounding f leaves at that step. A first step H longer than the scale
 * on which f wiggles fools the tableau (it can agree with itself on a wrong answer), so the tableau is
 * made from each of H = 10⁻¹, 10⁻², … 10⁻⁶ times max(1, |xᵢ|), and of the answers that agree with the
 * next smaller H's, the one with the smallest error is kept. That error, at least the two answers'
 * distance, is {@link #resolution()}: an error below it cannot be told apart from zero. It is an
 * estimate, as Ridders' is, not a bound.
 *
 * <p>For a smooth function the reference is typically good to about 1e-13 of the size of f', far better
 * than the method it checks (central differences with the automatic step are good to about 1e-10, forward
 * ones to about 1e-8, and a large fixed h is off by about h·f''/2 forward, h²·f'''/6 central).
 *
 * <p>It takes at most 300 more evaluations of f. Where f is not finite around the point, or throws, the
 * estimate is NaN ({@link #isFinite()} is false).
 *
 * @param gradient   what the method gives at the point, exactly what a run records there
 * @param reference  the reference gradient
 * @param error      |gradient − reference| per component: the estimated error
 * @param resolution how accurate the reference is, per component
 */
public record GradientError(Vec2 gradient, Vec2 reference, Vec2 error, Vec2 resolution) {

    /** The first steps the reference tries, as fractions of max(1, |xᵢ|): 10⁻¹ … 10⁻⁶. */
    static final double[] FIRST_STEPS = {1e-1, 1e-2, 1e-3, 1e-4, 1e-5, 1e-6};
    /** Each next step of the reference is the last one divided by this. */
    static final double SHRINK = 1.4;
    /** The most steps the reference takes. */
    static final int MAX_STEPS = 12;
    /** The reference stops once its entries drift this many times its best error estimate. */
    static final double SAFE = 2;
    /**
     * The least error an entry of the reference may claim, in ulps of |f| over the step: f's own rounding (a
     * few ulps for exp or pow) grown by the tableau.
     */
    static final double ROUNDING = 8;
    /** How many times their errors two extrapolations may differ by and still agree. */
    static final double AGREE = 10;

    public GradientError {
        Validate.notNull("gradient", gradient);
        Validate.notNull("reference", reference);
        Validate.notNull("error", error);
        Validate.notNull("resolution", resolution);
    }

    /** The estimated error of the gradient of {@code f} at (x, y) by {@code method}. */
    public static GradientError estimate(ScalarField f, double x, double y, Differences method) {
        Validate.notNull("method", method);
        double[] g;
        double[] rx;
        double[] ry;
        try {
            g = method.gradient(f, x, y);
            rx = reference(t -> f.value(t, y), x);
            ry = reference(t -> f.value(x, t), y);
        } catch (RuntimeException e) {
            // a field that throws is one that is not defined there
            Vec2 none = new Vec2(Double.NaN, Double.NaN);
            return new GradientError(none, none, none, none);
        }
        return new GradientError(new Vec2(g[0], g[1]), new Vec2(rx[0], ry[0]),
                new Vec2(Math.abs(g[0] - rx[0]), Math.abs(g[1] - ry[0])), new Vec2(rx[1], ry[1]));
    }

    /** ‖error‖, the length of the error vector. */
    public double norm() {
        return Math.hypot(error.x(), error.y());
    }

    /** ‖resolution‖: the estimate cannot tell an error below this from zero. */
    public double resolutionNorm() {
        return Math.hypot(resolution.x(), resolution.y());
    }

    /** Whether the error is larger than the reference's own, so that it is measured, not just bounded. */
    public boolean resolved() {
        return norm() > resolutionNorm();
    }

    /** ‖error‖ / ‖∇f‖ with the reference's ∇f; ∞ for an error where ∇f is 0; 0 for none. */
    public double relative() {
        double n = norm();
        return n == 0 ? 0 : n / Math.hypot(reference.x(), reference.y());
    }

    /** Whether everything could be computed: f was finite wherever the method and the reference looked. */
    public boolean isFinite() {
        return gradient.isFinite() && reference.isFinite() && error.isFinite() && resolution.isFinite();
    }

    /**
     * The derivative of {@code g} at {@code t}: Ridders' extrapolation from each first step, and of those that
     * agree with the one from the next smaller first step (within AGREE times their errors), the one with
     * the smallest error; its error is at least how far the two are apart. A large first step that f
     * wiggles across can fool its tableau into agreeing with itself on a wrong answer, and a small one
     * rounds more than it can tell: two in a row that agree are neither. Where no two agree, the smallest
     * error of all.
     *
     * @return {derivative, its estimated error}; NaN for both where no entry was finite
     */
    static double[] reference(DoubleUnaryOperator g, double t) {
        double[][] r = new double[FIRST_STEPS.length][];
        for (int k = 0; k < r.length; k++) {
            r[k] = ridders(g, t, FIRST_STEPS[k] * Math.max(1.0, Math.abs(t)));
        }
        double[] best = {Double.NaN, Double.NaN};
        for (int k = 0; k + 1 < r.length; k++) {
            double apart = Math.abs(r[k][0] - r[k + 1][0]);
            double err = Math.max(r[k][1], apart);
            if (apart <= AGREE * (r[k][1] + r[k + 1][1]) && !(err >= best[1])) {
                best = new double[] {r[k][0], err};
            }
        }
        if (Double.isNaN(best[1])) {
            for (double[] each : r) {
                if (!(each[1] >= best[1])) {
                    best = each;
                }
            }
        }
        return best;
    }

    /**
     * Ridders' extrapolation of central differences of {@code g} at {@code t}, from the step {@code first}
     * down.
     *
     * @return {derivative, its estimated error}; NaN for both where no entry was finite
     */
    static double[] ridders(DoubleUnaryOperator g, double t, double first) {
        double[][] a = new double[MAX_STEPS][MAX_STEPS];
        double[] size = new double[1];
        double step = first;
        a[0][0] = central(g, t, step, size);
        double best = Double.NaN;
        double err = Double.POSITIVE_INFINITY;
        double square = SHRINK * SHRINK;
        for (int i = 1; i < MAX_STEPS; i++) {
            step /= SHRINK;
            a[0][i] = central(g, t, step, size);
            // what rounding f leaves in a difference at this step: the tableau's entries may agree with each
            // other far more closely than that, by chance, when f's values are only a few ulps apart
            double rounding = ROUNDING * Math.ulp(size[0]) / step;
            double factor = square;
            for (int j = 1; j <= i; j++) {
                // the tableau: each column removes the next even power of the step from the error
                a[j][i] = (a[j - 1][i] * factor - a[j - 1][i - 1]) / (factor - 1);
                factor *= square;
                double e = Math.max(rounding, Math.max(Math.abs(a[j][i] - a[j - 1][i]), Math.abs(a[j][i] - a[j - 1][i - 1])));
                if (e <= err) {
                    err = e;
                    best = a[j][i];
                }
            }
            // rounding has taken over: smaller steps only make it worse
            if (Math.abs(a[i][i] - a[i - 1][i - 1]) >= SAFE * err) {
                break;
            }
        }
        return Double.isNaN(best) ? new double[] {Double.NaN, Double.NaN} : new double[] {best, err};
    }

    /**
     * The central difference at step h, divided by the distance between the points evaluated; the larger
     * |f| seen so far goes into {@code size[0]}.
     */
    private static double central(DoubleUnaryOperator g, double t, double h, double[] size) {
        double p = t + h;
        double m = t - h;
        double fp = g.applyAsDouble(p);
        double fm = g.applyAsDouble(m);
        size[0] = Math.max(size[0], Math.max(Math.abs(fp), Math.abs(fm)));
        return (fp - fm) / (p - m);
    }
}
