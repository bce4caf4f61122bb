package org.descentlab.ui.analysis;

import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import org.descentlab.core.analysis.Progress;
import org.descentlab.core.expr.CompiledFunction;
import org.descentlab.core.optim.Hyperparameters;
import org.descentlab.core.optim.Optimizer;
import org.descentlab.core.raster.Domain;
import org.descentlab.core.run.RunConfig;
import org.descentlab.core.scenario.RunSettings;
import org.descentlab.core.scenario.Scenario;
import org.descentlab.ui.base.Background;
import org.descentlab.ui.base.Numbers;
import org.descentlab.ui.base.Text;
import org.descentlab.ui.experiment.Experiment;
import org.descentlab.ui.runs.RunLabels;

/**
 * What the learning-rate tools share: one computation at a time off the FX thread on the selected run, with its
 * progress, Cancel (the result shown stays), a status sentence and the result, whether that result is out of date
 * (the run, its settings, the function or the view changed since), and the change a click makes to the run it
 * was of, said until the scenario changes otherwise. After a refusal the result stays, out of date: it is of other
 * settings than those typed.
 *
 * @param <R> what the work gives
 */
public abstract class RateTool<R> {

    /** A tool's work on one run of the function, seen over the view; it runs off the FX thread. */
    @FunctionalInterface
    interface OnRun<R> {
        R compute(CompiledFunction f, RunConfig run, Domain view, Progress progress);
    }

    /** A range of rates as typed: from, to, and how many. */
    record Rates(double from, double to, int count) {
    }

    /** The main window's experiment, whose selected run the tool works on. */
    protected final Experiment experiment;
    private final Background background;
    private final ReadOnlyObjectWrapper<R> result = new ReadOnlyObjectWrapper<>(this, "result");
    private int resultRun = -1;
    private RateInputs resultInputs;
    private Set<String> varied = Set.of();
    private final ReadOnlyBooleanWrapper stale = new ReadOnlyBooleanWrapper(this, "stale");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private Background.Job job;
    /** What the result shows, in words; the status goes back to it once a "set on the run" is old news. */
    private String summary = "";
    /** The scenario a click made, while the status says so; null otherwise. */
    private Scenario applied;
    /** Whether the fields were refused since the result was computed: it is then not of the fields as typed. */
    private boolean refused;
    /** Whether the status says why the fields were refused. */
    private boolean refusalSaid;

    RateTool(Experiment experiment, Background background) {
        this.experiment = experiment;
        this.background = background;
        experiment.scenarioProperty().addListener(o -> {
            checkStale();
            if (applied != null && applied != experiment.scenario()) {
                // an undo, a preset or another change: what the click set is no longer what the run has
                applied = null;
                status.set(result.get() == null ? "" : summary);
            }
        });
    }

    /** Whether the result shown is of other inputs than the scenario's now: it is then greyed, and a click sets nothing. */
    public final ReadOnlyBooleanProperty staleProperty() {
        return stale.getReadOnlyProperty();
    }

    private void checkStale() {
        stale.set(result.get() != null && (refused || !Objects.equals(resultInputs, RateInputs.of(experiment.scenario(), varied))));
    }

    /** The last result computed; null before the first. */
    public final ReadOnlyObjectProperty<R> resultProperty() {
        return result.getReadOnlyProperty();
    }

    public final ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public final ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public final ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** Whether there is a run to work on; says so in the status when there is none. */
    final boolean hasRun() {
        if (experiment.scenario().runs().isEmpty()) {
            status.set(Text.get("rate.noRun"));
            return false;
        }
        return true;
    }

    /** Says why nothing starts; the result shown stays, out of date, as it is of other settings than those typed. */
    final void refuse(String why) {
        applied = null;
        refused = true;
        refusalSaid = true;
        checkStale();
        status.set(why);
    }

    /**
     * Reads a range of rates typed in three fields, refused as {@code range} says, then lets {@code check} refuse it;
     * null after saying in the status why it does not hold.
     */
    final Rates rates(RateRange range, String from, String to, String count, Consumer<Rates> check) {
        RateRange.Fault fault = range.fault(from, to, count);
        if (fault != null) {
            refuse(fault.why());
            return null;
        }
        try {
            Rates r = new Rates(Numbers.finite("", from), Numbers.finite("", to), RateWords.whole("", count));
            check.accept(r);
            return r;
        } catch (IllegalArgumentException e) {
            refuse(e.getMessage());
            return null;
        }
    }

    /** The fields read and hold again: a refusal said is old news, and the status goes back to what the result shows. */
    final void fieldsHold() {
        if (refusalSaid) {
            refusalSaid = false;
            status.set(result.get() == null ? "" : summary);
        }
    }

    /**
     * Starts {@code work} on the selected run as it is now, over the current view; its result stays current while only
     * the hyper-parameters named in {@code varies} change.
     */
    final void startOnSelected(Set<String> varies, OnRun<R> work, Function<R, String> summary) {
        Scenario s = experiment.scenario();
        int index = s.selected();
        if (experiment.isDataset()) {
            // its maths is of a function's rate limits, as the command line's: a mean over rows is not one
            refuse(Text.get("analysis.notOnDataset"));
            return;
        }
        RunConfig run = s.config(index);
        CompiledFunction f = experiment.function();
        Domain view = s.view().domain();
        RateInputs inputs = RateInputs.of(s, varies);
        start(index, p -> work.compute(f, run, view, p.counted()), r -> {
            varied = varies;
            resultInputs = inputs;
            return summary.apply(r);
        });
    }

    /** Starts {@code work} for run {@code run}, stopping any before it; {@code summary} says what the result shows. */
    private void start(int run, Background.Work<R> work, Function<R, String> summary) {
        if (job != null) {
            job.cancel();
        }
        refusalSaid = false;
        running.set(true);
        progress.set(0);
        status.set(Text.get("rate.computing"));
        job = background.submit(work, r -> {
            job = null;
            running.set(false);
            progress.set(1);
            resultRun = run;
            String said = summary.apply(r);
            result.set(r);
            refused = false;
            checkStale();
            applied = null;
            this.summary = said;
            status.set(said);
        }, e -> {
            job = null;
            running.set(false);
            status.set(Text.format("rate.failed", Objects.toString(e.getMessage(), e.getClass().getSimpleName())));
        }, progress::set);
    }

    /** Stops the computation in progress; what is shown stays. */
    public final void cancel() {
        if (job != null) {
            job.cancel();
            job = null;
            running.set(false);
            status.set(Text.get(result.get() == null ? "rate.cancelled" : "rate.cancelledKept"));
        }
    }

    /**
     * Sets hyper-parameters on the run the shown result is of (one undo entry), each rounded to the digits the window
     * shows (a point picked on a plot is not meant to 17 digits), and says so; a value the optimizer refuses changes
     * nothing and says why; an out-of-date result sets nothing and says to run again.
     */
    final void apply(Map<String, Double> values) {
        int index = resultRun;
        if (result.get() == null || index >= experiment.scenario().runs().size()) {
            return;
        }
        if (stale.get()) {
            status.set(Text.get("rate.staleApply"));
            return;
        }
        RunSettings run = experiment.scenario().runs().get(index);
        String name = RunLabels.label(run);
        Optimizer o = run.optimizer();
        try {
            Hyperparameters p = o.parameters();
            StringBuilder said = new StringBuilder();
            for (Map.Entry<String, Double> e : values.entrySet()) {
                double v = Numbers.asShown(e.getValue());
                p = p.with(e.getKey(), v);
                said.append(said.length() == 0 ? "" : ", ").append(e.getKey()).append(" = ").append(Numbers.label(v));
            }
            Optimizer changed = o.type().create(p, o.convention());
            experiment.update(s -> s.withRun(index, r -> r.withOptimizer(changed)), Experiment.Change.STEP);
            applied = experiment.scenario();
            refusalSaid = false;
            status.set(Text.format("rate.applied", said, name));
        } catch (IllegalArgumentException e) {
            status.set(e.getMessage());
        }
    }
}
