package org.descentlab.ui.analysis;

import java.util.Map;
import java.util.Set;

import org.descentlab.core.analysis.LrFinder;
import org.descentlab.core.analysis.RateSweep;
import org.descentlab.ui.base.Background;
import org.descentlab.ui.base.Text;
import org.descentlab.ui.experiment.Experiment;

/**
 * fastai's learning-rate finder on the selected run, on demand, off the FX thread; a click on a suggestion (or the
 * curve) sets that rate on the run it was of (undoable).
 */
public final class FinderViewModel extends RateTool<LrFinder> {

    /** What the range typed must keep. */
    static final RateRange RANGE = new RateRange(Text.get("finder.iterations"), LrFinder.MAX_NUM_IT, true);

    public FinderViewModel(Experiment experiment, Background background) {
        super(experiment, background);
    }

    /** Runs the finder from {@code start} to {@code end} over {@code numIt} iterations, as typed. */
    public void run(String start, String end, String numIt) {
        if (!hasRun()) {
            return;
        }
        Rates r = rates(RANGE, start, end, numIt, t -> LrFinder.check(experiment.scenario().selectedRun().optimizer(), t.from(), t.to(), t.count()));
        if (r != null) {
            startOnSelected(Set.of(RateSweep.LEARNING_RATE), (f, run, view, p) -> LrFinder.find(f, run, view, r.from(), r.to(), r.count()),
                    found -> Text.format("finder.summary", found.rows().size(), found.ended()));
        }
    }

    /** Sets {@code lr} on the run the finder was of. */
    public void apply(double lr) {
        apply(Map.of(RateSweep.LEARNING_RATE, lr));
    }
}
