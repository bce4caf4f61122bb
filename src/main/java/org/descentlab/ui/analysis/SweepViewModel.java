package org.descentlab.ui.analysis;

import java.util.Map;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;

import org.descentlab.core.analysis.Behaviour;
import org.descentlab.core.analysis.RateSweep;
import org.descentlab.core.expr.CompiledFunction;
import org.descentlab.core.raster.Domain;
import org.descentlab.core.run.RunConfig;
import org.descentlab.core.run.StopReason;
import org.descentlab.core.scenario.Scenario;
import org.descentlab.ui.base.Background;
import org.descentlab.ui.base.Numbers;
import org.descentlab.ui.base.Text;
import org.descentlab.ui.experiment.Experiment;

/**
 * The learning-rate sweep of the selected run, on demand: its settings at N log-spaced rates, off the FX thread
 * with progress and Cancel; a click on the plot sets that rate on the run the sweep was of (undoable).
 */
public final class SweepViewModel {

    public static final double DEFAULT_MIN = 1e-4;
    public static final double DEFAULT_MAX = 10;
    public static final int DEFAULT_COUNT = 200;

    private final Experiment experiment;
    private final RateJob<RateSweep> job;
    private final ReadOnlyObjectWrapper<RateSweep> sweep = new ReadOnlyObjectWrapper<>(this, "sweep");

    public SweepViewModel(Experiment experiment, Background background) {
        this.experiment = experiment;
        this.job = new RateJob<>(experiment, background);
        job.resultProperty().addListener((o, was, now) -> sweep.set(now == null ? null : now.value()));
    }

    public ReadOnlyObjectProperty<RateSweep> sweepProperty() {
        return sweep.getReadOnlyProperty();
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

    /**
     * Sweeps the selected run from {@code min} to {@code max} in {@code count} rates, as typed; text that does not read
     * says so in the status and starts nothing.
     */
    public void run(String min, String max, String count) {
        Scenario s = experiment.scenario();
        if (s.runs().isEmpty()) {
            job.refuse(Text.get("rate.noRun"));
            return;
        }
        double a;
        double b;
        int n;
        try {
            a = Numbers.finite(Text.get("sweep.min"), min);
            b = Numbers.finite(Text.get("sweep.max"), max);
            n = RateWords.whole(Text.get("sweep.count"), count);
            RateSweep.rates(a, b, n);
        } catch (IllegalArgumentException e) {
            job.refuse(e.getMessage());
            return;
        }
        int index = s.selected();
        RunConfig run = s.config(index);
        CompiledFunction f = experiment.function();
        Domain view = s.view().domain();
        job.start(index, p -> RateSweep.compute(f, run, view, a, b, n, p.counted()), SweepViewModel::summary);
    }

    private static String summary(RateSweep s) {
        long converge = s.points().stream().filter(p -> p.behaviour().region() != Behaviour.Region.DIVERGES
                && p.behaviour().stop().reason() == StopReason.CONVERGED).count();
        String theory = s.theory().map(t -> Text.format("sweep.summaryTheory", t.formula(), Numbers.label(t.limit()))).orElse("");
        return Text.format("sweep.summary", s.points().size(), converge, theory);
    }

    public void cancel() {
        job.cancel();
    }

    /** Sets {@code lr} on the run the sweep was of. */
    public void apply(double lr) {
        job.apply(Map.of(RateSweep.LEARNING_RATE, lr));
    }

}
