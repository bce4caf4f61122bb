package org.descentlab.ui.runs;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.LongSupplier;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.descentlab.core.analysis.RunOutcome;
import org.descentlab.core.optim.Convention;
import org.descentlab.core.optim.OptimizerType;
import org.descentlab.core.optim.Optimizers;
import org.descentlab.core.raster.Domain;
import org.descentlab.core.run.Runner;
import org.descentlab.core.run.Trajectory;
import org.descentlab.core.scenario.KnownMinimum;
import org.descentlab.core.scenario.LineStyle;
import org.descentlab.core.scenario.RunSettings;
import org.descentlab.core.scenario.Scenario;
import org.descentlab.ui.base.Text;
import org.descentlab.ui.experiment.Experiment;
import org.descentlab.ui.landscape.RunPath;

/**
 * The runs of the scenario on its landscape: each run's path (rerun when anything that decides it
 * changes), its previous paths as ghosts, how it ended, the results table, what is drawn, and the commands
 * of the run list (add, duplicate, remove, select, show or hide).
 */
public final class RunsViewModel {

    /** How many previous paths a run keeps. */
    public static final int MAX_GHOSTS = 3;

    private final Experiment experiment;
    private final LongSupplier nanos;
    private final ObservableList<RunItem> items = FXCollections.observableArrayList();
    /** One read-only view, kept: a listener on a view made afresh would be dropped with it. */
    private final ObservableList<RunItem> itemsView = FXCollections.unmodifiableObservableList(items);
    private final ReadOnlyObjectWrapper<List<RunPath>> paths = new ReadOnlyObjectWrapper<>(this, "paths", List.of());
    private final ReadOnlyIntegerWrapper lastStep = new ReadOnlyIntegerWrapper(this, "lastStep", 0);
    private final ReadOnlyObjectWrapper<RunItem> selected = new ReadOnlyObjectWrapper<>(this, "selected");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final BooleanProperty showGhosts = new SimpleBooleanProperty(this, "showGhosts", true);
    private List<Slot> slots = new ArrayList<>();
    private Scenario computed;

    /** One run's path and ghosts, kept from one scenario to the next while its settings decide the same path. */
    private static final class Slot {
        RunSettings settings;
        Trajectory trajectory;
        final List<Trajectory> ghosts = new ArrayList<>();
        /** When its path last changed by an edit, for grouping a burst of edits into one ghost. */
        long lastChange = Long.MIN_VALUE;
    }

    /** @param nanos the clock that groups a burst of edits into one ghost */
    public RunsViewModel(Experiment experiment, LongSupplier nanos) {
        this.experiment = experiment;
        this.nanos = nanos;
        experiment.scenarioProperty().addListener((o, was, now) -> update(now, experiment.lastChange()));
        showGhosts.addListener((o, was, now) -> {
            if (!now) {
                clearGhosts();
            }
        });
        update(experiment.scenario(), Experiment.Change.OPEN);
    }

    // ---- commands -------------------------------------------------------------------------------

    /** Adds a run with the next optimizer not yet in the list, under the selected run's convention; it is selected. */
    public boolean add() {
        Scenario s = experiment.scenario();
        if (s.runs().size() >= Scenario.MAX_RUNS) {
            return false;
        }
        Set<OptimizerType> used = new HashSet<>();
        s.runs().forEach(r -> used.add(r.type()));
        OptimizerType next = Optimizers.all().stream().filter(t -> !used.contains(t)).findFirst().orElse(Optimizers.all().get(0));
        Convention c = s.selectedRun() == null ? Convention.PYTORCH : s.selectedRun().optimizer().convention();
        RunSettings run = RunSettings.of(next.defaults(c), s.runs().size()).withColour(freeColour(s)).withLine(freeLine(s));
        insert(run, s.runs().size());
        return true;
    }

    /**
     * Adds a copy of run {@code index} (its settings, not its paths) after it, in another colour and line. A run
     * whose path its seed draws (a mini-batch or noise) is copied with the next seed no run has, so that
     * copies side by side show the spread of the draws.
     */
    public boolean duplicate(int index) {
        Scenario s = experiment.scenario();
        if (s.runs().size() >= Scenario.MAX_RUNS || index < 0 || index >= s.runs().size()) {
            return false;
        }
        RunSettings original = s.runs().get(index);
        RunSettings copy = original.withColour(freeColour(s)).withLine(original.line().next())
                .withName(original.name().isBlank() ? "" : Text.format("runs.copyName", original.name()));
        if (original.batch() > 0 || original.noise() > 0) {
            long seed = original.seed() + 1;
            while (seedTaken(s, seed)) {
                seed++;
            }
            copy = copy.withSeed(seed);
        }
        insert(copy, index + 1);
        return true;
    }

    private static boolean seedTaken(Scenario s, long seed) {
        return s.runs().stream().anyMatch(r -> r.seed() == seed);
    }

    /** Removes run {@code index}; the last run stays. */
    public boolean remove(int index) {
        Scenario s = experiment.scenario();
        if (s.runs().size() <= 1 || index < 0 || index >= s.runs().size()) {
            return false;
        }
        List<RunSettings> runs = new ArrayList<>(s.runs());
        runs.remove(index);
        int selectedNow = s.selected() > index || s.selected() == runs.size() ? s.selected() - 1 : s.selected();
        experiment.update(x -> x.withRuns(runs).withSelected(Math.max(0, selectedNow)), Experiment.Change.STEP);
        return true;
    }

    /** The run the side panel edits, the equation panel explains and the status line describes. */
    public void select(int index) {
        if (index >= 0 && index < experiment.scenario().runs().size()) {
            experiment.update(s -> s.withSelected(index), Experiment.Change.TRANSIENT);
        }
    }

    public void setVisible(int index, boolean visible) {
        experiment.update(s -> s.withRun(index, r -> r.withVisible(visible)), Experiment.Change.STEP);
    }

    public void clearGhosts() {
        slots.forEach(slot -> {
            slot.ghosts.clear();
            slot.lastChange = Long.MIN_VALUE;
        });
        publish(experiment.scenario());
    }

    private void insert(RunSettings run, int at) {
        List<RunSettings> runs = new ArrayList<>(experiment.scenario().runs());
        runs.add(at, run);
        experiment.update(x -> x.withRuns(runs).withSelected(at), Experiment.Change.STEP);
    }

    /** The first line style no run has, so paths read apart without colour; by the run count when all are taken. */
    private static LineStyle freeLine(Scenario s) {
        for (LineStyle l : LineStyle.values()) {
            if (s.runs().stream().noneMatch(r -> r.line() == l)) {
                return l;
            }
        }
        return LineStyle.forIndex(s.runs().size());
    }

    /** The first path colour no run has; the run count when all are taken. */
    private static int freeColour(Scenario s) {
        for (int c = 0; c < RunSettings.COLOURS; c++) {
            final int k = c;
            if (s.runs().stream().noneMatch(r -> r.colour() == k)) {
                return c;
            }
        }
        return s.runs().size() % RunSettings.COLOURS;
    }

    // ---- recomputing ----------------------------------------------------------------------------

    private void update(Scenario s, Experiment.Change kind) {
        Scenario was = computed;
        boolean fresh = was == null || kind == Experiment.Change.OPEN || kind == Experiment.Change.LOAD
                || !Experiment.sameLandscape(s, was);
        boolean shared = !fresh && (!s.start().equals(was.start()) || s.steps() != was.steps() || s.tolerance() != was.tolerance());
        if (!fresh && !shared && s.runs() == was.runs() && s.minima().equals(was.minima())) {
            // only the playhead, the selection or the view changed
            computed = s;
            select(s);
            return;
        }
        List<Slot> next = new ArrayList<>();
        boolean sameLength = !fresh && slots.size() == s.runs().size();
        Set<Slot> taken = new HashSet<>();
        long now = nanos.getAsLong();
        for (int k = 0; k < s.runs().size(); k++) {
            RunSettings run = s.runs().get(k);
            Slot slot = fresh ? null : sameLength ? slots.get(k) : unchanged(run, taken);
            if (slot == null || shared || !slot.settings.samePath(run)) {
                Trajectory t = Runner.run(experiment.field(), run.config(s));
                if (slot == null) {
                    slot = new Slot();
                } else {
                    keepGhost(slot, t, now);
                }
                slot.trajectory = t;
            }
            slot.settings = run;
            taken.add(slot);
            next.add(slot);
        }
        slots = next;
        computed = s;
        publish(s);
    }

    /** An old slot whose settings decide the same path as {@code run}, not yet taken; null when none. */
    private Slot unchanged(RunSettings run, Set<Slot> taken) {
        for (Slot slot : slots) {
            if (!taken.contains(slot) && slot.settings.samePath(run)) {
                return slot;
            }
        }
        return null;
    }

    /**
     * The path a slot had stays as a ghost, unless ghosts are off, it is the same path, or the change is part
     * of a burst (edits closer together than the burst time to the last).
     */
    private void keepGhost(Slot slot, Trajectory next, long now) {
        Trajectory old = slot.trajectory;
        boolean burst = slot.lastChange != Long.MIN_VALUE && now - slot.lastChange < Experiment.BURST_NANOS;
        if (showGhosts.get() && old != null && !burst && !samePath(old, next)) {
            slot.ghosts.add(0, old);
            while (slot.ghosts.size() > MAX_GHOSTS) {
                slot.ghosts.remove(slot.ghosts.size() - 1);
            }
        }
        if (showGhosts.get()) {
            slot.lastChange = now;
        }
    }

    private static boolean samePath(Trajectory a, Trajectory b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int k = 0; k < a.size(); k++) {
            if (Double.compare(a.x(k), b.x(k)) != 0 || Double.compare(a.y(k), b.y(k)) != 0) {
                return false;
            }
        }
        return true;
    }

    /** The items, results, paths and longest run, from the slots. */
    private void publish(Scenario s) {
        List<Trajectory> trajectories = slots.stream().map(slot -> slot.trajectory).toList();
        Domain home = experiment.home();
        List<double[]> known = s.minima().stream().map(KnownMinimum::at).map(v -> v.toArray()).toList();
        List<RunOutcome> outcomes = RunOutcome.of(trajectories, experiment.field(), known, Math.hypot(home.width(), home.height()));
        List<RunItem> list = new ArrayList<>();
        List<RunPath> drawn = new ArrayList<>();
        int longest = 0;
        for (int k = 0; k < slots.size(); k++) {
            Slot slot = slots.get(k);
            RunSettings run = slot.settings;
            double tol = run.tolerance() != null ? run.tolerance() : s.tolerance();
            RunItem item = new RunItem(k, run, RunLabels.label(run), slot.trajectory, slot.ghosts,
                    RunLabels.status(slot.trajectory, tol, run.differences()), outcomes.get(k));
            list.add(item);
            if (run.visible()) {
                drawn.add(new RunPath(slot.trajectory, run.colour(), run.line(), item.label(), slot.ghosts, run.start()));
                longest = Math.max(longest, slot.trajectory.lastStep());
            }
        }
        // the selection first: whoever hears of the new paths or the new longest run finds it current
        items.setAll(list);
        select(s);
        paths.set(List.copyOf(drawn));
        lastStep.set(longest);
    }

    private void select(Scenario s) {
        RunItem item = items.isEmpty() ? null : items.get(Math.min(s.selected(), items.size() - 1));
        selected.set(item);
        status.set(item == null ? "" : items.size() > 1 ? Text.format("status.ofRun", item.label(), item.status()) : item.status());
    }

    // ---- properties -----------------------------------------------------------------------------

    /** Every run, in list order. */
    public ObservableList<RunItem> items() {
        return itemsView;
    }

    /** The shown runs as they are drawn, in list order. */
    public ReadOnlyObjectProperty<List<RunPath>> pathsProperty() {
        return paths.getReadOnlyProperty();
    }

    /** The last step of the longest shown run: where the shared playhead stops. */
    public ReadOnlyIntegerProperty lastStepProperty() {
        return lastStep.getReadOnlyProperty();
    }

    /** The selected run, or null. */
    public ReadOnlyObjectProperty<RunItem> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    /** How the selected run ended, with its label when there are several. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** Whether a settings change leaves the old path as a ghost. */
    public BooleanProperty showGhostsProperty() {
        return showGhosts;
    }
}
