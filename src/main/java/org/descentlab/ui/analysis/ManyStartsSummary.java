package org.descentlab.ui.analysis;

import java.util.ArrayList;
import java.util.List;

import org.descentlab.core.analysis.CriticalPoints;
import org.descentlab.core.analysis.Endings;
import org.descentlab.core.analysis.ManyStarts;
import org.descentlab.ui.base.Numbers;
import org.descentlab.ui.base.Text;

/** What many starts reached, in words and as the rows of their table. */
public final class ManyStartsSummary {

    /**
     * A row of the table: a minimum (its index among the found ones, for its colour) or a kind of end at no
     * minimum ({@link ManyStarts#DIVERGED}, {@link ManyStarts#MOVING}, {@link ManyStarts#ELSEWHERE}).
     *
     * @param point the minimum, or null for the kinds of no minimum
     * @param share count / all starts
     */
    public record Row(int minimum, CriticalPoints.Point point, String label, int count, double share, boolean lowest) {
    }

    private ManyStartsSummary() {
    }

    /** Every minimum in the view, reached or not, then the kinds of no minimum that some start had. */
    public static List<Row> rows(Endings e) {
        List<Row> rows = new ArrayList<>();
        int total = e.endings().size();
        double scale = 1;
        for (CriticalPoints.Point p : e.minima()) {
            scale = Math.max(scale, Math.max(Math.abs(p.x()), Math.abs(p.y())));
        }
        for (int m = 0; m < e.minima().size(); m++) {
            CriticalPoints.Point p = e.minima().get(m);
            String label = Text.format("starts.minimum", m + 1, Numbers.label(tidy(p.x(), scale)), Numbers.label(tidy(p.y(), scale)));
            rows.add(new Row(m, p, label, e.count(m), e.count(m) / (double) total, e.isLowest(m)));
        }
        for (int kind : new int[] {ManyStarts.DIVERGED, ManyStarts.MOVING, ManyStarts.ELSEWHERE}) {
            int n = e.count(kind);
            if (n > 0) {
                rows.add(new Row(kind, null, kindLabel(kind), n, n / (double) total, false));
            }
        }
        return rows;
    }

    /** 0 for what Newton's method left of a zero (Rastrigin's 5e-16), relative to the minima's spread. */
    private static double tidy(double v, double scale) {
        return Math.abs(v) <= 1e-9 * scale ? 0 : v;
    }

    /** The name of an end at no minimum. */
    static String kindLabel(int kind) {
        return switch (kind) {
            case ManyStarts.DIVERGED -> Text.get("starts.diverged");
            case ManyStarts.MOVING -> Text.get("starts.moving");
            default -> Text.get("starts.elsewhere");
        };
    }

    /** "23 of 64 starts (36%) found the lowest minimum; 4 minima in view, 3 reached." */
    public static String sentence(Endings e) {
        int total = e.endings().size();
        if (e.minima().isEmpty()) {
            return Text.format("starts.noMinimum", total);
        }
        int lowest = (int) Math.round(e.shareOfLowest() * total);
        long reached = java.util.stream.IntStream.range(0, e.minima().size()).filter(m -> e.count(m) > 0).count();
        return Text.format("starts.summary", lowest, total, percent(e.shareOfLowest()), e.minima().size(), reached);
    }

    /** "36%", "0.4%", "100%". */
    public static String percent(double share) {
        double p = 100 * share;
        return (p > 0 && p < 1 ? Numbers.local(String.format(java.util.Locale.ROOT, "%.1f", p)) : Long.toString(Math.round(p))) + "%";
    }
}
