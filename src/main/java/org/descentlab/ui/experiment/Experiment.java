package org.descentlab.ui.experiment;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

import org.descentlab.core.data.Dataset;
import org.descentlab.core.data.DatasetLoss;
import org.descentlab.core.data.ScenarioData;
import org.descentlab.core.expr.CompiledFunction;
import org.descentlab.core.expr.Expressions;
import org.descentlab.core.expr.ParseResult;
import org.descentlab.core.field.RowSampler;
import org.descentlab.core.field.ScalarField;
import org.descentlab.core.optim.Optimizers;
import org.descentlab.core.raster.Domain;
import org.descentlab.core.scenario.RunSettings;
import org.descentlab.core.scenario.Scenario;
import org.descentlab.ui.base.Text;

/**
 * The app's state: one {@link Scenario}, replaced whole by every change, with undo and redo over the
 * changes that settle and a mark of whether it differs from the file it was opened from or saved to.
 * The view-models are views of it: they listen to {@link #scenarioProperty()} and change it only through
 * {@link #update}. No nodes and no toolkit: tests drive it as it is.
 *
 * <p>A dataset scenario's landscape is its loss's mean over the rows of its CSV, read once and kept while the
 * experiment may come back to it (undo): the window holds the CSV's path absolute, or relative for a preset's.
 */
public final class Experiment {

    /** What kind of change a change is, for undo and for those who listen. */
    public enum Change {
        /** Typing, a slider, a wheel notch: changes less than 0.6 s apart are one undo entry. */
        EDIT,
        /** Part of a pan: everything between {@link #beginGesture()} and {@link #endGesture()} is one entry. */
        GESTURE,
        /** A command (add a run, reset the view): an entry of its own. */
        STEP,
        /** A preset loaded: an entry of its own, and the view it comes with becomes the home view. */
        LOAD,
        /** The playhead or the selection: no entry, and not an unsaved change. */
        TRANSIENT,
        /** Undo or redo. */
        UNDO,
        /** A scenario opened or started anew: history starts over. */
        OPEN
    }

    private final ReadOnlyObjectWrapper<Scenario> scenario;
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(this, "dirty", false);
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo", false);
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(this, "canRedo", false);
    /** Edits closer together than this are one undo entry, and leave one ghost trail. */
    public static final long BURST_NANOS = History.BURST_NANOS;

    /** What undo goes back to: the scenario, and the view Reset view went back to then. */
    private record Entry(Scenario scenario, Domain home) {
    }

    private final History<Entry> history = new History<>();
    private final LongSupplier nanos;
    /** The most rows the landscape's picture averages over: a larger dataset's picture is of a sample. */
    public static final int PICTURE_ROWS = 1_000;

    /** A scenario's landscape: its function compiled, or its loss over its data and the picture's sample of it. */
    private record Land(CompiledFunction function, DatasetLoss data, DatasetLoss picture) {
    }

    private final Map<String, Dataset> datasets = new HashMap<>();
    private Land land;
    private Change lastChange = Change.OPEN;
    private Scenario saved;
    private Domain home;
    private boolean notifying;
    private final List<Runnable> queued = new ArrayList<>();
    private Predicate<Scenario> pristine = s -> false;

    /** @param nanos the clock that groups a burst of edits into one undo entry */
    public Experiment(Scenario initial, LongSupplier nanos) {
        this(initial, initial, nanos);
    }

    /**
     * Starts at {@code initial}, which differs from what its file holds ({@code saved}) by unsaved changes;
     * {@code saved} null: it is in no file at all, and unsaved until it is saved.
     */
    public Experiment(Scenario initial, Scenario saved, LongSupplier nanos) {
        initial = withARun(initial);
        this.nanos = nanos;
        this.land = landOf(initial, null, null);
        this.scenario = new ReadOnlyObjectWrapper<>(this, "scenario", initial);
        this.saved = saved;
        this.home = initial.view().domain();
        dirty.set(differs(initial));
    }

    /**
     * Applies a change. A change that gives an equal scenario does nothing.
     *
     * @throws IllegalArgumentException when the change gives an invalid scenario (nothing changes then)
     */
    public void update(UnaryOperator<Scenario> change, Change kind) {
        if (notifying) {
            // a listener's change waits until every listener has heard of the one being told
            queued.add(() -> update(change, kind));
            return;
        }
        Scenario before = scenario.get();
        Scenario after = change.apply(before);
        if (after.equals(before)) {
            return;
        }
        Land next = landOf(after, land, before);
        history.record(new Entry(before, home), kind, nanos.getAsLong());
        set(after, next, kind);
    }

    /**
     * Opens a scenario (a file, File ▸ New, the saved session): undo starts over, and it counts as saved.
     *
     * @throws IllegalArgumentException when its data does not read (nothing changes then)
     */
    public void open(Scenario s) {
        open(s, s);
    }

    /** Opens {@code s}, which differs from what its file holds ({@code saved}) by changes not yet saved. */
    public void open(Scenario s, Scenario saved) {
        Scenario opened = withARun(s);
        Land next = landOf(opened, land, scenario.get());
        history.clear();
        datasets.keySet().retainAll(opened.isDataset() ? List.of(opened.data()) : List.of());
        this.saved = saved;
        set(opened, next, Change.OPEN);
    }

    /**
     * The window always has a run to edit: a scenario with none gets plain descent (and then differs from
     * its file, truthfully).
     */
    public static Scenario withARun(Scenario s) {
        return s.runs().isEmpty() ? s.withRuns(List.of(RunSettings.of(Optimizers.all().get(0).defaults(), 0))) : s;
    }

    public void undo() {
        restore(history.undo(new Entry(scenario.get(), home)));
    }

    public void redo() {
        restore(history.redo(new Entry(scenario.get(), home)));
    }

    /**
     * Where playback is and which run is selected are not changes, so undo and redo leave them as they
     * are: the selected run stays selected wherever it now is in the list, and only when it is gone does
     * the selection move, to the run in its place.
     */
    private void restore(Entry e) {
        if (e == null) {
            return;
        }
        Scenario now = scenario.get();
        Scenario s = e.scenario();
        home = e.home();
        Scenario back = s.withPlayhead(now.playhead()).withSelected(sameRun(now, s));
        set(back, landOf(back, land, now), Change.UNDO);
    }

    /** The index in {@code after} of the run selected in {@code before}: the equal run nearest its old place. */
    private static int sameRun(Scenario before, Scenario after) {
        int old = before.selected();
        RunSettings run = before.selectedRun();
        int best = -1;
        for (int k = 0; k < after.runs().size(); k++) {
            if (after.runs().get(k).equals(run) && (best < 0 || Math.abs(k - old) < Math.abs(best - old))) {
                best = k;
            }
        }
        return best >= 0 ? best : Math.min(old, Math.max(0, after.runs().size() - 1));
    }

    /** From here to {@link #endGesture()}, {@link Change#GESTURE} changes make one undo entry. */
    public void beginGesture() {
        history.beginGesture();
    }

    public void endGesture() {
        history.endGesture();
    }

    /** What the file holds (the scenario as last opened or saved), or null when it is in no file. */
    public Scenario savedScenario() {
        return saved;
    }

    /** The current scenario is what the file now holds. */
    public void markSaved() {
        saved = scenario.get();
        dirty.set(false);
    }

    private void set(Scenario s, Land next, Change kind) {
        land = next;
        lastChange = kind;
        if (kind == Change.OPEN || kind == Change.LOAD) {
            home = s.view().domain();
        }
        notifying = true;
        try {
            scenario.set(s);
            dirty.set(differs(s));
            canUndo.set(history.canUndo());
            canRedo.set(history.canRedo());
        } finally {
            notifying = false;
        }
        while (!queued.isEmpty()) {
            queued.remove(0).run();
        }
    }

    /**
     * Scenarios that are nothing to save as they are (a preset as it loads, when the experiment is in no
     * file): they are never unsaved changes. {@code test} is given them {@link #comparable}.
     */
    public void setPristine(Predicate<Scenario> test) {
        pristine = test;
        dirty.set(differs(scenario.get()));
    }

    private boolean differs(Scenario s) {
        Scenario c = comparable(s);
        return (saved == null || !c.equals(comparable(saved))) && !pristine.test(c);
    }

    /** What counts for "unsaved": all but where playback is and which run is selected. */
    public static Scenario comparable(Scenario s) {
        return s.withPlayhead(0).withSelected(0);
    }

    /**
     * The landscape of {@code s}, {@code now}'s when it is that of {@code was}.
     *
     * @throws IllegalArgumentException when its data does not read, its loss names no column of it, or a run's
     *                                  batch does not fit it
     */
    private Land landOf(Scenario s, Land now, Scenario was) {
        boolean same = was != null && sameLandscape(s, was);
        Land next = now;
        if (!s.isDataset()) {
            next = same ? now : new Land(compile(s.function()), null, null);
            for (int i = 0; i < s.runs().size(); i++) {
                if (s.runs().get(i).batch() > 0) {
                    throw new IllegalArgumentException(Text.format("data.batchNeedsData", i + 1));
                }
            }
            return next;
        }
        if (!same) {
            DatasetLoss all = DatasetLoss.of(dataset(s.data()), s.function());
            next = new Land(null, all, all.sample(PICTURE_ROWS));
        }
        for (int i = 0; i < s.runs().size(); i++) {
            ScenarioData.checkBatch(s.runs().get(i), i, next.data().rows());
        }
        return next;
    }

    /** The data at {@code path}, read the first time it is asked for. */
    private Dataset dataset(String path) {
        Dataset d = datasets.get(path);
        if (d == null) {
            d = ScenarioData.read(path);
            datasets.put(path, d);
        }
        return d;
    }

    /**
     * Whether the change from {@code was} to {@code now} being told shows the run editor another run, or the
     * selected one as a file, a preset or undo has it: what was typed for the run before is old news.
     */
    public boolean showsAnotherRun(Scenario was, Scenario now) {
        return lastChange == Change.OPEN || lastChange == Change.LOAD || lastChange == Change.UNDO
                || was.selected() != now.selected() || was.runs().size() != now.runs().size();
    }

    /** Whether two scenarios have one landscape: the same function, on the same data or none. */
    public static boolean sameLandscape(Scenario a, Scenario b) {
        return a.function().equals(b.function()) && a.data().equals(b.data());
    }

    private static CompiledFunction compile(String text) {
        ParseResult r = Expressions.parse(text);
        if (r instanceof ParseResult.Failure failure) {
            // a scenario's function always reads: Scenario checks it
            throw new IllegalArgumentException(failure.error().describe());
        }
        return ((ParseResult.Success) r).function();
    }

    public ReadOnlyObjectProperty<Scenario> scenarioProperty() {
        return scenario.getReadOnlyProperty();
    }

    public Scenario scenario() {
        return scenario.get();
    }

    /**
     * The scenario's function, compiled; already the new one when the scenario's listeners run. Null for a
     * dataset scenario, which has a loss over rows instead: {@link #field()}.
     */
    public CompiledFunction function() {
        return land.function();
    }

    /** What the runs descend: the function, or the loss's mean over every row of the data. */
    public ScalarField field() {
        return land.data() != null ? land.data() : land.function();
    }

    /** A dataset scenario's landscape over all of its rows, or null for a function. */
    public DatasetLoss data() {
        return land.data();
    }

    /** What the landscape's picture samples: the function, or the mean over at most {@link #PICTURE_ROWS} rows. */
    public RowSampler picture() {
        return land.data() != null ? pictureData() : land.function();
    }

    /** The picture's landscape as a field: the function, or the mean over the picture's rows. */
    public ScalarField pictureField() {
        return land.data() != null ? land.picture() : land.function();
    }

    /** What exports sample at full fidelity: the function, or the mean over every row. */
    public RowSampler sampler() {
        return land.data() != null ? land.data() : land.function();
    }

    /** The rows the picture of a dataset's landscape averages over, or null for a function. */
    public DatasetLoss pictureData() {
        return land.picture();
    }

    /** Whether it is a dataset scenario, whose analyses of a function refuse it. */
    public boolean isDataset() {
        return land.data() != null;
    }

    /** The domain the scenario was opened or loaded with: where Reset view goes back to. */
    public Domain home() {
        return home;
    }

    /** The kind of the change being told to listeners (or told last). */
    public Change lastChange() {
        return lastChange;
    }

    /** Whether the scenario differs from what was last opened or saved, playhead and selection aside. */
    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }
}
