package org.descentlab.ui.analysis;

import java.util.List;
import java.util.Objects;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;

import org.descentlab.core.Vec2;
import org.descentlab.core.analysis.CriticalPoints;
import org.descentlab.core.analysis.ManyStarts;
import org.descentlab.core.field.ScalarField;
import org.descentlab.core.raster.Domain;
import org.descentlab.core.run.RunConfig;
import org.descentlab.core.scenario.Analysis;
import org.descentlab.core.scenario.Scenario;
import org.descentlab.ui.base.Background;
import org.descentlab.ui.base.Scheduler;
import org.descentlab.ui.base.Text;
import org.descentlab.ui.experiment.Experiment;

/**
 * Many starts of the selected run: while the scenario's analysis asks for them, the selected run's
 * settings are run from a grid of starts (or seeded random ones) over the view's domain (the one asked
 * for, as the command line's {@code multistart} takes it: not the wider one a plot of another shape shows,
 * so that resizing the window changes nothing), off the FX thread. Their ends are matched with the minima
 * the critical points show, found in the same domain, so that a minimum has one number and colour in both.
 * Recomputed when the function, the view, the selected run or the starts change, not when playback moves;
 * the last result stays until the next is ready.
 */
public final class ManyStartsViewModel {

    /** Changes closer together than this (typing, panning) start one computation. */
    public static final long DEBOUNCE_MILLIS = 120;
    /** Points kept of each path: enough to draw it, little memory for a thousand of them. */
    public static final int PATH_POINTS = 400;

    /**
     * What was run, and where it ended.
     *
     * @param domain the domain the starts were spread over
     * @param run    the run they all made, but for the start
     * @param traced where each ended, and its path
     */
    public record Result(Domain domain, RunConfig run, ManyStarts.Traced traced) {
    }

    /** Everything a result depends on: when it is unchanged, nothing is recomputed. */
    private record Request(ScalarField function, String text, Domain domain, Domain shown, RunConfig run, Analysis.Starts starts,
            int count, long seed) {
    }

    private final Experiment experiment;
    private final ObservableValue<Domain> shown;
    private final Scheduler scheduler;
    private final Background background;
    private final ReadOnlyObjectWrapper<Result> result = new ReadOnlyObjectWrapper<>(this, "result");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private Request requested;
    private Scheduler.Task pending;
    private Background.Job job;

    /** @param shown the domain whose minima the ends are matched with: the critical points' */
    public ManyStartsViewModel(Experiment experiment, ObservableValue<Domain> shown, Scheduler scheduler, Background background) {
        this.experiment = experiment;
        this.shown = shown;
        shown.addListener((o, was, now) -> update());
        this.scheduler = scheduler;
        this.background = background;
        experiment.scenarioProperty().addListener(o -> update());
        update();
    }

    public ReadOnlyObjectProperty<Result> resultProperty() {
        return result.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** How far the computation is, 0 to 1. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** One sentence on what is shown, or why nothing is. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** Stops the computation in progress; what was shown stays, and nothing starts again until something changes. */
    public void cancel() {
        if (stop()) {
            status.set(Text.get(result.get() == null ? "starts.cancelled" : "starts.cancelledKept"));
        }
    }

    /** Whether there was work to stop. */
    private boolean stop() {
        boolean working = pending != null || job != null;
        if (pending != null) {
            pending.cancel();
            pending = null;
        }
        if (job != null) {
            job.cancel();
            job = null;
        }
        running.set(false);
        return working;
    }

    private void update() {
        Scenario s = experiment.scenario();
        Analysis a = s.analysis();
        Domain d = s.view().domain();
        if (a.starts() == Analysis.Starts.OFF || s.runs().isEmpty()) {
            stop();
            requested = null;
            result.set(null);
            status.set(s.runs().isEmpty() && a.starts() != Analysis.Starts.OFF ? Text.get("starts.noRun") : "");
            return;
        }
        if (experiment.isDataset()) {
            stop();
            requested = null;
            result.set(null);
            status.set(Text.get("analysis.notOnDataset"));
            return;
        }
        Domain matchIn = shown.getValue() == null ? d : shown.getValue();
        Request r = new Request(experiment.function(), s.function(), d, matchIn, s.config(s.selected()), a.starts(), a.startCount(),
                a.startSeed());
        if (sameAs(r, requested)) {
            return;
        }
        requested = r;
        if (pending != null) {
            pending.cancel();
        }
        pending = scheduler.schedule(() -> start(r), DEBOUNCE_MILLIS);
    }

    /** The function is compared by its text: the same text compiles to the same function. */
    private static boolean sameAs(Request a, Request b) {
        return b != null && a.text.equals(b.text) && a.domain.equals(b.domain) && a.shown.equals(b.shown)
                && a.run.equals(b.run) && a.starts == b.starts
                && a.count == b.count && a.seed == b.seed;
    }

    private void start(Request r) {
        pending = null;
        if (job != null) {
            job.cancel();
        }
        running.set(true);
        progress.set(0);
        status.set(Text.get("starts.computing"));
        job = background.submit(p -> compute(r, p), this::show, this::failed, progress::set);
    }

    private static Result compute(Request r, Background.Progress p) {
        List<Vec2> starts = r.starts == Analysis.Starts.GRID ? ManyStarts.grid(r.domain, r.count)
                : ManyStarts.random(r.domain, r.count, r.seed);
        List<CriticalPoints.Point> minima = CriticalPoints.find(r.function, r.shown).stream()
                .filter(q -> q.kind() == CriticalPoints.Kind.MINIMUM).toList();
        ManyStarts.Traced traced = ManyStarts.traced(r.function, r.run, starts, minima, ManyStarts.radius(r.domain, r.run),
                PATH_POINTS, p.counted());
        return new Result(r.domain, r.run, traced);
    }

    private void show(Result r) {
        job = null;
        running.set(false);
        progress.set(1);
        result.set(r);
        status.set(ManyStartsSummary.sentence(r.traced().endings()));
    }

    private void failed(Throwable e) {
        job = null;
        running.set(false);
        requested = null;
        status.set(Text.format("starts.failed", Objects.toString(e.getMessage(), e.getClass().getSimpleName())));
    }
}
