package org.descentlab.ui.analysis;

import java.util.List;
import java.util.Optional;
import java.util.function.DoubleConsumer;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.text.TextAlignment;

import org.descentlab.core.analysis.LrFinder;
import org.descentlab.ui.base.Numbers;
import org.descentlab.ui.base.Palette;
import org.descentlab.ui.base.Text;

/**
 * The learning-rate finder's curve as fastai plots it: the smoothed loss against the rate (log x), the last five
 * iterations left out, and fastai's three suggestions marked and named. A click on a suggestion's mark hands on its
 * rate (for {@code minimum}, a tenth of the mark's); elsewhere, the rate under the mouse.
 */
public final class FinderChart extends RatePlot {

    /** fastai's plot leaves out the last iterations: {@code plot_lr_find(skip_end=5)}. */
    static final int SKIP_END = 5;
    /** How near a mark a click picks it, in units. */
    private static final double NEAR = 9;

    private final ObjectProperty<LrFinder> finder = new SimpleObjectProperty<>(this, "finder");
    private DoubleConsumer onPick = lr -> { };

    public FinderChart() {
        setId("finder-chart");
        finder.addListener(o -> draw());
    }

    public ObjectProperty<LrFinder> finderProperty() {
        return finder;
    }

    /** Where a click sends a rate. */
    public void setOnPick(DoubleConsumer pick) {
        this.onPick = pick;
    }

    private List<LrFinder.Row> shown() {
        List<LrFinder.Row> rows = finder.get().rows();
        return rows.subList(0, Math.max(Math.min(rows.size(), 2), rows.size() - SKIP_END));
    }

    private double w() {
        return Math.max(1, getWidth() - LEFT - RIGHT);
    }

    private double h() {
        return Math.max(1, getHeight() - TOP - BOTTOM);
    }

    private PlotAxis x() {
        List<LrFinder.Row> rows = shown();
        return PlotAxis.of(rows.get(0).lr(), rows.get(rows.size() - 1).lr(), true);
    }

    private PlotAxis y() {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (LrFinder.Row r : shown()) {
            if (Double.isFinite(r.smoothed())) {
                lo = Math.min(lo, r.smoothed());
                hi = Math.max(hi, r.smoothed());
            }
        }
        return PlotAxis.of(lo, hi, false);
    }

    /** Where (lr, loss) is drawn, for tests. */
    double[] point(double lr, double loss) {
        return new double[] {LEFT + x().fraction(lr) * w(), TOP + h() - y().fraction(loss) * h()};
    }

    @Override
    void paint(GraphicsContext gc, double width, double height) {
        LrFinder f = finder.get();
        if (f == null || f.rows().isEmpty()) {
            empty(gc, width, height, Text.get("finder.empty"));
            return;
        }
        PlotAxis x = x();
        PlotAxis y = y();
        gc.setStroke(Palette.RATE_TOO_SLOW);
        gc.setLineWidth(1.6);
        gc.beginPath();
        boolean open = false;
        for (LrFinder.Row r : shown()) {
            if (!Double.isFinite(r.smoothed())) {
                open = false;
                continue;
            }
            double[] p = point(r.lr(), r.smoothed());
            if (open) {
                gc.lineTo(p[0], p[1]);
            } else {
                gc.moveTo(p[0], p[1]);
                open = true;
            }
        }
        gc.stroke();
        yAxis(gc, y, LEFT, TOP, TOP + h(), Text.get("finder.loss"), 5);
        xAxis(gc, x, LEFT, LEFT + w(), TOP + h(), Text.get("sweep.rate"));
        int k = 0;
        for (Optional<LrFinder.Suggestion> s : f.suggestions()) {
            if (s.isPresent()) {
                mark(gc, s.get(), k++);
            }
        }
    }

    private void mark(GraphicsContext gc, LrFinder.Suggestion s, int k) {
        double[] p = point(s.markLr(), s.markLoss());
        gc.setFill(Palette.RATE_THEORY);
        gc.fillOval(p[0] - 4, p[1] - 4, 8, 8);
        gc.setFont(SMALL);
        gc.setTextBaseline(VPos.CENTER);
        String label = Text.format("finder.mark", s.name(), Numbers.label(s.lr()));
        // near the right edge the name goes on the mark's left; the labels step down so that marks close together
        // keep their names apart
        boolean left = p[0] + 7 + label.length() * 6 > LEFT + w();
        gc.setTextAlign(left ? TextAlignment.RIGHT : TextAlignment.LEFT);
        gc.fillText(label, left ? p[0] - 7 : p[0] + 7, p[1] - 12 + 12 * k);
    }

    /** The suggestion whose mark is within reach of (x, y), if any. */
    private Optional<LrFinder.Suggestion> near(double x, double y) {
        for (Optional<LrFinder.Suggestion> s : finder.get().suggestions()) {
            if (s.isPresent()) {
                double[] p = point(s.get().markLr(), s.get().markLoss());
                if (Math.hypot(p[0] - x, p[1] - y) <= NEAR) {
                    return s;
                }
            }
        }
        return Optional.empty();
    }

    private boolean inside(double x, double y) {
        return finder.get() != null && !finder.get().rows().isEmpty() && x >= LEFT && x <= LEFT + w() && y >= TOP && y <= TOP + h();
    }

    @Override
    String describe(double x, double y) {
        if (!inside(x, y)) {
            return "";
        }
        Optional<LrFinder.Suggestion> s = near(x, y);
        return s.map(v -> Text.format("finder.hoverMark", v.name(), Numbers.label(v.lr())))
                .orElseGet(() -> Text.format("finder.hover", Numbers.label(x().value((x - LEFT) / w()))));
    }

    @Override
    void pick(double x, double y) {
        if (inside(x, y)) {
            onPick.accept(near(x, y).map(LrFinder.Suggestion::lr).orElseGet(() -> x().value((x - LEFT) / w())));
        }
    }
}
