package org.descentlab.ui.analysis;

import java.util.List;
import java.util.function.DoubleConsumer;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;

import org.descentlab.core.analysis.Behaviour;
import org.descentlab.core.analysis.Quadratic;
import org.descentlab.core.analysis.RateSweep;
import org.descentlab.ui.base.Numbers;
import org.descentlab.ui.base.Palette;
import org.descentlab.ui.base.Text;

/**
 * A learning-rate sweep: final f (above, log y when every value is positive) and steps (below) against the rate
 * (log x), the background shaded by region with a key of every region above, a dashed line where theory says descent stops converging
 * (for a quadratic). Runs that diverged are triangles at the top of the f plot. Hovering says the run nearest the
 * mouse; a click hands on its rate.
 */
public final class SweepChart extends RatePlot {

    private static final double GAP = 30;
    private final ObjectProperty<RateSweep> sweep = new SimpleObjectProperty<>(this, "sweep");
    private DoubleConsumer onPick = lr -> { };

    public SweepChart() {
        setId("sweep-chart");
        sweep.addListener(o -> draw());
    }

    public ObjectProperty<RateSweep> sweepProperty() {
        return sweep;
    }

    /** Where a click sends the rate of the run nearest the mouse. */
    public void setOnPick(DoubleConsumer pick) {
        this.onPick = pick;
    }

    static Color colour(Behaviour.Region r) {
        return switch (r) {
            case TOO_SLOW -> Palette.RATE_TOO_SLOW;
            case CONVERGES -> Palette.RATE_CONVERGES;
            case OSCILLATES -> Palette.RATE_OSCILLATES;
            case DIVERGES -> Palette.RATE_DIVERGES;
        };
    }

    private double plotWidth() {
        return Math.max(1, getWidth() - LEFT - RIGHT);
    }

    private double panelHeight() {
        return Math.max(1, (getHeight() - TOP - BOTTOM - GAP) / 2);
    }

    private PlotAxis rates() {
        List<RateSweep.Point> p = sweep.get().points();
        return PlotAxis.of(p.get(0).lr(), p.get(p.size() - 1).lr(), true);
    }

    /** Where rate {@code lr} is drawn across, for tests. */
    public double xOf(double lr) {
        return LEFT + rates().fraction(lr) * plotWidth();
    }

    @Override
    void paint(GraphicsContext gc, double width, double height) {
        RateSweep s = sweep.get();
        if (s == null || s.points().isEmpty()) {
            empty(gc, width, height, Text.get("sweep.empty"));
            return;
        }
        PlotAxis x = rates();
        double w = plotWidth();
        double h = panelHeight();
        double top2 = TOP + h + GAP;
        bands(gc, s, x, w, top2 + h);
        PlotAxis f = fAxis(s);
        PlotAxis steps = PlotAxis.of(0, Math.max(1, s.run().maxSteps()), false);
        curve(gc, s, x, f, TOP, h, true);
        curve(gc, s, x, steps, top2, h, false);
        yAxis(gc, f, LEFT, TOP, TOP + h, Text.get("sweep.finalF"), 4);
        yAxis(gc, steps, LEFT, top2, top2 + h, Text.get("sweep.steps"), 4);
        xAxis(gc, x, LEFT, LEFT + w, top2 + h, Text.get("sweep.rate"));
        s.theory().ifPresent(t -> theory(gc, t, x, w, top2 + h));
        legend(gc, s.theory().isPresent(), LEFT + w);
    }

    /** f over the runs that did not diverge (in log when all are positive); all finite values when every run diverged. */
    private static PlotAxis fAxis(RateSweep s) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        boolean any = s.points().stream().anyMatch(p -> p.behaviour().region() != Behaviour.Region.DIVERGES);
        for (RateSweep.Point p : s.points()) {
            double v = p.behaviour().finalF();
            if (Double.isFinite(v) && (!any || p.behaviour().region() != Behaviour.Region.DIVERGES)) {
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
        }
        boolean log = lo > 0;
        return log ? PlotAxis.of(Math.pow(10, Math.floor(Math.log10(lo))), Math.pow(10, Math.ceil(Math.log10(hi))), true)
                : PlotAxis.of(lo, hi, false);
    }

    /** Each run of rates of one region as a shaded band over both plots. */
    private void bands(GraphicsContext gc, RateSweep s, PlotAxis x, double w, double bottom) {
        double alpha = Palette.darkGround(ink()) ? 0.3 : 0.16;
        List<RateSweep.Point> p = s.points();
        int from = 0;
        for (int k = 1; k <= p.size(); k++) {
            if (k < p.size() && p.get(k).behaviour().region() == p.get(from).behaviour().region()) {
                continue;
            }
            double x0 = from == 0 ? LEFT : LEFT + x.fraction(Math.sqrt(p.get(from - 1).lr() * p.get(from).lr())) * w;
            double x1 = k == p.size() ? LEFT + w : LEFT + x.fraction(Math.sqrt(p.get(k - 1).lr() * p.get(k).lr())) * w;
            Color c = colour(p.get(from).behaviour().region());
            gc.setFill(Color.color(c.getRed(), c.getGreen(), c.getBlue(), alpha));
            gc.fillRect(x0, TOP, x1 - x0, bottom - TOP);
            from = k;
        }
    }

    /**
     * The key above the plot, right-aligned: a swatch and the name of every region (a narrow band has no room for its
     * name), and the theory's dashed line where there is one.
     */
    private void legend(GraphicsContext gc, boolean theory, double right) {
        gc.setFont(SMALL);
        gc.setTextBaseline(VPos.CENTER);
        gc.setTextAlign(TextAlignment.LEFT);
        double y = TOP - 11;
        double x = right;
        if (theory) {
            String label = Text.get("sweep.keyTheory");
            x -= width(label, SMALL);
            gc.setFill(ink());
            gc.fillText(label, x, y);
            x -= 22;
            gc.setStroke(readable(Palette.RATE_THEORY));
            gc.setLineWidth(1.5);
            gc.setLineDashes(5, 4);
            gc.strokeLine(x, y, x + 18, y);
            gc.setLineDashes();
            x -= 14;
        }
        Behaviour.Region[] all = Behaviour.Region.values();
        for (int k = all.length - 1; k >= 0; k--) {
            String label = RateWords.region(all[k]);
            x -= width(label, SMALL);
            gc.setFill(ink());
            gc.fillText(label, x, y);
            x -= 15;
            Color c = colour(all[k]);
            gc.setFill(c);
            gc.fillRect(x, y - 5, 11, 10);
            gc.setStroke(ink());
            gc.setLineWidth(0.5);
            gc.strokeRect(x, y - 5, 11, 10);
            x -= 14;
        }
    }

    private void curve(GraphicsContext gc, RateSweep s, PlotAxis x, PlotAxis y, double top, double h, boolean f) {
        double w = plotWidth();
        gc.setStroke(ink());
        gc.setLineWidth(1.2);
        gc.beginPath();
        boolean open = false;
        for (RateSweep.Point p : s.points()) {
            Behaviour b = p.behaviour();
            double px = LEFT + x.fraction(p.lr()) * w;
            double v = f ? b.finalF() : b.steps();
            boolean off = f && (b.region() == Behaviour.Region.DIVERGES || !Double.isFinite(v) || y.log() && !(v > 0));
            double py = off ? top : top + h - Math.max(0, Math.min(1, y.fraction(v))) * h;
            if (off) {
                open = false;
                continue;
            }
            if (open) {
                gc.lineTo(px, py);
            } else {
                gc.moveTo(px, py);
                open = true;
            }
        }
        gc.stroke();
        for (RateSweep.Point p : s.points()) {
            Behaviour b = p.behaviour();
            double px = LEFT + x.fraction(p.lr()) * w;
            double v = f ? b.finalF() : b.steps();
            gc.setFill(colour(b.region()));
            if (f && (b.region() == Behaviour.Region.DIVERGES || !Double.isFinite(v) || y.log() && !(v > 0))) {
                gc.fillPolygon(new double[] {px - 3.5, px + 3.5, px}, new double[] {top + 6, top + 6, top}, 3);
            } else {
                double py = top + h - Math.max(0, Math.min(1, y.fraction(v))) * h;
                gc.fillOval(px - 2.5, py - 2.5, 5, 5);
            }
        }
    }

    private void theory(GraphicsContext gc, Quadratic.Limit t, PlotAxis x, double w, double bottom) {
        double f = x.fraction(t.limit());
        if (!(f >= 0 && f <= 1)) {
            return;
        }
        double px = LEFT + f * w;
        Color c = readable(Palette.RATE_THEORY);
        gc.setStroke(c);
        gc.setLineWidth(1.5);
        gc.setLineDashes(5, 4);
        gc.strokeLine(px, TOP, px, bottom);
        gc.setLineDashes();
        gc.setFill(c);
        gc.setFont(SMALL);
        gc.setTextAlign(px > LEFT + w - 90 ? TextAlignment.RIGHT : TextAlignment.LEFT);
        gc.setTextBaseline(VPos.TOP);
        gc.fillText(Text.format("sweep.theory", t.formula(), Numbers.label(t.limit())), px + (px > LEFT + w - 90 ? -4 : 4), TOP + 10);
    }

    /** The run nearest the mouse across, or null off the plot. */
    private RateSweep.Point at(double x, double y) {
        RateSweep s = sweep.get();
        if (s == null || s.points().isEmpty() || x < LEFT || x > LEFT + plotWidth() || y < TOP || y > getHeight() - BOTTOM) {
            return null;
        }
        return s.nearest(rates().value((x - LEFT) / plotWidth()));
    }

    @Override
    String describe(double x, double y) {
        RateSweep.Point p = at(x, y);
        return p == null ? "" : RateWords.point(p.lr(), p.behaviour());
    }

    @Override
    void pick(double x, double y) {
        RateSweep.Point p = at(x, y);
        if (p != null) {
            onPick.accept(p.lr());
        }
    }

}
