package org.descentlab.core.analysis;

import java.util.List;

import org.descentlab.core.Validate;

/**
 * Where the runs of {@link ManyStarts} ended: one {@link ManyStarts.Ending} per start and seed, in the order of
 * the starts (the seeds of a start together), and the minima they were matched with.
 *
 * @param endings every run's end
 * @param minima  the minima an ending's index refers to
 * @param seeds   runs per start
 */
public record Endings(List<ManyStarts.Ending> endings, List<CriticalPoints.Point> minima, int seeds) {

    /** Minima whose f differ by at most this (relative) are equally low. */
    public static final double TIE = 1e-9;

    public Endings {
        endings = List.copyOf(endings);
        minima = List.copyOf(minima);
        Validate.isTrue(seeds >= 1 && endings.size() % seeds == 0, "each start has " + seeds + " endings");
    }

    /** How many runs ended at {@code minimum}: an index into {@link #minima()}, or one of the kinds of no minimum. */
    public int count(int minimum) {
        int n = 0;
        for (ManyStarts.Ending e : endings) {
            if (e.minimum() == minimum) {
                n++;
            }
        }
        return n;
    }

    /**
     * Whether minimum {@code m} is among the lowest: its f is within {@link #TIE} (relative to max(1, |f|)) of
     * the smallest, so that minima equal but for rounding (Himmelblau's four) are all the lowest.
     */
    public boolean isLowest(int m) {
        double best = Double.POSITIVE_INFINITY;
        for (CriticalPoints.Point p : minima) {
            best = Math.min(best, p.f());
        }
        return minima.get(m).f() - best <= TIE * Math.max(1, Math.abs(best));
    }

    /** The share of runs, 0 to 1, that found a lowest minimum; 0 when there is none or no run. */
    public double shareOfLowest() {
        if (endings.isEmpty()) {
            return 0;
        }
        int n = 0;
        for (int m = 0; m < minima.size(); m++) {
            if (isLowest(m)) {
                n += count(m);
            }
        }
        return n / (double) endings.size();
    }

    /**
     * For start {@code start}, the share of its seeds that ended at each minimum, then diverged, moving and
     * elsewhere: {@code minima().size() + 3} numbers that sum to 1.
     */
    public double[] shares(int start) {
        double[] out = new double[minima.size() + 3];
        for (int k = start * seeds; k < (start + 1) * seeds; k++) {
            out[slot(endings.get(k).minimum())] += 1.0 / seeds;
        }
        return out;
    }

    /** Where an ending's minimum index goes in {@link #shares}. */
    public int slot(int minimum) {
        return switch (minimum) {
            case ManyStarts.DIVERGED -> minima.size();
            case ManyStarts.MOVING -> minima.size() + 1;
            case ManyStarts.ELSEWHERE -> minima.size() + 2;
            default -> minimum;
        };
    }

    /** How many starts. */
    public int starts() {
        return endings.size() / seeds;
    }
}
