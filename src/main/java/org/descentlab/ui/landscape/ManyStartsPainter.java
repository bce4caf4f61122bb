package org.descentlab.ui.landscape;

import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;

import org.descentlab.core.analysis.ManyStarts;
import org.descentlab.core.raster.Domain;
import org.descentlab.ui.base.Palette;

/**
 * Many starts of one run, under the runs' own paths: each path drawn faintly in the colour of the minimum
 * it reached, its start a small dot of that colour, its end marked: a filled dot at a minimum, a ring
 * when it was still moving at the step limit, a square when it converged at no minimum, a cross where a
 * diverging path first left the view (drawn only that far).
 */
final class ManyStartsPainter {

    private static final double PATH_ALPHA = 0.55;

    private ManyStartsPainter() {
    }

    /** The colour of an end: its minimum's, or grey. */
    static Color colour(int minimum) {
        return minimum >= 0 ? Palette.minimum(minimum) : Palette.NO_MINIMUM;
    }

    static void draw(GraphicsContext gc, PlotMapping m, Domain shown, ManyStarts.Traced traced) {
        if (traced == null) {
            return;
        }
        Clipping.Box box = new Clipping.Box(shown.xmin(), shown.xmax(), shown.ymin(), shown.ymax());
        gc.setLineCap(StrokeLineCap.ROUND);
        gc.setLineJoin(StrokeLineJoin.ROUND);
        gc.setLineDashes();
        gc.setLineWidth(1);
        var endings = traced.endings().endings();
        for (int k = 0; k < endings.size(); k++) {
            Color c = colour(endings.get(k).minimum());
            gc.setStroke(Color.color(c.getRed(), c.getGreen(), c.getBlue(), PATH_ALPHA));
            path(gc, m, box, traced.paths().get(k), endings.get(k).minimum() == ManyStarts.DIVERGED);
        }
        for (int k = 0; k < endings.size(); k++) {
            ManyStarts.Ending e = endings.get(k);
            Color c = colour(e.minimum());
            gc.setFill(c);
            double sx = m.pixelX(e.startX());
            double sy = m.pixelY(e.startY());
            gc.fillOval(sx - 2, sy - 2, 4, 4);
        }
        for (int k = 0; k < endings.size(); k++) {
            end(gc, m, box, endings.get(k), traced.paths().get(k));
        }
    }

    /** @param untilItLeaves stop where the path first leaves the view: a diverging one would cross it again and again */
    private static void path(GraphicsContext gc, PlotMapping m, Clipping.Box box, double[] xy, boolean untilItLeaves) {
        gc.beginPath();
        boolean open = false;
        for (int i = 2; i + 1 < xy.length; i += 2) {
            if (untilItLeaves && !box.contains(xy[i - 2], xy[i - 1])) {
                break;
            }
            Clipping.Piece p = Clipping.clip(box, xy[i - 2], xy[i - 1], xy[i], xy[i + 1]);
            if (p == null) {
                open = false;
                continue;
            }
            if (!open) {
                gc.moveTo(m.pixelX(p.x0()), m.pixelY(p.y0()));
            }
            gc.lineTo(m.pixelX(p.x1()), m.pixelY(p.y1()));
            open = !p.leaves();
        }
        gc.stroke();
    }

    private static void end(GraphicsContext gc, PlotMapping m, Clipping.Box box, ManyStarts.Ending e, double[] xy) {
        Color c = colour(e.minimum());
        Color casing = Palette.casing(c);
        gc.setLineWidth(1.2);
        if (e.minimum() == ManyStarts.DIVERGED) {
            // where the path first left the view, a little inside it so that the cross shows whole
            double[] at = firstExit(box, xy);
            if (at != null) {
                double px = Math.max(m.pixelX(box.xmin()) + 4, Math.min(m.pixelX(box.xmax()) - 4, m.pixelX(at[0])));
                double py = Math.max(m.pixelY(box.ymax()) + 4, Math.min(m.pixelY(box.ymin()) - 4, m.pixelY(at[1])));
                gc.setStroke(casing);
                gc.setLineWidth(3);
                cross(gc, px, py);
                gc.setStroke(c);
                gc.setLineWidth(1.4);
                cross(gc, px, py);
            }
            return;
        }
        if (!box.contains(e.endX(), e.endY())) {
            return;
        }
        double px = m.pixelX(e.endX());
        double py = m.pixelY(e.endY());
        if (e.minimum() >= 0) {
            gc.setFill(c);
            gc.fillOval(px - 3.5, py - 3.5, 7, 7);
            gc.setStroke(casing);
            gc.strokeOval(px - 3.5, py - 3.5, 7, 7);
        } else if (e.minimum() == ManyStarts.MOVING) {
            gc.setStroke(casing);
            gc.setLineWidth(3);
            gc.strokeOval(px - 3.5, py - 3.5, 7, 7);
            gc.setStroke(c);
            gc.setLineWidth(1.4);
            gc.strokeOval(px - 3.5, py - 3.5, 7, 7);
        } else {
            gc.setFill(c);
            gc.fillRect(px - 3, py - 3, 6, 6);
            gc.setStroke(casing);
            gc.strokeRect(px - 3, py - 3, 6, 6);
        }
    }

    private static void cross(GraphicsContext gc, double x, double y) {
        gc.strokeLine(x - 3.5, y - 3.5, x + 3.5, y + 3.5);
        gc.strokeLine(x - 3.5, y + 3.5, x + 3.5, y - 3.5);
    }

    /** Where the path first leaves the box (its last point, if it never does); null if it starts outside. */
    private static double[] firstExit(Clipping.Box box, double[] xy) {
        if (xy.length < 2 || !box.contains(xy[0], xy[1])) {
            return null;
        }
        for (int i = 2; i + 1 < xy.length; i += 2) {
            if (!box.contains(xy[i], xy[i + 1])) {
                Clipping.Piece p = Clipping.clip(box, xy[i - 2], xy[i - 1], xy[i], xy[i + 1]);
                return p == null ? new double[] {xy[i - 2], xy[i - 1]} : new double[] {p.x1(), p.y1()};
            }
        }
        return new double[] {xy[xy.length - 2], xy[xy.length - 1]};
    }

}
