package org.descentlab.core.scenario;

import org.descentlab.core.Validate;
import org.descentlab.core.raster.Colormap;
import org.descentlab.core.raster.Domain;
import org.descentlab.core.raster.Landscape;
import org.descentlab.core.raster.ScaleChoice;

/**
 * What part of the plane is shown and how it is coloured.
 *
 * @param domain     the rectangle asked for
 * @param equalScale whether one unit has the same length on both axes (on by default): the shorter side
 *                   of the domain is widened to fill the plot (see {@link Domain#fit(double)})
 * @param colormap   the colours
 * @param scale      linear, log, or chosen from the values
 * @param contours   how many contour lines, 0 to {@link #MAX_CONTOURS}
 */
public record ViewSettings(Domain domain, boolean equalScale, Colormap colormap, ScaleChoice scale, int contours) {

    public static final int MAX_CONTOURS = 200;
    public static final int DEFAULT_CONTOURS = 15;
    public static final Domain DEFAULT_DOMAIN = new Domain(-5, 5, -5, 5);
    public static final ViewSettings DEFAULT = new ViewSettings(DEFAULT_DOMAIN, true, Colormap.VIRIDIS, ScaleChoice.AUTO,
            DEFAULT_CONTOURS);

    public ViewSettings {
        Validate.notNull("domain", domain);
        Validate.notNull("colormap", colormap);
        Validate.notNull("scale", scale);
        Validate.isTrue(domain.isDrawable(), "the domain " + domain + " is too small or too large to draw");
        Validate.isTrue(contours >= 0 && contours <= MAX_CONTOURS,
                "contours must be between 0 and " + MAX_CONTOURS + ", got " + contours);
    }

    /** The default view of {@code domain}. */
    public static ViewSettings of(Domain domain) {
        return DEFAULT.withDomain(domain);
    }

    /** The domain drawn in a plot of {@code aspect} (width / height): widened when equal scale is on. */
    public Domain shown(double aspect) {
        return equalScale ? domain.fit(aspect) : domain;
    }

    public Landscape.Style style() {
        return new Landscape.Style(colormap, scale, contours);
    }

    public ViewSettings withDomain(Domain d) {
        return new ViewSettings(d, equalScale, colormap, scale, contours);
    }

    public ViewSettings withEqualScale(boolean on) {
        return new ViewSettings(domain, on, colormap, scale, contours);
    }

    public ViewSettings withColormap(Colormap c) {
        return new ViewSettings(domain, equalScale, c, scale, contours);
    }

    public ViewSettings withScale(ScaleChoice s) {
        return new ViewSettings(domain, equalScale, colormap, s, contours);
    }

    public ViewSettings withContours(int n) {
        return new ViewSettings(domain, equalScale, colormap, scale, n);
    }
}
