package org.descentlab.ui.analysis;

import java.util.ArrayList;
import java.util.List;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;

import org.descentlab.ui.base.CanvasScale;
import org.descentlab.ui.base.Palette;
import org.descentlab.ui.base.Text;

/**
 * What the learning-rate plots share: a canvas drawn in units, the ink of axes and text (set to suit the theme),
 * the plot's rectangle inside margins, axes with ticks, and the mouse: moving it says what is under it, a click
 * hands the plot point on. An out-of-date plot is greyed (its pane puts a "run again" button on it), and a click on it
 * does nothing.
 */
abstract class RatePlot extends Region {

    static final Font FONT = Font.font("System", 11);
    static final Font SMALL = Font.font("System", 10);
    static final double LEFT = 64;
    static final double RIGHT = 18;
    static final double TOP = 24;
    static final double BOTTOM = 40;

    private final Canvas canvas = new Canvas();
    private final ObjectProperty<Color> ink = new SimpleObjectProperty<>(this, "ink", Palette.AXIS_TEXT);
    private final ReadOnlyStringWrapper hover = new ReadOnlyStringWrapper(this, "underMouse", "");
    private final BooleanProperty stale = new SimpleBooleanProperty(this, "stale");
    private double pixelScale = 1;

    RatePlot() {
        getChildren().add(canvas);
        ink.addListener(o -> draw());
        stale.addListener(o -> draw());
        canvas.setOnMouseMoved(e -> hover.set(stale.get() ? Text.get("rate.staleTip") : describe(e.getX(), e.getY())));
        canvas.setOnMouseExited(e -> hover.set(""));
        canvas.setOnMouseClicked(this::clicked);
    }

    /** The colour of axes and text. */
    public ObjectProperty<Color> inkProperty() {
        return ink;
    }

    /** Whether what is drawn is out of date: it is then greyed under a line saying so, and a click picks nothing. */
    public BooleanProperty staleProperty() {
        return stale;
    }

    /** What is under the mouse, in words; empty when it is off the plot. */
    public ReadOnlyStringProperty underMouseProperty() {
        return hover.getReadOnlyProperty();
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
    protected double computePrefWidth(double height) {
        return 520;
    }

    @Override
    protected double computePrefHeight(double width) {
        return 320;
    }

    /** Redraws everything. */
    final void draw() {
        GraphicsContext gc = CanvasScale.clear(canvas);
        double w = CanvasScale.width(gc);
        double h = CanvasScale.height(gc);
        paint(gc, w, h);
        if (stale.get()) {
            greyed(gc, w, h);
        }
    }

    /** A veil in the background's colour (the ink's opposite) over everything; the pane puts its "run again" button on it. */
    private void greyed(GraphicsContext gc, double w, double h) {
        Color c = ink();
        gc.setFill(Color.color(1 - c.getRed(), 1 - c.getGreen(), 1 - c.getBlue(), 0.7));
        gc.fillRect(0, 0, w, h);
    }

    /** Draws the plot in a {@code width}×{@code height} canvas. */
    abstract void paint(GraphicsContext gc, double width, double height);

    /** What is at (x, y) in the plot's units, in words; empty when nothing is. */
    abstract String describe(double x, double y);

    /** A click with the first button at (x, y). */
    abstract void pick(double x, double y);

    private void clicked(MouseEvent e) {
        if (e.getButton() == MouseButton.PRIMARY && e.isStillSincePress()) {
            clickAt(e.getX(), e.getY());
        }
    }

    /** Clicks at (x, y) as the mouse would (for tests, where the robot is slow); nothing on an out-of-date plot. */
    public void clickAt(double x, double y) {
        if (!stale.get()) {
            pick(x, y);
        }
    }

    Color ink() {
        return ink.get();
    }

    /** {@code c} as text or a thin line readable on this plot's ground. */
    Color readable(Color c) {
        return Palette.onGround(c, ink());
    }

    /** How wide {@code text} is drawn in {@code font}. */
    static double width(String text, Font font) {
        javafx.scene.text.Text t = new javafx.scene.text.Text(text);
        t.setFont(font);
        return t.getLayoutBounds().getWidth();
    }

    /**
     * Writes {@code text} beside the point (x, y), right of it unless it would leave the band x0…x1, then left of it,
     * moved up or down to stay inside y0…y1 and off the labels already in {@code taken} (boxes x0, x1, y0, y1), where it
     * then adds its own.
     */
    void labelInside(GraphicsContext gc, String text, double x, double y, double[] band, List<double[]> taken) {
        double tw = width(text, SMALL);
        boolean left = x + 7 + tw > band[1] && x - 7 - tw >= band[0];
        double from = left ? x - 7 - tw : Math.min(x + 7, band[1] - tw);
        double ty = Math.max(band[2] + 7, Math.min(band[3] - 7, y));
        for (int tries = 0; tries < 8 && overlaps(taken, from, from + tw, ty); tries++) {
            ty = ty + 13 > band[3] - 7 ? ty - 26 : ty + 13;
        }
        taken.add(new double[] {from, from + tw, ty - 6.5, ty + 6.5});
        gc.setFont(SMALL);
        gc.setTextBaseline(VPos.CENTER);
        gc.setTextAlign(TextAlignment.LEFT);
        gc.fillText(text, from, ty);
    }

    private static boolean overlaps(List<double[]> taken, double x0, double x1, double y) {
        for (double[] b : taken) {
            if (x0 < b[1] && x1 > b[0] && y - 6.5 < b[3] && y + 6.5 > b[2]) {
                return true;
            }
        }
        return false;
    }

    /** Draws a horizontal axis under the band x0…x1 at y, its ticks labelled below and its title under them. */
    void xAxis(GraphicsContext gc, PlotAxis axis, double x0, double x1, double y, String title) {
        gc.setStroke(Palette.AXIS_LINE);
        gc.setLineWidth(1);
        gc.strokeLine(x0, y, x1, y);
        gc.setFill(ink());
        gc.setFont(SMALL);
        gc.setTextAlign(TextAlignment.CENTER);
        gc.setTextBaseline(VPos.TOP);
        for (PlotAxis.Tick t : axis.ticks(8)) {
            double x = x0 + axis.fraction(t.value()) * (x1 - x0);
            gc.strokeLine(x, y, x, y + 4);
            gc.fillText(t.label(), x, y + 5);
        }
        gc.setFont(FONT);
        gc.fillText(title, (x0 + x1) / 2, y + 19);
    }

    /** Draws a vertical axis left of the band y0 (top) … y1 (bottom) at x, ticks labelled left of it, the title on top. */
    void yAxis(GraphicsContext gc, PlotAxis axis, double x, double y0, double y1, String title, int ticks) {
        gc.setStroke(Palette.AXIS_LINE);
        gc.setLineWidth(1);
        gc.strokeLine(x, y0, x, y1);
        gc.setFill(ink());
        gc.setFont(SMALL);
        gc.setTextAlign(TextAlignment.RIGHT);
        gc.setTextBaseline(VPos.CENTER);
        List<PlotAxis.Tick> list = axis.ticks(ticks);
        for (PlotAxis.Tick t : list) {
            double y = y1 - axis.fraction(t.value()) * (y1 - y0);
            gc.strokeLine(x - 4, y, x, y);
            gc.fillText(t.label(), x - 6, y);
        }
        gc.setFont(FONT);
        gc.setTextAlign(TextAlignment.LEFT);
        gc.setTextBaseline(VPos.BOTTOM);
        gc.fillText(title, x - LEFT + 8, y0 - 6);
    }

    /** Text in the plot's centre, for a plot with nothing to show yet, wrapped at spaces to the plot's width. */
    void empty(GraphicsContext gc, double width, double height, String text) {
        gc.setFill(ink());
        gc.setFont(FONT);
        gc.setTextAlign(TextAlignment.CENTER);
        gc.setTextBaseline(VPos.CENTER);
        List<String> lines = wrapped(text, width - 2 * RIGHT);
        double line = FONT.getSize() * 1.4;
        for (int k = 0; k < lines.size(); k++) {
            gc.fillText(lines.get(k), width / 2, height / 2 + (k - (lines.size() - 1) / 2.0) * line);
        }
    }

    /** {@code text} in lines no wider than {@code width} in {@link #FONT}, broken at spaces. */
    static List<String> wrapped(String text, double width) {
        javafx.scene.text.Text measure = new javafx.scene.text.Text();
        measure.setFont(FONT);
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            String longer = line.length() == 0 ? word : line + " " + word;
            measure.setText(longer);
            if (line.length() > 0 && measure.getLayoutBounds().getWidth() > width) {
                lines.add(line.toString());
                line.setLength(0);
                line.append(word);
            } else {
                line.setLength(0);
                line.append(longer);
            }
        }
        lines.add(line.toString());
        return lines;
    }
}
