package org.descentlab.ui;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

import org.descentlab.core.run.Trajectory;

/**
 * f (left axis) and ‖∇f‖ (right axis) against the step, each on its own scale, linear or log. The
 * playhead is a vertical line; clicking or dragging in the chart moves it.
 */
public final class LossChart extends Region {

    static final Color F_COLOUR = Color.web("#0969da");
    static final Color GRAD_COLOUR = Color.web("#cf222e");
    private static final double LEFT = 64;
    private static final double RIGHT = 64;
    private static final double TOP = 8;
    private static final double BOTTOM = 22;
    private static final Font FONT = Font.font("System", 11);

    private final ObjectProperty<Trajectory> trajectory = new SimpleObjectProperty<>(this, "trajectory");
    private final IntegerProperty playhead = new SimpleIntegerProperty(this, "playhead", 0);
    private final BooleanProperty logY = new SimpleBooleanProperty(this, "logY", true);
    private final ObjectProperty<Color> ink = new SimpleObjectProperty<>(this, "ink", Palette.AXIS_TEXT);
    private final Canvas canvas = new Canvas();

    public LossChart() {
        getStyleClass().add(Styles.LOSS_CHART);
        getChildren().add(canvas);
        trajectory.addListener(o -> draw());
        playhead.addListener(o -> draw());
        logY.addListener(o -> draw());
        ink.addListener(o -> draw());
        canvas.setOnMousePressed(this::seek);
        canvas.setOnMouseDragged(this::seek);
    }

    public ObjectProperty<Trajectory> trajectoryProperty() {
        return trajectory;
    }

    public IntegerProperty playheadProperty() {
        return playhead;
    }

    public BooleanProperty logYProperty() {
        return logY;
    }

    /** The colour of axes and their text, set to suit the theme. */
    public ObjectProperty<Color> inkProperty() {
        return ink;
    }

    @Override
    protected void layoutChildren() {
        canvas.setWidth(getWidth());
        canvas.setHeight(getHeight());
        draw();
    }

    @Override
    protected double computePrefHeight(double width) {
        return 150;
    }

    private double plotWidth() {
        return Math.max(1, getWidth() - LEFT - RIGHT);
    }

    private double plotHeight() {
        return Math.max(1, getHeight() - TOP - BOTTOM);
    }

    private void seek(MouseEvent e) {
        Trajectory t = trajectory.get();
        if (t == null) {
            return;
        }
        double fraction = (e.getX() - LEFT) / plotWidth();
        playhead.set((int) Math.round(Math.max(0, Math.min(1, fraction)) * t.lastStep()));
    }

    /** Values of one series, transformed for the axis: log10 of the value (above a floor) or the value. */
    private double[] series(Trajectory t, boolean gradient) {
        double[] v = new double[t.size()];
        double min = Double.POSITIVE_INFINITY;
        for (int k = 0; k < v.length; k++) {
            v[k] = gradient ? t.gradNorm(k) : t.f(k);
            if (Double.isFinite(v[k])) {
                min = Math.min(min, v[k]);
            }
        }
        if (logY.get()) {
            // f may be negative: on a log axis show f − min f (+ a floor), and say so on the axis
            double shift = !gradient && min <= 0 ? min : 0;
            for (int k = 0; k < v.length; k++) {
                v[k] = Math.log10(Math.max(v[k] - shift, 1e-300));
            }
        }
        return v;
    }

    void draw() {
        GraphicsContext gc = canvas.getGraphicsContext2D();
        gc.clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
        Trajectory t = trajectory.get();
        gc.setFont(FONT);
        gc.setStroke(ink.get());
        gc.setLineWidth(1);
        gc.strokeRect(LEFT - 0.5, TOP - 0.5, plotWidth() + 1, plotHeight() + 1);
        if (t == null) {
            return;
        }
        double[] f = series(t, false);
        double[] g = series(t, true);
        drawSeries(gc, f, F_COLOUR, true, logY.get() && hasNonPositive(t) ? "f − min" : "f");
        drawSeries(gc, g, GRAD_COLOUR, false, "‖∇f‖");
        gc.setFill(ink.get());
        gc.setTextAlign(TextAlignment.CENTER);
        gc.setTextBaseline(VPos.TOP);
        for (double step : Ticks.nice(0, Math.max(1, t.lastStep()), (int) Math.max(2, plotWidth() / 100))) {
            double x = LEFT + step / Math.max(1, t.lastStep()) * plotWidth();
            gc.fillText(Ticks.label(step), x, TOP + plotHeight() + 4);
        }
        double x = LEFT + Math.min(playhead.get(), t.lastStep()) / (double) Math.max(1, t.lastStep()) * plotWidth();
        gc.setStroke(ink.get());
        gc.setLineWidth(1.5);
        gc.strokeLine(x, TOP, x, TOP + plotHeight());
    }

    private static boolean hasNonPositive(Trajectory t) {
        for (int k = 0; k < t.size(); k++) {
            if (t.f(k) <= 0) {
                return true;
            }
        }
        return false;
    }

    private void drawSeries(GraphicsContext gc, double[] v, Color colour, boolean leftAxis, String name) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double d : v) {
            if (Double.isFinite(d)) {
                lo = Math.min(lo, d);
                hi = Math.max(hi, d);
            }
        }
        if (lo > hi) {
            return;
        }
        if (hi - lo < 1e-12 * Math.max(1, Math.abs(hi))) {
            hi = lo + 1;
        }
        double last = Math.max(1, v.length - 1);
        gc.setStroke(colour);
        gc.setLineWidth(1.5);
        gc.beginPath();
        boolean pen = false;
        int stride = Math.max(1, v.length / (int) Math.max(1, plotWidth() * 2));
        for (int k = 0; k < v.length; k += stride) {
            if (!Double.isFinite(v[k])) {
                pen = false;
                continue;
            }
            double x = LEFT + k / last * plotWidth();
            double y = TOP + (hi - v[k]) / (hi - lo) * plotHeight();
            if (pen) {
                gc.lineTo(x, y);
            } else {
                gc.moveTo(x, y);
                pen = true;
            }
        }
        gc.stroke();
        gc.setFill(colour);
        gc.setTextBaseline(VPos.CENTER);
        gc.setTextAlign(leftAxis ? TextAlignment.RIGHT : TextAlignment.LEFT);
        double ax = leftAxis ? LEFT - 6 : LEFT + plotWidth() + 6;
        gc.fillText(axisLabel(hi), ax, TOP + 6);
        gc.fillText(axisLabel(lo), ax, TOP + plotHeight() - 6);
        gc.fillText(name, ax, TOP + plotHeight() / 2);
    }

    private String axisLabel(double v) {
        return logY.get() ? "1e" + Math.round(v) : Ticks.label(v);
    }
}
