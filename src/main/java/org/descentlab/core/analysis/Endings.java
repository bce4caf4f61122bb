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

    /** The index of the lowest minimum (the smallest f), or −1 when there is none. */
    public int lowest() {
        int best = -1;
        for (int m = 0; m < minima.size(); m++) {
            if (best < 0 || minima.get(m).f() < minima.get(best).f()) {
                best = m;
            }
        }
        return best;
    }

    /** The share of runs, 0 to 1, that found the lowest minimum; 0 when there is none or no run. */
    public double shareOfLowest() {
        int lowest = lowest();
        return lowest < 0 || endings.isEmpty() ? 0 : count(lowest) / (double) endings.size();
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
