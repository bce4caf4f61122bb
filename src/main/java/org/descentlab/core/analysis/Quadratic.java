package org.descentlab.core.analysis;

import java.util.Optional;

import org.descentlab.core.NumberText;
import org.descentlab.core.field.ScalarField;
import org.descentlab.core.optim.Convention;
import org.descentlab.core.optim.GradientDescent;
import org.descentlab.core.optim.Hyperparameters;
import org.descentlab.core.optim.Momentum;
import org.descentlab.core.optim.schedule.Schedule;
import org.descentlab.core.raster.Domain;
import org.descentlab.core.run.RunConfig;

/**
 * A function that is a quadratic on a domain, f = c + bₓx + b_yy + ½(hₓₓx² + 2hₓᵧxy + h_yy y²), and what theory
 * says about the learning rate there.
 *
 * <p>How a function is found to be one ({@link #fit}): the six coefficients are read from f at the domain's centre
 * and at points a quarter of its width and height away (second differences that are exact for a quadratic), and
 * the model must then give f at all 25 points of a 5×5 grid spanning the domain, its corners included, to within
 * {@value #TOLERANCE} × (1 + the largest |f| there). A function that is not a quadratic fails at some of them
 * (x⁴ by a third of its range, Rosenbrock by far more); one that is a quadratic only to within rounding passes.
 *
 * @param c   f at the origin
 * @param bx  ∂f/∂x at the origin
 * @param by  ∂f/∂y at the origin
 * @param hxx the Hessian's ∂²f/∂x²
 * @param hxy the Hessian's ∂²f/∂x∂y
 * @param hyy the Hessian's ∂²f/∂y²
 */
public record Quadratic(double c, double bx, double by, double hxx, double hxy, double hyy) {

    /** How closely the model must give f at the check points, relative to 1 + the largest |f| there. */
    public static final double TOLERANCE = 1e-9;
    /** An eigenvalue at most this relative to the larger counts as 0. */
    static final double ZERO = 1e-9;

    /**
     * What theory says for one run: descent converges for 0 &lt; lr &lt; {@code limit} and not above it.
     *
     * @param formula the limit as a formula: "2/L" or "2(1+μ)/L"
     * @param largest L, the Hessian's largest eigenvalue, plus the weight decay if any (it adds to every eigenvalue)
     * @param limit   the rate where convergence stops
     */
    public record Limit(String formula, double largest, double limit) {
    }

    /** The quadratic f is on {@code d}, or empty when it is not one (or is not finite somewhere there). */
    public static Optional<Quadratic> fit(ScalarField f, Domain d) {
        double cx = (d.xmin() + d.xmax()) / 2;
        double cy = (d.ymin() + d.ymax()) / 2;
        double sx = d.width() / 4;
        double sy = d.height() / 4;
        double f0 = f.value(cx, cy);
        double fxp = f.value(cx + sx, cy);
        double fxm = f.value(cx - sx, cy);
        double fyp = f.value(cx, cy + sy);
        double fym = f.value(cx, cy - sy);
        double hxx = (fxp - 2 * f0 + fxm) / (sx * sx);
        double hyy = (fyp - 2 * f0 + fym) / (sy * sy);
        double hxy = (f.value(cx + sx, cy + sy) - f.value(cx + sx, cy - sy) - f.value(cx - sx, cy + sy)
                + f.value(cx - sx, cy - sy)) / (4 * sx * sy);
        double gx = (fxp - fxm) / (2 * sx);
        double gy = (fyp - fym) / (2 * sy);
        // the gradient and value at the origin, so that the model reads the same anywhere
        double bx = gx - hxx * cx - hxy * cy;
        double by = gy - hxy * cx - hyy * cy;
        double c = f0 - gx * cx - gy * cy + 0.5 * (hxx * cx * cx + 2 * hxy * cx * cy + hyy * cy * cy);
        Quadratic q = new Quadratic(c, bx, by, hxx, hxy, hyy);
        double largest = 0;
        double worst = 0;
        for (int j = 0; j <= 4; j++) {
            for (int i = 0; i <= 4; i++) {
                double x = d.xmin() + i * d.width() / 4;
                double y = d.ymin() + j * d.height() / 4;
                double v = f.value(x, y);
                if (!Double.isFinite(v)) {
                    return Optional.empty();
                }
                largest = Math.max(largest, Math.abs(v));
                worst = Math.max(worst, Math.abs(v - q.value(x, y)));
            }
        }
        return worst <= TOLERANCE * (1 + largest) && Double.isFinite(hxx + hxy + hyy) ? Optional.of(q) : Optional.empty();
    }

    /** The model's value at (x, y). */
    public double value(double x, double y) {
        return c + bx * x + by * y + 0.5 * (hxx * x * x + 2 * hxy * x * y + hyy * y * y);
    }

    /** L, the Hessian's largest eigenvalue. */
    public double largestEigenvalue() {
        return (hxx + hyy) / 2 + Math.hypot((hxx - hyy) / 2, hxy);
    }

    /** The Hessian's smallest eigenvalue. */
    public double smallestEigenvalue() {
        return (hxx + hyy) / 2 - Math.hypot((hxx - hyy) / 2, hxy);
    }

    /**
     * Whether the quadratic plus {@code decay}·‖x‖²/2 has a minimum: every eigenvalue plus {@code decay} above 0,
     * or one of them 0 (to 1e-9 of the larger) with the gradient constant along its eigenvector 0 too (x² on
     * the plane has the line x = 0 of minima; x² + y has none).
     */
    public boolean hasMinimum(double decay) {
        double large = largestEigenvalue() + decay;
        double small = smallestEigenvalue() + decay;
        double zero = ZERO * Math.max(1, Math.abs(large));
        if (!(large > zero) || small < -zero) {
            return false;
        }
        if (small > zero) {
            return true;
        }
        // the eigenvector of the zero eigenvalue, and the gradient's part along it, the same everywhere
        double vx = hxy != 0 ? hxy : Math.abs(hxx + decay) <= zero ? 1 : 0;
        double vy = hxy != 0 ? small - decay - hxx : 1 - vx;
        double along = (bx * vx + by * vy) / Math.hypot(vx, vy);
        return Math.abs(along) <= ZERO * (1 + Math.hypot(bx, by));
    }

    /**
     * Why descent cannot converge to a minimum of f: "f is a quadratic with no minimum on the view (eigenvalues 2,
     * -2): descent cannot converge to a minimum"; empty when it has one ({@link #hasMinimum} without decay).
     */
    public Optional<String> noMinimum() {
        if (hasMinimum(0)) {
            return Optional.empty();
        }
        return Optional.of("f is a quadratic with no minimum on the view (eigenvalues " + NumberText.rounded(largestEigenvalue(), 6)
                + ", " + NumberText.rounded(smallestEigenvalue(), 6) + "): descent cannot converge to a minimum");
    }

    /**
     * Where descent stops converging on this quadratic, for the optimizers whose limit is known: plain descent,
     * 2/L (x ← (I − lr·H)x contracts iff lr·λ &lt; 2 for every eigenvalue λ), and heavy-ball momentum without
     * dampening, 2(1+μ)/L (x_{t+1} = x_t − lr·λ·x_t + μ(x_t − x_{t−1}) has both roots of z² − (1 + μ − lr·λ)z + μ
     * inside the unit circle iff |μ| &lt; 1 and 0 &lt; lr·λ &lt; 2(1 + μ)). Weight decay adds to every λ under either
     * convention (for momentum, under PyTorch's). Empty for another optimizer, momentum ≥ 1 or with dampening,
     * gradient noise, clipping or a learning-rate schedule (the rate is then not lr), or a quadratic (with the weight decay) that has no minimum ({@link #hasMinimum}): a saddle's
     * runs leave along its falling direction at every rate.
     */
    public Optional<Limit> limit(RunConfig run) {
        if (run.noise() > 0 || run.clip() > 0 || run.schedule() != Schedule.NONE) {
            return Optional.empty();
        }
        Hyperparameters p = run.optimizer().parameters();
        double l = largestEigenvalue();
        if (run.optimizer().type() == GradientDescent.TYPE) {
            double lambda = l + p.get("weight_decay");
            return positive(lambda) && hasMinimum(p.get("weight_decay")) ? Optional.of(new Limit("2/L", lambda, 2 / lambda))
                    : Optional.empty();
        }
        if (run.optimizer().type() == Momentum.TYPE) {
            double mu = p.get("momentum");
            double decay = p.get("weight_decay");
            double lambda = l + decay;
            boolean plain = p.get("dampening") == 0 && mu < 1 && (decay == 0 || run.optimizer().convention() == Convention.PYTORCH);
            return plain && positive(lambda) && hasMinimum(decay) ? Optional.of(new Limit("2(1+μ)/L", lambda, 2 * (1 + mu) / lambda)) : Optional.empty();
        }
        return Optional.empty();
    }

    private static boolean positive(double v) {
        return v > 0 && Double.isFinite(v);
    }
}
