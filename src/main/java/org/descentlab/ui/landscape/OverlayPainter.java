package org.descentlab.ui.landscape;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

import org.descentlab.core.Vec2;
import org.descentlab.core.analysis.CriticalPoints.Kind;
import org.descentlab.core.run.StopReason;
import org.descentlab.core.run.Trajectory;
import org.descentlab.core.scenario.KnownMinimum;
import org.descentlab.ui.base.CanvasScale;
import org.descentlab.ui.base.Palette;
import org.descentlab.ui.base.Text;

/**
 * Draws the top layer of a landscape: every run's ghosts and path up to the playhead, the current point
 * with its −∇f and next-step arrows (the selected run's on top), the line-search trials of the step at the
 * playhead ({@link TrialPainter}), the known minima, the start markers and
 * the legend; under all of them, the critical points found in the view. Runs are drawn
 * in their colours; markers and the −∇f arrow (dashed, named at its tip) in black on a white casing, a colour no run has. It redraws
 * with every playback frame, so it keeps no state but measured label widths and where the legend went.
 */
final class OverlayPainter {

    private static final Font FONT = Font.font("System", 12);
    private static final double ROW = 18;
    /** The most of the plot's height a legend with the critical points' keys may take. */
    private static final double KEYS_SHARE = 0.6;
    /** A legend taller than this share of the plot keeps only the runs' rows. */
    private static final double ONLY_RUNS_SHARE = 0.35;

    /** Label widths, measured once: the legend redraws with every playback frame. */
    private final Map<String, Double> widths = new HashMap<>();
    /** Where the legend was last drawn, in plot pixels; null when it was not. */
    private Bounds legend;
    /** The key to the basin map drawn under the paths; null when none is. */
    private BasinPainter.Key basinKey;

    /**
     * What to draw.
     *
     * @param legendAt where the user put the legend's top-left corner, in fractions of the plot's width and
     *                 height; null to choose the corner where it hides least
     * @param selected which of the paths is the selected run's, drawn last so its current point is on top
     *                 (all runs share the start); −1 for none
     * @param critical the critical points found in the view, drawn under the paths; empty for none
     * @param picked   the critical point picked in their list, ringed; null for none
     * @param width    how many times their designed width paths are stroked (2 in presentation mode)
     */
    record Scene(List<RunPath> paths, int playhead, Vec2 start, List<KnownMinimum> minima, boolean arrows, boolean legendAlways,
            Point2D legendAt, int selected, List<CriticalPoint> critical, CriticalPoint picked, double width) {
    }

    void draw(GraphicsContext gc, PlotMapping m, Scene s) {
        // square caps would close the gaps of dotted and dash-dot lines
        gc.setLineCap(StrokeLineCap.BUTT);
        CriticalPointsPainter.drawPoints(gc, m, s.critical());
        for (RunPath p : s.paths()) {
            drawGhosts(gc, m, p);
        }
        for (int k = 0; k < s.paths().size(); k++) {
            if (k != s.selected()) {
                drawPath(gc, m, s.paths().get(k), s.playhead(), s.arrows(), s.width());
            }
        }
        if (s.selected() >= 0 && s.selected() < s.paths().size()) {
            drawPath(gc, m, s.paths().get(s.selected()), s.playhead(), s.arrows(), s.width());
        }
        TrialPainter.draw(gc, m, s.paths(), s.playhead());
        // the minima over the paths: a run that ends in one must not hide it
        for (KnownMinimum k : s.minima()) {
            minimum(gc, m.pixelX(k.at().x()), m.pixelY(k.at().y()), k.global());
        }
        if (s.start() != null && (s.paths().isEmpty() || s.paths().stream().anyMatch(p -> p.ownStart() == null))) {
            ring(gc, m, s.start(), Palette.MARKER);
        }
        for (RunPath p : s.paths()) {
            if (p.ownStart() != null) {
                ring(gc, m, p.ownStart(), Palette.path(p.colour()));
            }
        }
        CriticalPointsPainter.drawOver(gc, m, s.critical(), s.picked());
        gc.setLineDashes();
        legend = null;
        if (!s.paths().isEmpty() && (s.paths().size() >= 2 || s.legendAlways() || !s.critical().isEmpty() || basinKey != null)) {
            drawLegend(gc, m, s);
        }
    }

    /** The basin map's key, listed in the legend after the minima; null for none. */
    void basinKey(BasinPainter.Key key) {
        basinKey = key;
    }

    /** Where the legend was last drawn, in plot pixels; null when it was not drawn. */
    Bounds legendBounds() {
        return legend;
    }

    /** A start marker: a ring on the casing of its colour. */
    private static void ring(GraphicsContext gc, PlotMapping m, Vec2 at, Color color) {
        double x = m.pixelX(at.x());
        double y = m.pixelY(at.y());
        gc.setLineDashes();
        gc.setLineWidth(4);
        gc.setStroke(Palette.casing(color));
        gc.strokeOval(x - 7, y - 7, 14, 14);
        gc.setLineWidth(2);
        gc.setStroke(color);
        gc.strokeOval(x - 7, y - 7, 14, 14);
    }

    /** Previous paths, thinner and fainter the older they are, with no casing: they are the past. */
    private static void drawGhosts(GraphicsContext gc, PlotMapping m, RunPath p) {
        Color c = Palette.path(p.colour());
        for (int k = 0; k < p.ghosts().size(); k++) {
            Trajectory g = p.ghosts().get(k);
            Color faint = c.deriveColor(0, 0.6, 1, 0.45 - 0.1 * k);
            PathStroker.stroke(gc, m, g, 0, g.lastStep(), new PathStroker.Pen(faint, 1.5, Palette.dashes(p.line(), 1.5), false));
            double x = g.x(g.lastStep());
            double y = g.y(g.lastStep());
            if (Double.isFinite(x) && Double.isFinite(y)) {
                gc.setStroke(faint);
                gc.setLineWidth(1.5);
                gc.strokeOval(m.pixelX(x) - 3, m.pixelY(y) - 3, 6, 6);
            }
        }
    }

    /**
     * The path: the part played in full colour, the rest faint; the current point and its arrows: −∇f
     * (a fixed length: its direction is the message, so none where the run has converged) and the next step.
     */
    private static void drawPath(GraphicsContext gc, PlotMapping m, RunPath p, int playhead, boolean arrows, double scale) {
        Trajectory t = p.trajectory();
        Color c = Palette.path(p.colour());
        int head = Math.min(playhead, t.lastStep());
        double width = 2 * scale;
        double[] dashes = Palette.dashes(p.line(), width);
        PathStroker.stroke(gc, m, t, head, t.lastStep(), new PathStroker.Pen(c.deriveColor(0, 1, 1, 0.35), width, dashes, true));
        PathStroker.stroke(gc, m, t, 0, head, new PathStroker.Pen(c, width, dashes, true));
        double x = t.x(head);
        double y = t.y(head);
        if (!Double.isFinite(x) || !Double.isFinite(y) || !PathStroker.box(gc, m).contains(x, y)) {
            return;
        }
        double px = m.pixelX(x);
        double py = m.pixelY(y);
        double gx = t.gradX(head);
        double gy = t.gradY(head);
        double norm = Math.hypot(gx, gy);
        boolean converged = head == t.lastStep() && t.stop() != null && t.stop().reason() == StopReason.CONVERGED;
        if (arrows && !converged && norm > 0 && Double.isFinite(norm)) {
            // −∇f in screen space (y points down), a fixed 36 px long
            GradientArrow.draw(gc, px, py, px - gx / norm * 36, py + gy / norm * 36);
        }
        if (arrows && head < t.lastStep() && Double.isFinite(t.x(head + 1)) && Double.isFinite(t.y(head + 1))) {
            arrow(gc, px, py, m.pixelX(t.x(head + 1)), m.pixelY(t.y(head + 1)), c, 2.5);
        }
        gc.setFill(c);
        gc.fillOval(px - 5, py - 5, 10, 10);
        gc.setStroke(Palette.casing(c));
        gc.setLineWidth(1.5);
        gc.strokeOval(px - 5, py - 5, 10, 10);
    }

    /** An arrow from (x0, y0) towards (x1, y1) on a casing; a far point is reached at most 400 px away. */
    static void arrow(GraphicsContext gc, double x0, double y0, double x1, double y1, Color color, double width) {
        double len = Math.hypot(x1 - x0, y1 - y0);
        if (len < 1 || !Double.isFinite(len)) {
            return;
        }
        double ux = (x1 - x0) / len;
        double uy = (y1 - y0) / len;
        len = Math.min(len, 400);
        double tipX = x0 + ux * len;
        double tipY = y0 + uy * len;
        double head = Math.min(9, len / 2);
        for (Color c : new Color[] {Palette.casing(color), color}) {
            gc.setStroke(c);
            gc.setLineWidth(c == color ? width : width + 2);
            gc.strokeLine(x0, y0, tipX, tipY);
            gc.strokeLine(tipX, tipY, tipX - head * (ux - uy * 0.5), tipY - head * (uy + ux * 0.5));
            gc.strokeLine(tipX, tipY, tipX - head * (ux + uy * 0.5), tipY - head * (uy - ux * 0.5));
        }
    }

    /** A known minimum: a star for a global one, a diamond for a local one, in black on a white casing. */
    private static void minimum(GraphicsContext gc, double x, double y, boolean global) {
        gc.setLineDashes();
        for (Color c : new Color[] {Palette.MARKER_OUTLINE, Palette.MARKER}) {
            gc.setStroke(c);
            gc.setLineWidth(c == Palette.MARKER ? 1.5 : 4);
            if (global) {
                gc.strokeLine(x - 6, y, x + 6, y);
                gc.strokeLine(x, y - 6, x, y + 6);
                gc.strokeLine(x - 4, y - 4, x + 4, y + 4);
                gc.strokeLine(x - 4, y + 4, x + 4, y - 4);
            } else {
                gc.strokePolygon(new double[] {x, x + 5, x, x - 5}, new double[] {y - 5, y, y + 5, y}, 4);
            }
        }
    }

    /**
     * Each run's line sample and label on a dark box so every colour reads, then a key to the minima drawn
     * and to each kind of critical point drawn; where the user dragged it, or else in the corner of the
     * plot where it hides least.
     */
    private void drawLegend(GraphicsContext gc, PlotMapping m, Scene s) {
        List<RunPath> paths = s.paths();
        List<String> keys = new ArrayList<>();
        if (s.minima().stream().anyMatch(KnownMinimum::global)) {
            keys.add(Text.get("legend.globalMinimum"));
        }
        if (s.minima().stream().anyMatch(k -> !k.global())) {
            keys.add(Text.get("legend.localMinimum"));
        }
        // the critical points' keys only where they leave most of the plot free (not in a small pane)
        Set<Kind> kinds = CriticalPointsPainter.kinds(s.critical());
        if ((paths.size() + keys.size() + kinds.size()) * ROW + 8 > KEYS_SHARE * CanvasScale.height(gc)) {
            kinds.clear();
        }
        for (Kind k : kinds) {
            keys.add(CriticalPointsPainter.key(k));
        }
        List<BasinPainter.Key.Row> basinRows = basinKey == null ? List.of() : basinKey.rows();
        // in a pane too small for more, the runs alone: the keys would hide what they explain
        if ((paths.size() + keys.size() + basinRows.size()) * ROW + 8 > ONLY_RUNS_SHARE * CanvasScale.height(gc)) {
            keys.clear();
            basinRows = List.of();
        }
        gc.setFont(FONT);
        double w = 0;
        for (RunPath p : paths) {
            w = Math.max(w, textWidth(p.label()));
        }
        for (String key : keys) {
            w = Math.max(w, textWidth(key));
        }
        for (BasinPainter.Key.Row row : basinRows) {
            w = Math.max(w, textWidth(basinKey.label(row)));
        }
        w += 54;
        double h = (paths.size() + keys.size() + basinRows.size()) * ROW + 8;
        double plotW = CanvasScale.width(gc);
        double plotH = CanvasScale.height(gc);
        Point2D at = s.legendAt() != null
                ? new Point2D(clamp(s.legendAt().getX() * plotW, plotW - w), clamp(s.legendAt().getY() * plotH, plotH - h))
                : bestCorner(m, s, plotW, plotH, w, h);
        double x0 = at.getX();
        double y0 = at.getY();
        legend = new BoundingBox(x0, y0, w, h);
        gc.setFill(Color.rgb(40, 40, 40, 0.78));
        gc.fillRoundRect(x0, y0, w, h, 6, 6);
        gc.setTextBaseline(VPos.CENTER);
        gc.setTextAlign(TextAlignment.LEFT);
        for (int k = 0; k < paths.size(); k++) {
            RunPath p = paths.get(k);
            double y = y0 + 12 + k * ROW;
            gc.setStroke(Palette.path(p.colour()));
            gc.setLineWidth(3);
            gc.setLineDashes(Palette.dashes(p.line(), 3));
            gc.strokeLine(x0 + 8, y, x0 + 36, y);
            gc.setLineDashes();
            gc.setFill(Color.WHITE);
            gc.fillText(p.label(), x0 + 44, y);
        }
        int known = keys.size() - kinds.size();
        List<Kind> critical = List.copyOf(kinds);
        for (int k = 0; k < keys.size(); k++) {
            double y = y0 + 12 + (paths.size() + k) * ROW;
            if (k >= known) {
                CriticalPointsPainter.key(gc, critical.get(k - known), x0 + 22, y);
            } else {
                minimum(gc, x0 + 22, y, keys.get(k).equals(Text.get("legend.globalMinimum")));
            }
            gc.setFill(Color.WHITE);
            gc.fillText(keys.get(k), x0 + 44, y);
        }
        for (int k = 0; k < basinRows.size(); k++) {
            double y = y0 + 12 + (paths.size() + keys.size() + k) * ROW;
            basinKey.swatch(gc, basinRows.get(k), x0 + 8, y, 28);
            gc.setFill(Color.WHITE);
            gc.fillText(basinKey.label(basinRows.get(k)), x0 + 44, y);
        }
    }

    private static double clamp(double v, double max) {
        return Math.max(0, Math.min(v, Math.max(0, max)));
    }

    private static Point2D bestCorner(PlotMapping m, Scene s, double plotW, double plotH, double w, double h) {
        Point2D best = new Point2D(8, 8);
        double least = Double.POSITIVE_INFINITY;
        for (double[] corner : new double[][] {{plotW - w - 8, 8}, {8, 8}, {plotW - w - 8, plotH - h - 8}, {8, plotH - h - 8}}) {
            double hidden = hidden(m, s, corner[0], corner[1], w, h);
            if (hidden < least) {
                least = hidden;
                best = new Point2D(corner[0], corner[1]);
            }
        }
        return best;
    }

    /**
     * How much a box at (x, y) of w × h would hide: a current point or a start 100, a known minimum 50, each
     * if any of its marker would be under the box; one of a path's first 20 points 10, any later one 1.
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
            for (int k = 1; k < Math.min(20, t.size()); k++) {
                score += 10 * inside(m, t.x(k), t.y(k), x, y, w, h, 0);
            }
            int stride = Math.max(1, t.size() / 400);
            for (int k = 20; k < t.size(); k += stride) {
                score += inside(m, t.x(k), t.y(k), x, y, w, h, 0);
            }
        }
        for (KnownMinimum min : s.minima()) {
            score += 50 * inside(m, min.at().x(), min.at().y(), x, y, w, h, MARKER_REACH);
        }
        for (CriticalPoint p : s.critical()) {
            score += 20 * inside(m, p.x(), p.y(), x, y, w, h, CriticalPointsPainter.REACH);
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
            javafx.scene.text.Text t = new javafx.scene.text.Text(text);
            t.setFont(FONT);
            return t.getLayoutBounds().getWidth();
        });
    }
}
