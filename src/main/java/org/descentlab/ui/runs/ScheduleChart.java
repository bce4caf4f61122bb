package org.descentlab.ui.runs;

import java.util.ArrayList;
import java.util.List;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;

import org.descentlab.ui.base.CanvasScale;
import org.descentlab.ui.base.Numbers;
import org.descentlab.ui.base.Palette;
import org.descentlab.ui.base.Text;

/**
 * A small chart of a run's learning rate update by update, in the run's colour: the rate up (from 0, or the least
 * rate if below; in log when the rates span three decades or more, where a linear axis would show a spike and a flat
 * line), its least and greatest labelled on the left; the update across, the first and last labelled below. The
 * playhead's update is a crosshair with a dot, its step labelled below and its rate beside the dot.
 */
public final class ScheduleChart extends Region {

    /** From how many times the least rate the greatest is, the axis is in log. */
    static final double LOG_FROM = 1000;
    private static final double LEFT = 52;
    private static final double RIGHT = 6;
    private static final double TOP = 6;
    private static final double BOTTOM = 14;
    private static final double INSET = 3;
    private static final Font SMALL = Font.font("System", 10);
    private static final Font BOLD = Font.font("System", FontWeight.BOLD, 10);

    private final Canvas canvas = new Canvas();
    private final ObjectProperty<ScheduleViewModel.Curve> curve = new SimpleObjectProperty<>(this, "curve");
    private final ObjectProperty<Color> ink = new SimpleObjectProperty<>(this, "ink", Palette.AXIS_TEXT);
    /** The canvas points of the last draw: the rate curve's count and where the playhead's dot went, for tests. */
    private int drawnPoints;
    private double dotY = Double.NaN;
    private boolean log;
    private final List<String> axisLabels = new ArrayList<>();

    public ScheduleChart() {
        getChildren().add(canvas);
        setPrefHeight(80);
        setMinHeight(80);
        curve.addListener(o -> draw());
        ink.addListener(o -> draw());
    }

    public ObjectProperty<ScheduleViewModel.Curve> curveProperty() {
        return curve;
    }

    /** The colour of the frame, labels and the playhead, set to suit the theme. */
    public ObjectProperty<Color> inkProperty() {
        return ink;
    }

    /** How many points the rate's polyline had at the last draw; 0 when nothing was drawn. */
    public int drawnPoints() {
        return drawnPoints;
    }

    /** The playhead dot's height at the last draw, in canvas units; NaN when none was drawn. */
    public double dotY() {
        return dotY;
    }

    /** The axes' labels of the last draw, for tests. */
    public List<String> axisLabels() {
        return List.copyOf(axisLabels);
    }

    /** Whether the last draw put the rate in log. */
    public boolean logAxis() {
        return log;
    }

    @Override
    protected void layoutChildren() {
        CanvasScale.size(canvas, getWidth(), getHeight(), 1);
        draw();
    }

    private void draw() {
        GraphicsContext gc = CanvasScale.clear(canvas);
        drawnPoints = 0;
        axisLabels.clear();
        dotY = Double.NaN;
        ScheduleViewModel.Curve c = curve.get();
        double w = getWidth() - LEFT - RIGHT;
        double h = getHeight() - TOP - BOTTOM;
        if (c == null || c.rates().length == 0 || w <= 2 || h <= 2) {
            return;
        }
        double[] r = c.rates();
        double least = Double.POSITIVE_INFINITY;
        double hi = 0;
        for (double v : r) {
            if (Double.isFinite(v)) {
                least = Math.min(least, v);
                hi = Math.max(hi, v);
            }
        }
        log = least > 0 && hi / least >= LOG_FROM;
        double lo = log ? least : Math.min(0, least);
        Axis y = new Axis(lo, hi > lo ? hi : lo + 1, log, TOP + h, h);
        gc.setStroke(ink.get().deriveColor(0, 1, 1, 0.35));
        gc.setLineWidth(1);
        gc.strokeRect(LEFT + 0.5, TOP + 0.5, w - 1, h - 1);
        int n = r.length;
        polyline(gc, r, y, w, Palette.path(c.colour()));
        int k = c.step() - 1;
        double px = x(k, n, w);
        double py = Double.isFinite(r[k]) ? y.at(r[k]) : Double.NaN;
        labels(gc, y, n, w, k, px, py, r[k]);
        Color crosshair = ink.get();
        gc.setStroke(crosshair);
        gc.setLineWidth(1);
        gc.strokeLine(px, TOP, px, TOP + h);
        if (!Double.isNaN(py)) {
            gc.setLineDashes(3, 3);
            gc.strokeLine(LEFT, py, px, py);
            gc.setLineDashes();
            dotY = py;
            gc.setFill(Palette.path(c.colour()));
            gc.fillOval(px - 3, py - 3, 6, 6);
            gc.setStroke(Palette.casing(Palette.path(c.colour())));
            gc.strokeOval(px - 3, py - 3, 6, 6);
        }
    }

    /** One point a pixel column at most: a long run is drawn by its column maxima and minima. */
    private void polyline(GraphicsContext gc, double[] r, Axis y, double w, Color colour) {
        int n = r.length;
        int columns = (int) Math.max(1, Math.min(n, w));
        double[] xs = new double[2 * columns];
        double[] ys = new double[2 * columns];
        int count = 0;
        for (int col = 0; col < columns; col++) {
            int from = (int) ((long) col * n / columns);
            int to = (int) Math.max(from + 1, (long) (col + 1) * n / columns);
            double min = Double.POSITIVE_INFINITY;
            double max = Double.NEGATIVE_INFINITY;
            for (int k = from; k < to; k++) {
                if (Double.isFinite(r[k])) {
                    min = Math.min(min, r[k]);
                    max = Math.max(max, r[k]);
                }
            }
            if (min > max) {
                continue;
            }
            double x = x(from, n, w);
            xs[count] = x;
            ys[count++] = y.at(max);
            if (min < max) {
                xs[count] = x;
                ys[count++] = y.at(min);
            }
        }
        // on a casing, so that a white or yellow run reads on a light ground too; round joins keep its edge clean
        // where a long run's column minima and maxima zig-zag
        gc.setLineJoin(StrokeLineJoin.ROUND);
        gc.setLineCap(StrokeLineCap.ROUND);
        gc.setStroke(Palette.casing(colour));
        gc.setLineWidth(2.5);
        gc.strokePolyline(xs, ys, count);
        gc.setStroke(colour);
        gc.setLineWidth(1.5);
        gc.strokePolyline(xs, ys, count);
        drawnPoints = count;
    }

    /**
     * The axes' labels: the greatest and least rate on the left and the first and last update below, the step's
     * label below left out where the playhead's own (its step, in bold) would cover it; the playhead's rate is
     * written beside its dot, inside the frame, so that the axis keeps its range.
     */
    private void labels(GraphicsContext gc, Axis y, int n, double w, int k, double px, double py, double rate) {
        axisLabels.clear();
        gc.setFill(ink.get());
        gc.setFont(SMALL);
        gc.setTextAlign(TextAlignment.RIGHT);
        gc.setTextBaseline(VPos.CENTER);
        double top = TOP + 4;
        double bottom = TOP + y.h - 4;
        axisLabel(gc, Numbers.label(y.hi), LEFT - 4, top);
        axisLabel(gc, Numbers.label(y.lo), LEFT - 4, bottom);
        if (log) {
            axisLabel(gc, Text.get("schedule.logAxis"), LEFT - 4, TOP + y.h / 2);
        }
        gc.setTextBaseline(VPos.TOP);
        double base = TOP + y.h + 1;
        String stepText = Numbers.whole(k + 1);
        double half = stepText.length() * 3 + 6;
        gc.setTextAlign(TextAlignment.LEFT);
        if (Math.abs(px - LEFT) > half + 8) {
            axisLabel(gc, Numbers.whole(1), LEFT, base);
        }
        gc.setTextAlign(TextAlignment.RIGHT);
        if (Math.abs(px - (LEFT + w)) > half + 8 + Numbers.whole(n).length() * 3) {
            axisLabel(gc, Numbers.whole(n), LEFT + w, base);
        }
        gc.setFont(BOLD);
        gc.setTextAlign(TextAlignment.CENTER);
        gc.fillText(stepText, Math.max(LEFT + half, Math.min(LEFT + w - half, px)), base);
        if (!Double.isNaN(py)) {
            rateLabel(gc, Numbers.label(rate), px, py, w, y.h);
        }
    }

    private void axisLabel(GraphicsContext gc, String text, double x, double y) {
        gc.fillText(text, x, y);
        axisLabels.add(text);
    }

    /** The playhead's rate beside its dot: on the side with more room, above it unless near the top, on a ground of its own. */
    private void rateLabel(GraphicsContext gc, String text, double px, double py, double w, double h) {
        boolean right = px < LEFT + w / 2;
        double tw = text.length() * 6 + 4;
        double x = right ? px + 6 : px - 6 - tw;
        double y = py - 14 >= TOP + 1 ? py - 14 : Math.min(py + 4, TOP + h - 13);
        Color c = ink.get();
        gc.setFill(Color.color(1 - c.getRed(), 1 - c.getGreen(), 1 - c.getBlue(), 0.8));
        gc.fillRect(x, y, tw, 12);
        gc.setFill(c);
        gc.setTextAlign(TextAlignment.LEFT);
        gc.setTextBaseline(VPos.TOP);
        gc.fillText(text, x + 2, y);
    }

    /** Update k's place across, {@link #INSET} inside the frame so that the curve's ends are not cut by it. */
    private static double x(int k, int n, double w) {
        return n <= 1 ? LEFT + w / 2 : LEFT + INSET + (w - 2 * INSET) * k / (n - 1);
    }

    /** The rate's axis: {@code lo} at {@code bottom}, {@code hi} {@code h} above it, in log or not. */
    private record Axis(double lo, double hi, boolean log, double bottom, double h) {
        double at(double v) {
            double f = log ? Math.log(v / lo) / Math.log(hi / lo) : (v - lo) / (hi - lo);
            return bottom - h * Math.max(0, Math.min(1, f));
        }
    }
}
