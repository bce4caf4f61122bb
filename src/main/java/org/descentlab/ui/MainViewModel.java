package org.descentlab.ui;

import java.util.List;
import java.util.Map;

import javafx.animation.AnimationTimer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;

import org.descentlab.core.analysis.RunOutcome;
import org.descentlab.core.analysis.StepExplanation;
import org.descentlab.core.expr.CompiledFunction;
import org.descentlab.core.expr.Expressions;
import org.descentlab.core.expr.ParseError;
import org.descentlab.core.expr.ParseResult;
import org.descentlab.core.expr.ParseWarning;
import org.descentlab.core.field.Derivatives;
import org.descentlab.core.optim.Convention;
import org.descentlab.core.optim.Optimizer;
import org.descentlab.core.optim.OptimizerType;
import org.descentlab.core.optim.Optimizers;
import org.descentlab.core.preset.Preset;
import org.descentlab.core.preset.PresetLibrary;
import org.descentlab.core.raster.Colormap;
import org.descentlab.core.raster.Domain;
import org.descentlab.core.raster.Landscape;
import org.descentlab.core.raster.ScaleChoice;
import org.descentlab.core.run.RunConfig;
import org.descentlab.core.run.RunSpec;
import org.descentlab.core.run.Runner;
import org.descentlab.core.run.Trajectory;

/**
 * The state of the main window and what can be done to it. Holds no nodes: tests drive it without a
 * window. Bad input (a typo, an empty domain, a bad hyper-parameter) sets an error text and keeps the
 * last good state.
 */
public final class MainViewModel {

    /** Wait this long after the last change before rendering: changes closer together render once. */
    static final long DEBOUNCE_MILLIS = 10;
    /**
     * The debounce runs on its own timer thread, not on animation pulses, which would round the wait up
     * to whole frames.
     */
    private static final java.util.concurrent.ScheduledExecutorService TIMER =
            java.util.concurrent.Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "descentlab-debounce");
                t.setDaemon(true);
                return t;
            });
    /** The finest grid rendered, per side. */
    static final int MAX_RESOLUTION = 1000;
    public static final double MIN_LR = 1e-5;
    public static final double MAX_LR = 10;
    public static final int MAX_STEPS = 100_000;
    /** One per path colour. */
    public static final int MAX_RUNS = Palette.PATHS.length;
    /** Edits closer together than this (typing a number, dragging a slider) leave one ghost, not many. */
    static final long GHOST_BURST_NANOS = 600_000_000L;
    /** The optimizers Add offers, in order, skipping those already in the list. */
    private static final List<String> ADD_ORDER = List.of("gd", "momentum", "nesterov", "adam", "rmsprop", "adagrad",
            "adamw", "adamax", "nadam", "adadelta", "newton");

    /** Runs drawn over one landscape, or a grid of panes with one run each. */
    public enum Layout {
        OVERLAY, GRID
    }

    private final PresetLibrary.Loaded presets;

    private final ReadOnlyStringWrapper functionText = new ReadOnlyStringWrapper(this, "functionText", "");
    private final ReadOnlyObjectWrapper<CompiledFunction> function = new ReadOnlyObjectWrapper<>(this, "function");
    private final ReadOnlyObjectWrapper<ParseError> functionError = new ReadOnlyObjectWrapper<>(this, "functionError");
    private final ObservableList<String> warnings = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Preset> preset = new ReadOnlyObjectWrapper<>(this, "preset");

    private final ReadOnlyObjectWrapper<Domain> domain = new ReadOnlyObjectWrapper<>(this, "domain", new Domain(-5, 5, -5, 5));
    private Domain home = domain.get();
    private final ReadOnlyStringWrapper domainError = new ReadOnlyStringWrapper(this, "domainError", "");
    private final ObjectProperty<Colormap> colormap = new SimpleObjectProperty<>(this, "colormap", Colormap.VIRIDIS);
    private final ObjectProperty<ScaleChoice> scale = new SimpleObjectProperty<>(this, "scale", ScaleChoice.AUTO);
    private final IntegerProperty contours = new SimpleIntegerProperty(this, "contours", 15);
    private final ObjectProperty<int[]> resolution = new SimpleObjectProperty<>(this, "resolution", new int[] {400, 400});
    private final ReadOnlyObjectWrapper<Landscape> landscape = new ReadOnlyObjectWrapper<>(this, "landscape");
    private final LandscapeService service = new LandscapeService();
    private java.util.concurrent.ScheduledFuture<?> pendingRender;
    private final BooleanProperty renderPending = new SimpleBooleanProperty(this, "renderPending", false);

    private final ObservableList<RunViewModel> runs = FXCollections.observableArrayList();
    private final ObjectProperty<RunViewModel> selectedRun = new SimpleObjectProperty<>(this, "selectedRun");
    private final ReadOnlyObjectWrapper<OptimizerType> optimizerType = new ReadOnlyObjectWrapper<>(this, "optimizerType");
    private final ReadOnlyObjectWrapper<Optimizer> optimizer = new ReadOnlyObjectWrapper<>(this, "optimizer");
    private final ReadOnlyObjectWrapper<Convention> convention = new ReadOnlyObjectWrapper<>(this, "convention");
    private final ReadOnlyStringWrapper parameterError = new ReadOnlyStringWrapper(this, "parameterError", "");
    private final ReadOnlyObjectWrapper<Trajectory> trajectory = new ReadOnlyObjectWrapper<>(this, "trajectory");
    private final ReadOnlyLongWrapper pathsRevision = new ReadOnlyLongWrapper(this, "pathsRevision", 0);
    private final ReadOnlyIntegerWrapper lastStep = new ReadOnlyIntegerWrapper(this, "lastStep", 0);
    private final ObservableList<RunResult> results = FXCollections.observableArrayList();
    private final BooleanProperty showGhosts = new SimpleBooleanProperty(this, "showGhosts", true);
    private final ObjectProperty<Layout> layout = new SimpleObjectProperty<>(this, "layout", Layout.OVERLAY);
    private java.util.function.LongSupplier nanoClock = System::nanoTime;
    private final IntegerProperty maxSteps = new SimpleIntegerProperty(this, "maxSteps", RunConfig.DEFAULT_MAX_STEPS);
    private final DoubleProperty tolerance = new SimpleDoubleProperty(this, "tolerance", RunConfig.DEFAULT_TOLERANCE);
    private final ObjectProperty<double[]> start = new SimpleObjectProperty<>(this, "start", new double[] {1, 1});

    private final IntegerProperty playhead = new SimpleIntegerProperty(this, "playhead", 0);
    private final BooleanProperty playing = new SimpleBooleanProperty(this, "playing", false);
    private final DoubleProperty speed = new SimpleDoubleProperty(this, "speed", 30);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyObjectWrapper<StepExplanation> explanation = new ReadOnlyObjectWrapper<>(this, "explanation");
    private final ReadOnlyStringWrapper hover = new ReadOnlyStringWrapper(this, "hover", "");
    private final AnimationTimer clock = new Clock();
    private final javafx.beans.binding.BooleanBinding rendering = javafx.beans.binding.Bindings.createBooleanBinding(
            () -> renderPending.get() || service.isRunning(), renderPending, service.runningProperty());

    public MainViewModel(PresetLibrary.Loaded presets) {
        this.presets = presets;
        service.setOnSucceeded(e -> landscape.set(service.getValue()));
        // a render that fails keeps the last good picture and says why
        service.setOnFailed(e -> domainError.set("could not draw this view: " + service.getException()));
        colormap.addListener(o -> requestRender());
        scale.addListener(o -> requestRender());
        contours.addListener(o -> requestRender());
        resolution.addListener(o -> requestRender());
        maxSteps.addListener(o -> recompute());
        tolerance.addListener(o -> recompute());
        start.addListener(o -> recompute());
        optimizerType.bind(selectedRun.flatMap(RunViewModel::typeProperty));
        optimizer.bind(selectedRun.flatMap(RunViewModel::optimizerProperty));
        convention.bind(selectedRun.flatMap(RunViewModel::conventionProperty));
        parameterError.bind(selectedRun.flatMap(RunViewModel::parameterErrorProperty).orElse(""));
        trajectory.bind(selectedRun.flatMap(RunViewModel::trajectoryProperty));
        status.bind(javafx.beans.binding.Bindings.createStringBinding(this::statusText, selectedRun,
                selectedRun.flatMap(RunViewModel::statusProperty), pathsRevision));
        selectedRun.addListener(o -> explain());
        playhead.addListener(o -> explain());
        trajectory.addListener(o -> explain());
        showGhosts.addListener((o, was, now) -> {
            if (!now) {
                clearGhosts();
            }
        });
        runs.add(new RunViewModel(Optimizers.require("gd").defaults(), 0));
        selectedRun.set(runs.get(0));
        playing.addListener((o, was, now) -> {
            if (now) {
                clock.start();
            } else {
                clock.stop();
            }
        });
    }

    // ---- function -------------------------------------------------------------------------------

    /** Reads the text; a good function replaces the last one, a bad one only sets the error. */
    public void setFunctionText(String text) {
        functionText.set(text);
        ParseResult result = Expressions.parse(text);
        if (result instanceof ParseResult.Failure failure) {
            functionError.set(failure.error());
            return;
        }
        functionError.set(null);
        warnings.setAll(result.warnings().stream().map(ParseWarning::message).toList());
        function.set(((ParseResult.Success) result).function());
        requestRender();
        // a new landscape: the old paths are not a before-and-after of anything
        clearGhosts();
        recompute(false);
    }

    /**
     * Loads a preset: function, domain, start, known minima, and its suggested runs (each with its own
     * start, noise and convention where the preset names them).
     */
    public void applyPreset(Preset p) {
        preset.set(p);
        home = Domain.of(p.domain());
        domain.set(home);
        domainError.set("");
        List<RunViewModel> loaded = new java.util.ArrayList<>();
        for (String text : p.runs()) {
            if (loaded.size() < MAX_RUNS) {
                loaded.add(fromSpec(RunSpec.parse(text), loaded.size()));
            }
        }
        if (loaded.isEmpty()) {
            loaded.add(new RunViewModel(Optimizers.require("gd").defaults(), 0));
        }
        loaded.forEach(this::watch);
        function.set(null);
        runs.setAll(loaded);
        selectedRun.set(loaded.get(0));
        start.set(p.start().clone());
        setFunctionText(p.expression());
        playhead.set(0);
    }

    /** Replaces the runs (restoring a session); {@code selected} becomes the selected one. */
    void setRuns(List<RunViewModel> list, RunViewModel selected) {
        list.forEach(this::watch);
        runs.setAll(list);
        selectedRun.set(selected);
        recompute();
    }

    /** A run from the run-spec grammar: optimizer, convention, its own start, noise and seed. */
    static RunViewModel fromSpec(RunSpec spec, int index) {
        RunViewModel r = new RunViewModel(spec.optimizer(), index);
        r.lineStyleProperty().set(RunViewModel.LineStyle.values()[index % RunViewModel.LineStyle.values().length]);
        Map<String, String> settings = spec.settings();
        if (settings.containsKey("start")) {
            String[] xy = settings.get("start").split(",");
            r.ownStartProperty().set(new double[] {Double.parseDouble(xy[0]), Double.parseDouble(xy[1])});
        }
        if (settings.containsKey("noise")) {
            r.noiseProperty().set(Double.parseDouble(settings.get("noise")));
        }
        if (settings.containsKey("seed")) {
            r.seedProperty().set(Long.parseLong(settings.get("seed")));
        }
        return r;
    }

    // ---- view -----------------------------------------------------------------------------------

    /** Sets the domain from typed text; a bad one sets {@link #domainErrorProperty()} and keeps the view. */
    public boolean setDomain(String xmin, String xmax, String ymin, String ymax) {
        try {
            setDomain(new Domain(number("xmin", xmin), number("xmax", xmax), number("ymin", ymin), number("ymax", ymax)));
            return true;
        } catch (IllegalArgumentException e) {
            domainError.set(e.getMessage());
            return false;
        }
    }

    public void setDomain(Domain d) {
        domainError.set("");
        domain.set(d);
        requestRender();
    }

    /** Zooms by {@code factor} (below 1 zooms in) around a plane point. */
    public void zoom(double cx, double cy, double factor) {
        setDomain(domain.get().zoom(cx, cy, factor));
    }

    public void pan(double dx, double dy) {
        setDomain(domain.get().pan(dx, dy));
    }

    public void resetView() {
        setDomain(home);
    }

    /** The hover line: where the mouse is, f there and its gradient. */
    public void hover(double x, double y) {
        CompiledFunction f = function.get();
        if (f == null) {
            hover.set("");
            return;
        }
        double[] g = Derivatives.gradient(f, x, y);
        hover.set("x = " + Ticks.label(x) + "   y = " + Ticks.label(y) + "   f = " + Ticks.label(f.value(x, y))
                + "   ∇f = (" + Ticks.label(g[0]) + ", " + Ticks.label(g[1]) + ")");
    }

    private void requestRender() {
        if (pendingRender != null) {
            pendingRender.cancel(false);
        }
        renderPending.set(true);
        pendingRender = TIMER.schedule(() -> javafx.application.Platform.runLater(this::startRender), DEBOUNCE_MILLIS,
                java.util.concurrent.TimeUnit.MILLISECONDS);
    }

    private void startRender() {
        renderPending.set(false);
        CompiledFunction f = function.get();
        if (f == null) {
            return;
        }
        int[] r = resolution.get();
        service.request(f, domain.get().grid(Math.min(MAX_RESOLUTION, r[0]), Math.min(MAX_RESOLUTION, r[1])),
                new Landscape.Style(colormap.get(), scale.get(), contours.get()));
    }

    // ---- runs ---------------------------------------------------------------------------------

    /** The selected run's optimizer becomes {@code type}, with the values last typed for it. */
    public void setOptimizerType(OptimizerType type) {
        RunViewModel r = selectedRun.get();
        r.setType(type);
        rerun(r);
    }

    /** Sets one hyper-parameter of the selected run; a bad value sets the error and keeps the last good optimizer. */
    public boolean setParameter(String name, String text) {
        RunViewModel r = selectedRun.get();
        boolean ok = r.setParameter(name, text);
        if (ok) {
            rerun(r);
        }
        return ok;
    }

    /** The selected run follows PyTorch's or Keras's defaults and rules. */
    public boolean setConvention(Convention c) {
        RunViewModel r = selectedRun.get();
        boolean ok = r.setConvention(c);
        rerun(r);
        return ok;
    }

    /** The text last typed for each parameter of the selected run's optimizer. */
    public Map<String, String> parameterText() {
        return selectedRun.get().parameterText();
    }

    /** Adds a run with the next optimizer not yet in the list; it becomes the selected one. */
    public RunViewModel addRun() {
        if (runs.size() >= MAX_RUNS) {
            return null;
        }
        java.util.Set<String> used = new java.util.HashSet<>();
        runs.forEach(r -> used.add(r.typeProperty().get().name()));
        String next = ADD_ORDER.stream().filter(n -> !used.contains(n)).findFirst().orElse("gd");
        Convention c = selectedRun.get() == null ? Convention.PYTORCH : selectedRun.get().conventionProperty().get();
        return insert(new RunViewModel(Optimizers.require(next).defaults(c), freeColour()), runs.size());
    }

    /** Adds a copy of {@code r} (its settings, not its paths) after it. */
    public RunViewModel duplicateRun(RunViewModel r) {
        if (runs.size() >= MAX_RUNS || !runs.contains(r)) {
            return null;
        }
        RunViewModel copy = r.copy(freeColour());
        if (!r.nameProperty().get().isBlank()) {
            copy.nameProperty().set(r.nameProperty().get() + " (copy)");
        }
        copy.lineStyleProperty().set(nextStyle(r.lineStyleProperty().get()));
        return insert(copy, runs.indexOf(r) + 1);
    }

    /** Removes a run; the last one stays. */
    public boolean removeRun(RunViewModel r) {
        int at = runs.indexOf(r);
        if (at < 0 || runs.size() == 1) {
            return false;
        }
        runs.remove(at);
        if (selectedRun.get() == r) {
            selectedRun.set(runs.get(Math.min(at, runs.size() - 1)));
        }
        changed();
        return true;
    }

    private RunViewModel insert(RunViewModel r, int at) {
        if (r.lineStyleProperty().get() == RunViewModel.LineStyle.SOLID && at > 0 && r.nameProperty().get().isEmpty()
                && runs.stream().noneMatch(o -> o.colourProperty().get() == r.colourProperty().get())) {
            r.lineStyleProperty().set(RunViewModel.LineStyle.values()[at % RunViewModel.LineStyle.values().length]);
        }
        watch(r);
        runs.add(at, r);
        rerun(r, false);
        selectedRun.set(r);
        return r;
    }

    /** Whatever changes how a run is drawn redraws; whatever changes its path reruns it. */
    private void watch(RunViewModel r) {
        r.colourProperty().addListener(o -> changed());
        r.lineStyleProperty().addListener(o -> changed());
        r.visibleProperty().addListener(o -> changed());
        r.label().addListener(o -> changed());
        r.ghosts().addListener((javafx.collections.ListChangeListener<Trajectory>) c -> changed());
        r.ownStartProperty().addListener(o -> rerun(r));
        r.noiseProperty().addListener(o -> rerun(r));
        r.seedProperty().addListener(o -> rerun(r));
    }

    private int freeColour() {
        for (int c = 0; c < Palette.PATHS.length; c++) {
            final int k = c;
            if (runs.stream().noneMatch(r -> r.colourProperty().get() == k)) {
                return c;
            }
        }
        return runs.size();
    }

    private static RunViewModel.LineStyle nextStyle(RunViewModel.LineStyle s) {
        RunViewModel.LineStyle[] all = RunViewModel.LineStyle.values();
        return all[(s.ordinal() + 1) % all.length];
    }

    /** Gives the run its own start (at the shared start, until moved), or back to the shared one. */
    public void setOwnStart(RunViewModel r, boolean own) {
        if (own && r.ownStartProperty().get() == null) {
            r.ownStartProperty().set(start.get().clone());
        } else if (!own) {
            r.ownStartProperty().set(null);
        }
    }

    /** Sets the start of the selected run: its own, if it has one, or the shared one. Playback goes back to step 0. */
    public void setStart(double x, double y) {
        if (Double.isFinite(x) && Double.isFinite(y)) {
            playing.set(false);
            RunViewModel r = selectedRun.get();
            if (r != null && r.ownStartProperty().get() != null) {
                r.ownStartProperty().set(new double[] {x, y});
            } else {
                start.set(new double[] {x, y});
            }
            playhead.set(0);
        }
    }

    /** Moves a start while dragging ({@code run} null for the shared one): the whole new path shows at once. */
    public void dragStart(RunViewModel run, double x, double y) {
        if (Double.isFinite(x) && Double.isFinite(y)) {
            playing.set(false);
            if (run == null) {
                start.set(new double[] {x, y});
            } else {
                run.ownStartProperty().set(new double[] {x, y});
            }
            playhead.set(lastStep.get());
        }
    }

    /** As {@link #dragStart(RunViewModel, double, double)} for the selected run's start. */
    public void dragStart(double x, double y) {
        RunViewModel r = selectedRun.get();
        dragStart(r != null && r.ownStartProperty().get() != null ? r : null, x, y);
    }

    public void clearGhosts() {
        runs.forEach(RunViewModel::clearGhosts);
    }

    /** Reruns every run: a shared setting changed. */
    void recompute() {
        recompute(true);
    }

    /** Reruns every run, keeping ghosts of the old paths or not, and redraws once. */
    private void recompute(boolean ghost) {
        runs.forEach(r -> rerun(r, ghost, false));
        changed();
    }

    private void rerun(RunViewModel r) {
        rerun(r, true);
    }

    private void rerun(RunViewModel r, boolean ghost) {
        rerun(r, ghost, true);
        changed();
    }

    private void rerun(RunViewModel r, boolean ghost, boolean single) {
        CompiledFunction f = function.get();
        double[] s = r.ownStartProperty().get() != null ? r.ownStartProperty().get() : start.get();
        if (f == null || s == null) {
            return;
        }
        RunConfig config = new RunConfig(r.optimizerProperty().get(), s[0], s[1], maxSteps.get(), tolerance.get(),
                r.noiseProperty().get(), r.seedProperty().get(), 0);
        Trajectory t = Runner.run(f, config);
        r.show(t, ghost && showGhosts.get(), nanoClock.getAsLong(), GHOST_BURST_NANOS);
        r.setStatus(Status.of(t, tolerance.get()));
    }

    /** After any change to the runs: the longest run, the results table, and one redraw. */
    private void changed() {
        int longest = 0;
        for (RunViewModel r : runs) {
            Trajectory t = r.trajectoryProperty().get();
            if (t != null && r.visibleProperty().get()) {
                longest = Math.max(longest, t.lastStep());
            }
        }
        lastStep.set(longest);
        playhead.set(Math.min(playhead.get(), longest));
        updateResults();
        pathsRevision.set(pathsRevision.get() + 1);
    }

    private void updateResults() {
        CompiledFunction f = function.get();
        List<RunViewModel> done = runs.stream().filter(r -> r.trajectoryProperty().get() != null).toList();
        if (f == null) {
            results.clear();
            return;
        }
        List<RunOutcome> outcomes = RunOutcome.of(done.stream().map(r -> r.trajectoryProperty().get()).toList(), f,
                minima(), Math.hypot(home.width(), home.height()));
        List<RunResult> rows = new java.util.ArrayList<>();
        for (int k = 0; k < done.size(); k++) {
            rows.add(new RunResult(done.get(k), runs.indexOf(done.get(k)) + 1, outcomes.get(k)));
        }
        results.setAll(rows);
    }

    private String statusText() {
        RunViewModel r = selectedRun.get();
        if (r == null) {
            return "";
        }
        return runs.size() > 1 ? r.label().get() + ": " + r.statusProperty().get() : r.statusProperty().get();
    }

    /** The selected run's step at the playhead, written out; null at step 0. */
    private void explain() {
        RunViewModel r = selectedRun.get();
        Trajectory t = trajectory.get();
        int k = playhead.get();
        if (r == null || t == null || function.get() == null || t.lastStep() < 1) {
            explanation.set(null);
            return;
        }
        // at step 0 the next step is the one to explain
        int step = Math.max(1, Math.min(k, t.lastStep()));
        try {
            explanation.set(StepExplanation.of(r.optimizerProperty().get(), t, step, function.get()));
        } catch (RuntimeException e) {
            explanation.set(null);
        }
    }

    // ---- playback -------------------------------------------------------------------------------

    public void togglePlay() {
        if (trajectory.get() == null) {
            return;
        }
        if (!playing.get() && playhead.get() >= lastStep.get()) {
            playhead.set(0);
        }
        playing.set(!playing.get());
    }

    public void stepForward() {
        playing.set(false);
        playhead.set(Math.min(lastStep.get(), playhead.get() + 1));
    }

    public void stepBack() {
        playing.set(false);
        playhead.set(Math.max(0, playhead.get() - 1));
    }

    public void rewind() {
        playing.set(false);
        playhead.set(0);
    }

    /** Advances playback by {@code seconds} of time at the current speed, until the longest run ends. */
    void advance(double seconds, double[] carry) {
        if (trajectory.get() == null) {
            playing.set(false);
            return;
        }
        carry[0] += seconds * speed.get();
        int steps = (int) carry[0];
        carry[0] -= steps;
        int next = Math.min(lastStep.get(), playhead.get() + steps);
        playhead.set(next);
        if (next >= lastStep.get()) {
            playing.set(false);
        }
    }

    private final class Clock extends AnimationTimer {
        private long last = -1;
        private final double[] carry = new double[1];

        @Override
        public void start() {
            last = -1;
            carry[0] = 0;
            super.start();
        }

        @Override
        public void handle(long now) {
            if (last >= 0) {
                advance((now - last) / 1e9, carry);
            }
            last = now;
        }
    }

    private static double number(String name, String text) {
        try {
            double v = Double.parseDouble(text.strip());
            if (!Double.isFinite(v)) {
                throw new IllegalArgumentException(name + " must be a finite number, got '" + text + "'");
            }
            return v;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a number, got '" + text + "'");
        }
    }

    // ---- properties -----------------------------------------------------------------------------

    public PresetLibrary.Loaded presets() {
        return presets;
    }

    public ReadOnlyStringProperty functionTextProperty() {
        return functionText.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<CompiledFunction> functionProperty() {
        return function.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ParseError> functionErrorProperty() {
        return functionError.getReadOnlyProperty();
    }

    public ObservableList<String> warnings() {
        return FXCollections.unmodifiableObservableList(warnings);
    }

    public ReadOnlyObjectProperty<Preset> presetProperty() {
        return preset.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Domain> domainProperty() {
        return domain.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty domainErrorProperty() {
        return domainError.getReadOnlyProperty();
    }

    public ObjectProperty<Colormap> colormapProperty() {
        return colormap;
    }

    public ObjectProperty<ScaleChoice> scaleProperty() {
        return scale;
    }

    public IntegerProperty contoursProperty() {
        return contours;
    }

    /** The plot's size in pixels, set by the view: the grid is rendered at this resolution. */
    public ObjectProperty<int[]> resolutionProperty() {
        return resolution;
    }

    public ReadOnlyObjectProperty<Landscape> landscapeProperty() {
        return landscape.getReadOnlyProperty();
    }

    /** True from a change until its landscape is on screen: waiting out the debounce, or rendering. */
    public javafx.beans.binding.BooleanExpression renderingProperty() {
        return rendering;
    }

    public ReadOnlyObjectProperty<OptimizerType> optimizerTypeProperty() {
        return optimizerType.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Optimizer> optimizerProperty() {
        return optimizer.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty parameterErrorProperty() {
        return parameterError.getReadOnlyProperty();
    }

    /** The selected run's convention. */
    public ReadOnlyObjectProperty<Convention> conventionProperty() {
        return convention.getReadOnlyProperty();
    }

    /** The runs, in list order. Use the commands here to add or remove them. */
    public ObservableList<RunViewModel> runs() {
        return FXCollections.unmodifiableObservableList(runs);
    }

    /** The run the side panel edits, the equation panel explains and the status line describes. */
    public ObjectProperty<RunViewModel> selectedRunProperty() {
        return selectedRun;
    }

    /** Counts changes to any run's path, style or visibility: one redraw per change. */
    public ReadOnlyLongProperty pathsRevisionProperty() {
        return pathsRevision.getReadOnlyProperty();
    }

    /** The last step of the longest visible run: where the shared playhead stops. */
    public ReadOnlyIntegerProperty lastStepProperty() {
        return lastStep.getReadOnlyProperty();
    }

    /** One row per run with a path, in list order. */
    public ObservableList<RunResult> results() {
        return FXCollections.unmodifiableObservableList(results);
    }

    public BooleanProperty showGhostsProperty() {
        return showGhosts;
    }

    public ObjectProperty<Layout> layoutProperty() {
        return layout;
    }

    /** The selected run's step at the playhead (the next step while at step 0), or null. */
    public ReadOnlyObjectProperty<StepExplanation> explanationProperty() {
        return explanation.getReadOnlyProperty();
    }

    /** For tests: the clock that groups a burst of edits into one ghost. */
    void setClock(java.util.function.LongSupplier nanos) {
        this.nanoClock = nanos;
    }

    public IntegerProperty maxStepsProperty() {
        return maxSteps;
    }

    public DoubleProperty toleranceProperty() {
        return tolerance;
    }

    public ObjectProperty<double[]> startProperty() {
        return start;
    }

    public ReadOnlyObjectProperty<Trajectory> trajectoryProperty() {
        return trajectory.getReadOnlyProperty();
    }

    public IntegerProperty playheadProperty() {
        return playhead;
    }

    public BooleanProperty playingProperty() {
        return playing;
    }

    public DoubleProperty speedProperty() {
        return speed;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty hoverProperty() {
        return hover.getReadOnlyProperty();
    }

    /** Known minima of the current preset, when its function is on screen. */
    public List<double[]> minima() {
        Preset p = preset.get();
        return p != null && p.expression().equals(functionText.get()) ? p.minima() : List.of();
    }
}
