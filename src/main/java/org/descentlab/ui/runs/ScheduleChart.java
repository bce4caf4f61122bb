package org.descentlab.ui.runs;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;

import org.descentlab.ui.base.CanvasScale;
import org.descentlab.ui.base.Palette;

/**
 * A small chart of a run's learning rate update by update, from 0 (or the least rate, if below) at the bottom
 * to the greatest at the top, in the run's colour, with the update at the playhead marked by a line and a dot.
 */
public final class ScheduleChart extends Region {

    private static final double PAD = 3;
    private final Canvas canvas = new Canvas();
    private final ObjectProperty<ScheduleViewModel.Curve> curve = new SimpleObjectProperty<>(this, "curve");
    private final ObjectProperty<Color> ink = new SimpleObjectProperty<>(this, "ink", Palette.AXIS_TEXT);
    /** The canvas points of the last draw: the rate curve's count and where the playhead's dot went, for tests. */
    private int drawnPoints;
    private double dotY = Double.NaN;

    public ScheduleChart() {
        getChildren().add(canvas);
        setPrefHeight(54);
        setMinHeight(54);
        curve.addListener(o -> draw());
        ink.addListener(o -> draw());
    }

    public ObjectProperty<ScheduleViewModel.Curve> curveProperty() {
        return curve;
    }

    /** The colour of the frame and the playhead, set to suit the theme. */
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

    @Override
    protected void layoutChildren() {
        CanvasScale.size(canvas, getWidth(), getHeight(), 1);
        draw();
    }

    private void draw() {
        GraphicsContext gc = CanvasScale.clear(canvas);
        drawnPoints = 0;
        dotY = Double.NaN;
        ScheduleViewModel.Curve c = curve.get();
        double w = getWidth();
        double h = getHeight();
        if (c == null || c.rates().length == 0 || w <= 2 * PAD || h <= 2 * PAD) {
            return;
        }
        double[] r = c.rates();
        double lo = 0;
        double hi = 0;
        for (double v : r) {
            if (Double.isFinite(v)) {
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
        }
        double span = hi > lo ? hi - lo : 1;
        gc.setStroke(ink.get().deriveColor(0, 1, 1, 0.35));
        gc.setLineWidth(1);
        gc.strokeRect(0.5, 0.5, w - 1, h - 1);
        int n = r.length;
        // one point a pixel column at most: a long run is drawn by its column maxima and minima
        int columns = (int) Math.max(1, Math.min(n, w - 2 * PAD));
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
            ys[count++] = y(max, lo, span, h);
            if (min < max) {
                xs[count] = x;
                ys[count++] = y(min, lo, span, h);
            }
        }
        gc.setStroke(Palette.path(c.colour()));
        gc.setLineWidth(1.5);
        gc.strokePolyline(xs, ys, count);
        drawnPoints = count;
        int k = c.step() - 1;
        double px = x(k, n, w);
        gc.setStroke(ink.get());
        gc.setLineWidth(1);
        gc.strokeLine(px, PAD, px, h - PAD);
        if (Double.isFinite(r[k])) {
            dotY = y(r[k], lo, span, h);
            gc.setFill(Palette.path(c.colour()));
            gc.fillOval(px - 3, dotY - 3, 6, 6);
            gc.setStroke(Palette.MARKER_OUTLINE);
            gc.strokeOval(px - 3, dotY - 3, 6, 6);
        }
    }

    private static double x(int k, int n, double w) {
        return n <= 1 ? w / 2 : PAD + (w - 2 * PAD) * k / (n - 1);
    }

    private static double y(double v, double lo, double span, double h) {
        return h - PAD - (h - 2 * PAD) * (v - lo) / span;
    }
}
