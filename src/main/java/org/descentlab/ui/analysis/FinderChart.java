package org.descentlab.ui.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.DoubleConsumer;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;

import org.descentlab.core.analysis.LrFinder;
import org.descentlab.ui.base.Numbers;
import org.descentlab.ui.base.Palette;
import org.descentlab.ui.base.Text;

/**
 * The learning-rate finder's curve as fastai plots it: the smoothed loss against the rate (log x), the last five
 * iterations left out, and fastai's three suggestions marked on the curve at the rate each suggests and named with it,
 * as the buttons are. fastai marks {@code minimum} at the least loss, whose rate is ten times the suggestion: that
 * point has a ring of its own, named as such. A click on a mark hands on its suggestion's rate; elsewhere, the rate
 * under the mouse. Names stay inside the plot.
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
    public double[] point(double lr, double loss) {
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
        gc.setStroke(readable(Palette.RATE_TOO_SLOW));
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
        List<double[]> taken = new ArrayList<>();
        for (Optional<LrFinder.Suggestion> s : f.suggestions()) {
            if (s.isPresent()) {
                mark(gc, s.get(), taken);
            }
        }
    }

    private void mark(GraphicsContext gc, LrFinder.Suggestion s, List<double[]> taken) {
        Color c = readable(Palette.RATE_THEORY);
        double[] band = {LEFT, LEFT + w(), TOP, TOP + h()};
        if (s.markLr() != s.lr()) {
            // fastai's own mark, at the least loss: a ring, named so that it is not read as the suggestion
            double[] q = point(s.markLr(), s.markLoss());
            gc.setStroke(c);
            gc.setLineWidth(1.5);
            gc.strokeOval(q[0] - 5, q[1] - 5, 10, 10);
            gc.setFill(c);
            labelInside(gc, Text.format("finder.leastLoss", Numbers.label(s.markLr())), q[0], q[1] - 14, band, taken);
        }
        double[] p = at(s);
        gc.setFill(c);
        gc.fillOval(p[0] - 4, p[1] - 4, 8, 8);
        labelInside(gc, Text.format("finder.mark", s.name(), Numbers.label(s.lr())), p[0], p[1], band, taken);
    }

    /** Where suggestion {@code s} is drawn: at its rate, on the curve (the smoothed loss interpolated in log rate). */
    public double[] at(LrFinder.Suggestion s) {
        return point(s.lr(), lossAt(s.lr()));
    }

    /** The smoothed loss at rate {@code lr}, interpolated between iterations in log rate; the end's outside them. */
    private double lossAt(double lr) {
        List<LrFinder.Row> rows = shown();
        LrFinder.Row before = rows.get(0);
        if (lr <= before.lr()) {
            return before.smoothed();
        }
        for (LrFinder.Row r : rows) {
            if (r.lr() >= lr) {
                double t = Math.log(lr / before.lr()) / Math.log(r.lr() / before.lr());
                return before.smoothed() + (r.smoothed() - before.smoothed()) * (Double.isFinite(t) ? t : 0);
            }
            before = r;
        }
        return before.smoothed();
    }

    /** The suggestion whose mark is within reach of (x, y), if any. */
    private Optional<LrFinder.Suggestion> near(double x, double y) {
        for (Optional<LrFinder.Suggestion> s : finder.get().suggestions()) {
            if (s.isPresent()) {
                double[] p = at(s.get());
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
