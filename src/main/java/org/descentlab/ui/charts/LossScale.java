package org.descentlab.ui.charts;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.descentlab.core.run.StopReason;
import org.descentlab.core.run.Trajectory;
import org.descentlab.ui.base.Numbers;
import org.descentlab.ui.base.Text;
import org.descentlab.ui.base.Ticks;

/**
 * What the loss chart plots and where, decided without a window: one offset for every run, the y range,
 * the ticks and what the axis says is plotted.
 * <p>
 * On a log axis f is plotted as f − min f + ε, so that a negative f, or an f that reaches 0, still shows
 * how fast each run closes in: min f is the lowest f of the runs that did not diverge, ε is {@link #FLOOR}
 * of the range they cover, and every chart shows the same nine decades below the top. ‖∇f‖ is plotted as ‖∇f‖ + ε with ε
 * the same share of its largest value. A log axis ends on labelled ticks, so its top and bottom are read
 * off it. Runs that diverged are left out of the range (and of min f) unless every run diverged: the axis
 * keeps a decade (a quarter of the range on a linear one) of room on the side they went, so their curves
 * are seen going before they leave through the edge.
 */
public final class LossScale {

    /** ε, the floor of a log axis, as a share of the range the runs cover. */
    static final double FLOOR = 1e-9;
    /** Room above and below the curves, as a share of the span, so a curve that leaves is seen to. */
    private static final double MARGIN = 0.04;
    /** Room on a linear axis for a diverged curve, as a share of the span. */
    private static final double HEADROOM = 0.25;

    /** The edge of the plot a curve leaves through. */
    public enum Edge {
        TOP, BOTTOM
    }

    /** A tick of the y axis: where it is, in axis units, and its text. */
    public record Tick(double at, String label) {
    }

    /**
     * Where a curve leaves the chart for good.
     *
     * @param step       the step where it crosses the edge, fractional between two rows
     * @param edge       the edge it crosses
     * @param lastInside its last row inside the chart; −1 when it never is
     * @param last       the quantity at its last row with a finite value: where it went
     */
    public record Exit(double step, Edge edge, int lastInside, double last) {
    }

    private final LossChart.Quantity quantity;
    private final boolean log;
    private final double min;
    private final double epsilon;
    private final double lo;
    private final double hi;
    private final boolean allDiverged;
    private final List<Tick> ticks;

    private LossScale(LossChart.Quantity quantity, boolean log, double min, double max, boolean allDiverged,
            boolean up, boolean down, int target) {
        this.quantity = quantity;
        this.log = log;
        this.allDiverged = allDiverged;
        this.min = min;
        if (!log) {
            this.epsilon = 0;
        } else if (quantity == LossChart.Quantity.F) {
            this.epsilon = FLOOR * (max > min ? max - min : Math.max(1, Math.abs(min)));
        } else {
            this.epsilon = FLOOR * (max > 0 ? max : 1);
        }
        double bottom = at(min);
        double top = at(max);
        double span = top - bottom;
        if (!(span > 1e-12 * Math.max(1, Math.abs(top)))) {
            // a single value: half a decade either side, or a tenth of the value (at least 0.5) on a linear axis
            double half = log ? 0.5 : Math.max(Math.abs(top) * 0.1, 0.5);
            bottom = top - half;
            top = top + half;
            span = top - bottom;
        }
        // room for a diverged curve to be seen going before it leaves: a decade, or a quarter of the range
        double room = log ? 1 : HEADROOM * span;
        top += up ? room : 0;
        bottom -= down ? room : 0;
        if (log) {
            LogTicks.Fit fit = LogTicks.fit(bottom, top, target);
            this.lo = fit.lo();
            this.hi = fit.hi();
            this.ticks = fit.ticks();
        } else {
            this.lo = bottom - MARGIN * span;
            this.hi = top + MARGIN * span;
            this.ticks = linear(lo, hi, Math.max(2, target));
        }
    }

    /**
     * The scale for these runs with about four ticks; empty when none has a value to plot.
     *
     * @see #of(List, LossChart.Quantity, boolean, int)
     */
    public static Optional<LossScale> of(List<Trajectory> runs, LossChart.Quantity quantity, boolean log) {
        return of(runs, quantity, log, 4);
    }

    /**
     * The scale for these runs with about {@code ticks} ticks; empty when none has a value to plot. The range
     * covers the finite values of the runs that did not diverge (of all of them when every one did), with
     * room above when a diverged run ended above them and below when one ended below them. A log axis ends
     * on ticks.
     */
    public static Optional<LossScale> of(List<Trajectory> runs, LossChart.Quantity quantity, boolean log, int ticks) {
        boolean allDiverged = runs.stream().allMatch(LossScale::diverged);
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (Trajectory t : runs) {
            if (allDiverged || !diverged(t)) {
                for (int k = 0; k < t.size(); k++) {
                    double v = raw(quantity, t, k);
                    if (Double.isFinite(v)) {
                        min = Math.min(min, v);
                        max = Math.max(max, v);
                    }
                }
            }
        }
        if (min > max) {
            return Optional.empty();
        }
        boolean up = false;
        boolean down = false;
        for (Trajectory t : runs) {
            if (!allDiverged && diverged(t)) {
                double last = lastFinite(quantity, t);
                up |= last > max;
                down |= last < min;
            }
        }
        return Optional.of(new LossScale(quantity, log, min, max, allDiverged, up, down, ticks));
    }

    private static double lastFinite(LossChart.Quantity quantity, Trajectory t) {
        for (int k = t.size() - 1; k >= 0; k--) {
            double v = raw(quantity, t, k);
            if (Double.isFinite(v)) {
                return v;
            }
        }
        return Double.NaN;
    }

    private static boolean diverged(Trajectory t) {
        return t.stop() != null && t.stop().reason() == StopReason.DIVERGED;
    }

    private static double raw(LossChart.Quantity quantity, Trajectory t, int k) {
        return quantity == LossChart.Quantity.F ? t.f(k) : t.gradNorm(k);
    }

    /** Whether this run's values set the range: it did not diverge, or every run did. */
    public boolean sets(Trajectory t) {
        return allDiverged || !diverged(t);
    }

    /** Where row k of a run is plotted, in axis units; −∞ below a log axis's zero, NaN where undefined. */
    public double at(Trajectory t, int k) {
        return at(raw(quantity, t, k));
    }

    /** Where a value of the quantity is plotted, in axis units (log10 of the plotted value on a log axis). */
    public double at(double value) {
        if (!log) {
            return value;
        }
        double plotted = value - (quantity == LossChart.Quantity.F ? min : 0) + epsilon;
        return plotted < 0 ? Double.NEGATIVE_INFINITY : Math.log10(plotted);
    }

    /** The bottom of the axis, in axis units. */
    public double lo() {
        return lo;
    }

    /** The top of the axis, in axis units. */
    public double hi() {
        return hi;
    }

    /** What the plotted values are shifted by: min f on a log axis of f, 0 otherwise. */
    public double offset() {
        return log && quantity == LossChart.Quantity.F ? min : 0;
    }

    /** ε, added on a log axis; 0 on a linear one. */
    public double epsilon() {
        return epsilon;
    }

    /** What is plotted: "f", "f − min f + ε (log)", "‖∇f‖ + ε (log)". */
    public String label() {
        if (!log) {
            return quantity.label();
        }
        return Text.format("chart.log", Text.get(quantity == LossChart.Quantity.F ? "chart.fOffset" : "chart.gradientOffset"));
    }

    /** The numbers in the label: "min f = -1.913, ε = 4.6e-8"; "" on a linear axis. */
    public String note() {
        if (!log) {
            return "";
        }
        return quantity == LossChart.Quantity.F ? Text.format("chart.fOffsetNote", min, epsilon)
                : Text.format("chart.gradientOffsetNote", epsilon);
    }

    /**
     * Where a run that does not set the range leaves the chart for good, or empty when it ends inside it
     * (or sets the range, and so never leaves).
     */
    public Optional<Exit> exit(Trajectory t) {
        if (sets(t)) {
            return Optional.empty();
        }
        int inside = -1;
        for (int k = t.size() - 1; k >= 0; k--) {
            double v = at(t, k);
            if (v >= lo && v <= hi) {
                inside = k;
                break;
            }
        }
        if (inside == t.size() - 1) {
            return Optional.empty();
        }
        Edge edge = Edge.TOP;
        for (int k = inside + 1; k < t.size(); k++) {
            double v = at(t, k);
            if (!Double.isNaN(v)) {
                edge = v < lo ? Edge.BOTTOM : Edge.TOP;
                break;
            }
        }
        double last = lastFinite(quantity, t);
        if (inside < 0) {
            return Optional.of(new Exit(0, edge, -1, last));
        }
        double from = at(t, inside);
        double to = at(t, inside + 1);
        double bound = edge == Edge.TOP ? hi : lo;
        double step = Double.isFinite(to) ? inside + (bound - from) / (to - from) : inside + 1;
        return Optional.of(new Exit(step, edge, inside, last));
    }

    /** Where a curve that left went, for a note at its marker: "f → −3.24e16". */
    public String exitLabel(Exit e) {
        String value = Numbers.label(e.last()).replaceFirst("^-", "−");
        return Text.format("chart.exitValue", quantity.label(), value);
    }

    /** Where an edge is, in axis units. */
    public double edge(Edge edge) {
        return edge == Edge.TOP ? hi : lo;
    }

    /** The ticks of the y axis, bottom up: nice numbers, or on a log axis powers of ten; a log axis's ends are ticks. */
    public List<Tick> ticks() {
        return ticks;
    }

    /** Nice numbers between two values. */
    private static List<Tick> linear(double from, double to, int target) {
        List<Double> values = List.of();
        for (int n = target; n <= 4 * target && values.size() < 2; n++) {
            values = Ticks.nice(from, to, n);
        }
        List<Tick> out = new ArrayList<>();
        for (double v : values) {
            out.add(new Tick(v, Numbers.label(v)));
        }
        return out;
    }
}
