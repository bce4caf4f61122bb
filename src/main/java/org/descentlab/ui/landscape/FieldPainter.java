package org.descentlab.ui.landscape;

import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;

import org.descentlab.core.analysis.GradientField;
import org.descentlab.core.raster.Domain;
import org.descentlab.ui.base.CanvasScale;
import org.descentlab.ui.base.Palette;

/**
 * Draws the gradient field: at each cell's centre a thin arrow of −∇f in black on a white casing, both
 * half transparent, so that it reads on every colormap and lets the landscape show through. Arrows are
 * normalised (the direction is the message) and scaled only as a hint: the flattest fifth of the view's
 * arrows are a little under half a cell long, the steepest fifth most of a cell. The arrows of one
 * canvas are two strokes in all, casing then ink, so thousands of them cost little.
 */
final class FieldPainter {

    /** The ink and casing of the field's arrows: the markers' black on white, faint. */
    static final Color INK = Palette.MARKER.deriveColor(0, 1, 1, 0.7);
    static final Color CASING = Palette.MARKER_OUTLINE.deriveColor(0, 1, 1, 0.5);
    /** The arrow at the mouse: as long as the one at a run's current point. */
    static final double HOVER_LENGTH = 36;

    private FieldPainter() {
    }

    static void drawField(GraphicsContext gc, PlotMapping m, GradientField field) {
        Domain d = field.domain();
        // pixels per plane unit on each axis (y grows downwards on screen)
        double sx = (m.pixelX(d.xmax()) - m.pixelX(d.xmin())) / d.width();
        double sy = (m.pixelY(d.ymin()) - m.pixelY(d.ymax())) / d.height();
        double cell = Math.min(Math.abs(field.cellWidth() * sx), Math.abs(field.cellHeight() * sy));
        if (!(cell >= 3)) {
            return;
        }
        double w = CanvasScale.width(gc);
        double h = CanvasScale.height(gc);
        gc.save();
        gc.setLineCap(StrokeLineCap.ROUND);
        gc.setLineJoin(StrokeLineJoin.ROUND);
        gc.setLineDashes();
        gc.beginPath();
        for (GradientField.Arrow a : field.arrows()) {
            double cx = m.pixelX(a.x());
            double cy = m.pixelY(a.y());
            if (cx < -cell || cy < -cell || cx > w + cell || cy > h + cell) {
                continue;
            }
            double dx = a.ux() * sx;
            double dy = -a.uy() * sy;
            double n = Math.hypot(dx, dy);
            if (!(n > 0)) {
                continue;
            }
            double len = cell * (0.45 + 0.4 * field.steepness(a));
            glyph(gc, cx, cy, dx / n, dy / n, len);
        }
        gc.setStroke(CASING);
        gc.setLineWidth(2.8);
        gc.stroke();
        gc.setStroke(INK);
        gc.setLineWidth(1.1);
        gc.stroke();
        gc.restore();
    }

    /** One arrow of length {@code len} centred on (cx, cy), pointing along the unit (ux, uy), added to the path. */
    private static void glyph(GraphicsContext gc, double cx, double cy, double ux, double uy, double len) {
        double tipX = cx + ux * len / 2;
        double tipY = cy + uy * len / 2;
        double head = Math.min(4.5, 0.4 * len);
        gc.moveTo(cx - ux * len / 2, cy - uy * len / 2);
        gc.lineTo(tipX, tipY);
        // the head's two barbs, 30° either side of the shaft
        gc.moveTo(tipX - head * (ux * 0.866 - uy * 0.5), tipY - head * (uy * 0.866 + ux * 0.5));
        gc.lineTo(tipX, tipY);
        gc.lineTo(tipX - head * (ux * 0.866 + uy * 0.5), tipY - head * (uy * 0.866 - ux * 0.5));
    }

    /** −∇f at the mouse: from the cursor, as the −∇f arrow of a run's current point is drawn. */
    static void drawHoverArrow(GraphicsContext gc, PlotMapping m, GradientField.Arrow a) {
        double px = m.pixelX(a.x());
        double py = m.pixelY(a.y());
        double[] s = pixelsPerUnit(m, px, py);
        double dx = a.ux() * s[0];
        double dy = a.uy() * s[1];
        double n = Math.hypot(dx, dy);
        if (!(n > 0) || !Double.isFinite(n)) {
            return;
        }
        gc.setLineDashes();
        OverlayPainter.arrow(gc, px, py, px + dx / n * HOVER_LENGTH, py + dy / n * HOVER_LENGTH, Palette.MARKER, 1.5);
    }

    /**
     * Pixels per plane unit along x and along y (negative: y grows downwards on screen) near a pixel, from
     * the inverse mapping, which stays exact for views of any size.
     */
    static double[] pixelsPerUnit(PlotMapping m, double px, double py) {
        return new double[] {100 / (m.planeX(px + 100) - m.planeX(px)), 100 / (m.planeY(py + 100) - m.planeY(py))};
    }
}
