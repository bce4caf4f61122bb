package org.descentlab.ui.landscape;

import javafx.scene.canvas.GraphicsContext;

import org.descentlab.core.raster.ContourSet;
import org.descentlab.core.raster.Domain;
import org.descentlab.core.raster.Grid;
import org.descentlab.core.raster.Landscape;
import org.descentlab.ui.base.Palette;

/** A landscape's contour lines, placed by its own grid in the domain drawn. */
final class ContourPainter {

    private ContourPainter() {
    }

    /**
     * @param plotWidth  the plot's width in units
     * @param plotHeight its height
     */
    static void draw(GraphicsContext gc, PlotMapping m, Landscape l, Domain drawn, double plotWidth, double plotHeight) {
        if (l == null) {
            return;
        }
        Grid g = l.grid();
        ContourSet set = l.contours();
        gc.setStroke(Palette.CONTOUR);
        gc.setLineWidth(1);
        // one stroke per level; points closer than ~0.7 px to the last one drawn are skipped
        double sx = plotWidth / drawn.width() * g.dx();
        double sy = plotHeight / drawn.height() * g.dy();
        double ox = m.pixelX(g.xmin());
        double oy = m.pixelY(g.ymin());
        for (float[][] level : set.lines()) {
            gc.beginPath();
            for (float[] line : level) {
                double lx = ox + line[0] * sx;
                double ly = oy - line[1] * sy;
                gc.moveTo(lx, ly);
                int last = line.length - 2;
                for (int k = 2; k <= last; k += 2) {
                    double px = ox + line[k] * sx;
                    double py = oy - line[k + 1] * sy;
                    if (k == last || Math.abs(px - lx) + Math.abs(py - ly) > 0.7) {
                        gc.lineTo(px, py);
                        lx = px;
                        ly = py;
                    }
                }
            }
            gc.stroke();
        }
    }
}
