package org.descentlab.ui.landscape;

/** Where a point of the plane lands in a plot's pixels, and back. */
interface PlotMapping {

    double pixelX(double x);

    double pixelY(double y);

    double planeX(double px);

    double planeY(double py);
}
