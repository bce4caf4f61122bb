package org.descentlab.core.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.descentlab.core.Validate;
import org.descentlab.core.field.Derivatives;
import org.descentlab.core.field.RowSampler;
import org.descentlab.core.field.ScalarField;
import org.descentlab.core.raster.Domain;
import org.descentlab.core.raster.Grid;
import org.descentlab.core.raster.GridSampler;
import org.descentlab.core.raster.SampledGrid;

/**
 * The critical points of a field inside a domain: where ∇f = 0, each classified by its Hessian. Seeds come
 * from a grid of samples (cells where both parts of the sampled gradient change sign, and samples lower or
 * higher than their eight neighbours), each is refined by Newton's method on a fourth-order numerical
 * gradient, and points found twice are merged.
 */
public final class CriticalPoints {

    /** Grid cells per side that seed the search. */
    public static final int DEFAULT_CELLS = 200;
    /** Newton iterations per seed, at most; a degenerate point (a zero Hessian) converges only linearly. */
    private static final int ITERATIONS = 80;
    /** Seeds tried, at most: a flat field would make every cell one. */
    private static final int MAX_SEEDS = 4000;

    private CriticalPoints() {
    }

    /** What the Hessian says of a critical point. */
    public enum Kind {
        MINIMUM, SADDLE, MAXIMUM,
        /** An eigenvalue of the Hessian is zero (to 1e-6 of the larger): the second derivatives cannot tell. */
        DEGENERATE;

        /** minimum, saddle, maximum, degenerate. */
        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * A critical point.
     *
     * @param lambda1 the smaller eigenvalue of the Hessian there
     * @param lambda2 the larger one
     */
    public record Point(Kind kind, double x, double y, double f, double lambda1, double lambda2) {
    }

    /** The critical points of {@code f} in {@code d}, seeded from {@link #DEFAULT_CELLS}² cells, sorted by x then y. */
    public static List<Point> find(ScalarField f, Domain d) {
        return find(f, d, DEFAULT_CELLS);
    }

    /** As {@link #find(ScalarField, Domain)}, seeded from {@code cells}² cells, sampled on both cores. */
    public static List<Point> find(ScalarField f, Domain d, int cells) {
        Validate.notNull("f", f);
        Validate.notNull("d", d);
        Validate.isTrue(cells >= 2 && cells <= 4000, "cells must be between 2 and 4000, got " + cells);
        RowSampler rows = f instanceof RowSampler r ? r : RowSampler.of(f);
        return find(f, GridSampler.sample(rows, d.grid(cells + 1, cells + 1)));
    }

    /**
     * The critical points of {@code f} inside the grid's rectangle, seeded from its samples (a landscape
     * already sampled costs no more evaluations than the seeds' refinement).
     */
    public static List<Point> find(ScalarField f, SampledGrid sampled) {
        Validate.notNull("f", f);
        Validate.notNull("sampled", sampled);
        Grid g = sampled.grid();
        Domain d = new Domain(g.xmin(), g.xmax(), g.ymin(), g.ymax());
        Samples s = new Samples(sampled);
        double tolerance = 1e-8 * (1 + s.largestGradient);
        double merge = 1e-6 * Math.max(1, Math.max(d.width(), d.height()));
        // a point is seeded by up to four cells around it and its node: once found, their seeds are spent
        double cellX = 1.5 * g.dx();
        double cellY = 1.5 * g.dy();
        List<Point> found = new ArrayList<>();
        for (double[] seed : s.seeds()) {
            if (found.stream().anyMatch(q -> Math.abs(q.x() - seed[0]) <= cellX && Math.abs(q.y() - seed[1]) <= cellY)) {
                continue;
            }
            Point p = refine(f, d, seed[0], seed[1], tolerance);
            if (p != null && found.stream().noneMatch(q -> Math.hypot(q.x() - p.x(), q.y() - p.y()) <= merge)) {
                found.add(p);
            }
        }
        found.sort(Comparator.comparingDouble(Point::x).thenComparingDouble(Point::y));
        return found;
    }

    /** Newton's method on ∇f = 0 from (x, y); the point it reaches inside the domain, classified, or null. */
    static Point refine(ScalarField f, Domain d, double x, double y, double tolerance) {
        double[] g = new double[2];
        double[] h = new double[3];
        double reach = Math.hypot(d.width(), d.height());
        for (int k = 0; k < ITERATIONS; k++) {
            gradient(f, x, y, g);
            if (!Double.isFinite(g[0]) || !Double.isFinite(g[1])) {
                return null;
            }
            Derivatives.hessian(f, x, y, h);
            double a = h[0];
            double b = h[1];
            double c = h[2];
            double det = a * c - b * b;
            double size = a * a + 2 * b * b + c * c;
            double dx;
            double dy;
            if (Math.abs(det) > 1e-12 * size) {
                dx = (c * g[0] - b * g[1]) / det;
                dy = (a * g[1] - b * g[0]) / det;
            } else {
                // a singular Hessian: the least-squares step (H² + μI)⁻¹ H g, damped a little
                double mu = 1e-12 * size + 1e-300;
                double p = a * a + b * b + mu;
                double q = b * (a + c);
                double r = b * b + c * c + mu;
                double u = a * g[0] + b * g[1];
                double v = b * g[0] + c * g[1];
                double dd = p * r - q * q;
                if (!(dd > 0)) {
                    return null;
                }
                dx = (r * u - q * v) / dd;
                dy = (p * v - q * u) / dd;
            }
            if (!Double.isFinite(dx) || !Double.isFinite(dy) || Math.hypot(dx, dy) > reach) {
                return null;
            }
            x -= dx;
            y -= dy;
            if (Math.hypot(dx, dy) <= 1e-15 * Math.max(1, Math.hypot(x, y))) {
                break;
            }
        }
        gradient(f, x, y, g);
        double margin = 1e-9 * reach;
        boolean inside = x >= d.xmin() - margin && x <= d.xmax() + margin && y >= d.ymin() - margin && y <= d.ymax() + margin;
        if (!inside || !(Math.hypot(g[0], g[1]) <= tolerance)) {
            return null;
        }
        Derivatives.hessian(f, x, y, h);
        double mean = (h[0] + h[2]) / 2;
        double radius = Math.hypot((h[0] - h[2]) / 2, h[1]);
        double l1 = mean - radius;
        double l2 = mean + radius;
        double tiny = 1e-6 * Math.max(1, Math.max(Math.abs(l1), Math.abs(l2)));
        Kind kind = Math.abs(l1) < tiny || Math.abs(l2) < tiny ? Kind.DEGENERATE
                : l1 > 0 ? Kind.MINIMUM : l2 < 0 ? Kind.MAXIMUM : Kind.SADDLE;
        return new Point(kind, x, y, f.value(x, y), l1, l2);
    }

    /**
     * ∇f by fourth-order central differences: the app's second-order gradient has an error of h²·f‴/6,
     * which moves the zero of a degenerate point (the monkey saddle's) by about h; this one's zero is where
     * the point is to about 1e-10.
     */
    private static void gradient(ScalarField f, double x, double y, double[] out) {
        double hx = 1e-3 * Math.max(1, Math.abs(x));
        double hy = 1e-3 * Math.max(1, Math.abs(y));
        out[0] = (f.value(x - 2 * hx, y) - 8 * f.value(x - hx, y) + 8 * f.value(x + hx, y) - f.value(x + 2 * hx, y)) / (12 * hx);
        out[1] = (f.value(x, y - 2 * hy) - 8 * f.value(x, y - hy) + 8 * f.value(x, y + hy) - f.value(x, y + 2 * hy)) / (12 * hy);
    }

    /** f and its differences on the grid's nodes, and the seeds they give. */
    private static final class Samples {
        final Grid grid;
        final int nx;
        final int ny;
        final double[] v;
        final double[] gx;
        final double[] gy;
        double largestGradient;

        Samples(SampledGrid sampled) {
            grid = sampled.grid();
            nx = grid.nx();
            ny = grid.ny();
            v = sampled.values();
            // differences of the samples: central inside, one-sided at the edges
            double largest = 0;
            gx = new double[nx * ny];
            gy = new double[nx * ny];
            double dx = grid.dx();
            double dy = grid.dy();
            for (int j = 0; j < ny; j++) {
                int j0 = Math.max(0, j - 1);
                int j1 = Math.min(ny - 1, j + 1);
                double overY = 1 / ((j1 - j0) * dy);
                int row = j * nx;
                for (int i = 0; i < nx; i++) {
                    int i0 = i == 0 ? 0 : i - 1;
                    int i1 = i == nx - 1 ? i : i + 1;
                    int k = row + i;
                    double a = (v[row + i1] - v[row + i0]) / ((i1 - i0) * dx);
                    double b = (v[j1 * nx + i] - v[j0 * nx + i]) * overY;
                    gx[k] = a;
                    gy[k] = b;
                    double square = a * a + b * b;
                    if (square > largest && square < Double.POSITIVE_INFINITY) {
                        largest = square;
                    }
                }
            }
            largestGradient = Math.sqrt(largest);
        }

        /** Cell centres where both differences change sign (or touch zero), and nodes above or below all eight neighbours. */
        List<double[]> seeds() {
            List<double[]> out = new ArrayList<>();
            for (int j = 0; j + 1 < ny && out.size() < MAX_SEEDS; j++) {
                for (int i = 0; i + 1 < nx && out.size() < MAX_SEEDS; i++) {
                    if (changes(gx, i, j) && changes(gy, i, j)) {
                        out.add(new double[] {(grid.x(i) + grid.x(i + 1)) / 2, (grid.y(j) + grid.y(j + 1)) / 2});
                    }
                }
            }
            for (int j = 1; j + 1 < ny && out.size() < MAX_SEEDS; j++) {
                for (int i = 1; i + 1 < nx && out.size() < MAX_SEEDS; i++) {
                    if (extreme(i, j)) {
                        out.add(new double[] {grid.x(i), grid.y(j)});
                    }
                }
            }
            return out;
        }

        private boolean changes(double[] g, int i, int j) {
            int k = j * nx + i;
            double a = g[k];
            double b = g[k + 1];
            double c = g[k + nx];
            double e = g[k + nx + 1];
            return Math.min(Math.min(a, b), Math.min(c, e)) <= 0 && Math.max(Math.max(a, b), Math.max(c, e)) >= 0;
        }

        private boolean extreme(int i, int j) {
            double c = v[j * nx + i];
            if (!Double.isFinite(c)) {
                return false;
            }
            boolean lowest = true;
            boolean highest = true;
            for (int dj = -1; dj <= 1; dj++) {
                for (int di = -1; di <= 1; di++) {
                    if (di != 0 || dj != 0) {
                        double o = v[(j + dj) * nx + i + di];
                        lowest &= c < o;
                        highest &= c > o;
                    }
                }
            }
            return lowest || highest;
        }
    }
}
