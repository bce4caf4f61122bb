package org.descentlab.ui.analysis;

import org.descentlab.core.analysis.Behaviour;
import org.descentlab.core.analysis.StabilityMap;
import org.descentlab.ui.base.Numbers;
import org.descentlab.ui.base.Text;

/** How the learning-rate tools say what a run did, in the window's words. */
final class RateWords {

    private RateWords() {
    }

    /** The region's name: too slow, converges, oscillates, diverges. */
    static String region(Behaviour.Region r) {
        return switch (r) {
            case TOO_SLOW -> Text.get("rate.tooSlow");
            case CONVERGES -> Text.get("rate.converges");
            case OSCILLATES -> Text.get("rate.oscillates");
            case DIVERGES -> Text.get("rate.diverges");
        };
    }

    /** How the run stopped: "converged in 12 steps", "reached the step limit 1000", "diverged at step 7 (overshoot)". */
    static String stop(Behaviour b) {
        return switch (b.stop().reason()) {
            case CONVERGED -> Text.format("rate.converged", Numbers.whole(b.steps()));
            case MAX_STEPS -> Text.format("rate.limit", Numbers.whole(b.steps()));
            case DIVERGED -> Text.format("rate.divergedAt", Numbers.whole(b.steps()), b.stop().cause().id());
        };
    }

    /** A sweep's run: its rate, final f, how it stopped and its region. */
    static String point(double lr, Behaviour b) {
        return Text.format("rate.point", Numbers.label(lr), Numbers.label(b.finalF()), stop(b), region(b.region()));
    }

    /** A stability map's cell: its two values and how its run stopped. */
    static String cell(StabilityMap m, int i, int j) {
        return Text.format("stability.cell", m.x().name(), Numbers.label(m.x().value(i)), m.y().name(), Numbers.label(m.y().value(j)),
                stop(m.cell(i, j)));
    }

    /** A whole number as typed; throws with a message naming the field otherwise. */
    static int whole(String name, String text) {
        double v = Numbers.finite(name, text);
        if (v != Math.rint(v) || Math.abs(v) > Integer.MAX_VALUE) {
            throw new IllegalArgumentException(Text.format("error.wholeNumber", name, text));
        }
        return (int) v;
    }
}
