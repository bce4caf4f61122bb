package org.descentlab.core.optim.schedule;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.descentlab.core.NumberText;

/**
 * How a schedule's rates follow the run's lr: in proportion (most schedules: lr times a factor of the epoch),
 * not at all (onecycle takes them from max_lr), or in part (cyclic from lr up to max_lr, cosine down to a
 * given eta_min, a warm-up before onecycle). Found by stepping the schedule at two rates and comparing the
 * rates of every update up to the step limit, or to where either schedule ends. The schedules stepped with the
 * loss (plateau, adaptive) multiply lr by factors the loss decides, so they follow lr in proportion.
 */
public enum RateDependence {
    /** Every update's rate is lr times the same factor. */
    PROPORTIONAL,
    /** Every update's rate is the same whatever lr is. */
    NONE,
    /** Neither: some rates are the schedule's own. */
    PARTIAL;

    /** The most updates compared. */
    static final int MAX_UPDATES = 100_000;
    /** Relative difference within which two rates are the same. */
    private static final double SAME = 1e-9;

    /** How {@code s}'s rates over {@code steps} updates follow lr, from the rates at {@code low} and {@code high} (low ≠ high). */
    public static RateDependence of(Schedule s, double low, double high, int steps) {
        if (s.isNone() || s.type().readsLoss() || low == high) {
            return PROPORTIONAL;
        }
        double[] a = rates(s, low, steps);
        double[] b = rates(s, high, steps);
        int n = Math.min(a.length, b.length);
        boolean same = true;
        boolean scaled = true;
        for (int k = 0; k < n; k++) {
            double size = Math.max(Math.abs(a[k]), Math.abs(b[k]));
            same &= Math.abs(a[k] - b[k]) <= SAME * size;
            scaled &= Math.abs(b[k] - a[k] * (high / low)) <= SAME * size;
        }
        return scaled ? PROPORTIONAL : same ? NONE : PARTIAL;
    }

    /**
     * What a sweep of lr should say about {@code s}: "onecycle takes its rates from max_lr: the swept lr changes
     * nothing", or for a schedule that follows lr only in part, which of its parameters are rates of their own;
     * empty for one that follows lr in proportion.
     */
    public static Optional<String> sweepNote(Schedule s, double low, double high, int steps) {
        RateDependence d = of(s, low, high, steps);
        if (d == PROPORTIONAL) {
            return Optional.empty();
        }
        List<String> own = ownRates(s, high, steps);
        String from = own.isEmpty() ? "its own parameters" : String.join(" and ", own);
        if (d == NONE) {
            return Optional.of(s.type().name() + " takes its rates from " + from + ": the swept lr changes nothing");
        }
        return Optional.of(s + " takes part of its rates from " + from + ", not from lr: the swept lr moves only the rest");
    }

    /** The schedule's parameters that are rates of their own (max_lr, a given base_lr, eta_min above 0). */
    private static List<String> ownRates(Schedule s, double lr, int steps) {
        List<String> out = new ArrayList<>();
        Values v = s.values(lr, steps);
        for (ScheduleParameter p : s.type().parameters()) {
            boolean rate = p.kind() == ScheduleParameter.Kind.NUMBER && (p.name().contains("lr") || p.name().equals("eta_min"));
            boolean fromLr = p.from() == ScheduleParameter.From.RUN_LR && !s.given().containsKey(p.name());
            if (rate && !fromLr && v.number(p.name()) > 0) {
                out.add(p.name() + "=" + NumberText.exact(v.number(p.name())));
            }
        }
        return out;
    }

    /** The rate of every update from the first, until the schedule ends or the step limit (at most {@value #MAX_UPDATES}). */
    static double[] rates(Schedule s, double lr, int steps) {
        int n = Math.max(1, Math.min(steps, MAX_UPDATES));
        double[] out = new double[n];
        int k = 0;
        try {
            Scheduler scheduler = s.start(lr, true, steps);
            while (k < n) {
                out[k++] = scheduler.lr();
                if (k < n) {
                    scheduler.step(0);
                }
            }
        } catch (ScheduleEnd end) {
            // the rates up to where the schedule ends
        }
        return Arrays.copyOf(out, k);
    }
}
