package org.descentlab.ui.landscape;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

import org.descentlab.core.analysis.CriticalPoints.Kind;
import org.descentlab.ui.base.CanvasScale;
import org.descentlab.ui.base.Palette;
import org.descentlab.ui.base.Text;

/**
 * Draws the critical points found in the view: a minimum as a downward triangle in its own colour
 * ({@link Palette#minimum}), a saddle as a black bow tie, a maximum as an upward white triangle, a
 * degenerate point as a white square crossed by a flat bar; each on a white halo with a black edge, so
 * that it reads on every colormap. The points lie under the paths (a path that ends in one covers its
 * middle, not its outline); the highlighted one's ring and the "lowest found" labels lie over them.
 */
public final class CriticalPointsPainter {

    /** How far a symbol reaches from its point, in pixels. */
    static final double REACH = 12;
    /** A plot less than this many pixels on a side draws the symbols at 70 %. */
    private static final double SMALL_PLOT = 260;
    /** The pixels between points, on average, that a full-size symbol wants. */
    private static final double ROOM = 32;
    /** The smallest share of full size a symbol is drawn at. */
    private static final double SMALLEST = 0.45;
    private static final Font LABEL = Font.font("System", 11);
    private static final Color LABEL_BOX = Color.rgb(40, 40, 40, 0.78);

    private CriticalPointsPainter() {
    }

    /**
     * Every point's symbol, under the paths: smaller on a small plot (a pane of small multiples), and
     * smaller still where the points crowd (Rastrigin's lattice), down to {@link #SMALLEST}.
     */
    static void drawPoints(GraphicsContext gc, PlotMapping m, List<CriticalPoint> points) {
        gc.setLineDashes();
        double w = CanvasScale.width(gc);
        double h = CanvasScale.height(gc);
        double spacing = Math.sqrt(w * h / Math.max(1, points.size()));
        double size = Math.max(SMALLEST, Math.min(Math.min(w, h) < SMALL_PLOT ? 0.7 : 1, spacing / ROOM));
        for (CriticalPoint p : points) {
            double x = m.pixelX(p.x());
            double y = m.pixelY(p.y());
            if (Double.isFinite(x) && Double.isFinite(y)) {
                gc.save();
                gc.translate(x, y);
                gc.scale(size, size);
                symbol(gc, p.kind(), fill(p), 0, 0);
                gc.restore();
            }
        }
    }

    /** Over the paths: a ring around the highlighted point, and "lowest found" beside each such minimum. */
    static void drawOver(GraphicsContext gc, PlotMapping m, List<CriticalPoint> points, CriticalPoint highlighted) {
        gc.setLineDashes();
        double plotW = CanvasScale.width(gc);
        for (CriticalPoint p : points) {
            if (p.note() == CriticalPoint.Note.LOWEST_FOUND) {
                label(gc, m.pixelX(p.x()), m.pixelY(p.y()), Text.get("critical.label.lowest-found"), plotW);
            }
        }
        if (highlighted != null) {
            double x = m.pixelX(highlighted.x());
            double y = m.pixelY(highlighted.y());
            gc.setStroke(Palette.MARKER_OUTLINE);
            gc.setLineWidth(5);
            gc.strokeOval(x - 13, y - 13, 26, 26);
            gc.setStroke(Palette.MARKER);
            gc.setLineWidth(2);
            gc.strokeOval(x - 13, y - 13, 26, 26);
        }
    }

    /** The kinds among {@code points}, in the order minimum, saddle, maximum, degenerate: the legend's keys. */
    static Set<Kind> kinds(List<CriticalPoint> points) {
        Set<Kind> kinds = EnumSet.noneOf(Kind.class);
        points.forEach(p -> kinds.add(p.kind()));
        return kinds;
    }

    /** The legend's text for a kind. */
    static String key(Kind kind) {
        return Text.get("critical.legend." + kind.id());
    }

    /** A kind's symbol for the legend: a minimum in the first minimum's colour. */
    static void key(GraphicsContext gc, Kind kind, double x, double y) {
        symbol(gc, kind, kind == Kind.MINIMUM ? Palette.minimum(0) : null, x, y);
    }

    /** The point's symbol on a small canvas, for a list. */
    public static Canvas swatch(CriticalPoint p) {
        Canvas c = new Canvas(18, 17);
        GraphicsContext gc = c.getGraphicsContext2D();
        // two thirds of the size on the landscape: a row of the table is no taller for it
        gc.scale(2 / 3.0, 2 / 3.0);
        symbol(gc, p.kind(), fill(p), 13.5, 11);
        return c;
    }

    private static Color fill(CriticalPoint p) {
        return p.kind() == Kind.MINIMUM ? Palette.minimum(p.minimum()) : null;
    }

    /**
     * A symbol centred on (x, y): its outline stroked wide in white (the halo), filled, then stroked thin in
     * black. {@code fill} is a minimum's colour; the other kinds have their own.
     */
    static void symbol(GraphicsContext gc, Kind kind, Color fill, double x, double y) {
        double[] xs;
        double[] ys;
        switch (kind) {
            // large enough that its colour shows around a known minimum's star or diamond drawn over it
            case MINIMUM -> {
                xs = new double[] {x - 10, x + 10, x};
                ys = new double[] {y - 6, y - 6, y + 11.5};
            }
            case MAXIMUM -> {
                xs = new double[] {x - 6.5, x + 6.5, x};
                ys = new double[] {y + 4.5, y + 4.5, y - 7};
            }
            // two triangles tip to tip: up one way, down the other
            case SADDLE -> {
                xs = new double[] {x - 7, x + 7, x + 7, x - 7};
                ys = new double[] {y - 5, y + 5, y - 5, y + 5};
            }
            default -> {
                xs = new double[] {x - 5, x + 5, x + 5, x - 5};
                ys = new double[] {y - 5, y - 5, y + 5, y + 5};
            }
        }
        gc.setLineDashes();
        gc.setStroke(Palette.MARKER_OUTLINE);
        gc.setLineWidth(4);
        gc.strokePolygon(xs, ys, xs.length);
        gc.setFill(fill != null ? fill : kind == Kind.SADDLE ? Palette.MARKER : Palette.MARKER_OUTLINE);
        gc.fillPolygon(xs, ys, xs.length);
        gc.setStroke(Palette.MARKER);
        gc.setLineWidth(1.25);
        gc.strokePolygon(xs, ys, xs.length);
        if (kind == Kind.DEGENERATE) {
            // flat: a zero eigenvalue
            gc.setLineWidth(2);
            gc.strokeLine(x - 5, y, x + 5, y);
        }
    }

    /** A small label on a dark box beside a point: to its right, or to its left near the plot's right side. */
    private static void label(GraphicsContext gc, double x, double y, String text, double plotW) {
        javafx.scene.text.Text measure = new javafx.scene.text.Text(text);
        measure.setFont(LABEL);
        double w = measure.getLayoutBounds().getWidth() + 8;
        double h = 15;
        double left = x + REACH + 4 + w <= plotW ? x + REACH + 4 : x - REACH - 4 - w;
        gc.setFill(LABEL_BOX);
        gc.fillRoundRect(left, y - h / 2, w, h, 5, 5);
        gc.setFont(LABEL);
        gc.setTextBaseline(VPos.CENTER);
        gc.setTextAlign(TextAlignment.LEFT);
        gc.setFill(Color.WHITE);
        gc.fillText(text, left + 4, y);
    }
}
