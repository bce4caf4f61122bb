package org.descentlab.ui;

import java.util.HashMap;
import java.util.LinkedHashMap;
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

import org.descentlab.core.expr.CompiledFunction;
import org.descentlab.core.expr.Expressions;
import org.descentlab.core.expr.ParseError;
import org.descentlab.core.expr.ParseResult;
import org.descentlab.core.expr.ParseWarning;
import org.descentlab.core.field.Derivatives;
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

    private final ReadOnlyObjectWrapper<OptimizerType> optimizerType = new ReadOnlyObjectWrapper<>(this, "optimizerType",
            Optimizers.require("gd"));
    private final Map<OptimizerType, Map<String, String>> parameterText = new HashMap<>();
    private final ReadOnlyObjectWrapper<Optimizer> optimizer = new ReadOnlyObjectWrapper<>(this, "optimizer",
            optimizerType.get().defaults());
    private final ReadOnlyStringWrapper parameterError = new ReadOnlyStringWrapper(this, "parameterError", "");
    private final IntegerProperty maxSteps = new SimpleIntegerProperty(this, "maxSteps", RunConfig.DEFAULT_MAX_STEPS);
    private final DoubleProperty tolerance = new SimpleDoubleProperty(this, "tolerance", RunConfig.DEFAULT_TOLERANCE);
    private final DoubleProperty noise = new SimpleDoubleProperty(this, "noise", 0);
    private final ObjectProperty<Long> seed = new SimpleObjectProperty<>(this, "seed", 0L);
    private final ObjectProperty<double[]> start = new SimpleObjectProperty<>(this, "start", new double[] {1, 1});
    private final ReadOnlyObjectWrapper<Trajectory> trajectory = new ReadOnlyObjectWrapper<>(this, "trajectory");

    private final IntegerProperty playhead = new SimpleIntegerProperty(this, "playhead", 0);
    private final BooleanProperty playing = new SimpleBooleanProperty(this, "playing", false);
    private final DoubleProperty speed = new SimpleDoubleProperty(this, "speed", 30);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
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
        noise.addListener(o -> recompute());
        seed.addListener(o -> recompute());
        start.addListener(o -> recompute());
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
        recompute();
    }

    /** Loads a preset: function, domain, start, the first suggested run and the known minima. */
    public void applyPreset(Preset p) {
        preset.set(p);
        home = Domain.of(p.domain());
        domain.set(home);
        domainError.set("");
        if (!p.runs().isEmpty()) {
            RunSpec spec = RunSpec.parse(p.runs().get(0));
            Map<String, String> values = new LinkedHashMap<>(spec.optimizer().describe());
            parameterText.put(spec.optimizer().type(), values);
            optimizerType.set(spec.optimizer().type());
            optimizer.set(spec.optimizer());
            parameterError.set("");
        }
        start.set(p.start().clone());
        setFunctionText(p.expression());
        playhead.set(0);
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

    // ---- run ------------------------------------------------------------------------------------

    public void setOptimizerType(OptimizerType type) {
        optimizerType.set(type);
        Map<String, String> values = parameterText.computeIfAbsent(type, t -> new LinkedHashMap<>(t.defaults().describe()));
        applyParameters(type, values);
    }

    /** Sets one hyper-parameter from typed text; a bad value sets the error and keeps the last good optimizer. */
    public boolean setParameter(String name, String text) {
        OptimizerType type = optimizerType.get();
        Map<String, String> values = parameterText.computeIfAbsent(type, t -> new LinkedHashMap<>(t.defaults().describe()));
        values.put(name, text);
        return applyParameters(type, values);
    }

    /** The text last typed for each parameter of the current optimizer. */
    public Map<String, String> parameterText() {
        OptimizerType type = optimizerType.get();
        return Map.copyOf(parameterText.computeIfAbsent(type, t -> new LinkedHashMap<>(t.defaults().describe())));
    }

    private boolean applyParameters(OptimizerType type, Map<String, String> values) {
        try {
            optimizer.set(type.create(values));
            parameterError.set("");
            recompute();
            return true;
        } catch (IllegalArgumentException e) {
            parameterError.set(e.getMessage());
            return false;
        }
    }

    /** Sets the start; playback goes back to step 0. */
    public void setStart(double x, double y) {
        if (Double.isFinite(x) && Double.isFinite(y)) {
            playing.set(false);
            start.set(new double[] {x, y});
            playhead.set(0);
        }
    }

    /** Moves the start while dragging: the whole new path shows at once. */
    public void dragStart(double x, double y) {
        if (Double.isFinite(x) && Double.isFinite(y)) {
            playing.set(false);
            start.set(new double[] {x, y});
            playhead.set(trajectory.get() == null ? 0 : trajectory.get().lastStep());
        }
    }

    void recompute() {
        CompiledFunction f = function.get();
        double[] s = start.get();
        if (f == null || s == null) {
            return;
        }
        RunConfig config = new RunConfig(optimizer.get(), s[0], s[1], maxSteps.get(), tolerance.get(), noise.get(),
                seed.get(), 0);
        Trajectory t = Runner.run(f, config);
        trajectory.set(t);
        playhead.set(Math.min(playhead.get(), t.lastStep()));
        status.set(Status.of(t, tolerance.get()));
    }

    // ---- playback -------------------------------------------------------------------------------

    public void togglePlay() {
        Trajectory t = trajectory.get();
        if (t == null) {
            return;
        }
        if (!playing.get() && playhead.get() >= t.lastStep()) {
            playhead.set(0);
        }
        playing.set(!playing.get());
    }

    public void stepForward() {
        playing.set(false);
        Trajectory t = trajectory.get();
        if (t != null) {
            playhead.set(Math.min(t.lastStep(), playhead.get() + 1));
        }
    }

    public void stepBack() {
        playing.set(false);
        playhead.set(Math.max(0, playhead.get() - 1));
    }

    public void rewind() {
        playing.set(false);
        playhead.set(0);
    }

    /** Advances playback by {@code seconds} of time at the current speed. */
    void advance(double seconds, double[] carry) {
        Trajectory t = trajectory.get();
        if (t == null) {
            playing.set(false);
            return;
        }
        carry[0] += seconds * speed.get();
        int steps = (int) carry[0];
        carry[0] -= steps;
        int next = Math.min(t.lastStep(), playhead.get() + steps);
        playhead.set(next);
        if (next >= t.lastStep()) {
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

    public IntegerProperty maxStepsProperty() {
        return maxSteps;
    }

    public DoubleProperty toleranceProperty() {
        return tolerance;
    }

    public DoubleProperty noiseProperty() {
        return noise;
    }

    public ObjectProperty<Long> seedProperty() {
        return seed;
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
