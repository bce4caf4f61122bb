package org.descentlab.ui.charts;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

import org.descentlab.core.run.Trajectory;
import org.descentlab.ui.base.Numbers;
import org.descentlab.ui.base.Palette;
import org.descentlab.ui.base.Styles;
import org.descentlab.ui.base.Text;
import org.descentlab.ui.base.Ticks;
import org.descentlab.ui.landscape.RunPath;

/**
 * f or ‖∇f‖ of every run against the step, on one axis, linear or log; each run in its colour and line
 * style. The playhead is a vertical line; clicking or dragging in the chart moves it.
 */
public final class LossChart extends Region {

    /** What the chart plots. */
    public enum Quantity {
        F, GRADIENT_NORM;

        /** "f" or "‖∇f‖", as the axis and the picker name it. */
        public String label() {
            return Text.get(this == F ? "chart.f" : "chart.gradientNorm");
        }
    }

    private static final double LEFT = 64;
    private static final double RIGHT = 16;
    private static final double TOP = 8;
    private static final double BOTTOM = 22;
    private static final Font FONT = Font.font("System", 11);

    private final ObservableList<RunPath> runs = FXCollections.observableArrayList();
    private final ObjectProperty<Quantity> quantity = new SimpleObjectProperty<>(this, "quantity", Quantity.F);
    private final IntegerProperty playhead = new SimpleIntegerProperty(this, "playhead", 0);
    private IntConsumer seek = step -> { };
    private final BooleanProperty logY = new SimpleBooleanProperty(this, "logY", true);
    private final ObjectProperty<Color> ink = new SimpleObjectProperty<>(this, "ink", Palette.AXIS_TEXT);
    private final Canvas canvas = new Canvas();
    /** What was drawn, for tests: one polyline's point count per run. */
    private final List<Integer> drawnPoints = new ArrayList<>();

    public LossChart() {
        getStyleClass().add(Styles.LOSS_CHART);
        getChildren().add(canvas);
        runs.addListener((javafx.collections.ListChangeListener<RunPath>) c -> draw());
        quantity.addListener(o -> draw());
        playhead.addListener(o -> draw());
        logY.addListener(o -> draw());
        ink.addListener(o -> draw());
        canvas.setOnMousePressed(this::seek);
        canvas.setOnMouseDragged(this::seek);
    }

    /** The runs to plot, in legend order. */
    public ObservableList<RunPath> runs() {
        return runs;
    }

    public ObjectProperty<Quantity> quantityProperty() {
        return quantity;
    }

    /** The step the vertical line marks. */
    public IntegerProperty playheadProperty() {
        return playhead;
    }

    /** Where a click or drag in the chart sends the step under the mouse. */
    public void setOnSeek(IntConsumer seek) {
        this.seek = seek;
    }

    public BooleanProperty logYProperty() {
        return logY;
    }

    /** The colour of axes and their text, set to suit the theme. */
    public ObjectProperty<Color> inkProperty() {
        return ink;
    }

    /** How many curves the last draw drew, one per run with a finite value. */
    public int curvesDrawn() {
        return drawnPoints.size();
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

    private int lastStep() {
        int last = 0;
        for (RunPath p : runs) {
            last = Math.max(last, p.trajectory().lastStep());
        }
        return Math.max(1, last);
    }

    private void seek(MouseEvent e) {
        if (runs.isEmpty()) {
            return;
        }
        double fraction = (e.getX() - LEFT) / plotWidth();
        seek.accept((int) Math.round(Math.max(0, Math.min(1, fraction)) * lastStep()));
    }

    private double raw(Trajectory t, int k) {
        return quantity.get() == Quantity.F ? t.f(k) : t.gradNorm(k);
    }

    /** On a log axis f may be negative: then the axis shows f − min f over every run. */
    private double shift() {
        if (!logY.get() || quantity.get() != Quantity.F) {
            return 0;
        }
        double min = Double.POSITIVE_INFINITY;
        for (RunPath p : runs) {
            Trajectory t = p.trajectory();
            for (int k = 0; k < t.size(); k++) {
                if (Double.isFinite(t.f(k))) {
                    min = Math.min(min, t.f(k));
                }
            }
        }
        return min <= 0 ? min : 0;
    }

    private double transform(double v, double shift) {
        return logY.get() ? Math.log10(Math.max(v - shift, 1e-300)) : v;
    }

    void draw() {
        GraphicsContext gc = canvas.getGraphicsContext2D();
        gc.clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
        drawnPoints.clear();
        gc.setFont(FONT);
        gc.setStroke(ink.get());
        gc.setLineWidth(1);
        gc.strokeRect(LEFT - 0.5, TOP - 0.5, plotWidth() + 1, plotHeight() + 1);
        if (runs.isEmpty()) {
            return;
        }
        double shift = shift();
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (RunPath p : runs) {
            Trajectory t = p.trajectory();
            for (int k = 0; k < t.size(); k++) {
                double v = transform(raw(t, k), shift);
                if (Double.isFinite(v)) {
                    lo = Math.min(lo, v);
                    hi = Math.max(hi, v);
                }
            }
        }
        if (lo > hi) {
            return;
        }
        if (hi - lo < 1e-12 * Math.max(1, Math.abs(hi))) {
            hi = lo + 1;
        }
        drawAxes(gc, lo, hi, shift != 0);
        int last = lastStep();
        for (RunPath p : runs) {
            drawSeries(gc, p, shift, lo, hi, last);
        }
        gc.setLineDashes();
        double x = LEFT + Math.min(playhead.get(), last) / (double) last * plotWidth();
        gc.setStroke(ink.get());
        gc.setLineWidth(1.5);
        gc.strokeLine(x, TOP, x, TOP + plotHeight());
    }

    private void drawAxes(GraphicsContext gc, double lo, double hi, boolean shifted) {
        gc.setFill(ink.get());
        gc.setTextAlign(TextAlignment.CENTER);
        gc.setTextBaseline(VPos.TOP);
        int last = lastStep();
        for (double step : Ticks.nice(0, last, (int) Math.max(2, plotWidth() / 100))) {
            double x = LEFT + step / last * plotWidth();
            gc.fillText(Numbers.label(step), x, TOP + plotHeight() + 4);
        }
        gc.setTextAlign(TextAlignment.RIGHT);
        gc.setTextBaseline(VPos.CENTER);
        List<Double> ticks = logY.get() ? decades(lo, hi) : Ticks.nice(lo, hi, (int) Math.max(2, plotHeight() / 30));
        for (double v : ticks) {
            double y = TOP + (hi - v) / (hi - lo) * plotHeight();
            gc.strokeLine(LEFT - 4, y, LEFT, y);
            gc.fillText(logY.get() ? Numbers.label(Math.pow(10, Math.round(v))) : Numbers.label(v), LEFT - 6, y);
        }
        String name = quantity.get() == Quantity.F && shifted ? Text.get("chart.fMinusMin") : quantity.get().label();
        gc.setTextAlign(TextAlignment.RIGHT);
        gc.setTextBaseline(VPos.TOP);
        gc.fillText(logY.get() ? Text.format("chart.log", name) : name, LEFT + plotWidth() - 6, TOP + 4);
    }

    /** Whole powers of ten between lo and hi (log10 values), thinned to fit. */
    private List<Double> decades(double lo, double hi) {
        int from = (int) Math.ceil(lo);
        int to = (int) Math.floor(hi);
        int fit = (int) Math.max(2, plotHeight() / 24);
        int every = Math.max(1, (to - from + 1 + fit - 1) / fit);
        List<Double> out = new ArrayList<>();
        for (int d = from; d <= to; d += every) {
            out.add((double) d);
        }
        return out;
    }

    private void drawSeries(GraphicsContext gc, RunPath p, double shift, double lo, double hi, int last) {
        Trajectory t = p.trajectory();
        gc.setLineCap(StrokeLineCap.BUTT);
        int stride = Math.max(1, t.size() / (int) Math.max(1, plotWidth() * 2));
        // a faint dark halo under each line keeps light colours readable on a light chart
        for (int pass = 0; pass < 2; pass++) {
            gc.setStroke(pass == 0 ? Color.rgb(0, 0, 0, 0.35) : Palette.path(p.colour()));
            gc.setLineWidth(pass == 0 ? 3.5 : 1.8);
            gc.setLineDashes(Palette.dashes(p.line(), 1.8));
            gc.beginPath();
            boolean pen = false;
            int points = 0;
            for (int k = 0; k < t.size(); k = k == t.size() - 1 ? t.size() : Math.min(k + stride, t.size() - 1)) {
                double v = transform(raw(t, k), shift);
                if (!Double.isFinite(v)) {
                    pen = false;
                    continue;
                }
                double x = LEFT + k / (double) last * plotWidth();
                double y = TOP + (hi - v) / (hi - lo) * plotHeight();
                if (pen) {
                    gc.lineTo(x, y);
                } else {
                    gc.moveTo(x, y);
                    pen = true;
                }
                points++;
            }
            gc.stroke();
            if (pass == 1 && points > 0) {
                drawnPoints.add(points);
            }
        }
    }
}
