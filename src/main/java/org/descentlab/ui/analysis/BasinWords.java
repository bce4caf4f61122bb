package org.descentlab.ui.analysis;

import java.util.ArrayList;
import java.util.List;

import org.descentlab.core.analysis.BasinMap;
import org.descentlab.core.analysis.CriticalPoints;
import org.descentlab.core.analysis.Endings;
import org.descentlab.core.analysis.ManyStarts;
import org.descentlab.core.run.Stop;
import org.descentlab.core.run.StopReason;
import org.descentlab.core.run.Trajectory;
import org.descentlab.ui.base.Numbers;
import org.descentlab.ui.base.Text;

/** A basin map in words: what it shows as a whole, and what the run of one cell did. */
final class BasinWords {

    /** Minima whose f is this close (relative to 1 + |f|) to the lowest are as low: Himmelblau's four are. */
    static final double SAME_HEIGHT = 1e-8;

    private BasinWords() {
    }

    /**
     * "4 basins; 61% of starts reach the lowest minimum (3, 2)", or "… reach one of the 4 lowest minima
     * (equally low)"; with several seeds a cell, of runs rather than starts.
     */
    static String summary(BasinMap map) {
        Endings e = map.endings();
        int basins = 0;
        for (int m = 0; m < e.minima().size(); m++) {
            basins += e.count(m) > 0 ? 1 : 0;
        }
        if (basins == 0) {
            return Text.get("basins.noMinimum");
        }
        List<Integer> lowest = lowest(e.minima());
        int reached = 0;
        for (int m : lowest) {
            reached += e.count(m);
        }
        long percent = Math.round(100.0 * reached / e.endings().size());
        String count = basins == 1 ? Text.get("basins.oneBasin") : Text.format("basins.basins", basins);
        String of = map.seeds() > 1 ? Text.format("basins.ofRuns", map.seeds()) : Text.get("basins.ofStarts");
        if (lowest.size() == 1) {
            CriticalPoints.Point p = e.minima().get(lowest.get(0));
            return Text.format("basins.summary", count, percent, of, Numbers.pair(p.x(), p.y()));
        }
        return Text.format("basins.summaryTied", count, percent, of, lowest.size());
    }

    /** The indices of the minima as low as the lowest. */
    static List<Integer> lowest(List<CriticalPoints.Point> minima) {
        double min = Double.POSITIVE_INFINITY;
        for (CriticalPoints.Point p : minima) {
            min = Math.min(min, p.f());
        }
        List<Integer> out = new ArrayList<>();
        for (int m = 0; m < minima.size(); m++) {
            if (minima.get(m).f() <= min + SAME_HEIGHT * (1 + Math.abs(min))) {
                out.add(m);
            }
        }
        return out;
    }

    /** "minimum 3 (3, 2)": minima are counted from 1, in the order the critical points list them. */
    static String minimum(BasinMap map, int m) {
        CriticalPoints.Point p = map.minima().get(m);
        return Text.format("basins.minimum", m + 1, Numbers.pair(p.x(), p.y()));
    }

    /**
     * What the run from a cell's centre did: "basin of minimum 3 (3, 2): from (1.2, 0.4) in 41 steps",
     * "diverged (overshoot) at step 12"; with several seeds a cell, first where its seeds went.
     *
     * @param t the cell's run with its first seed
     */
    static String cell(BasinMap map, int cell, Trajectory t) {
        int seeds = map.seeds();
        ManyStarts.Ending first = map.endings().endings().get(cell * seeds);
        if (seeds == 1) {
            return run(map, first.minimum(), t, true);
        }
        // the shares first; the start is left out, as the line is long (it is about where the mouse is)
        return Text.format("basins.hoverSeeds", shares(map, cell), first.seed(), run(map, first.minimum(), t, false));
    }

    /** @param whole the whole sentence, or one without the start */
    private static String run(BasinMap map, int minimum, Trajectory t, boolean whole) {
        Stop stop = t.stop();
        String from = Numbers.pair(t.x(0), t.y(0));
        if (stop.reason() == StopReason.DIVERGED) {
            return stop.step() == 0 ? Text.format("basins.hoverUndefined", from)
                    : Text.format(whole ? "basins.hoverDiverged" : "basins.hoverDivergedShort", stop.cause().id(), stop.step(), from);
        }
        String steps = stop.step() == 1 ? Text.get("basins.step") : Text.format("basins.steps", stop.step());
        int last = t.lastStep();
        String end = Numbers.pair(t.x(last), t.y(last));
        return switch (minimum) {
            case ManyStarts.MOVING -> Text.format(whole ? "basins.hoverMoving" : "basins.hoverMovingShort", from, steps, end);
            case ManyStarts.ELSEWHERE -> Text.format(whole ? "basins.hoverElsewhere" : "basins.hoverElsewhereShort", from, steps,
                    end);
            default -> Text.format(whole ? "basins.hoverMinimum" : "basins.hoverMinimumShort", minimum(map, minimum), from, steps);
        };
    }

    /** "5 of 8 seeds to minimum 1, 3 diverged". */
    private static String shares(BasinMap map, int cell) {
        Endings e = map.endings();
        int seeds = map.seeds();
        int[] counts = new int[e.minima().size() + 3];
        for (int k = cell * seeds; k < (cell + 1) * seeds; k++) {
            counts[e.slot(e.endings().get(k).minimum())]++;
        }
        List<String> parts = new ArrayList<>();
        int minima = e.minima().size();
        for (int s = 0; s < counts.length; s++) {
            if (counts[s] == 0) {
                continue;
            }
            String where = s < minima ? Text.format("basins.toMinimum", s + 1)
                    : Text.get(s == minima ? "basins.endDiverged" : s == minima + 1 ? "basins.endMoving" : "basins.endElsewhere");
            parts.add(Text.format("basins.share", counts[s], where));
        }
        return Text.format("basins.shares", seeds, String.join(Text.get("basins.listSeparator"), parts));
    }
}
