package org.descentlab.ui.analysis;

import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import org.descentlab.core.optim.Hyperparameters;
import org.descentlab.core.optim.Optimizer;
import org.descentlab.core.scenario.RunSettings;
import org.descentlab.ui.base.Background;
import org.descentlab.ui.base.Numbers;
import org.descentlab.ui.base.Text;
import org.descentlab.ui.experiment.Experiment;

/**
 * What the learning-rate tools share: one computation at a time off the FX thread, with its progress, Cancel (the
 * result shown stays), a status sentence and the result, and the change a click makes to the run it was of.
 *
 * @param <R> what the work gives
 */
final class RateJob<R> {

    /** A result and the run it was computed for, by its place in the list. */
    record Done<R>(int run, R value) {
    }

    private final Experiment experiment;
    private final Background background;
    private final ReadOnlyObjectWrapper<Done<R>> result = new ReadOnlyObjectWrapper<>(this, "result");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private Background.Job job;

    RateJob(Experiment experiment, Background background) {
        this.experiment = experiment;
        this.background = background;
    }

    ReadOnlyObjectProperty<Done<R>> resultProperty() {
        return result.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** Says why nothing starts. */
    void refuse(String why) {
        status.set(why);
    }

    /** Starts {@code work} for run {@code run}, stopping any before it; {@code summary} says what the result shows. */
    void start(int run, Background.Work<R> work, Function<R, String> summary) {
        if (job != null) {
            job.cancel();
        }
        running.set(true);
        progress.set(0);
        status.set(Text.get("rate.computing"));
        job = background.submit(work, r -> {
            job = null;
            running.set(false);
            progress.set(1);
            result.set(new Done<>(run, r));
            status.set(summary.apply(r));
        }, e -> {
            job = null;
            running.set(false);
            status.set(Text.format("rate.failed", Objects.toString(e.getMessage(), e.getClass().getSimpleName())));
        }, progress::set);
    }

    /** Stops the computation in progress; what is shown stays. */
    void cancel() {
        if (job != null) {
            job.cancel();
            job = null;
            running.set(false);
            status.set(Text.get(result.get() == null ? "rate.cancelled" : "rate.cancelledKept"));
        }
    }

    /**
     * Sets hyper-parameters on the run the shown result is of (one undo entry), and says so; a value the optimizer
     * refuses changes nothing and says why.
     */
    void apply(Map<String, Double> values) {
        Done<R> done = result.get();
        if (done == null || done.run() >= experiment.scenario().runs().size()) {
            return;
        }
        RunSettings run = experiment.scenario().runs().get(done.run());
        Optimizer o = run.optimizer();
        try {
            Hyperparameters p = o.parameters();
            StringBuilder said = new StringBuilder();
            for (Map.Entry<String, Double> e : values.entrySet()) {
                p = p.with(e.getKey(), e.getValue());
                said.append(said.length() == 0 ? "" : ", ").append(e.getKey()).append(" = ").append(Numbers.label(e.getValue()));
            }
            Optimizer changed = o.type().create(p, o.convention());
            experiment.update(s -> s.withRun(done.run(), r -> r.withOptimizer(changed)), Experiment.Change.STEP);
            status.set(Text.format("rate.applied", said, done.run() + 1));
        } catch (IllegalArgumentException e) {
            status.set(e.getMessage());
        }
    }
}
