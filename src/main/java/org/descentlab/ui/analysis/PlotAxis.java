package org.descentlab.ui.analysis;

import java.util.ArrayList;
import java.util.List;

import org.descentlab.ui.base.Numbers;
import org.descentlab.ui.base.Ticks;

/**
 * One axis of a learning-rate plot: the values from {@code lo} to {@code hi}, evenly or evenly in log, and its ticks.
 *
 * @param lo  the value at the start of the axis
 * @param hi  the value at its end
 * @param log whether it is a log axis (lo &gt; 0)
 */
record PlotAxis(double lo, double hi, boolean log) {

    /** A tick: a value and its label. */
    record Tick(double value, String label) {
    }

    /** An axis over [lo, hi]; an empty or one-value range is widened so that it has a length. */
    static PlotAxis of(double lo, double hi, boolean log) {
        if (log) {
            double a = lo > 0 && Double.isFinite(lo) ? lo : 1e-3;
            double b = hi > a && Double.isFinite(hi) ? hi : a * 10;
            return new PlotAxis(b > a ? a : a / 2, b > a ? b : a * 2, true);
        }
        double a = Double.isFinite(lo) ? lo : 0;
        double b = Double.isFinite(hi) && hi > a ? hi : a + 1;
        return new PlotAxis(a, b, false);
    }

    /** Where {@code v} is along the axis, 0 at lo and 1 at hi. */
    double fraction(double v) {
        return log ? Math.log(v / lo) / Math.log(hi / lo) : (v - lo) / (hi - lo);
    }

    /** The value at a fraction along the axis. */
    double value(double fraction) {
        return log ? lo * Math.exp(fraction * Math.log(hi / lo)) : lo + fraction * (hi - lo);
    }

    /** About {@code target} ticks: powers of ten on a log axis (every n-th when there are many), nice numbers otherwise. */
    List<Tick> ticks(int target) {
        List<Tick> out = new ArrayList<>();
        if (log) {
            int from = (int) Math.ceil(Math.log10(lo) - 1e-9);
            int to = (int) Math.floor(Math.log10(hi) + 1e-9);
            int every = Math.max(1, (int) Math.ceil((to - from + 1) / (double) Math.max(1, target)));
            for (int d = from; d <= to; d += every) {
                out.add(new Tick(Math.pow(10, d), Numbers.label(Math.pow(10, d))));
            }
            if (out.size() < 2) {
                out.clear();
                out.add(new Tick(lo, Numbers.label(lo)));
                out.add(new Tick(hi, Numbers.label(hi)));
            }
            return out;
        }
        for (double v : Ticks.nice(lo, hi, target)) {
            out.add(new Tick(v, Numbers.label(v)));
        }
        return out;
    }
}
