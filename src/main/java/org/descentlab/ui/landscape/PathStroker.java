package org.descentlab.ui.landscape;

import java.util.ArrayList;
import java.util.List;

import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;

import org.descentlab.core.run.Trajectory;
import org.descentlab.ui.base.Palette;

/**
 * Strokes part of a path on a plot: each segment clipped to the plot in plane units first (so the line
 * drawn is on the path however far the points run), under a thin casing of the contrasting shade so it
 * reads on every colormap, and an arrowhead where the path leaves the plot, pointing where it went.
 */
final class PathStroker {

    /** An arrowhead's length in pixels. */
    static final double HEAD = 10;
    /** Points of a path closer than this, in pixels, to the last one drawn are passed over. */
    private static final double MIN_STEP = 0.5;

    private PathStroker() {
    }

    /** How a path is stroked: its colour, width, dash pattern, and whether it gets a casing. */
    record Pen(Color colour, double width, double[] dashes, boolean cased) {
    }

    /** Strokes the path from row {@code from} to row {@code to}, both included. */
    static void stroke(GraphicsContext gc, PlotMapping m, Trajectory t, int from, int to, Pen pen) {
        Clipping.Box box = box(gc, m);
        List<double[]> pieces = new ArrayList<>();
        List<double[]> exits = new ArrayList<>();
        for (int k = from; k < to; k++) {
            Clipping.Piece p = Clipping.clip(box, t.x(k), t.y(k), t.x(k + 1), t.y(k + 1));
            if (p == null) {
                continue;
            }
            double[] px = {m.pixelX(p.x0()), m.pixelY(p.y0()), m.pixelX(p.x1()), m.pixelY(p.y1())};
            pieces.add(px);
            if (p.leaves()) {
                addExit(exits, px);
            }
        }
        if (pen.cased()) {
            gc.setStroke(Palette.casing(pen.colour()));
            gc.setLineWidth(pen.width() + 2);
            gc.setLineDashes(pen.dashes());
            trace(gc, pieces);
        }
        gc.setStroke(pen.colour());
        gc.setLineWidth(pen.width());
        gc.setLineDashes(pen.dashes());
        trace(gc, pieces);
        gc.setLineDashes();
        for (double[] e : exits) {
            head(gc, e[0], e[1], e[2], e[3], pen.colour(), pen.width());
        }
    }

    /** The plot in plane units. */
    static Clipping.Box box(GraphicsContext gc, PlotMapping m) {
        double w = gc.getCanvas().getWidth();
        double h = gc.getCanvas().getHeight();
        return new Clipping.Box(Math.min(m.planeX(0), m.planeX(w)), Math.max(m.planeX(0), m.planeX(w)),
                Math.min(m.planeY(0), m.planeY(h)), Math.max(m.planeY(0), m.planeY(h)));
    }

    /** An arrowhead with its tip at (x, y), pointing along (ux, uy), filled in the colour and cased. */
    static void head(GraphicsContext gc, double x, double y, double ux, double uy, Color colour, double width) {
        double len = HEAD + width;
        double half = len * 0.45;
        double bx = x - ux * len;
        double by = y - uy * len;
        double[] xs = {x, bx - uy * half, bx + uy * half};
        double[] ys = {y, by + ux * half, by - ux * half};
        gc.setFill(colour);
        gc.fillPolygon(xs, ys, 3);
        gc.setStroke(Palette.casing(colour));
        gc.setLineWidth(1);
        gc.strokePolygon(xs, ys, 3);
    }

    /** One exit per place and direction: a path that runs off and back crosses the same spot many times. */
    private static void addExit(List<double[]> exits, double[] piece) {
        double dx = piece[2] - piece[0];
        double dy = piece[3] - piece[1];
        double len = Math.hypot(dx, dy);
        if (len < 1e-9) {
            return;
        }
        double ux = dx / len;
        double uy = dy / len;
        for (double[] e : exits) {
            if (Math.abs(e[0] - piece[2]) < 3 && Math.abs(e[1] - piece[3]) < 3 && e[2] * ux + e[3] * uy > 0.99) {
                return;
            }
        }
        exits.add(new double[] {piece[2], piece[3], ux, uy});
    }

    /**
     * One path of all pieces; a piece that does not start where the last ended lifts the pen. Within a run
     * of joined pieces, a point less than half a pixel from the last one drawn is passed over (steps bunch
     * up where a run converges): the line still ends where the run of pieces ends.
     */
    private static void trace(GraphicsContext gc, List<double[]> pieces) {
        gc.beginPath();
        double lastX = Double.NaN;
        double lastY = Double.NaN;
        double drawnX = Double.NaN;
        double drawnY = Double.NaN;
        for (int k = 0; k < pieces.size(); k++) {
            double[] p = pieces.get(k);
            if (p[0] != lastX || p[1] != lastY) {
                gc.moveTo(p[0], p[1]);
                drawnX = p[0];
                drawnY = p[1];
            }
            lastX = p[2];
            lastY = p[3];
            boolean runEnds = k == pieces.size() - 1 || pieces.get(k + 1)[0] != lastX || pieces.get(k + 1)[1] != lastY;
            double dx = lastX - drawnX;
            double dy = lastY - drawnY;
            if (runEnds || dx * dx + dy * dy >= MIN_STEP * MIN_STEP) {
                gc.lineTo(lastX, lastY);
                drawnX = lastX;
                drawnY = lastY;
            }
        }
        gc.stroke();
    }
}
