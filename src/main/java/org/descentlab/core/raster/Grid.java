package org.descentlab.core.raster;

import org.descentlab.core.NumberText;
import org.descentlab.core.Validate;

/**
 * A regular grid of {@code nx × ny} points spanning a domain, edges included: {@code x_i = xmin + i·dx},
 * {@code y_j = ymin + j·dy}. Values are stored row by row from ymin upwards: index {@code j·nx + i}.
 */
public record Grid(double xmin, double xmax, double ymin, double ymax, int nx, int ny) {

    public Grid {
        Validate.finite("xmin", xmin);
        Validate.finite("xmax", xmax);
        Validate.finite("ymin", ymin);
        Validate.finite("ymax", ymax);
        Validate.isTrue(xmin < xmax, "xmin must be less than xmax, got xmin " + NumberText.exact(xmin) + " and xmax "
                + NumberText.exact(xmax));
        Validate.isTrue(ymin < ymax, "ymin must be less than ymax, got ymin " + NumberText.exact(ymin) + " and ymax "
                + NumberText.exact(ymax));
        Validate.atLeast("nx", nx, 2);
        Validate.atLeast("ny", ny, 2);
        Validate.isTrue((long) nx * ny <= Integer.MAX_VALUE - 8, "grid too large: " + nx + " x " + ny);
    }

    public double dx() {
        return (xmax - xmin) / (nx - 1);
    }

    public double dy() {
        return (ymax - ymin) / (ny - 1);
    }

    public double x(int i) {
        return xmin + i * dx();
    }

    public double y(int j) {
        return ymin + j * dy();
    }

    public int size() {
        return nx * ny;
    }

    /** Grid column (fractional) of a domain x. */
    public double column(double x) {
        return (x - xmin) / dx();
    }

    /** Grid row (fractional) of a domain y. */
    public double row(double y) {
        return (y - ymin) / dy();
    }
}
