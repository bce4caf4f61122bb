package org.descentlab.core.raster;

import org.descentlab.core.NumberText;
import org.descentlab.core.Validate;

/** The rectangle of the x-y plane in view. Immutable; zoom and pan give new domains. */
public record Domain(double xmin, double xmax, double ymin, double ymax) {

    /** Narrower than this (relative to the centre's magnitude) and grid points would coincide. */
    private static final double MIN_RELATIVE_WIDTH = 1e-9;
    /** The widest side a view may have. */
    public static final double MAX_WIDTH = 1e12;

    public Domain {
        Validate.finite("xmin", xmin);
        Validate.finite("xmax", xmax);
        Validate.finite("ymin", ymin);
        Validate.finite("ymax", ymax);
        Validate.isTrue(xmin < xmax, "xmin must be less than xmax, got xmin " + NumberText.exact(xmin) + " and xmax "
                + NumberText.exact(xmax));
        Validate.isTrue(ymin < ymax, "ymin must be less than ymax, got ymin " + NumberText.exact(ymin) + " and ymax "
                + NumberText.exact(ymax));
    }

    public static Domain of(double[] xyxy) {
        return new Domain(xyxy[0], xyxy[1], xyxy[2], xyxy[3]);
    }

    public double width() {
        return xmax - xmin;
    }

    public double height() {
        return ymax - ymin;
    }

    public Grid grid(int nx, int ny) {
        return new Grid(xmin, xmax, ymin, ymax, nx, ny);
    }

    /**
     * Whether it can be drawn: each side at most {@link #MAX_WIDTH} and wide enough, relative to where it
     * is, that neighbouring grid points differ.
     */
    public boolean isDrawable() {
        double scale = Math.max(1, Math.max(Math.max(Math.abs(xmin), Math.abs(xmax)), Math.max(Math.abs(ymin), Math.abs(ymax))));
        return width() <= MAX_WIDTH && height() <= MAX_WIDTH && width() > MIN_RELATIVE_WIDTH * scale
                && height() > MIN_RELATIVE_WIDTH * scale;
    }

    /**
     * This domain widened on its shorter side, about its centre, so that one unit has the same length on
     * both axes in a plot {@code aspect} (width / height, in pixels) times as wide as it is high.
     */
    public Domain fit(double aspect) {
        if (!(aspect > 0) || !Double.isFinite(aspect)) {
            return this;
        }
        double w = width();
        double h = height();
        if (w / h < aspect) {
            double cx = xmin + w / 2;
            double half = h * aspect / 2;
            return new Domain(cx - half, cx + half, ymin, ymax);
        }
        double cy = ymin + h / 2;
        double half = w / aspect / 2;
        return new Domain(xmin, xmax, cy - half, cy + half);
    }

    public boolean contains(double x, double y) {
        return x >= xmin && x <= xmax && y >= ymin && y <= ymax;
    }

    /**
     * Scales by {@code factor} (below 1 zooms in) keeping (cx, cy) where it is; stays as it is where the
     * result would be too small or too large to draw.
     */
    public Domain zoom(double cx, double cy, double factor) {
        double w = width() * factor;
        double h = height() * factor;
        double scale = Math.max(1, Math.max(Math.abs(cx), Math.abs(cy)));
        if (!(w > MIN_RELATIVE_WIDTH * scale && h > MIN_RELATIVE_WIDTH * scale && w < MAX_WIDTH && h < MAX_WIDTH)) {
            return this;
        }
        double nx = cx - (cx - xmin) * factor;
        double ny = cy - (cy - ymin) * factor;
        return new Domain(nx, nx + w, ny, ny + h);
    }

    /** Moves by (dx, dy) in plane units. */
    public Domain pan(double dx, double dy) {
        double nxmin = xmin + dx;
        double nymin = ymin + dy;
        if (!Double.isFinite(nxmin + width()) || !Double.isFinite(nymin + height())) {
            return this;
        }
        return new Domain(nxmin, nxmin + width(), nymin, nymin + height());
    }
}
