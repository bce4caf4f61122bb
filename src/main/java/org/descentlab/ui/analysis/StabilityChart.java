package org.descentlab.ui.analysis;

import java.util.function.BiConsumer;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;

import org.descentlab.core.analysis.Behaviour;
import org.descentlab.core.analysis.StabilityMap;
import org.descentlab.core.raster.Colormap;
import org.descentlab.core.run.StopReason;
import org.descentlab.ui.base.Numbers;
import org.descentlab.ui.base.Palette;
import org.descentlab.ui.base.Text;

/**
 * A stability map: a cell per pair of values of the two hyper-parameters, coloured by the steps its run took to
 * converge (viridis, few steps dark, many bright), light grey where it reached the step limit, near black with a
 * cross where it diverged; the axes in the parameters' values. Hovering a cell says its run; a click hands on its
 * indices.
 */
public final class StabilityChart extends RatePlot {

    private static final double KEY = 120;

    private final ObjectProperty<StabilityMap> map = new SimpleObjectProperty<>(this, "map");
    private BiConsumer<Integer, Integer> onPick = (i, j) -> { };

    public StabilityChart() {
        setId("stability-chart");
        map.addListener(o -> draw());
    }

    public ObjectProperty<StabilityMap> mapProperty() {
        return map;
    }

    /** Where a click sends the cell under the mouse: across, up. */
    public void setOnPick(BiConsumer<Integer, Integer> pick) {
        this.onPick = pick;
    }

    @Override
    protected double computePrefWidth(double height) {
        return 640;
    }

    @Override
    protected double computePrefHeight(double width) {
        return 480;
    }

    /** The plot's rectangle (x, y, width, height): all but the margins and the key on the right. */
    private double[] plot() {
        double w = Math.max(1, getWidth() - LEFT - RIGHT - KEY);
        double h = Math.max(1, getHeight() - TOP - BOTTOM);
        return new double[] {LEFT, TOP, w, h};
    }

    /** The cell (across, up) under (x, y), or null. */
    int[] cellAt(double x, double y) {
        StabilityMap m = map.get();
        double[] p = plot();
        if (m == null || x < p[0] || y < p[1] || x >= p[0] + p[2] || y >= p[1] + p[3]) {
            return null;
        }
        int i = (int) ((x - p[0]) / p[2] * m.x().count());
        int j = m.y().count() - 1 - (int) ((y - p[1]) / p[3] * m.y().count());
        return new int[] {Math.min(i, m.x().count() - 1), Math.max(0, j)};
    }

    /** The centre of cell (i, j) in the chart, for tests. */
    public double[] centre(int i, int j) {
        StabilityMap m = map.get();
        double[] p = plot();
        return new double[] {p[0] + (i + 0.5) * p[2] / m.x().count(), p[1] + (m.y().count() - j - 0.5) * p[3] / m.y().count()};
    }

    @Override
    void paint(GraphicsContext gc, double width, double height) {
        StabilityMap m = map.get();
        if (m == null) {
            empty(gc, width, height, Text.get("stability.empty"));
            return;
        }
        double[] p = plot();
        int nx = m.x().count();
        int ny = m.y().count();
        int most = 1;
        for (Behaviour b : m.cells()) {
            if (b.stop().reason() == StopReason.CONVERGED) {
                most = Math.max(most, b.steps());
            }
        }
        double cw = p[2] / nx;
        double ch = p[3] / ny;
        for (int j = 0; j < ny; j++) {
            for (int i = 0; i < nx; i++) {
                Behaviour b = m.cell(i, j);
                double x = p[0] + i * cw;
                double y = p[1] + (ny - 1 - j) * ch;
                gc.setFill(colour(b, most));
                // a hair wider, so that no seam shows between cells
                gc.fillRect(x, y, cw + 0.5, ch + 0.5);
                if (b.stop().reason() == StopReason.DIVERGED && cw >= 6 && ch >= 6) {
                    gc.setStroke(Palette.BASIN_MOVING);
                    gc.setLineWidth(1);
                    gc.strokeLine(x + cw * 0.3, y + ch * 0.3, x + cw * 0.7, y + ch * 0.7);
                    gc.strokeLine(x + cw * 0.7, y + ch * 0.3, x + cw * 0.3, y + ch * 0.7);
                }
            }
        }
        PlotAxis xs = cellAxis(m.x());
        PlotAxis ys = cellAxis(m.y());
        xAxis(gc, xs, p[0], p[0] + p[2], p[1] + p[3], m.x().name() + (m.x().log() ? Text.get("plot.logAxis") : ""));
        yAxis(gc, ys, p[0], p[1], p[1] + p[3], m.y().name() + (m.y().log() ? Text.get("plot.logAxis") : ""), 6);
        key(gc, p[0] + p[2] + 16, p[1], Math.min(p[3], 220), most);
    }

    /** The axis whose ends are the outer edges of the first and last cells, so that a value sits at its cell's centre. */
    private static PlotAxis cellAxis(StabilityMap.Axis a) {
        if (a.count() == 1) {
            return PlotAxis.of(a.log() ? a.min() / 2 : a.min() - 0.5, a.log() ? a.min() * 2 : a.min() + 0.5, a.log());
        }
        double half = 0.5 / (a.count() - 1);
        if (a.log()) {
            double r = Math.log(a.max() / a.min());
            return PlotAxis.of(a.min() * Math.exp(-half * r), a.max() * Math.exp(half * r), true);
        }
        double d = (a.max() - a.min()) * half;
        return PlotAxis.of(a.min() - d, a.max() + d, false);
    }

    private static Color colour(Behaviour b, int most) {
        return switch (b.stop().reason()) {
            case DIVERGED -> Palette.BASIN_DIVERGED;
            case MAX_STEPS -> Palette.BASIN_MOVING;
            case CONVERGED -> argb(Colormap.VIRIDIS.argb(most <= 1 ? 0 : Math.log(Math.max(1, b.steps())) / Math.log(most)));
        };
    }

    private static Color argb(int v) {
        return Color.rgb((v >> 16) & 0xFF, (v >> 8) & 0xFF, v & 0xFF);
    }

    /** The key: a colour bar of steps to converge (in log), then the step limit and divergence swatches. */
    private void key(GraphicsContext gc, double x, double y, double h, int most) {
        gc.setFont(SMALL);
        gc.setFill(ink());
        gc.setTextAlign(TextAlignment.LEFT);
        gc.setTextBaseline(VPos.BOTTOM);
        gc.fillText(Text.get("stability.keySteps"), x, y + 10);
        double top = y + 16;
        double bar = Math.max(40, h - 70);
        for (int k = 0; k < bar; k++) {
            gc.setFill(argb(Colormap.VIRIDIS.argb(1 - k / bar)));
            gc.fillRect(x, top + k, 14, 1.5);
        }
        gc.setFill(ink());
        gc.setTextBaseline(VPos.CENTER);
        gc.fillText(Numbers.whole(most), x + 18, top + 4);
        gc.fillText(Numbers.whole(1), x + 18, top + bar - 4);
        double s = top + bar + 12;
        swatch(gc, x, s, Palette.BASIN_MOVING, Text.get("stability.keyLimit"));
        swatch(gc, x, s + 18, Palette.BASIN_DIVERGED, Text.get("stability.keyDiverged"));
    }

    private void swatch(GraphicsContext gc, double x, double y, Color c, String label) {
        gc.setFill(c);
        gc.fillRect(x, y, 14, 12);
        gc.setStroke(Palette.AXIS_LINE);
        gc.strokeRect(x, y, 14, 12);
        gc.setFill(ink());
        gc.setTextBaseline(VPos.CENTER);
        gc.fillText(label, x + 18, y + 6);
    }

    @Override
    String describe(double x, double y) {
        int[] c = cellAt(x, y);
        return c == null ? "" : RateWords.cell(map.get(), c[0], c[1]);
    }

    @Override
    void pick(double x, double y) {
        int[] c = cellAt(x, y);
        if (c != null) {
            onPick.accept(c[0], c[1]);
        }
    }
}
