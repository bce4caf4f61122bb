package org.descentlab.core.raster;

import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;

import org.descentlab.core.Validate;
import org.descentlab.core.field.RowSampler;

/**
 * Everything the heatmap shows for one function on one grid: values, the scale chosen, pixels and
 * contour lines. {@link #render} is the whole pipeline, off any UI thread.
 *
 * @param sampled  the values
 * @param scale    the colour scale resolved (auto becomes linear or log)
 * @param colormap the colours
 * @param argb     pixels, nx × ny, image row 0 at ymax
 * @param contours contour lines in grid coordinates
 * @param lines    the contour lines drawn: premultiplied pixels, transparent between lines, laid out as
 *                 {@code argb}
 * @param picture  the lines over the heatmap, opaque: what shows where nothing lies between them
 */
public record Landscape(SampledGrid sampled, ColorScale scale, Colormap colormap, int[] argb, ContourSet contours,
        int[] lines, int[] picture) {

    /** What to draw. */
    public record Style(Colormap colormap, ScaleChoice scale, int contourCount) {
        public Style {
            Validate.notNull("colormap", colormap);
            Validate.notNull("scale", scale);
            Validate.atLeast("contours", contourCount, 0);
        }

        public static Style defaults() {
            return new Style(Colormap.VIRIDIS, ScaleChoice.AUTO, 15);
        }
    }

    public Grid grid() {
        return sampled.grid();
    }

    /**
     * Samples, colours and contours in one go.
     *
     * @throws CancellationException when {@code cancelled} turned true on the way
     */
    public static Landscape render(RowSampler field, Grid grid, Style style, BooleanSupplier cancelled) {
        SampledGrid sampled = GridSampler.sample(field, grid, cancelled);
        Scale scale = style.scale().resolve(sampled);
        ColorScale colorScale = Heatmap.scaleFor(sampled, scale);
        int[] argb = new int[grid.size()];
        Heatmap.colorize(sampled, colorScale, style.colormap(), argb, cancelled);
        double[] levels = (scale == Scale.LOG ? ContourLevels.LOG : ContourLevels.LINEAR).levels(sampled, style.contourCount());
        ContourSet contours = Contours.trace(sampled, levels, cancelled);
        int[] lines = ContourRaster.draw(contours, grid.nx(), grid.ny(), 1, ContourRaster.WHITE, cancelled);
        return new Landscape(sampled, colorScale, style.colormap(), argb, contours, lines, ContourRaster.over(lines, argb));
    }

    /**
     * The same picture on another grid, finer for a picture at 2×: the values sampled afresh, coloured by
     * {@code like}'s colour scale, with contours at its levels, so that the colour bar and the lines mean
     * what they meant in {@code like} (values past its range take its end colours).
     *
     * @param contourCount the contour lines {@code like} was rendered with
     * @param lineWidth    their width in pixels of this grid: 2 on a grid of twice the pixels
     * @throws CancellationException when {@code cancelled} turned true on the way
     */
    public static Landscape renderLike(Landscape like, RowSampler field, Grid grid, int contourCount, double lineWidth,
            BooleanSupplier cancelled) {
        SampledGrid sampled = GridSampler.sample(field, grid, cancelled);
        int[] argb = new int[grid.size()];
        Heatmap.colorize(sampled, like.scale(), like.colormap(), argb, cancelled);
        double[] levels = (like.scale().scale() == Scale.LOG ? ContourLevels.LOG : ContourLevels.LINEAR)
                .levels(like.sampled(), contourCount);
        ContourSet contours = Contours.trace(sampled, levels, cancelled);
        int[] lines = ContourRaster.draw(contours, grid.nx(), grid.ny(), lineWidth, ContourRaster.WHITE, cancelled);
        return new Landscape(sampled, like.scale(), like.colormap(), argb, contours, lines, ContourRaster.over(lines, argb));
    }
}
