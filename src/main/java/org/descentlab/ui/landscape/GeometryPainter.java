package org.descentlab.ui.landscape;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;

import org.descentlab.core.Vec2;
import org.descentlab.core.analysis.LocalGeometry;
import org.descentlab.core.run.Trajectory;
import org.descentlab.ui.base.CanvasScale;
import org.descentlab.ui.base.Palette;
import org.descentlab.ui.base.Text;

/**
 * Draws the local geometry at a point, in the markers' black on white: the Hessian's two eigen-axes
 * through it, each as long as 1/√|λ| says (the flatter the curvature, the longer, up to {@link #MAX_HALF}
 * pixels each way; the steeper axis at least {@link #MIN_HALF}), solid where f curves up, dashed where it curves down, dotted
 * where it does not curve; the dashed level ellipse of the quadratic model through the point, with a dot
 * at its centre (where a Newton step goes); each axis's λ at its end; and a short caption in a dark box
 * near the point, clear of the legend and of the paths where it can be.
 */
final class GeometryPainter {

    /** Half the length of the flatter axis, in pixels. */
    static final double MAX_HALF = 64;
    /** The least half-length of the steeper axis, however steep. */
    static final double MIN_HALF = 20;
    private static final Font LABEL_FONT = Font.font("System", FontWeight.BOLD, 11);
    private static final Font CAPTION_FONT = Font.font("System", 12);
    private static final double ROW = 16;
    /** The axes leave the current point's dot clear. */
    private static final double GAP = 7;
    /** Most chords an ellipse is drawn with. */
    private static final int MAX_CHORDS = 16384;
    /** An ellipse whose radius is more pixels than this is not drawn: its chords would stray from it by a pixel. */
    private static final double MAX_ELLIPSE_PIXELS = 5e7;
    private static final Color HALO = Palette.MARKER_OUTLINE.deriveColor(0, 1, 1, 0.85);

    private final Map<String, Double> widths = new HashMap<>();

    /** One axis as drawn: its unit direction on screen and its half-length in pixels. */
    private record Axis(double dx, double dy, double half, double lambda, String label) {
    }

    /** The ellipse, under the paths: it is large, and the path's steps must read over it. */
    void drawUnder(GraphicsContext gc, PlotMapping m, LocalGeometry g) {
        if (!onCanvas(gc, m.pixelX(g.at().x()), m.pixelY(g.at().y()), 0)) {
            return;
        }
        gc.save();
        gc.setLineCap(StrokeLineCap.BUTT);
        g.ellipse().ifPresent(e -> ellipse(gc, m, e));
        gc.restore();
    }

    /**
     * The axes, their λ labels and the caption, over the paths: the zig-zag of plain descent runs along the
     * steep axis, and would hide it.
     */
    void drawOver(GraphicsContext gc, PlotMapping m, FieldLayer.Geometry geometry, List<RunPath> paths, Bounds legend) {
        LocalGeometry g = geometry.local();
        double px = m.pixelX(g.at().x());
        double py = m.pixelY(g.at().y());
        if (!onCanvas(gc, px, py, 0)) {
            return;
        }
        gc.save();
        gc.setLineCap(StrokeLineCap.BUTT);
        List<Axis> axes = axes(gc, m, g);
        strokeAxes(gc, g, axes, px, py);
        List<Bounds> labels = labels(gc, m, g, axes, px, py);
        List<String> lines = geometry.caption();
        if (!lines.isEmpty()) {
            drawCaption(gc, m, lines, px, py, paths, legend, labels);
        }
        gc.restore();
    }

    /** Each axis on a casing, solid, dashed or dotted as its curvature is up, down or none. */
    private static void strokeAxes(GraphicsContext gc, LocalGeometry g, List<Axis> axes, double px, double py) {
        for (Axis a : axes) {
            double[] dashes = a.lambda() > g.zero() ? new double[0] : a.lambda() < -g.zero() ? new double[] {6, 4} : new double[] {1.5, 3};
            for (boolean casing : new boolean[] {true, false}) {
                gc.setLineDashes(dashes);
                gc.setStroke(casing ? HALO : Palette.MARKER);
                gc.setLineWidth(casing ? 4.5 : 2);
                // from the edge of the current point's dot outwards, which stays in sight
                gc.strokeLine(px - a.dx() * GAP, py - a.dy() * GAP, px - a.dx() * a.half(), py - a.dy() * a.half());
                gc.strokeLine(px + a.dx() * GAP, py + a.dy() * GAP, px + a.dx() * a.half(), py + a.dy() * a.half());
            }
        }
    }

    /** Each axis's λ at one of its ends, in black on a white halo; where they went. */
    private List<Bounds> labels(GraphicsContext gc, PlotMapping m, LocalGeometry g, List<Axis> axes, double px, double py) {
        gc.setFont(LABEL_FONT);
        gc.setTextBaseline(VPos.CENTER);
        gc.setLineDashes();
        List<Bounds> labels = new ArrayList<>();
        double[] s = FieldPainter.pixelsPerUnit(m, px, py);
        double downX = -g.gradient().x() * s[0];
        double downY = -g.gradient().y() * s[1];
        for (Axis a : axes) {
            // at the end of the axis away from −∇f (where the point's arrows go), unless it is off the canvas
            double side = a.dx() * downX + a.dy() * downY > 0 ? -1 : 1;
            if (!onCanvas(gc, px + side * a.dx() * (a.half() + 40), py + side * a.dy() * (a.half() + 12), 0)) {
                side = -side;
            }
            double tx = px + side * a.dx() * (a.half() + 5);
            double ty = py + side * a.dy() * (a.half() + 8);
            boolean left = side * a.dx() >= -0.2;
            double w = textWidth(a.label(), LABEL_FONT);
            gc.setTextAlign(left ? TextAlignment.LEFT : TextAlignment.RIGHT);
            halo(gc, a.label(), tx, ty);
            labels.add(new BoundingBox(left ? tx : tx - w, ty - 8, w, 16));
        }
        return labels;
    }

    /**
     * The caption in a dark box near the point: of ten places around it, each moved inside the plot where it
     * would stick out, the one that covers the point, the legend, the λ labels and the paths' points least.
     */
    private void drawCaption(GraphicsContext gc, PlotMapping m, List<String> lines, double px, double py, List<RunPath> paths,
            Bounds legend, List<Bounds> labels) {
        gc.setFont(CAPTION_FONT);
        double w = 0;
        for (String line : lines) {
            w = Math.max(w, textWidth(line, CAPTION_FONT));
        }
        w += 16;
        double h = lines.size() * ROW + 8;
        double reach = maxHalf(gc) + 14;
        double cw = CanvasScale.width(gc);
        double ch = CanvasScale.height(gc);
        double[][] places = {{px + reach, py - h / 2}, {px - reach - w, py - h / 2}, {px - w / 2, py + reach},
            {px - w / 2, py - reach - h}, {px + 16, py + 16}, {px - 16 - w, py + 16}, {px + 16, py - 16 - h}, {px - 16 - w, py - 16 - h},
            {px - w / 2, py + 16}, {px - w / 2, py - 16 - h}};
        double[] best = null;
        double least = Double.POSITIVE_INFINITY;
        for (double[] place : places) {
            // moved inside the plot where it would stick out: a small pane has room for few places
            double x = Math.max(4, Math.min(place[0], cw - w - 4));
            double y = Math.max(4, Math.min(place[1], ch - h - 4));
            double score = hidden(m, paths, x, y, w, h) + (legend != null && legend.intersects(x, y, w, h) ? 1000 : 0)
                    + (new BoundingBox(x, y, w, h).intersects(px - 12, py - 12, 24, 24) ? 5000 : 0)
                    + Math.hypot(x - place[0], y - place[1]) / 10;
            for (Bounds label : labels) {
                score += label.intersects(x, y, w, h) ? 500 : 0;
            }
            if (score < least) {
                least = score;
                best = new double[] {x, y};
            }
        }
        gc.setFill(Color.rgb(40, 40, 40, 0.82));
        gc.fillRoundRect(best[0], best[1], w, h, 6, 6);
        gc.setFill(Color.WHITE);
        gc.setTextAlign(TextAlignment.LEFT);
        gc.setTextBaseline(VPos.CENTER);
        for (int k = 0; k < lines.size(); k++) {
            gc.fillText(lines.get(k), best[0] + 8, best[1] + 4 + ROW / 2 + k * ROW);
        }
    }

    /** How many of the paths' points (a few hundred of each, evenly) a box would hide. */
    private static double hidden(PlotMapping m, List<RunPath> paths, double x, double y, double w, double h) {
        double score = 0;
        for (RunPath p : paths) {
            Trajectory t = p.trajectory();
            int stride = Math.max(1, t.size() / 400);
            for (int k = 0; k < t.size(); k += stride) {
                double sx = m.pixelX(t.x(k));
                double sy = m.pixelY(t.y(k));
                if (sx >= x && sx <= x + w && sy >= y && sy <= y + h) {
                    score++;
                }
            }
        }
        return score;
    }

    /** Half the flatter axis's length on this canvas: {@link #MAX_HALF}, or less in a small pane. */
    private static double maxHalf(GraphicsContext gc) {
        return Math.min(MAX_HALF, 0.2 * Math.min(CanvasScale.width(gc), CanvasScale.height(gc)));
    }

    /** The axes to draw: none where the model is flat, whose axes would be any two. */
    private static List<Axis> axes(GraphicsContext gc, PlotMapping m, LocalGeometry g) {
        if (g.kind() == LocalGeometry.Kind.FLAT) {
            return List.of();
        }
        double px = m.pixelX(g.at().x());
        double py = m.pixelY(g.at().y());
        double[] s = FieldPainter.pixelsPerUnit(m, px, py);
        // ∝ 1/√|λ|: the flatter axis the longest, the steeper that over √κ, and no shorter than MIN_HALF (or half the longest)
        double flat = maxHalf(gc);
        double least = Math.min(MIN_HALF, flat / 2);
        double steep = Math.abs(g.lambda2()) <= g.zero() ? least : flat * Math.sqrt(Math.abs(g.lambda2() / g.lambda1()));
        return List.of(axis(g.axis1(), s, Math.max(least, steep), g.lambda1(), Text.format("geometry.lambda1", g.lambda1())),
                axis(g.axis2(), s, flat, g.lambda2(), Text.format("geometry.lambda2", g.lambda2())));
    }

    private static Axis axis(Vec2 e, double[] s, double half, double lambda, String label) {
        double dx = e.x() * s[0];
        double dy = e.y() * s[1];
        double n = Math.hypot(dx, dy);
        return new Axis(dx / n, dy / n, half, lambda, label);
    }

    /**
     * The ellipse as a dashed line on a casing, in chords short enough to stray from it by under a quarter
     * pixel, each cut to the plot and a margin in double precision (a long thin ellipse reaches far beyond
     * the canvas, where its float maths bends lines).
     */
    private static void ellipse(GraphicsContext gc, PlotMapping m, LocalGeometry.Ellipse e) {
        double cx = m.pixelX(e.centre().x());
        double cy = m.pixelY(e.centre().y());
        double r = 0;
        for (Vec2 v : e.points(4)) {
            r = Math.max(r, Math.hypot(m.pixelX(v.x()) - cx, m.pixelY(v.y()) - cy));
        }
        if (!(r >= 2) || r > MAX_ELLIPSE_PIXELS || !Double.isFinite(cx) || !Double.isFinite(cy)) {
            return;
        }
        // a chord of a circle of radius r over an angle 2π/n strays r·(π/n)²/2 from it
        int n = (int) Math.max(64, Math.min(MAX_CHORDS, Math.ceil(Math.PI * Math.sqrt(2 * r))));
        Vec2[] points = e.points(n);
        double w = CanvasScale.width(gc);
        double h = CanvasScale.height(gc);
        Clipping.Box box = new Clipping.Box(-w, 2 * w, -h, 2 * h);
        gc.beginPath();
        double lastX = Double.NaN;
        double lastY = Double.NaN;
        double x0 = m.pixelX(points[0].x());
        double y0 = m.pixelY(points[0].y());
        for (int k = 1; k <= n; k++) {
            Vec2 v = points[k % n];
            double x1 = m.pixelX(v.x());
            double y1 = m.pixelY(v.y());
            Clipping.Piece piece = Clipping.clip(box, x0, y0, x1, y1);
            if (piece != null) {
                if (piece.x0() != lastX || piece.y0() != lastY) {
                    gc.moveTo(piece.x0(), piece.y0());
                }
                gc.lineTo(piece.x1(), piece.y1());
                lastX = piece.x1();
                lastY = piece.y1();
            }
            x0 = x1;
            y0 = y1;
        }
        gc.setLineDashes(5, 4);
        gc.setStroke(HALO);
        gc.setLineWidth(4);
        gc.stroke();
        gc.setStroke(Palette.MARKER);
        gc.setLineWidth(2);
        gc.stroke();
        if (onCanvas(gc, cx, cy, 4)) {
            gc.setLineDashes();
            gc.setFill(Palette.MARKER);
            gc.fillOval(cx - 3.5, cy - 3.5, 7, 7);
            gc.setStroke(HALO);
            gc.setLineWidth(1.5);
            gc.strokeOval(cx - 3.5, cy - 3.5, 7, 7);
        }
    }

    private static void halo(GraphicsContext gc, String text, double x, double y) {
        gc.setStroke(HALO);
        gc.setLineWidth(3);
        gc.strokeText(text, x, y);
        gc.setFill(Palette.MARKER);
        gc.fillText(text, x, y);
    }

    private static boolean onCanvas(GraphicsContext gc, double x, double y, double margin) {
        return Double.isFinite(x) && Double.isFinite(y) && x >= -margin && y >= -margin && x <= CanvasScale.width(gc) + margin
                && y <= CanvasScale.height(gc) + margin;
    }

    private double textWidth(String s, Font font) {
        if (widths.size() > 256) {
            widths.clear();
        }
        return widths.computeIfAbsent(font.getName() + "\n" + s, key -> {
            javafx.scene.text.Text t = new javafx.scene.text.Text(s);
            t.setFont(font);
            return t.getLayoutBounds().getWidth();
        });
    }
}
