package org.descentlab.ui.charts;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
import org.descentlab.ui.base.CanvasScale;
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
    /** Room above the plot for what the axis plots, clear of the curves. */
    private static final double TOP = 22;
    private static final double BOTTOM = 22;
    private static final Font FONT = Font.font("System", 11);
    private static final Font SMALL = Font.font("System", 10);
    private static final double LINE = 1.8;

    private final ObservableList<RunPath> runs = FXCollections.observableArrayList();
    private final ObjectProperty<Quantity> quantity = new SimpleObjectProperty<>(this, "quantity", Quantity.F);
    private final IntegerProperty playhead = new SimpleIntegerProperty(this, "playhead", 0);
    private IntConsumer seek = step -> { };
    private final BooleanProperty logY = new SimpleBooleanProperty(this, "logY", true);
    private final ObjectProperty<Color> ink = new SimpleObjectProperty<>(this, "ink", Palette.AXIS_TEXT);
    private final Canvas canvas = new Canvas();
    /** What was drawn, for tests: one polyline's point count per run, the y ticks' text, the curves that left. */
    private final List<Integer> drawnPoints = new ArrayList<>();
    private final List<String> drawnTicks = new ArrayList<>();
    private final List<LossScale.Exit> exits = new ArrayList<>();
    private final List<String> exitLabels = new ArrayList<>();
    private LossScale scale;
    private double pixelScale = 1;

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

    /** The text of the y axis's ticks as last drawn, bottom up. */
    public List<String> yTicks() {
        return List.copyOf(drawnTicks);
    }

    /** Where the curves that left the chart left it, as last drawn. */
    public List<LossScale.Exit> exits() {
        return List.copyOf(exits);
    }

    /** The notes drawn at the markers of curves that left through the bottom, as last drawn. */
    public List<String> exitLabels() {
        return List.copyOf(exitLabels);
    }

    /** The scale of the last draw; null when nothing was drawn. */
    public LossScale scale() {
        return scale;
    }

    /** Draws the canvas at {@code scale} pixels a unit, for a picture taken at that scale; 1 is the screen's. */
    public void drawAt(double scale) {
        pixelScale = scale;
        layoutChildren();
    }

    @Override
    protected void layoutChildren() {
        CanvasScale.size(canvas, getWidth(), getHeight(), pixelScale);
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
        // the other buttons open the context menu, or nothing
        if (runs.isEmpty() || !e.isPrimaryButtonDown()) {
            return;
        }
        double fraction = (e.getX() - LEFT) / plotWidth();
        seek.accept((int) Math.round(Math.max(0, Math.min(1, fraction)) * lastStep()));
    }

    private double y(LossScale scale, double at) {
        return TOP + (scale.hi() - at) / (scale.hi() - scale.lo()) * plotHeight();
    }

    private double x(double step, int last) {
        return LEFT + step / last * plotWidth();
    }

    /** Where a step is drawn across the chart, for tests. */
    double xAt(double step) {
        return x(step, lastStep());
    }

    /** Where a value in axis units is drawn down the chart, for tests; the last draw's scale. */
    double yAt(double at) {
        return y(scale, at);
    }

    void draw() {
        GraphicsContext gc = CanvasScale.clear(canvas);
        drawnPoints.clear();
        drawnTicks.clear();
        exits.clear();
        exitLabels.clear();
        scale = null;
        gc.setFont(FONT);
        gc.setStroke(ink.get());
        gc.setLineWidth(1);
        gc.strokeRect(LEFT - 0.5, TOP - 0.5, plotWidth() + 1, plotHeight() + 1);
        if (runs.isEmpty()) {
            return;
        }
        int ticks = (int) (plotHeight() / (logY.get() ? 24 : 30));
        Optional<LossScale> found = LossScale.of(runs.stream().map(RunPath::trajectory).toList(), quantity.get(), logY.get(), ticks);
        if (found.isEmpty()) {
            return;
        }
        scale = found.get();
        int last = lastStep();
        drawAxes(gc, scale, last);
        gc.save();
        gc.beginPath();
        gc.rect(LEFT, TOP, plotWidth(), plotHeight());
        gc.clip();
        for (RunPath p : runs) {
            drawSeries(gc, p, scale, last);
        }
        gc.restore();
        for (RunPath p : runs) {
            scale.exit(p.trajectory()).ifPresent(e -> drawExit(gc, p, scale, e, last));
        }
        drawExitLabels(gc, scale, last);
        if (!exits.isEmpty()) {
            gc.setFill(ink.get());
            gc.setFont(SMALL);
            gc.setTextAlign(TextAlignment.RIGHT);
            gc.setTextBaseline(VPos.BASELINE);
            gc.fillText(Text.get("chart.divergedNote"), LEFT + plotWidth(), TOP - 7);
        }
        gc.setLineDashes();
        double x = x(Math.min(playhead.get(), last), last);
        gc.setStroke(ink.get());
        gc.setLineWidth(1.5);
        gc.strokeLine(x, TOP, x, TOP + plotHeight());
    }

    private void drawAxes(GraphicsContext gc, LossScale scale, int last) {
        gc.setFill(ink.get());
        gc.setTextAlign(TextAlignment.CENTER);
        gc.setTextBaseline(VPos.TOP);
        for (double step : Ticks.nice(0, last, (int) Math.max(2, plotWidth() / 100))) {
            gc.fillText(Numbers.label(step), x(step, last), TOP + plotHeight() + 4);
        }
        gc.setTextAlign(TextAlignment.RIGHT);
        gc.setTextBaseline(VPos.CENTER);
        for (LossScale.Tick t : scale.ticks()) {
            double y = y(scale, t.at());
            gc.strokeLine(LEFT - 4, y, LEFT, y);
            gc.fillText(t.label(), LEFT - 6, y);
            drawnTicks.add(t.label());
        }
        // what is plotted, and the numbers in it, on a line of their own above the plot
        gc.setTextAlign(TextAlignment.LEFT);
        gc.setTextBaseline(VPos.BASELINE);
        double baseline = TOP - 7;
        gc.fillText(scale.label(), LEFT, baseline);
        String note = scale.note();
        if (!note.isEmpty()) {
            gc.setFont(SMALL);
            gc.fillText(note, LEFT + width(scale.label(), FONT) + 16, baseline);
            gc.setFont(FONT);
        }
    }

    private static double width(String text, Font font) {
        javafx.scene.text.Text t = new javafx.scene.text.Text(text);
        t.setFont(font);
        return t.getLayoutBounds().getWidth();
    }

    private void drawSeries(GraphicsContext gc, RunPath p, LossScale scale, int last) {
        Trajectory t = p.trajectory();
        gc.setLineCap(StrokeLineCap.BUTT);
        int stride = Math.max(1, t.size() / (int) Math.max(1, plotWidth() * 2));
        Optional<LossScale.Exit> exit = scale.exit(t);
        // a curve that leaves for good is drawn to where it leaves
        int end = exit.map(e -> e.lastInside() + 1).orElse(t.size() - 1);
        // a thin casing of the contrasting shade under each line, as on the landscape: white reads on white
        for (int pass = 0; pass < 2; pass++) {
            stroke(gc, p, pass);
            gc.beginPath();
            boolean pen = false;
            int points = 0;
            for (int k = 0; k <= end; k = k == end ? end + 1 : Math.min(k + stride, end)) {
                double v = scale.at(t, k);
                if (!Double.isFinite(v)) {
                    pen = false;
                    continue;
                }
                if (pen) {
                    gc.lineTo(x(k, last), y(scale, v));
                } else {
                    gc.moveTo(x(k, last), y(scale, v));
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

    private static void stroke(GraphicsContext gc, RunPath p, int pass) {
        Color colour = Palette.path(p.colour());
        gc.setStroke(pass == 0 ? Palette.casing(colour) : colour);
        gc.setLineWidth(pass == 0 ? LINE + 2 : LINE);
        gc.setLineDashes(Palette.dashes(p.line(), LINE));
    }

    /**
     * The rest of a curve that leaves: to the edge, and a triangle there pointing the way it went; one that
     * leaves through the bottom also says where f went, lest it read as a run that converged.
     */
    private void drawExit(GraphicsContext gc, RunPath p, LossScale scale, LossScale.Exit e, int last) {
        double x = x(e.step(), last);
        double y = y(scale, scale.edge(e.edge()));
        if (e.lastInside() >= 0) {
            double from = scale.at(p.trajectory(), e.lastInside());
            for (int pass = 0; pass < 2; pass++) {
                stroke(gc, p, pass);
                gc.strokeLine(x(e.lastInside(), last), y(scale, from), x, y);
            }
        }
        double dy = e.edge() == LossScale.Edge.TOP ? -1 : 1;
        double[] xs = {x - 5, x + 5, x};
        double[] ys = {y - 9 * dy, y - 9 * dy, y};
        gc.setLineDashes();
        gc.setFill(Palette.path(p.colour()));
        gc.fillPolygon(xs, ys, 3);
        gc.setStroke(Palette.MARKER_OUTLINE);
        gc.setLineWidth(1);
        gc.strokePolygon(xs, ys, 3);
        exits.add(e);
    }

    /**
     * Beside each marker on the bottom edge, where f went ("f → −3.32e16"), lest the fall read as a run
     * that converged; a note that would cover another note or marker goes a line up.
     */
    private void drawExitLabels(GraphicsContext gc, LossScale scale, int last) {
        List<double[]> markers = new ArrayList<>();
        for (LossScale.Exit e : exits) {
            if (e.edge() == LossScale.Edge.BOTTOM) {
                markers.add(new double[] {x(e.step(), last) - 5, x(e.step(), last) + 5, 0});
            }
        }
        List<double[]> taken = new ArrayList<>(markers);
        gc.setFont(SMALL);
        gc.setTextAlign(TextAlignment.LEFT);
        gc.setTextBaseline(VPos.BOTTOM);
        gc.setLineWidth(3);
        double bottom = y(scale, scale.lo());
        for (LossScale.Exit e : exits) {
            if (e.edge() != LossScale.Edge.BOTTOM) {
                continue;
            }
            String text = scale.exitLabel(e);
            double from = x(e.step(), last) + 7;
            double[] box = {from, from + width(text, SMALL) + 4, 0};
            while (box[2] < 4 && taken.stream().anyMatch(t -> t[2] == box[2] && t[0] < box[1] && box[0] < t[1])) {
                box[2]++;
            }
            taken.add(box);
            double y = bottom - 1 - 12 * box[2];
            gc.setStroke(Palette.casing(ink.get()));
            gc.strokeText(text, from, y);
            gc.setFill(ink.get());
            gc.fillText(text, from, y);
            exitLabels.add(text);
        }
        gc.setFont(FONT);
    }
}
