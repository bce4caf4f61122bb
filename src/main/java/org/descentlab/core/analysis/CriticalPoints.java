package org.descentlab.core.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

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
     * already sampled costs no more evaluations than the seeds' refinement). Seeds within 1.5 cells of an
     * earlier seed belong to its point and are tried only if that seed finds none; seeds are refined in
     * parallel, and the points are merged in the seeds' order, so the result does not depend on the cores.
     */
    public static List<Point> find(ScalarField f, SampledGrid sampled) {
        Validate.notNull("f", f);
        Validate.notNull("sampled", sampled);
        Grid g = sampled.grid();
        Domain d = new Domain(g.xmin(), g.xmax(), g.ymin(), g.ymax());
        Seeds seeds = Seeds.of(sampled);
        double tolerance = 1e-8 * (1 + seeds.largestGradient);
        double merge = 1e-6 * Math.max(1, Math.max(d.width(), d.height()));
        List<List<double[]>> groups = group(seeds.points, 1.5 * g.dx(), 1.5 * g.dy());
        Point[] refined = new Point[groups.size()];
        IntStream.range(0, groups.size()).parallel().forEach(k -> {
            for (double[] seed : groups.get(k)) {
                refined[k] = refine(f, d, seed[0], seed[1], tolerance);
                if (refined[k] != null) {
                    break;
                }
            }
        });
        List<Point> found = new ArrayList<>();
        for (Point p : refined) {
            if (p != null && found.stream().noneMatch(q -> Math.hypot(q.x() - p.x(), q.y() - p.y()) <= merge)) {
                found.add(p);
            }
        }
        found.sort(Comparator.comparingDouble(Point::x).thenComparingDouble(Point::y));
        return found;
    }

    /** Seeds in order, each with those after it within (cellX, cellY) of it: the first seed of a group leads it. */
    private static List<List<double[]>> group(List<double[]> seeds, double cellX, double cellY) {
        List<List<double[]>> groups = new ArrayList<>();
        for (double[] seed : seeds) {
            List<double[]> near = null;
            for (List<double[]> group : groups) {
                double[] lead = group.get(0);
                if (Math.abs(lead[0] - seed[0]) <= cellX && Math.abs(lead[1] - seed[1]) <= cellY) {
                    near = group;
                    break;
                }
            }
            if (near == null) {
                groups.add(new ArrayList<>(List.of(seed)));
            } else {
                near.add(seed);
            }
        }
        return groups;
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

    /**
     * The seeds a sampled grid gives: cell centres where both differences of the samples change sign (or
     * touch zero) across the cell's corners (central differences inside, one-sided at the edges), then nodes
     * below or above all eight neighbours; and the largest sampled gradient. Rows are looked at in parallel.
     */
    private record Seeds(List<double[]> points, double largestGradient) {

        static Seeds of(SampledGrid sampled) {
            Grid grid = sampled.grid();
            int nx = grid.nx();
            int ny = grid.ny();
            double[] v = sampled.values();
            List<double[]>[] cells = rows(ny);
            List<double[]>[] nodes = rows(ny);
            double[] largest = new double[ny];
            IntStream.range(0, ny).parallel().forEach(j -> {
                double[] gx0 = new double[nx];
                double[] gy0 = new double[nx];
                largest[j] = differences(v, nx, ny, j, grid.dx(), grid.dy(), gx0, gy0);
                if (j + 1 < ny) {
                    double[] gx1 = new double[nx];
                    double[] gy1 = new double[nx];
                    differences(v, nx, ny, j + 1, grid.dx(), grid.dy(), gx1, gy1);
                    double y = (grid.y(j) + grid.y(j + 1)) / 2;
                    for (int i = 0; i + 1 < nx; i++) {
                        if (changes(gx0[i], gx0[i + 1], gx1[i], gx1[i + 1]) && changes(gy0[i], gy0[i + 1], gy1[i], gy1[i + 1])) {
                            cells[j].add(new double[] {(grid.x(i) + grid.x(i + 1)) / 2, y});
                        }
                    }
                }
                if (j > 0 && j + 1 < ny) {
                    for (int i = 1; i + 1 < nx; i++) {
                        if (extreme(v, nx, i, j)) {
                            nodes[j].add(new double[] {grid.x(i), grid.y(j)});
                        }
                    }
                }
            });
            List<double[]> out = new ArrayList<>();
            for (List<double[]>[] part : List.of(cells, nodes)) {
                for (List<double[]> row : part) {
                    out.addAll(row.subList(0, Math.min(row.size(), MAX_SEEDS - out.size())));
                }
            }
            double max = 0;
            for (double m : largest) {
                max = Math.max(max, m);
            }
            return new Seeds(out, Math.sqrt(max));
        }

        @SuppressWarnings("unchecked")
        private static List<double[]>[] rows(int n) {
            List<double[]>[] rows = new List[n];
            for (int j = 0; j < n; j++) {
                rows[j] = new ArrayList<>(0);
            }
            return rows;
        }

        /** Row {@code j}'s sampled ∂f/∂x and ∂f/∂y into {@code gx} and {@code gy}; the largest finite |∇f|² in it. */
        private static double differences(double[] v, int nx, int ny, int j, double dx, double dy, double[] gx, double[] gy) {
            int j0 = Math.max(0, j - 1);
            int j1 = Math.min(ny - 1, j + 1);
            double overY = 1 / ((j1 - j0) * dy);
            int row = j * nx;
            double largest = 0;
            for (int i = 0; i < nx; i++) {
                int i0 = i == 0 ? 0 : i - 1;
                int i1 = i == nx - 1 ? i : i + 1;
                double a = (v[row + i1] - v[row + i0]) / ((i1 - i0) * dx);
                double b = (v[j1 * nx + i] - v[j0 * nx + i]) * overY;
                gx[i] = a;
                gy[i] = b;
                double square = a * a + b * b;
                if (square > largest && square < Double.POSITIVE_INFINITY) {
                    largest = square;
                }
            }
            return largest;
        }

        private static boolean changes(double a, double b, double c, double e) {
            return Math.min(Math.min(a, b), Math.min(c, e)) <= 0 && Math.max(Math.max(a, b), Math.max(c, e)) >= 0;
        }

        private static boolean extreme(double[] v, int nx, int i, int j) {
            int k = j * nx + i;
            double c = v[k];
            // most nodes fail at once: a lowest one is below its left and right neighbours, a highest one above
            boolean lowest = c < v[k - 1] && c < v[k + 1];
            boolean highest = c > v[k - 1] && c > v[k + 1];
            if (!(lowest || highest) || !Double.isFinite(c)) {
                return false;
            }
            for (int dj = -1; dj <= 1; dj += 2) {
                for (int di = -1; di <= 1; di++) {
                    double o = v[k + dj * nx + di];
                    lowest &= c < o;
                    highest &= c > o;
                }
            }
            return lowest || highest;
        }
    }
}
