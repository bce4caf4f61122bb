package org.descentlab.ui.charts;

import java.util.ArrayList;
import java.util.List;

import org.descentlab.ui.base.Numbers;
import org.descentlab.ui.base.Ticks;

/**
 * The ends and ticks of a log axis: the ends are rounded out to ticks, so the top and the bottom of the
 * curves are labelled. Powers of ten when the axis spans a few decades, else 1, 2 and 5 times a power of
 * ten, else nice numbers; all in axis units (log10 of the value).
 */
final class LogTicks {

    /** The rounded ends of the axis and its ticks, bottom up, the first at {@code lo}, the last at {@code hi}. */
    record Fit(double lo, double hi, List<LossScale.Tick> ticks) {
    }

    /** How far past a tick, in decades, still rounds to it: ε alone must not add a tick. */
    private static final double TOLERANCE = 1e-6;

    private LogTicks() {
    }

    /** An axis covering {@code bottom} … {@code top} with about {@code target} ticks, never fewer than two. */
    static Fit fit(double bottom, double top, int target) {
        int want = Math.max(2, target);
        int from = (int) Math.floor(bottom + TOLERANCE);
        int to = (int) Math.ceil(top - TOLERANCE);
        if (to - from >= 3) {
            return decades(from, to, want);
        }
        Fit steps = oneTwoFive(bottom, top);
        if (steps.ticks().size() >= 3 && steps.ticks().size() <= want + 1) {
            return steps;
        }
        if (to - from >= 2) {
            return decades(from, to, want);
        }
        Fit nice = nice(bottom, top, want);
        return nice != null ? nice : steps;
    }

    /**
     * Every n-th power of ten from the top down to the bottom; the bottom goes down a decade or two when that
     * lets the spacing be even with both ends on a tick.
     */
    private static Fit decades(int from, int to, int want) {
        for (int extra = 0; extra <= 2; extra++) {
            int span = to - from + extra;
            for (int every = 1; every <= span; every++) {
                if (span % every == 0 && span / every + 1 <= want + 1 && span / every + 1 >= Math.min(3, want)) {
                    List<LossScale.Tick> out = new ArrayList<>();
                    for (int d = to - span; d <= to; d += every) {
                        out.add(new LossScale.Tick(d, Numbers.label(Math.pow(10, d))));
                    }
                    return new Fit(to - span, to, out);
                }
            }
        }
        return new Fit(from, to, List.of(new LossScale.Tick(from, Numbers.label(Math.pow(10, from))),
                new LossScale.Tick(to, Numbers.label(Math.pow(10, to)))));
    }

    /** 1, 2 and 5 times a power of ten, from the one at or below the bottom to the one at or above the top. */
    private static Fit oneTwoFive(double bottom, double top) {
        List<Double> values = new ArrayList<>();
        for (int d = (int) Math.floor(bottom) - 1; d <= (int) Math.ceil(top); d++) {
            for (int m : new int[] {1, 2, 5}) {
                values.add(m * Math.pow(10, d));
            }
        }
        double lo = values.get(0);
        double hi = values.get(values.size() - 1);
        for (double v : values) {
            if (Math.log10(v) <= bottom + TOLERANCE) {
                lo = v;
            }
        }
        for (int k = values.size() - 1; k >= 0; k--) {
            if (Math.log10(values.get(k)) >= top - TOLERANCE) {
                hi = values.get(k);
            }
        }
        List<LossScale.Tick> out = new ArrayList<>();
        for (double v : values) {
            if (v >= lo && v <= hi) {
                out.add(new LossScale.Tick(Math.log10(v), Numbers.label(v)));
            }
        }
        return new Fit(Math.log10(lo), Math.log10(hi), out);
    }

    /** Nice numbers, the ends rounded out to the step; null when the bottom would round to 0 or below. */
    private static Fit nice(double bottom, double top, int want) {
        double from = Math.pow(10, bottom);
        double to = Math.pow(10, top);
        for (int n = want; n >= 1; n--) {
            double step = Ticks.step((to - from) / n);
            double lo = Math.floor(from / step + TOLERANCE) * step;
            double hi = Math.ceil(to / step - TOLERANCE) * step;
            int count = (int) Math.round((hi - lo) / step) + 1;
            if (lo <= 0 || count > want + 1) {
                continue;
            }
            if (count >= 2) {
                List<LossScale.Tick> out = new ArrayList<>();
                for (int k = 0; k < count; k++) {
                    double v = lo + k * step;
                    out.add(new LossScale.Tick(Math.log10(v), Numbers.label(v)));
                }
                return new Fit(Math.log10(lo), Math.log10(hi), out);
            }
        }
        return null;
    }
}
