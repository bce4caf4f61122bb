package org.descentlab.core.preset;

import java.util.ArrayList;
import java.util.List;

import org.descentlab.core.Vec2;
import org.descentlab.core.field.Derivatives;
import org.descentlab.core.field.ScalarField;
import org.descentlab.core.raster.Domain;

/**
 * Finds the local minima of a field inside a domain without knowing them: pure Newton iterations (with
 * the numerical derivatives the app uses) from every point of a grid over the domain and a margin around
 * it, keeping the points where they settle with a positive definite Hessian. A test's independent check
 * on the minima a preset lists.
 */
final class MinimumSearch {

    private static final double H = Math.pow(Math.ulp(1.0), 0.2);

    private MinimumSearch() {
    }

    /**
     * The gradient by fourth-order central differences, h = ε^⅕·max(1, |xᵢ|): error about 1e-12 of the
     * scale of f, against 1e-8 or so for the app's second-order one, so that a marked point can be shown
     * to be within about 1e-9 of the stationary point.
     */
    static double[] gradient(ScalarField f, double x, double y) {
        double hx = H * Math.max(1, Math.abs(x));
        double hy = H * Math.max(1, Math.abs(y));
        return new double[] {
            (f.value(x - 2 * hx, y) - 8 * f.value(x - hx, y) + 8 * f.value(x + hx, y) - f.value(x + 2 * hx, y)) / (12 * hx),
            (f.value(x, y - 2 * hy) - 8 * f.value(x, y - hy) + 8 * f.value(x, y + hy) - f.value(x, y + 2 * hy)) / (12 * hy)};
    }

    /** The Newton step −H⁻¹g at p, or null where H cannot be inverted. */
    static Vec2 newtonStep(ScalarField f, Vec2 p) {
        double[] g = gradient(f, p.x(), p.y());
        double[] h = Derivatives.hessian(f, p.x(), p.y());
        double det = h[0] * h[2] - h[1] * h[1];
        if (det == 0 || !Double.isFinite(det)) {
            return null;
        }
        return new Vec2(-(h[2] * g[0] - h[1] * g[1]) / det, -(h[0] * g[1] - h[1] * g[0]) / det);
    }

    static boolean positiveDefinite(ScalarField f, Vec2 p) {
        double[] h = Derivatives.hessian(f, p.x(), p.y());
        return h[0] > 0 && h[0] * h[2] - h[1] * h[1] > 0;
    }

    /** Every local minimum inside {@code d} that Newton reaches from an n × n grid of starts. */
    static List<Vec2> minima(ScalarField f, Domain d, int n) {
        double mx = 0.05 * d.width();
        double my = 0.05 * d.height();
        List<Vec2> found = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                Vec2 p = settle(f, new Vec2(d.xmin() - mx + (d.width() + 2 * mx) * i / (n - 1),
                        d.ymin() - my + (d.height() + 2 * my) * j / (n - 1)), d);
                if (p != null && d.contains(p.x(), p.y()) && positiveDefinite(f, p)
                        && found.stream().noneMatch(q -> distance(p, q) < 1e-5 * Math.max(1, norm(p)))) {
                    found.add(p);
                }
            }
        }
        return found;
    }

    /** Where Newton from p settles, or null when it does not (it leaves the neighbourhood, or H is singular). */
    private static Vec2 settle(ScalarField f, Vec2 p, Domain d) {
        for (int k = 0; k < 100; k++) {
            Vec2 step = newtonStep(f, p);
            if (step == null) {
                return null;
            }
            p = new Vec2(p.x() + step.x(), p.y() + step.y());
            if (!p.isFinite() || Math.abs(p.x() - (d.xmin() + d.xmax()) / 2) > d.width()
                    || Math.abs(p.y() - (d.ymin() + d.ymax()) / 2) > d.height()) {
                return null;
            }
            if (norm(step) <= 1e-9 * Math.max(1, norm(p))) {
                return p;
            }
        }
        return null;
    }

    static double distance(Vec2 a, Vec2 b) {
        return Math.hypot(a.x() - b.x(), a.y() - b.y());
    }

    static double norm(Vec2 p) {
        return Math.hypot(p.x(), p.y());
    }
}
