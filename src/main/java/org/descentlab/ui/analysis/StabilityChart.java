package org.descentlab.ui.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;

import org.descentlab.core.analysis.Behaviour;
import org.descentlab.core.analysis.Quadratic;
import org.descentlab.core.analysis.RateSweep;
import org.descentlab.core.analysis.StabilityMap;
import org.descentlab.core.optim.Momentum;
import org.descentlab.core.raster.Colormap;
import org.descentlab.core.run.StopReason;
import org.descentlab.ui.base.Numbers;
import org.descentlab.ui.base.Palette;
import org.descentlab.ui.base.Text;

/**
 * A stability map: a cell per pair of values of the two hyper-parameters, coloured by the steps its run took to
 * converge (viridis, few steps dark, many bright), light grey where it reached the step limit, near black with a
 * cross where it diverged; the axes in the parameters' values; where f is a quadratic and one axis is the rate, the
 * theory's edge (2/L, 2(1+μ)/L) dashed. Hovering a cell says its run; a click hands on its indices.
 */
public final class StabilityChart extends RatePlot {

    private static final double KEY = 120;
    /** The theory's edge: dark enough on viridis's yellow, on a white casing for its purple. */
    private static final Color THEORY = Palette.RATE_THEORY;

    private final ObjectProperty<StabilityMap> map = new SimpleObjectProperty<>(this, "map");
    private final ObjectProperty<Quadratic> quadratic = new SimpleObjectProperty<>(this, "quadratic");
    private BiConsumer<Integer, Integer> onPick = (i, j) -> { };

    public StabilityChart() {
        setId("stability-chart");
        map.addListener(o -> draw());
        quadratic.addListener(o -> draw());
    }

    public ObjectProperty<StabilityMap> mapProperty() {
        return map;
    }

    /** The quadratic the function is, for the theory's edge; null when it is none (no edge is drawn). */
    public ObjectProperty<Quadratic> quadraticProperty() {
        return quadratic;
    }

    /**
     * The theory's edge: for every value of the other axis, the rate where descent stops converging, as points
     * (across, up) in the parameters' values; empty when no axis is the rate, f is no quadratic, or theory knows no
     * limit for the run (see {@link Quadratic#limit}).
     */
    public List<double[]> edge() {
        StabilityMap m = map.get();
        Quadratic q = quadratic.get();
        List<double[]> out = new ArrayList<>();
        if (m == null || q == null) {
            return out;
        }
        boolean across = m.x().name().equals(RateSweep.LEARNING_RATE);
        if (!across && !m.y().name().equals(RateSweep.LEARNING_RATE)) {
            return out;
        }
        StabilityMap.Axis other = across ? m.y() : m.x();
        for (int k = 0; k < other.count(); k++) {
            Optional<Quadratic.Limit> limit = q.limit(across ? m.cellRun(0, k) : m.cellRun(k, 0));
            if (limit.isPresent()) {
                double lr = limit.get().limit();
                out.add(across ? new double[] {lr, other.value(k)} : new double[] {other.value(k), lr});
            }
        }
        return out;
    }

    /**
     * The theory's formula for the edge as the map draws it, or null with no edge: with weight decay an axis, the
     * curvature the rate meets is L + wd, and the edge slants with it.
     */
    public String formula() {
        StabilityMap m = map.get();
        Quadratic q = quadratic.get();
        if (m == null || q == null || q.limit(m.cellRun(0, 0)).isEmpty()) {
            return null;
        }
        boolean momentum = m.run().optimizer().type() == Momentum.TYPE;
        boolean decay = m.x().name().equals(StabilityViewModel.WEIGHT_DECAY) || m.y().name().equals(StabilityViewModel.WEIGHT_DECAY);
        return decay ? Text.get(momentum ? "stability.edgeMomentumDecay" : "stability.edgeDecay")
                : Text.get(momentum ? "stability.edgeMomentum" : "stability.edge");
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
        // a frame, so that the map's dark cells keep an edge on a dark ground
        gc.setStroke(ink().deriveColor(0, 1, 1, 0.6));
        gc.setLineWidth(1);
        gc.strokeRect(p[0] - 0.5, p[1] - 0.5, p[2] + 1, p[3] + 1);
        List<double[]> edge = edge();
        drawEdge(gc, edge, xs, ys, p);
        xAxis(gc, xs, p[0], p[0] + p[2], p[1] + p[3], m.x().name() + (m.x().log() ? Text.get("plot.logAxis") : ""));
        yAxis(gc, ys, p[0], p[1], p[1] + p[3], m.y().name() + (m.y().log() ? Text.get("plot.logAxis") : ""), 6);
        key(gc, p[0] + p[2] + 16, p[1], Math.min(p[3], 240), most, edge.size() >= 2 ? formula() : null);
    }

    /** The edge as a dashed line on a casing, clipped to the plot. */
    private void drawEdge(GraphicsContext gc, List<double[]> edge, PlotAxis xs, PlotAxis ys, double[] p) {
        if (edge.size() < 2) {
            return;
        }
        double[] px = new double[edge.size()];
        double[] py = new double[edge.size()];
        for (int k = 0; k < edge.size(); k++) {
            px[k] = p[0] + xs.fraction(edge.get(k)[0]) * p[2];
            py[k] = p[1] + p[3] - ys.fraction(edge.get(k)[1]) * p[3];
        }
        gc.save();
        gc.beginPath();
        gc.rect(p[0], p[1], p[2], p[3]);
        gc.clip();
        theoryLine(gc, px, py);
        gc.restore();
    }

    /** The theory's line through the points (xs, ys): dashed in its colour on a white casing. */
    private static void theoryLine(GraphicsContext gc, double[] xs, double[] ys) {
        gc.setStroke(Palette.MARKER_OUTLINE);
        gc.setLineWidth(3.5);
        gc.strokePolyline(xs, ys, xs.length);
        gc.setStroke(THEORY);
        gc.setLineWidth(2);
        gc.setLineDashes(6, 4);
        gc.strokePolyline(xs, ys, xs.length);
        gc.setLineDashes();
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

    /**
     * The key: a colour bar of steps to converge (in log, ticked at the powers of ten between 1 and the most), the step
     * limit and divergence swatches, and the theory's edge when there is one.
     */
    private void key(GraphicsContext gc, double x, double y, double h, int most, String theory) {
        gc.setFont(SMALL);
        gc.setFill(ink());
        gc.setTextAlign(TextAlignment.LEFT);
        gc.setTextBaseline(VPos.BOTTOM);
        gc.fillText(Text.get("stability.keySteps"), x, y + 10);
        double top = y + 16;
        double bar = Math.max(40, h - 90);
        for (int k = 0; k < bar; k++) {
            gc.setFill(argb(Colormap.VIRIDIS.argb(1 - k / bar)));
            gc.fillRect(x, top + k, 14, 1.5);
        }
        gc.setStroke(ink());
        gc.setLineWidth(0.5);
        gc.strokeRect(x, top, 14, bar);
        gc.setFill(ink());
        gc.setTextBaseline(VPos.CENTER);
        for (long[] t : barTicks(most)) {
            double ty = top + bar - (most <= 1 ? 0 : Math.log(t[0]) / Math.log(most)) * bar;
            gc.setStroke(ink());
            gc.strokeLine(x + 14, ty, x + 17, ty);
            gc.fillText(Numbers.whole(t[0]), x + 20, Math.max(top + 4, Math.min(top + bar - 4, ty)));
        }
        double s = top + bar + 12;
        swatch(gc, x, s, Palette.BASIN_MOVING, Text.get("stability.keyLimit"));
        swatch(gc, x, s + 18, Palette.BASIN_DIVERGED, Text.get("stability.keyDiverged"));
        if (theory != null) {
            double ly = s + 42;
            theoryLine(gc, new double[] {x, x + 14}, new double[] {ly, ly});
            gc.setFill(ink());
            gc.fillText(Text.format("stability.keyTheory", theory), x + 18, ly);
        }
    }

    /** The colour bar's ticks: 1, the powers of ten below {@code most} (every other one past four), and {@code most}. */
    static List<long[]> barTicks(int most) {
        List<long[]> out = new ArrayList<>();
        out.add(new long[] {1});
        int decades = (int) Math.floor(Math.log10(Math.max(1, most)) + 1e-9);
        int every = decades > 4 ? 2 : 1;
        for (int d = every; d <= decades; d += every) {
            long v = (long) Math.pow(10, d);
            // a power of ten too near the top would crowd the most's label
            if (v < most && Math.log(most / (double) v) / Math.log(Math.max(2, most)) > 0.08) {
                out.add(new long[] {v});
            }
        }
        if (most > 1) {
            out.add(new long[] {most});
        }
        return out;
    }

    private void swatch(GraphicsContext gc, double x, double y, Color c, String label) {
        gc.setFill(c);
        gc.fillRect(x, y, 14, 12);
        gc.setStroke(ink());
        gc.setLineWidth(0.5);
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
