package org.descentlab.ui.analysis;

import java.util.Map;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;

import org.descentlab.core.analysis.LrFinder;
import org.descentlab.core.analysis.RateSweep;
import org.descentlab.core.expr.CompiledFunction;
import org.descentlab.core.raster.Domain;
import org.descentlab.core.run.RunConfig;
import org.descentlab.core.scenario.Scenario;
import org.descentlab.ui.base.Background;
import org.descentlab.ui.base.Numbers;
import org.descentlab.ui.base.Text;
import org.descentlab.ui.experiment.Experiment;

/**
 * fastai's learning-rate finder on the selected run, on demand, off the FX thread; a click on a suggestion (or the
 * curve) sets that rate on the run it was of (undoable).
 */
public final class FinderViewModel {

    private final Experiment experiment;
    private final RateJob<LrFinder> job;
    private final ReadOnlyObjectWrapper<LrFinder> finder = new ReadOnlyObjectWrapper<>(this, "finder");

    public FinderViewModel(Experiment experiment, Background background) {
        this.experiment = experiment;
        this.job = new RateJob<>(experiment, background);
        job.resultProperty().addListener((o, was, now) -> finder.set(now == null ? null : now.value()));
    }

    public ReadOnlyObjectProperty<LrFinder> finderProperty() {
        return finder.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return job.runningProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return job.progressProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return job.statusProperty();
    }

    /** Runs the finder from {@code start} to {@code end} over {@code numIt} iterations, as typed. */
    public void run(String start, String end, String numIt) {
        Scenario s = experiment.scenario();
        if (s.runs().isEmpty()) {
            job.refuse(Text.get("rate.noRun"));
            return;
        }
        double a;
        double b;
        int n;
        try {
            a = Numbers.finite(Text.get("finder.start"), start);
            b = Numbers.finite(Text.get("finder.end"), end);
            n = RateWords.whole(Text.get("finder.iterations"), numIt);
            LrFinder.check(s.selectedRun().optimizer(), a, b, n);
        } catch (IllegalArgumentException e) {
            job.refuse(e.getMessage());
            return;
        }
        int index = s.selected();
        RunConfig run = s.config(index);
        CompiledFunction f = experiment.function();
        Domain view = s.view().domain();
        job.start(index, p -> LrFinder.find(f, run, view, a, b, n), r -> Text.format("finder.summary", r.rows().size(), r.ended()));
    }

    public void cancel() {
        job.cancel();
    }

    /** Sets {@code lr} on the run the finder was of. */
    public void apply(double lr) {
        job.apply(Map.of(RateSweep.LEARNING_RATE, lr));
    }
}
