package org.descentlab.ui.runs;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import org.descentlab.core.Vec2;
import org.descentlab.core.optim.Convention;
import org.descentlab.core.optim.Optimizer;
import org.descentlab.core.optim.OptimizerType;
import org.descentlab.core.optim.ParameterSpec;
import org.descentlab.core.optim.schedule.ScheduledOptimizer;
import org.descentlab.core.scenario.LineStyle;
import org.descentlab.core.scenario.RunSettings;
import org.descentlab.core.scenario.Scenario;
import org.descentlab.ui.base.Numbers;
import org.descentlab.ui.base.Text;
import org.descentlab.ui.experiment.Experiment;

/**
 * Editing the selected run, and the settings every run shares. Text comes in as typed: a value that does
 * not read or is out of range sets an error naming it and changes nothing, so the path keeps the last good
 * settings. Switching optimizer brings back the values last used for that one on this run.
 */
public final class RunEditorViewModel {

    /**
     * The run being edited: where it is in the list and its settings, told together so that a view never
     * shows one run's settings in another's place.
     *
     * @param index its place in the list
     * @param run   its settings
     */
    public record Selection(int index, RunSettings run) {
    }

    /** Every optimizer has one, with a slider of its own. */
    public static final String LEARNING_RATE = "lr";

    private final Experiment experiment;
    private final GradientViewModel gradient;
    private final BatchViewModel batch;
    private final ScheduleViewModel schedule;
    private final ReadOnlyObjectWrapper<Selection> selection = new ReadOnlyObjectWrapper<>(this, "selection");
    private final ReadOnlyObjectWrapper<RunSettings> run = new ReadOnlyObjectWrapper<>(this, "run");
    private final ReadOnlyStringWrapper parameterError = new ReadOnlyStringWrapper(this, "parameterError", "");
    private final ReadOnlyStringWrapper runError = new ReadOnlyStringWrapper(this, "runError", "");
    private final ReadOnlyStringWrapper sharedError = new ReadOnlyStringWrapper(this, "sharedError", "");
    private final ReadOnlyStringWrapper conventionNote = new ReadOnlyStringWrapper(this, "conventionNote", "");
    /** The optimizer last used for each type, per run: switching back brings its values back. */
    private final Map<Integer, Map<OptimizerType, Optimizer>> used = new HashMap<>();

    public RunEditorViewModel(Experiment experiment) {
        this.experiment = experiment;
        this.gradient = new GradientViewModel(experiment);
        this.batch = new BatchViewModel(experiment);
        this.schedule = new ScheduleViewModel(experiment);
        experiment.scenarioProperty().addListener((o, was, now) -> {
            Experiment.Change kind = experiment.lastChange();
            boolean replaced = kind == Experiment.Change.OPEN || kind == Experiment.Change.LOAD;
            if (replaced || now.runs().size() != was.runs().size()) {
                // the memory is by place in the list: places moved
                used.clear();
            }
            if (replaced || kind == Experiment.Change.UNDO || was.selected() != now.selected()) {
                parameterError.set("");
                runError.set("");
                sharedError.set("");
            }
            show(now);
        });
        show(experiment.scenario());
    }

    private void show(Scenario s) {
        RunSettings r = s.selectedRun();
        // the run and its note first: a view told of the selection reads them
        run.set(r);
        conventionNote.set(r == null ? "" : RunLabels.conventionNote(r.type(), r.optimizer().convention()));
        selection.set(r == null ? null : new Selection(s.selected(), r));
    }

    private int index() {
        return experiment.scenario().selected();
    }

    /** Changes the selected run; with no run there is nothing to change. */
    private void updateRun(UnaryOperator<RunSettings> change, Experiment.Change kind) {
        if (run.get() != null) {
            experiment.update(s -> s.withRun(s.selected(), change), kind);
        }
    }

    // ---- optimizer ------------------------------------------------------------------------------

    /** The selected run's optimizer becomes {@code type}, with the values last used for it on this run. */
    public void setType(OptimizerType type) {
        RunSettings r = run.get();
        if (r == null || r.type() == type) {
            return;
        }
        Map<OptimizerType, Optimizer> memory = used.computeIfAbsent(index(), k -> new HashMap<>());
        memory.put(r.type(), r.optimizer());
        Convention c = r.optimizer().convention();
        Optimizer last = memory.get(type);
        RunSettings next = RunSettings.of(type.defaults(c), 0);
        if (last != null) {
            try {
                next = next.withOptimizer(last).withConvention(c);
            } catch (IllegalArgumentException refused) {
                // the values last used do not go with this convention: its defaults instead
            }
        }
        Optimizer chosen = next.optimizer();
        try {
            ScheduledOptimizer.check(chosen, r.schedule());
        } catch (IllegalArgumentException refused) {
            parameterError.set(refused.getMessage());
            return;
        }
        parameterError.set("");
        updateRun(x -> x.withOptimizer(chosen), Experiment.Change.STEP);
    }

    /** Sets one hyper-parameter from typed text; a bad value sets the error and keeps the last good optimizer. */
    public boolean setParameter(String name, String text) {
        RunSettings r = run.get();
        if (r == null) {
            return false;
        }
        try {
            Optimizer o = r.type().create(r.optimizer().parameters().withText(name, Numbers.typed(text)), r.optimizer().convention());
            parameterError.set("");
            updateRun(x -> x.withOptimizer(o), Experiment.Change.EDIT);
            return true;
        } catch (IllegalArgumentException e) {
            // what was typed so far may have read: say what the run uses now
            parameterError.set(inEffect(e.getMessage(), r.type().parameter(name).map(this::text).orElse("")));
            return false;
        }
    }

    /** An error, and the value that is in effect while the field holds what does not read. */
    private static String inEffect(String error, String value) {
        return value.isEmpty() ? error : Text.format("error.inEffect", error, value);
    }

    /**
     * The selected run follows PyTorch's or Keras's defaults and rules: values still at the old default
     * move to the new one's. A value the new convention refuses sets the error and changes nothing.
     */
    public boolean setConvention(Convention c) {
        RunSettings r = run.get();
        if (r == null || r.optimizer().convention() == c) {
            return true;
        }
        try {
            RunSettings next = r.withConvention(c);
            parameterError.set("");
            updateRun(x -> next, Experiment.Change.STEP);
            return true;
        } catch (IllegalArgumentException e) {
            parameterError.set(e.getMessage());
            return false;
        }
    }

    /** The learning-rate slider's range, log10: 1e-5 to 10. */
    public static final double LR_SLIDER_MIN = -5;
    public static final double LR_SLIDER_MAX = 1;

    /**
     * The slider moved to {@code log10} of a learning rate: the rate, to three significant digits (a slider
     * picks a rate; the field takes an exact one), as the field then shows it.
     */
    public String setLearningRateFromSlider(double log10) {
        String text = Numbers.exact(Numbers.round(Math.pow(10, log10), 3));
        setParameter(LEARNING_RATE, text);
        return text;
    }

    /**
     * Multiplies the selected run's learning rate by {@code factor} (the + and − keys: 2 and 0.5), as if the
     * product were typed: one undo entry, and a rate the optimizer refuses sets the error and changes nothing.
     */
    public boolean scaleLearningRate(double factor) {
        RunSettings r = run.get();
        return r != null && setParameter(LEARNING_RATE, Numbers.exact(r.optimizer().parameters().get(LEARNING_RATE) * factor));
    }

    /** Where the slider stands for the selected run's learning rate, within its range. */
    public double learningRateSliderPosition() {
        double lr = run.get().optimizer().parameters().get(LEARNING_RATE);
        return lr > 0 ? Math.max(LR_SLIDER_MIN, Math.min(LR_SLIDER_MAX, Math.log10(lr))) : LR_SLIDER_MIN;
    }

    /** The hyper-parameters with a row of their own: all but the learning rate, which has the slider. */
    public List<ParameterSpec> otherParameters() {
        return run.get().type().parameters().stream().filter(p -> !p.name().equals(LEARNING_RATE)).toList();
    }

    /** A flag's value. */
    public boolean flag(ParameterSpec spec) {
        return run.get().optimizer().parameters().flag(spec.name());
    }

    /** The learning rate's value as its field shows it. */
    public String learningRateText() {
        return text(run.get().type().parameter(LEARNING_RATE).orElseThrow());
    }

    /** A parameter's value as its field shows it: exact for numbers, true or false for flags, a choice's word. */
    public String text(ParameterSpec spec) {
        RunSettings r = run.get();
        return spec.numeric() ? Numbers.exact(r.optimizer().parameters().get(spec.name()))
                : r.optimizer().parameters().word(spec.name());
    }

    // ---- start, noise, look ---------------------------------------------------------------------

    /** Gives the run its own start (at the shared start, until moved), or back to the shared one. */
    public void setOwnStart(boolean own) {
        RunSettings r = run.get();
        if (r == null || own == (r.start() != null)) {
            return;
        }
        Vec2 at = own ? experiment.scenario().start() : null;
        runError.set("");
        updateRun(x -> x.withStart(at), Experiment.Change.STEP);
    }

    /** The run's own start from typed text. */
    public boolean setOwnStart(String x, String y) {
        try {
            Vec2 at = new Vec2(Numbers.finite(Text.get("run.startX"), x), Numbers.finite(Text.get("run.startY"), y));
            runError.set("");
            updateRun(r -> r.withStart(at), Experiment.Change.STEP);
            return true;
        } catch (IllegalArgumentException e) {
            runError.set(e.getMessage());
            return false;
        }
    }

    /** A click on the landscape: the selected run's own start moves there if it has one, otherwise the shared start. */
    public void moveStart(double x, double y) {
        moveStart(run.get() != null && run.get().start() != null ? index() : -1, x, y, Experiment.Change.STEP);
    }

    /** A start marker dragged to (x, y): run {@code runIndex}'s own start, or the shared one for −1; a drag is one undo entry. */
    public void dragStart(int runIndex, double x, double y) {
        moveStart(runIndex, x, y, Experiment.Change.GESTURE);
    }

    private void moveStart(int runIndex, double x, double y, Experiment.Change kind) {
        if (!Double.isFinite(x) || !Double.isFinite(y)) {
            return;
        }
        Vec2 at = new Vec2(x, y);
        if (runIndex < 0) {
            experiment.update(s -> s.withStart(at), kind);
        } else {
            experiment.update(s -> s.withRun(runIndex, r -> r.withStart(at)), kind);
        }
    }

    public boolean setNoise(String text) {
        try {
            double sigma = nonNegative(Text.get("run.noise"), text);
            runError.set("");
            updateRun(r -> r.withNoise(sigma), Experiment.Change.EDIT);
            return true;
        } catch (IllegalArgumentException e) {
            runError.set(inEffect(e.getMessage(), run.get() == null ? "" : Numbers.exact(run.get().noise())));
            return false;
        }
    }

    public boolean setSeed(String text) {
        try {
            long seed = Long.parseLong(text.strip());
            runError.set("");
            updateRun(r -> r.withSeed(seed), Experiment.Change.EDIT);
            return true;
        } catch (NumberFormatException e) {
            runError.set(inEffect(Text.format("error.wholeNumber", Text.get("run.seed"), text), run.get() == null ? "" : Numbers.whole(run.get().seed())));
            return false;
        }
    }

    public void setName(String name) {
        String n = name.length() > RunSettings.MAX_NAME_LENGTH ? name.substring(0, RunSettings.MAX_NAME_LENGTH) : name;
        updateRun(r -> r.withName(n), Experiment.Change.EDIT);
    }

    public void setColour(int colour) {
        updateRun(r -> r.withColour(colour), Experiment.Change.STEP);
    }

    public void setLine(LineStyle line) {
        updateRun(r -> r.withLine(line), Experiment.Change.STEP);
    }

    // ---- shared by all runs ---------------------------------------------------------------------

    public boolean setSteps(String text) {
        try {
            int n = Integer.parseInt(text.strip());
            if (n < 0 || n > Scenario.MAX_STEPS) {
                throw new NumberFormatException();
            }
            sharedError.set("");
            experiment.update(s -> s.withSteps(n), Experiment.Change.EDIT);
            return true;
        } catch (NumberFormatException e) {
            sharedError.set(inEffect(Text.format("error.steps", Scenario.MAX_STEPS, text),
                    Numbers.whole(experiment.scenario().steps())));
            return false;
        }
    }

    public boolean setTolerance(String text) {
        try {
            double t = nonNegative(Text.get("run.tolerance"), text);
            sharedError.set("");
            experiment.update(s -> s.withTolerance(t), Experiment.Change.EDIT);
            return true;
        } catch (IllegalArgumentException e) {
            sharedError.set(inEffect(e.getMessage(), Numbers.exact(experiment.scenario().tolerance())));
            return false;
        }
    }

    private static double nonNegative(String name, String text) {
        double v = Numbers.finite(name, text);
        if (v < 0) {
            throw new IllegalArgumentException(Text.format("error.nonNegative", name, text));
        }
        return v;
    }

    // ---- properties -----------------------------------------------------------------------------

    /** The selected run's learning-rate schedule. */
    public ScheduleViewModel schedule() {
        return schedule;
    }

    /** How the selected run takes its gradient: its own row of the editor. */
    public GradientViewModel gradient() {
        return gradient;
    }

    /** The selected run's mini-batch on a dataset: its own row of the editor. */
    public BatchViewModel batch() {
        return batch;
    }

    /** The run being edited with its place in the list, or null when there are no runs. */
    public ReadOnlyObjectProperty<Selection> selectionProperty() {
        return selection.getReadOnlyProperty();
    }

    /** The selected run's settings, or null when there are no runs. */
    public ReadOnlyObjectProperty<RunSettings> runProperty() {
        return run.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty parameterErrorProperty() {
        return parameterError.getReadOnlyProperty();
    }

    /** Why the start, noise or seed typed did not take; empty when they did. */
    public ReadOnlyStringProperty runErrorProperty() {
        return runError.getReadOnlyProperty();
    }

    /** Why the shared steps or tolerance typed did not take. */
    public ReadOnlyStringProperty sharedErrorProperty() {
        return sharedError.getReadOnlyProperty();
    }

    /** What the selected run's convention means for its optimizer. */
    public ReadOnlyStringProperty conventionNoteProperty() {
        return conventionNote.getReadOnlyProperty();
    }
}
