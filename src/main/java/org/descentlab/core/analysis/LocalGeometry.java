package org.descentlab.core.analysis;

import java.util.Optional;

import org.descentlab.core.Validate;
import org.descentlab.core.Vec2;
import org.descentlab.core.field.Derivatives;
import org.descentlab.core.field.ScalarField;

/**
 * The shape of f around one point, as the local quadratic model sees it:
 * {@code q(d) = f + gᵀd + ½·dᵀHd}, with g the numerical gradient and H the numerical Hessian there.
 *
 * <p>The Hessian's eigenvalues are ordered by size: {@code |λ₁| ≥ |λ₂|}, so λ₁ is the steepest curvature
 * (λmax for a bowl) and its axis the direction across a valley; λ₂'s axis is along it. The axes are unit
 * vectors at right angles, found from the angle {@code θ = ½·atan2(2·hxy, hxx − hyy)}, which is defined
 * for every symmetric matrix: a diagonal or a zero Hessian gives the coordinate axes, never NaN.
 *
 * @param at      the point
 * @param f       f there
 * @param gradient ∇f there
 * @param hxx     ∂²f/∂x²
 * @param hxy     ∂²f/∂x∂y
 * @param hyy     ∂²f/∂y²
 * @param lambda1 the eigenvalue of larger magnitude
 * @param axis1   its unit eigenvector
 * @param lambda2 the eigenvalue of smaller magnitude
 * @param axis2   its unit eigenvector, at right angles to {@code axis1}
 * @param zero    the magnitude at or below which an eigenvalue counts as zero: the Hessian cannot tell it
 *                from a flat direction
 */
public record LocalGeometry(Vec2 at, double f, Vec2 gradient, double hxx, double hxy, double hyy, double lambda1, Vec2 axis1,
        double lambda2, Vec2 axis2, double zero) {

    /** An eigenvalue below this fraction of the larger one's magnitude counts as zero (as {@link CriticalPoints} has it). */
    public static final double RELATIVE_ZERO = 1e-6;

    /** What the quadratic model looks like. */
    public enum Kind {
        /** Both curvatures positive: the model has a minimum, its level sets are ellipses. */
        BOWL,
        /** Both negative: the model has a maximum. */
        DOME,
        /** One up, one down: no minimum, descent slides off along the downward axis. */
        SADDLE,
        /** One curvature zero, the other positive: a straight valley, a whole line of minima of the model. */
        VALLEY,
        /** One curvature zero, the other negative: a straight ridge. */
        RIDGE,
        /** No curvature: the model is a plane. */
        FLAT
    }

    /**
     * The level ellipse of a bowl's model through the point itself: the points d where q(d) = q(0) = f.
     *
     * @param centre the model's minimum, x − H⁻¹g: where one Newton step goes
     * @param semiAxis1 its half-length along {@code axis1}
     * @param semiAxis2 its half-length along {@code axis2}
     * @param axis1 the direction of {@code semiAxis1}, λ₁'s eigenvector (the ellipse's short axis)
     */
    public record Ellipse(Vec2 centre, double semiAxis1, double semiAxis2, Vec2 axis1) {

        /** {@code n} points around it, from the end of the first semi-axis, counter-clockwise. */
        public Vec2[] points(int n) {
            Vec2[] out = new Vec2[n];
            for (int k = 0; k < n; k++) {
                double t = 2 * Math.PI * k / n;
                double a = semiAxis1 * Math.cos(t);
                double b = semiAxis2 * Math.sin(t);
                out[k] = new Vec2(centre.x() + a * axis1.x() - b * axis1.y(), centre.y() + a * axis1.y() + b * axis1.x());
            }
            return out;
        }
    }

    public LocalGeometry {
        Validate.notNull("at", at);
        Validate.notNull("gradient", gradient);
        Validate.isTrue(zero >= 0, "zero must be >= 0, got " + zero);
    }

    /**
     * The geometry of {@code f} at (x, y) from its numerical gradient and Hessian; empty where f, the
     * gradient or the Hessian is not finite.
     */
    public static Optional<LocalGeometry> at(ScalarField f, double x, double y) {
        double value = f.value(x, y);
        double[] g = Derivatives.gradient(f, x, y);
        double[] h = Derivatives.hessian(f, x, y);
        if (!Double.isFinite(value) || !Double.isFinite(g[0]) || !Double.isFinite(g[1]) || !Double.isFinite(h[0])
                || !Double.isFinite(h[1]) || !Double.isFinite(h[2])) {
            return Optional.empty();
        }
        // second differences of f carry rounding of a few ulps of f over h²: curvature below that is noise
        double hx = Derivatives.HESSIAN_STEP * Math.max(1, Math.abs(x));
        double hy = Derivatives.HESSIAN_STEP * Math.max(1, Math.abs(y));
        double noise = 16 * Math.ulp(1.0) * Math.abs(value) / (hx * hy);
        return Optional.of(of(new Vec2(x, y), value, Vec2.of(g), h[0], h[1], h[2], noise));
    }

    /**
     * The geometry from given derivatives. An eigenvalue counts as zero at or below
     * {@code max(floor, RELATIVE_ZERO·|λ₁|)}.
     *
     * @throws IllegalArgumentException if a number is not finite or {@code floor} is negative
     */
    public static LocalGeometry of(Vec2 at, double f, Vec2 gradient, double hxx, double hxy, double hyy, double floor) {
        for (double v : new double[] {at.x(), at.y(), f, gradient.x(), gradient.y(), hxx, hxy, hyy, floor}) {
            Validate.finite("a derivative", v);
        }
        double mean = (hxx + hyy) / 2;
        double radius = Math.hypot((hxx - hyy) / 2, hxy);
        // (cos θ, sin θ) belongs to mean + radius, the one at right angles to mean − radius; a diagonal
        // Hessian has the coordinate axes exactly (cos(π/2) is not quite 0)
        double theta = Math.atan2(2 * hxy, hxx - hyy) / 2;
        boolean xFirst = hxx >= hyy;
        Vec2 up = hxy == 0 ? (xFirst ? new Vec2(1, 0) : new Vec2(0, 1)) : canonical(Math.cos(theta), Math.sin(theta));
        Vec2 down = hxy == 0 ? (xFirst ? new Vec2(0, 1) : new Vec2(1, 0)) : canonical(-Math.sin(theta), Math.cos(theta));
        double upper = mean + radius;
        double lower = mean - radius;
        boolean upperFirst = Math.abs(upper) >= Math.abs(lower);
        double l1 = upperFirst ? upper : lower;
        double l2 = upperFirst ? lower : upper;
        double zero = Math.max(floor, RELATIVE_ZERO * Math.abs(l1));
        return new LocalGeometry(at, f, gradient, hxx, hxy, hyy, l1, upperFirst ? up : down, l2, upperFirst ? down : up, zero);
    }

    /** A unit vector with its sign chosen so that x > 0, or y > 0 when x is 0: the same axis always reads the same. */
    private static Vec2 canonical(double x, double y) {
        double n = Math.hypot(x, y);
        x /= n;
        y /= n;
        boolean flip = x < 0 || x == 0 && y < 0;
        // + 0.0 turns −0 into 0
        return flip ? new Vec2(-x + 0.0, -y + 0.0) : new Vec2(x + 0.0, y + 0.0);
    }

    public Kind kind() {
        if (Math.abs(lambda1) <= zero) {
            return Kind.FLAT;
        }
        if (Math.abs(lambda2) <= zero) {
            return lambda1 > 0 ? Kind.VALLEY : Kind.RIDGE;
        }
        if (lambda1 > 0 && lambda2 > 0) {
            return Kind.BOWL;
        }
        return lambda1 < 0 && lambda2 < 0 ? Kind.DOME : Kind.SADDLE;
    }

    /** κ = |λ|max / |λ|min; infinite when the smaller curvature is zero (a valley, a ridge, a flat model). */
    public double conditionNumber() {
        Kind k = kind();
        return k == Kind.FLAT || k == Kind.VALLEY || k == Kind.RIDGE ? Double.POSITIVE_INFINITY : Math.abs(lambda1 / lambda2);
    }

    /** How many times longer than wide a bowl's level ellipses are: √κ. */
    public double elongation() {
        return Math.sqrt(conditionNumber());
    }

    /** The largest positive eigenvalue; NaN when no curvature is positive. */
    public double lambdaMax() {
        double max = Math.max(lambda1, lambda2);
        return max > zero ? max : Double.NaN;
    }

    /**
     * 2/λmax: plain gradient descent on the model, {@code x ← x − lr·g}, multiplies the part of the offset
     * from the centre along λ's axis by {@code 1 − lr·λ} each step, which shrinks along every
     * upward-curving axis only while lr is below this. NaN when no curvature is positive.
     */
    public double maxStableRate() {
        return 2 / lambdaMax();
    }

    /**
     * The same bound for heavy-ball momentum, {@code v ← μ·v + (1 − τ)·g; x ← x − lr·v}: on λ's axis the
     * offset follows {@code e' = (1 + μ − a)·e − μ·e_prev} with {@code a = lr·(1 − τ)·λ}, stable for
     * {@code 0 ≤ μ < 1} exactly when {@code 0 < a < 2·(1 + μ)}. NaN when no curvature is positive, μ is 1 or
     * more, or τ is 1.
     */
    public double maxStableMomentumRate(double momentum, double dampening) {
        if (!(momentum >= 0 && momentum < 1) || !(dampening >= 0 && dampening < 1)) {
            return Double.NaN;
        }
        return 2 * (1 + momentum) / ((1 - dampening) * lambdaMax());
    }

    /** What one plain gradient step of rate {@code lr} multiplies the model's offset along λ₁'s axis by: 1 − lr·λ₁. */
    public double stepFactor1(double lr) {
        return 1 - lr * lambda1;
    }

    /** The same along λ₂'s axis: 1 − lr·λ₂. */
    public double stepFactor2(double lr) {
        return 1 - lr * lambda2;
    }

    /** The level ellipse through the point, for a bowl; empty for any other kind. At a critical point it is the point. */
    public Optional<Ellipse> ellipse() {
        if (kind() != Kind.BOWL) {
            return Optional.empty();
        }
        double g1 = dot(gradient, axis1);
        double g2 = dot(gradient, axis2);
        // q(d) − q(centre) = ½·Σ λᵢ·(dᵢ − cᵢ)²; through d = 0 that is ½·gᵀH⁻¹g
        double level = g1 * g1 / lambda1 + g2 * g2 / lambda2;
        Vec2 centre = new Vec2(at.x() - g1 / lambda1 * axis1.x() - g2 / lambda2 * axis2.x(),
                at.y() - g1 / lambda1 * axis1.y() - g2 / lambda2 * axis2.y());
        return Optional.of(new Ellipse(centre, Math.sqrt(level / lambda1), Math.sqrt(level / lambda2), axis1));
    }

    /**
     * For a bowl, the angle in degrees between −∇f and the way to the ellipse's centre (the Newton step
     * −H⁻¹g): 0 on a round bowl, near 90 in a narrow valley. NaN for other kinds and where ∇f is 0.
     */
    public double angleToCentre() {
        double g1 = dot(gradient, axis1);
        double g2 = dot(gradient, axis2);
        if (kind() != Kind.BOWL || g1 == 0 && g2 == 0) {
            return Double.NaN;
        }
        double n1 = g1 / lambda1;
        double n2 = g2 / lambda2;
        double cos = (g1 * n1 + g2 * n2) / (Math.hypot(g1, g2) * Math.hypot(n1, n2));
        return Math.toDegrees(Math.acos(Math.max(-1, Math.min(1, cos))));
    }

    /** The part of ∇f along λ₁'s axis, signed. */
    public double gradientAlong1() {
        return dot(gradient, axis1);
    }

    /** The part of ∇f along λ₂'s axis, signed. */
    public double gradientAlong2() {
        return dot(gradient, axis2);
    }

    private static double dot(Vec2 a, Vec2 b) {
        return a.x() * b.x() + a.y() * b.y();
    }
}
