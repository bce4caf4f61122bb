package org.descentlab.ui.landscape;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;

import org.descentlab.core.Vec2;
import org.descentlab.core.run.Trajectory;
import org.descentlab.core.scenario.KnownMinimum;
import org.descentlab.ui.base.Palette;

/**
 * Draws the top layer of a landscape: the known minima, every run's ghosts and path up to the playhead,
 * the current point with its −∇f and next-step arrows, the start markers and the legend. It redraws
 * with every playback frame, so it keeps no state but the legend's measured label widths.
 */
final class OverlayPainter {

    private static final Font FONT = Font.font("System", 12);

    /** Label widths, measured once: the legend redraws with every playback frame. */
    private final Map<String, Double> widths = new HashMap<>();

    /** What to draw. */
    record Scene(List<RunPath> paths, int playhead, Vec2 start, List<KnownMinimum> minima, boolean arrows, boolean legendAlways) {
    }

    void draw(GraphicsContext gc, PlotMapping m, Scene s) {
        // square caps would close the gaps of dotted and dash-dot lines
        gc.setLineCap(StrokeLineCap.BUTT);
        for (KnownMinimum k : s.minima()) {
            star(gc, m.pixelX(k.at().x()), m.pixelY(k.at().y()));
        }
        for (RunPath p : s.paths()) {
            drawGhosts(gc, m, p);
        }
        for (RunPath p : s.paths()) {
            drawPath(gc, m, p, s.playhead(), s.arrows());
        }
        if (s.start() != null && (s.paths().isEmpty() || s.paths().stream().anyMatch(p -> p.ownStart() == null))) {
            ring(gc, m, s.start(), Palette.MARKER);
        }
        for (RunPath p : s.paths()) {
            if (p.ownStart() != null) {
                ring(gc, m, p.ownStart(), Palette.path(p.colour()));
            }
        }
        gc.setLineDashes();
        if (!s.paths().isEmpty() && (s.paths().size() >= 2 || s.legendAlways())) {
            drawLegend(gc, m, s);
        }
    }

    /** A start marker: a ring with a dark outline. */
    private static void ring(GraphicsContext gc, PlotMapping m, Vec2 at, Color color) {
        double x = m.pixelX(at.x());
        double y = m.pixelY(at.y());
        gc.setLineDashes();
        gc.setLineWidth(3);
        gc.setStroke(Palette.MARKER_OUTLINE);
        gc.strokeOval(x - 7, y - 7, 14, 14);
        gc.setLineWidth(1.5);
        gc.setStroke(color);
        gc.strokeOval(x - 7, y - 7, 14, 14);
    }

    /** Previous paths, thinner and fainter the older they are. */
    private static void drawGhosts(GraphicsContext gc, PlotMapping m, RunPath p) {
        Color c = Palette.path(p.colour());
        for (int k = 0; k < p.ghosts().size(); k++) {
            Trajectory g = p.ghosts().get(k);
            gc.setLineWidth(1.5);
            gc.setLineDashes(Palette.dashes(p.line(), 1.5));
            gc.setStroke(c.deriveColor(0, 0.6, 1, 0.45 - 0.1 * k));
            polyline(gc, m, g, 0, g.lastStep());
            double x = g.x(g.lastStep());
            double y = g.y(g.lastStep());
            if (Double.isFinite(x) && Double.isFinite(y)) {
                gc.setLineDashes();
                gc.strokeOval(m.pixelX(x) - 3, m.pixelY(y) - 3, 6, 6);
            }
        }
    }

    private static void drawPath(GraphicsContext gc, PlotMapping m, RunPath p, int playhead, boolean arrows) {
        Trajectory t = p.trajectory();
        Color c = Palette.path(p.colour());
        int head = Math.min(playhead, t.lastStep());
        gc.setLineWidth(2);
        gc.setLineDashes(Palette.dashes(p.line(), 2));
        gc.setStroke(c.deriveColor(0, 1, 1, 0.35));
        polyline(gc, m, t, head, t.lastStep());
        gc.setStroke(c);
        polyline(gc, m, t, 0, head);
        gc.setLineDashes();
        double x = t.x(head);
        double y = t.y(head);
        if (!Double.isFinite(x) || !Double.isFinite(y)) {
            return;
        }
        double px = m.pixelX(x);
        double py = m.pixelY(y);
        double gx = t.gradX(head);
        double gy = t.gradY(head);
        double norm = Math.hypot(gx, gy);
        if (arrows && norm > 0 && Double.isFinite(norm)) {
            // −∇f in screen space (y points down), a fixed 36 px long: its direction is the message
            arrow(gc, px, py, px - gx / norm * 36, py + gy / norm * 36, Palette.MARKER, 1.5);
        }
        if (arrows && head < t.lastStep() && Double.isFinite(t.x(head + 1)) && Double.isFinite(t.y(head + 1))) {
            arrow(gc, px, py, m.pixelX(t.x(head + 1)), m.pixelY(t.y(head + 1)), c, 2.5);
        }
        gc.setFill(c);
        gc.fillOval(px - 5, py - 5, 10, 10);
        gc.setStroke(Palette.MARKER_OUTLINE);
        gc.setLineWidth(1);
        gc.strokeOval(px - 5, py - 5, 10, 10);
    }

    private static void polyline(GraphicsContext gc, PlotMapping m, Trajectory t, int from, int to) {
        gc.beginPath();
        boolean pen = false;
        for (int k = from; k <= to; k++) {
            double x = t.x(k);
            double y = t.y(k);
            if (!Double.isFinite(x) || !Double.isFinite(y)) {
                pen = false;
                continue;
            }
            double px = clampPixel(m.pixelX(x));
            double py = clampPixel(m.pixelY(y));
            if (pen) {
                gc.lineTo(px, py);
            } else {
                gc.moveTo(px, py);
                pen = true;
            }
        }
        gc.stroke();
    }

    /** Far-off points (a diverging run) are clamped so the line still heads the right way. */
    private static double clampPixel(double p) {
        return Math.max(-1e5, Math.min(1e5, p));
    }

    private static void arrow(GraphicsContext gc, double x0, double y0, double x1, double y1, Color color, double width) {
        double len = Math.hypot(x1 - x0, y1 - y0);
        if (len < 1) {
            return;
        }
        gc.setStroke(color);
        gc.setLineWidth(width);
        gc.strokeLine(x0, y0, x1, y1);
        double ux = (x1 - x0) / len;
        double uy = (y1 - y0) / len;
        double head = Math.min(9, len / 2);
        gc.strokeLine(x1, y1, x1 - head * (ux - uy * 0.5), y1 - head * (uy + ux * 0.5));
        gc.strokeLine(x1, y1, x1 - head * (ux + uy * 0.5), y1 - head * (uy - ux * 0.5));
    }

    private static void star(GraphicsContext gc, double x, double y) {
        for (Color c : new Color[] {Palette.MARKER_OUTLINE, Palette.MARKER}) {
            gc.setStroke(c);
            gc.setLineWidth(c == Palette.MARKER ? 1.5 : 3.5);
            gc.strokeLine(x - 6, y, x + 6, y);
            gc.strokeLine(x, y - 6, x, y + 6);
            gc.strokeLine(x - 4, y - 4, x + 4, y + 4);
            gc.strokeLine(x - 4, y + 4, x + 4, y - 4);
        }
    }

    /**
     * Each run's line sample and label on a dark box so every colour reads, in the corner of the plot
     * where it hides least: current points and start markers count most, then path points.
     */
    private void drawLegend(GraphicsContext gc, PlotMapping m, Scene s) {
        List<RunPath> paths = s.paths();
        gc.setFont(FONT);
        double w = 0;
        for (RunPath p : paths) {
            w = Math.max(w, textWidth(p.label()));
        }
        w += 54;
        double h = paths.size() * 18 + 8;
        double plotW = gc.getCanvas().getWidth();
        double plotH = gc.getCanvas().getHeight();
        double bestX = 8;
        double bestY = 8;
        double least = Double.POSITIVE_INFINITY;
        for (double[] corner : new double[][] {{8, 8}, {plotW - w - 8, 8}, {8, plotH - h - 8}, {plotW - w - 8, plotH - h - 8}}) {
            double hidden = hidden(m, s, corner[0], corner[1], w, h);
            if (hidden < least) {
                least = hidden;
                bestX = corner[0];
                bestY = corner[1];
            }
        }
        gc.setFill(Color.rgb(40, 40, 40, 0.78));
        gc.fillRoundRect(bestX, bestY, w, h, 6, 6);
        gc.setTextBaseline(VPos.CENTER);
        gc.setTextAlign(TextAlignment.LEFT);
        for (int k = 0; k < paths.size(); k++) {
            RunPath p = paths.get(k);
            double y = bestY + 12 + k * 18;
            gc.setStroke(Palette.path(p.colour()));
            gc.setLineWidth(3);
            gc.setLineDashes(Palette.dashes(p.line(), 3));
            gc.strokeLine(bestX + 8, y, bestX + 36, y);
            gc.setLineDashes();
            gc.setFill(Color.WHITE);
            gc.fillText(p.label(), bestX + 44, y);
        }
    }

    /**
     * How much a box at (x, y) of w × h would hide: a current point or a start 100 and a known minimum 50,
     * each if any of its marker would be under the box; a path point 1.
     */
    private static double hidden(PlotMapping m, Scene s, double x, double y, double w, double h) {
        double score = 0;
        for (RunPath p : s.paths()) {
            Trajectory t = p.trajectory();
            int head = Math.min(s.playhead(), t.lastStep());
            score += 100 * inside(m, t.x(head), t.y(head), x, y, w, h, MARKER_REACH);
            Vec2 start = p.ownStart() != null ? p.ownStart() : s.start();
            if (start != null) {
                score += 100 * inside(m, start.x(), start.y(), x, y, w, h, MARKER_REACH);
            }
            int stride = Math.max(1, t.size() / 400);
            for (int k = 0; k < t.size(); k += stride) {
                score += inside(m, t.x(k), t.y(k), x, y, w, h, 0);
            }
        }
        for (KnownMinimum min : s.minima()) {
            score += 50 * inside(m, min.at().x(), min.at().y(), x, y, w, h, MARKER_REACH);
        }
        return score;
    }

    /** How far a marker reaches from its point, in pixels: the start ring, the current dot, a minimum's star. */
    private static final double MARKER_REACH = 9;

    /** Whether a point, or any of the {@code reach} pixels around it, is under the box. */
    private static int inside(PlotMapping m, double px, double py, double x, double y, double w, double h, double reach) {
        double sx = m.pixelX(px);
        double sy = m.pixelY(py);
        return sx >= x - reach && sx <= x + w + reach && sy >= y - reach && sy <= y + h + reach ? 1 : 0;
    }

    private double textWidth(String s) {
        if (widths.size() > 256) {
            widths.clear();
        }
        return widths.computeIfAbsent(s, text -> {
            Text t = new Text(text);
            t.setFont(FONT);
            return t.getLayoutBounds().getWidth();
        });
    }
}
