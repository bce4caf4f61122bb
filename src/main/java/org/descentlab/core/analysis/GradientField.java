package org.descentlab.core.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;

import org.descentlab.core.Validate;
import org.descentlab.core.field.Derivatives;
import org.descentlab.core.field.ScalarField;
import org.descentlab.core.raster.Domain;

/**
 * −∇f, normalised, at the centres of a grid of cells over a domain: which way is downhill everywhere.
 * Each arrow keeps ‖∇f‖, so a drawing can hint at how steep it is; points where the gradient is not
 * finite, or exactly zero (no direction), have no arrow.
 *
 * @param domain  the domain sampled
 * @param columns cells across
 * @param rows    cells down
 * @param arrows  the arrows, row by row from the bottom
 * @param lowNorm  ‖∇f‖ of the arrow at the 5th percentile: a drawing's "flat"
 * @param highNorm ‖∇f‖ at the 95th percentile: its "steep"
 */
public record GradientField(Domain domain, int columns, int rows, List<Arrow> arrows, double lowNorm, double highNorm) {

    /**
     * One arrow.
     *
     * @param x    where it starts
     * @param y    where it starts
     * @param ux   −∂f/∂x / ‖∇f‖
     * @param uy   −∂f/∂y / ‖∇f‖
     * @param norm ‖∇f‖ there, finite and positive
     */
    public record Arrow(double x, double y, double ux, double uy, double norm) {
    }

    public GradientField {
        Validate.notNull("domain", domain);
        arrows = List.copyOf(arrows);
    }

    /**
     * The cells of a grid {@code across} cells along the wider side of a plot {@code aspect} (width / height)
     * times as wide as high, with square cells: {columns, rows}, each at least 1.
     */
    public static int[] cells(int across, double aspect) {
        Validate.atLeast("across", across, 1);
        double a = aspect > 0 && Double.isFinite(aspect) ? aspect : 1;
        return a >= 1 ? new int[] {across, (int) Math.max(1, Math.round(across / a))}
                : new int[] {(int) Math.max(1, Math.round(across * a)), across};
    }

    /** −∇f at the centres of {@code columns × rows} cells of {@code d}. */
    public static GradientField sample(ScalarField f, Domain d, int columns, int rows) {
        return sample(f, d, columns, rows, () -> false);
    }

    /**
     * As {@link #sample(ScalarField, Domain, int, int)}, polling {@code cancelled} before each row.
     *
     * @throws CancellationException once {@code cancelled} is true
     */
    public static GradientField sample(ScalarField f, Domain d, int columns, int rows, BooleanSupplier cancelled) {
        Validate.atLeast("columns", columns, 1);
        Validate.atLeast("rows", rows, 1);
        List<Arrow> arrows = new ArrayList<>(columns * rows);
        double[] g = new double[2];
        double dx = d.width() / columns;
        double dy = d.height() / rows;
        for (int j = 0; j < rows; j++) {
            if (cancelled.getAsBoolean()) {
                throw new CancellationException("the gradient field was cancelled");
            }
            double y = d.ymin() + (j + 0.5) * dy;
            for (int i = 0; i < columns; i++) {
                double x = d.xmin() + (i + 0.5) * dx;
                Derivatives.gradient(f, x, y, g);
                double norm = Math.hypot(g[0], g[1]);
                if (norm > 0 && Double.isFinite(norm)) {
                    arrows.add(new Arrow(x, y, -g[0] / norm, -g[1] / norm, norm));
                }
            }
        }
        double[] norms = arrows.stream().mapToDouble(Arrow::norm).sorted().toArray();
        return new GradientField(d, columns, rows, arrows, percentile(norms, 0.05), percentile(norms, 0.95));
    }

    private static double percentile(double[] sorted, double p) {
        return sorted.length == 0 ? Double.NaN : sorted[(int) Math.round(p * (sorted.length - 1))];
    }

    /**
     * Where ‖∇f‖ of an arrow lies between {@link #lowNorm} and {@link #highNorm} on a log scale, 0 to 1
     * (clamped): the flattest arrows 0, the steepest 1; 1 for every arrow when they are all as steep.
     */
    public double steepness(Arrow a) {
        if (!(highNorm > lowNorm)) {
            return 1;
        }
        double t = Math.log(a.norm() / lowNorm) / Math.log(highNorm / lowNorm);
        return Math.max(0, Math.min(1, t));
    }

    /** The width of one cell, in plane units. */
    public double cellWidth() {
        return domain.width() / columns;
    }

    /** The height of one cell, in plane units. */
    public double cellHeight() {
        return domain.height() / rows;
    }

    @Override
    public String toString() {
        return "GradientField[" + domain + ", " + columns + "×" + rows + ", " + arrows.size() + " arrows, norms "
                + Arrays.toString(new double[] {lowNorm, highNorm}) + "]";
    }
}
