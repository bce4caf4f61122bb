package org.descentlab.ui.analysis;

import java.util.Map;
import java.util.Set;

import org.descentlab.core.analysis.Behaviour;
import org.descentlab.core.analysis.RateSweep;
import org.descentlab.core.run.StopReason;
import org.descentlab.ui.base.Background;
import org.descentlab.ui.base.Numbers;
import org.descentlab.ui.base.Text;
import org.descentlab.ui.experiment.Experiment;

/**
 * The learning-rate sweep of the selected run, on demand: its settings at N log-spaced rates, off the FX thread
 * with progress and Cancel; a click on the plot sets that rate on the run the sweep was of (undoable).
 */
public final class SweepViewModel extends RateTool<RateSweep> {

    public static final double DEFAULT_MIN = 1e-4;
    public static final double DEFAULT_MAX = 10;
    public static final int DEFAULT_COUNT = 200;
    /** What the range typed must keep. */
    static final RateRange RANGE = new RateRange(Text.get("sweep.count"), RateSweep.MAX_COUNT, false);

    public SweepViewModel(Experiment experiment, Background background) {
        super(experiment, background);
    }

    /**
     * Sweeps the selected run from {@code min} to {@code max} in {@code count} rates, as typed; text that does not read
     * says so in the status and starts nothing.
     */
    public void run(String min, String max, String count) {
        if (!hasRun()) {
            return;
        }
        Rates r = rates(RANGE, min, max, count, t -> RateSweep.rates(t.from(), t.to(), t.count()));
        if (r != null) {
            startOnSelected(Set.of(RateSweep.LEARNING_RATE), (f, run, view, p) -> RateSweep.compute(f, run, view, r.from(), r.to(), r.count(), p),
                    SweepViewModel::summary);
        }
    }

    private static String summary(RateSweep s) {
        long converge = s.points().stream().filter(p -> p.behaviour().region() != Behaviour.Region.DIVERGES
                && p.behaviour().stop().reason() == StopReason.CONVERGED).count();
        String theory = s.theory().map(t -> Text.format("sweep.summaryTheory", t.formula(), Numbers.label(t.limit()))).orElse("");
        return Text.format("sweep.summary", s.points().size(), converge, theory);
    }

    /** Sets {@code lr} on the run the sweep was of. */
    public void apply(double lr) {
        apply(Map.of(RateSweep.LEARNING_RATE, lr));
    }

}
