package org.descentlab.ui;

import java.util.LinkedHashMap;
import java.util.Map;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
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
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.paint.Color;

import org.descentlab.core.optim.Convention;
import org.descentlab.core.optim.Optimizer;
import org.descentlab.core.optim.OptimizerType;
import org.descentlab.core.optim.ParameterSpec;
import org.descentlab.core.run.Trajectory;

/**
 * One run in the run list: its optimizer and hyper-parameters under a convention, how it is drawn, where
 * it starts, its gradient noise, and its latest and previous ("ghost") paths. {@link MainViewModel}
 * reruns it when anything here that decides its path changes.
 */
public final class RunViewModel {

    /** How many previous paths a run keeps. */
    public static final int MAX_GHOSTS = 3;

    /** Line styles, so runs read apart without colour. */
    public enum LineStyle {
        SOLID("solid"), DASHED("dashed", 6, 4), DOTTED("dotted", 1.5, 3), DASH_DOT("dash-dot", 7, 3, 1.5, 3);

        private final String label;
        private final double[] dashes;

        LineStyle(String label, double... dashes) {
            this.label = label;
            this.dashes = dashes;
        }

        /** Dash and gap lengths in pixels for a line this wide; empty for a solid line. */
        public double[] dashes(double width) {
            double[] out = dashes.clone();
            for (int k = 0; k < out.length; k++) {
                out[k] *= Math.max(1, width / 2);
            }
            return out;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    private final StringProperty name = new SimpleStringProperty(this, "name", "");
    private final ReadOnlyObjectWrapper<OptimizerType> type = new ReadOnlyObjectWrapper<>(this, "type");
    private final ReadOnlyObjectWrapper<Convention> convention = new ReadOnlyObjectWrapper<>(this, "convention",
            Convention.PYTORCH);
    private final Map<OptimizerType, Map<String, String>> parameterText = new LinkedHashMap<>();
    private final ReadOnlyObjectWrapper<Optimizer> optimizer = new ReadOnlyObjectWrapper<>(this, "optimizer");
    private final ReadOnlyStringWrapper parameterError = new ReadOnlyStringWrapper(this, "parameterError", "");
    private final IntegerProperty colour = new SimpleIntegerProperty(this, "colour", 0);
    private final ObjectProperty<LineStyle> lineStyle = new SimpleObjectProperty<>(this, "lineStyle", LineStyle.SOLID);
    private final BooleanProperty visible = new SimpleBooleanProperty(this, "visible", true);
    private final ObjectProperty<double[]> ownStart = new SimpleObjectProperty<>(this, "ownStart");
    private final DoubleProperty noise = new SimpleDoubleProperty(this, "noise", 0);
    private final ObjectProperty<Long> seed = new SimpleObjectProperty<>(this, "seed", 0L);
    private final ReadOnlyObjectWrapper<Trajectory> trajectory = new ReadOnlyObjectWrapper<>(this, "trajectory");
    private final ObservableList<Trajectory> ghosts = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final StringBinding label;
    /** When its path last changed, for grouping a burst of edits into one ghost. */
    long lastChange = Long.MIN_VALUE;

    public RunViewModel(Optimizer initial, int colourIndex) {
        type.set(initial.type());
        convention.set(initial.convention());
        optimizer.set(initial);
        parameterText.put(initial.type(), new LinkedHashMap<>(initial.describe()));
        colour.set(colourIndex);
        label = Bindings.createStringBinding(this::autoLabel, name, optimizer, ownStart, noise);
    }

    /** A copy with the same settings (not its paths), drawn in {@code colourIndex}. */
    RunViewModel copy(int colourIndex) {
        RunViewModel c = new RunViewModel(optimizer.get(), colourIndex);
        parameterText.forEach((t, m) -> c.parameterText.put(t, new LinkedHashMap<>(m)));
        c.type.set(type.get());
        c.parameterError.set(parameterError.get());
        c.lineStyle.set(lineStyle.get());
        c.ownStart.set(ownStart.get() == null ? null : ownStart.get().clone());
        c.noise.set(noise.get());
        c.seed.set(seed.get());
        return c;
    }

    // ---- optimizer ------------------------------------------------------------------------------

    /** Switches optimizer, with the values last typed for it (or the convention's defaults). */
    public boolean setType(OptimizerType t) {
        type.set(t);
        return apply();
    }

    /** Sets one hyper-parameter from typed text; a bad value sets the error and keeps the last good optimizer. */
    public boolean setParameter(String parameter, String text) {
        texts().put(parameter, text);
        return apply();
    }

    /**
     * Switches between PyTorch's and Keras's defaults and rules. Values still at the old convention's
     * default take the new one's; values the user typed stay.
     */
    public boolean setConvention(Convention c) {
        Convention old = convention.get();
        convention.set(c);
        parameterText.forEach((t, values) -> {
            for (ParameterSpec spec : t.parameters()) {
                String v = values.get(spec.name());
                if (v == null || isDefault(t, spec, v, old)) {
                    values.put(spec.name(), t.defaultText(spec, c));
                }
            }
        });
        return apply();
    }

    private static boolean isDefault(OptimizerType t, ParameterSpec spec, String text, Convention c) {
        try {
            double v = spec.parse(t.name(), text);
            return v == t.defaultValue(spec, c);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** The text last typed for each parameter of the current optimizer. */
    public Map<String, String> parameterText() {
        return Map.copyOf(texts());
    }

    private Map<String, String> texts() {
        return parameterText.computeIfAbsent(type.get(), t -> {
            Map<String, String> m = new LinkedHashMap<>();
            for (ParameterSpec spec : t.parameters()) {
                m.put(spec.name(), t.defaultText(spec, convention.get()));
            }
            return m;
        });
    }

    private boolean apply() {
        try {
            optimizer.set(type.get().create(texts(), convention.get()));
            parameterError.set("");
            return true;
        } catch (IllegalArgumentException e) {
            parameterError.set(e.getMessage());
            return false;
        }
    }

    // ---- paths ----------------------------------------------------------------------------------

    /**
     * Shows a new path. When {@code keepGhost}, the one it replaces stays as a ghost, unless it is the
     * same path or the change is part of a burst (edits closer than {@code burstNanos} to the last).
     */
    void show(Trajectory next, boolean keepGhost, long now, long burstNanos) {
        Trajectory old = trajectory.get();
        boolean burst = lastChange != Long.MIN_VALUE && now - lastChange < burstNanos;
        if (keepGhost && old != null && !burst && !samePath(old, next)) {
            ghosts.add(0, old);
            if (ghosts.size() > MAX_GHOSTS) {
                ghosts.remove(MAX_GHOSTS, ghosts.size());
            }
        }
        if (keepGhost) {
            lastChange = now;
        }
        trajectory.set(next);
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

    public void clearGhosts() {
        ghosts.clear();
        lastChange = Long.MIN_VALUE;
    }

    void setStatus(String s) {
        status.set(s);
    }

    // ---- labels ---------------------------------------------------------------------------------

    /** The name the user gave, or one made from the settings: "adam lr=0.1 beta1=0.8 · Keras from (1, 2)". */
    private String autoLabel() {
        String given = name.get().strip();
        if (!given.isEmpty()) {
            return given;
        }
        Optimizer o = optimizer.get();
        StringBuilder s = new StringBuilder(o.type().name());
        Map<String, String> values = o.describe();
        for (ParameterSpec spec : o.type().parameters()) {
            double v = spec.bool() ? (o.parameters().flag(spec.name()) ? 1 : 0) : o.parameters().get(spec.name());
            if (spec.name().equals("lr") || v != o.type().defaultValue(spec, o.convention())) {
                s.append(' ').append(spec.name()).append('=').append(spec.bool() ? values.get(spec.name()) : Ticks.label(v));
            }
        }
        if (o.convention() == Convention.KERAS) {
            s.append(" · Keras");
        }
        if (noise.get() > 0) {
            s.append(" σ=").append(Ticks.label(noise.get()));
        }
        double[] at = ownStart.get();
        if (at != null) {
            s.append(" from (").append(Ticks.label(at[0])).append(", ").append(Ticks.label(at[1])).append(')');
        }
        return s.toString();
    }

    // ---- properties -----------------------------------------------------------------------------

    /** The name the user typed; empty for a name made from the settings. */
    public StringProperty nameProperty() {
        return name;
    }

    /** What the legend, the list and the table call this run. */
    public StringBinding label() {
        return label;
    }

    public ReadOnlyObjectProperty<OptimizerType> typeProperty() {
        return type.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Convention> conventionProperty() {
        return convention.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Optimizer> optimizerProperty() {
        return optimizer.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty parameterErrorProperty() {
        return parameterError.getReadOnlyProperty();
    }

    /** Index into {@link Palette#PATHS}. */
    public IntegerProperty colourProperty() {
        return colour;
    }

    public Color color() {
        return Palette.path(colour.get());
    }

    public ObjectProperty<LineStyle> lineStyleProperty() {
        return lineStyle;
    }

    public BooleanProperty visibleProperty() {
        return visible;
    }

    /** This run's own start, or null when it starts from the shared start. */
    public ObjectProperty<double[]> ownStartProperty() {
        return ownStart;
    }

    public DoubleProperty noiseProperty() {
        return noise;
    }

    public ObjectProperty<Long> seedProperty() {
        return seed;
    }

    public ReadOnlyObjectProperty<Trajectory> trajectoryProperty() {
        return trajectory.getReadOnlyProperty();
    }

    /** Previous paths, newest first, at most {@link #MAX_GHOSTS}. */
    public ObservableList<Trajectory> ghosts() {
        return ghosts;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    @Override
    public String toString() {
        return label.get();
    }
}
