package org.descentlab.ui.analysis;

import java.util.ArrayList;
import java.util.List;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;

import org.descentlab.core.analysis.BasinMap;
import org.descentlab.core.analysis.ManyStarts;
import org.descentlab.core.expr.CompiledFunction;
import org.descentlab.core.raster.Domain;
import org.descentlab.core.run.RunConfig;
import org.descentlab.core.run.Runner;
import org.descentlab.core.run.Trajectory;
import org.descentlab.core.scenario.Analysis;
import org.descentlab.core.scenario.Layout;
import org.descentlab.core.scenario.Scenario;
import org.descentlab.ui.base.Background;
import org.descentlab.ui.base.Numbers;
import org.descentlab.ui.base.Scheduler;
import org.descentlab.ui.base.Text;
import org.descentlab.ui.experiment.Experiment;
import org.descentlab.ui.runs.RunLabels;

/**
 * Basin-of-attraction maps while the scenario's analysis asks for them: the selected run's over the shown
 * domain in the overlay layout, every shown run's (a map per pane) in the grid. They are computed off the
 * FX thread in one job, with the minima they are matched with, and computed again when the function,
 * the domain shown, a run's settings, the basin settings or the layout change (after a short debounce,
 * so that a pan or typing computes once). A new request cancels the old one; until it is ready the old
 * maps stay, each with the domain it was made for. Cancel keeps them too. Hovering a cell reruns its run.
 */
public final class BasinsViewModel {

    /** Changes closer together than this compute once. */
    public static final long DEBOUNCE_MILLIS = 150;

    /**
     * One run's map.
     *
     * @param run      the run's index in the scenario
     * @param map      the map
     * @param function the function it was made on, which a cell's run is rerun on
     */
    public record RunMap(int run, BasinMap map, CompiledFunction function) {
    }

    /**
     * The cell under the mouse.
     *
     * @param pane the run of the pane it is in, or −1 for the overlay's single landscape
     * @param path the cell's run from its centre
     * @param text what that run did
     */
    public record Hover(int pane, Trajectory path, String text) {
    }

    private final Experiment experiment;
    private final ObservableValue<Domain> shown;
    private final Scheduler scheduler;
    private final Background background;
    private final ReadOnlyObjectWrapper<List<RunMap>> maps = new ReadOnlyObjectWrapper<>(this, "maps", List.of());
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running", false);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", 0);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyDoubleWrapper opacity = new ReadOnlyDoubleWrapper(this, "opacity", Analysis.DEFAULT_BASIN_OPACITY);
    private final ReadOnlyObjectWrapper<Hover> hover = new ReadOnlyObjectWrapper<>(this, "hover");
    /** What the settings ask for now; null when basins are off. */
    private BasinJob.Request wanted;
    /** What {@link #maps} were made for. */
    private BasinJob.Request made;
    private Scheduler.Task pending;
    private Background.Job job;
    private double hoverX = Double.NaN;
    private double hoverY = Double.NaN;
    private int hoverPane;

    /** @param shown the domain the landscape shows */
    public BasinsViewModel(Experiment experiment, ObservableValue<Domain> shown, Scheduler scheduler, Background background) {
        this.experiment = experiment;
        this.shown = shown;
        this.scheduler = scheduler;
        this.background = background;
        experiment.scenarioProperty().addListener(o -> changed());
        shown.addListener((o, was, now) -> changed());
        changed();
    }

    // ---- commands -------------------------------------------------------------------------------

    /** Stops the computation; the maps shown stay. */
    public void cancel() {
        if (!running.get()) {
            return;
        }
        stop();
        status.set(maps.get().isEmpty() ? "" : Text.get("basins.cancelled"));
    }

    /**
     * The mouse is at plane (x, y) in a pane: the run of the cell there is run again and described.
     *
     * @param pane the run the pane shows, or −1 for the overlay's single landscape
     */
    public void hover(double x, double y, int pane) {
        hoverX = x;
        hoverY = y;
        hoverPane = pane;
        RunMap m = mapFor(pane);
        int cell = m == null ? -1 : m.map().cellAt(x, y);
        if (cell < 0) {
            hover.set(null);
            return;
        }
        Hover was = hover.get();
        if (was != null && was.pane() == pane && sameCell(was.path(), m.map(), cell)) {
            return;
        }
        Trajectory t = Runner.run(m.function(), m.map().cellRun(cell, 0));
        hover.set(new Hover(pane, t, BasinWords.cell(m.map(), cell, t)));
    }

    public void clearHover() {
        hoverX = Double.NaN;
        hover.set(null);
    }

    /** The map a pane draws: the run's own (null when it has none); for −1, the selected run's, else the first. */
    public RunMap mapFor(int pane) {
        List<RunMap> all = maps.get();
        if (all.isEmpty()) {
            return null;
        }
        int run = pane >= 0 ? pane : experiment.scenario().selected();
        for (RunMap m : all) {
            if (m.run() == run) {
                return m;
            }
        }
        return pane >= 0 ? null : all.get(0);
    }

    // ---- recomputing ----------------------------------------------------------------------------

    private void changed() {
        Scenario s = experiment.scenario();
        opacity.set(s.analysis().basinOpacity());
        BasinJob.Request r = request(s);
        if (r == null) {
            stop();
            wanted = null;
            made = null;
            maps.set(List.of());
            status.set("");
            clearHover();
            return;
        }
        if (experiment.isDataset()) {
            stop();
            wanted = null;
            made = null;
            maps.set(List.of());
            status.set(Text.get("analysis.notOnDataset"));
            return;
        }
        if (r.equals(wanted)) {
            // the playhead, the selection of an equal run, a name, a colour: nothing the maps depend on
            if (r.equals(made) && !running.get()) {
                // in the grid the status line speaks of the selected run's map
                status.set(summary());
            }
            return;
        }
        wanted = r;
        stop();
        if (r.equals(made)) {
            status.set(summary());
        } else if (r.targets().isEmpty()) {
            made = r;
            maps.set(List.of());
            status.set(Text.get("basins.noRun"));
        } else if (r.runs() > ManyStarts.MAX_RUNS) {
            made = r;
            maps.set(List.of());
            status.set(Text.format("basins.tooMany", r.cells(), r.seeds(), Numbers.whole(r.runs()),
                    Numbers.whole(ManyStarts.MAX_RUNS)));
        } else if (r.total() > BasinJob.MAX_TOTAL_RUNS) {
            made = r;
            maps.set(List.of());
            status.set(Text.format("basins.tooManyInAll", Numbers.whole(r.total()), Numbers.whole(BasinJob.MAX_TOTAL_RUNS)));
        } else {
            running.set(true);
            progress.set(0);
            status.set(Text.format("basins.computing", 0));
            pending = scheduler.schedule(this::start, DEBOUNCE_MILLIS);
        }
        if (maps.get().isEmpty()) {
            hover.set(null);
        }
    }

    /** What the scenario asks of the maps now; null when basins are off. */
    private BasinJob.Request request(Scenario s) {
        Analysis a = s.analysis();
        if (!a.basins() || s.runs().isEmpty()) {
            return null;
        }
        List<BasinJob.Target> targets = new ArrayList<>();
        if (s.layout() == Layout.GRID) {
            for (int k = 0; k < s.runs().size(); k++) {
                if (s.runs().get(k).visible()) {
                    targets.add(target(s, k));
                }
            }
        } else {
            targets.add(target(s, s.selected()));
        }
        return new BasinJob.Request(s.function(), shown.getValue(), a.basinGrid(), a.basinSeeds(), List.copyOf(targets));
    }

    /** A run's settings as the map sees them: the start is each cell's, and without noise the seed plays no part. */
    private static BasinJob.Target target(Scenario s, int k) {
        RunConfig c = s.config(k).withStart(0, 0);
        return new BasinJob.Target(k, c.noise() > 0 ? c : c.withSeed(0));
    }

    private void start() {
        pending = null;
        BasinJob.Request r = wanted;
        CompiledFunction f = experiment.function();
        // a map made for the same function, domain and settings is kept: switching layouts computes only the new ones
        List<RunMap> kept = made != null && made.function().equals(r.function()) && made.domain().equals(r.domain())
                && made.cells() == r.cells() && made.seeds() == r.seeds() ? maps.get() : List.of();
        job = background.submit(p -> BasinJob.compute(f, r, kept, p), result -> arrived(r, result), e -> failed(e),
                fraction -> {
                    progress.set(fraction);
                    status.set(Text.format("basins.computing", Math.round(fraction * 100)));
                });
    }

    private void arrived(BasinJob.Request r, List<RunMap> result) {
        job = null;
        made = r;
        running.set(false);
        maps.set(result);
        status.set(summary());
        rehover();
    }

    private void failed(Throwable e) {
        job = null;
        running.set(false);
        status.set(Text.format("basins.failed", String.valueOf(e.getMessage())));
    }

    /** Cancels what is waiting or running; the maps shown stay. */
    private void stop() {
        if (pending != null) {
            pending.cancel();
            pending = null;
        }
        if (job != null) {
            job.cancel();
            job = null;
        }
        running.set(false);
    }

    private void rehover() {
        if (!Double.isNaN(hoverX)) {
            hover.set(null);
            hover(hoverX, hoverY, hoverPane);
        }
    }

    private static boolean sameCell(Trajectory path, BasinMap map, int cell) {
        var c = map.centre(cell);
        return path.x(0) == c.x() && path.y(0) == c.y();
    }

    /** The map the status line speaks of (the selected run's, or the first), with its run's label in the grid. */
    private String summary() {
        RunMap m = mapFor(-1);
        if (m == null) {
            return "";
        }
        Scenario s = experiment.scenario();
        String text = BasinWords.summary(m.map());
        return s.layout() == Layout.GRID && m.run() < s.runs().size()
                ? Text.format("basins.ofRun", RunLabels.label(s.runs().get(m.run())), text) : text;
    }

    // ---- properties -----------------------------------------------------------------------------

    /** The maps drawn: one in the overlay layout, one per shown run in the grid; empty when basins are off. */
    public ReadOnlyObjectProperty<List<RunMap>> mapsProperty() {
        return maps.getReadOnlyProperty();
    }

    /** True from a change until its maps are ready: waiting out the debounce, or computing. */
    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** How far the computation is, 0 to 1, across all maps. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** "4 basins; 61% of starts reach the lowest minimum", "computing… 37%", or what went wrong. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** How opaque the maps are drawn, from the scenario. */
    public ReadOnlyDoubleProperty opacityProperty() {
        return opacity.getReadOnlyProperty();
    }

    /** The cell under the mouse and its run; null when the mouse is on no cell. */
    public ReadOnlyObjectProperty<Hover> hoverProperty() {
        return hover.getReadOnlyProperty();
    }
}
