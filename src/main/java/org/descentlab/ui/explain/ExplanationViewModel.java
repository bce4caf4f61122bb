package org.descentlab.ui.explain;

import java.util.LinkedHashMap;
import java.util.Map;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import org.descentlab.core.analysis.StepExplanation;
import org.descentlab.core.field.Differences;
import org.descentlab.core.field.GradientError;
import org.descentlab.core.optim.Convention;
import org.descentlab.core.optim.Hyperparameters;
import org.descentlab.core.optim.Optimizer;
import org.descentlab.core.optim.ParameterSpec;
import org.descentlab.core.run.RunConfig;
import org.descentlab.core.run.Trajectory;
import org.descentlab.ui.base.Numbers;
import org.descentlab.ui.base.Text;
import org.descentlab.ui.experiment.Experiment;
import org.descentlab.ui.playback.PlaybackViewModel;
import org.descentlab.ui.runs.RunItem;
import org.descentlab.ui.runs.RunsViewModel;

/**
 * The selected run's update at the playhead, written out by the optimizer itself (the run is replayed
 * with its trace switched on for that step). At step 0 the next step, the first, is shown. With it, how
 * the gradient of that step was taken (central or forward differences, the step h there) and its
 * estimated error there ({@link GradientError}): computed at the point, never guessed.
 */
public final class ExplanationViewModel {

    /** An error of the gradient at least this part of ‖∇f‖ is said to bias the path: 1%. */
    public static final double BIASED = 0.01;

    private final Experiment experiment;
    private final RunsViewModel runs;
    private final PlaybackViewModel playback;
    private final ReadOnlyObjectWrapper<StepExplanation> explanation = new ReadOnlyObjectWrapper<>(this, "explanation");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "");
    private final ReadOnlyStringWrapper parameters = new ReadOnlyStringWrapper(this, "parameters", "");
    private final ReadOnlyStringWrapper gradient = new ReadOnlyStringWrapper(this, "gradient", "");
    private final ReadOnlyBooleanWrapper gradientBiased = new ReadOnlyBooleanWrapper(this, "gradientBiased", false);

    public ExplanationViewModel(Experiment experiment, RunsViewModel runs, PlaybackViewModel playback) {
        this.experiment = experiment;
        this.runs = runs;
        this.playback = playback;
        runs.selectedProperty().addListener(o -> explain());
        playback.playheadProperty().addListener(o -> explain());
        explain();
    }

    private void explain() {
        RunItem item = runs.selectedProperty().get();
        Trajectory t = item == null ? null : item.trajectory();
        if (t == null || t.lastStep() < 1) {
            explanation.set(null);
            title.set(Text.get("explain.title"));
            parameters.set(Text.get("explain.none"));
            gradient.set("");
            gradientBiased.set(false);
            return;
        }
        // the step the panel shows is within the selected run's own path, whatever the shared playhead
        int k = playback.playheadProperty().get();
        int step = Math.max(1, Math.min(k, t.lastStep()));
        RunConfig config = item.settings().config(experiment.scenario());
        // the gradient of step t is the one at x_t−1, where the step starts
        Differences d = config.differences();
        GradientError error = GradientError.estimate(experiment.field(), t.x(step - 1), t.y(step - 1), d);
        gradient.set(gradientText(d, error, t.x(step - 1), t.y(step - 1)));
        gradientBiased.set(biased(error));
        StepExplanation e = StepExplanation.of(config, experiment.field(), step);
        explanation.set(e);
        title.set(Text.format(k < step ? "explain.titleFirst" : "explain.titleStep", item.label(), step));
        parameters.set(parameterText(item.settings().optimizer(), step, e.scheduled()));
    }

    /** Whether the error is a large enough part of ‖∇f‖ to bias the path: at least {@link #BIASED}. */
    static boolean biased(GradientError e) {
        return e.isFinite() && e.resolved() && e.relative() >= BIASED;
    }

    /**
     * "∇f by central differences, h = 6.06e-6 (auto): estimated error 3.1e-11", "∇f by forward differences,
     * h = 0.5: estimated error 0.707, 25% of ‖∇f‖ — the path is biased"; "below 1e-14" for an error the
     * reference cannot tell from zero. The step is the one taken at (x, y): automatic steps grow with |x|.
     */
    static String gradientText(Differences d, GradientError e, double x, double y) {
        String method = Text.get("explain." + d.scheme().id());
        double hx = d.step(x);
        double hy = d.step(y);
        String h = hx == hy ? Numbers.label(hx) : Numbers.pair(hx, hy);
        if (d.isAuto()) {
            h = Text.format("explain.stepAuto", h);
        }
        if (!e.isFinite()) {
            return Text.format("explain.gradientUnknown", method, h);
        }
        if (!e.resolved()) {
            return Text.format("explain.gradientBelow", method, h, Numbers.label(e.resolutionNorm()));
        }
        if (!biased(e)) {
            return Text.format("explain.gradient", method, h, Numbers.label(e.norm()));
        }
        if (Double.isInfinite(e.relative())) {
            return Text.format("explain.gradientAtZero", method, h, Numbers.label(e.norm()));
        }
        // a percentage to two digits: "25%", "0.71%"
        double percent = Numbers.round(100 * e.relative(), 2);
        return Text.format("explain.gradientBiased", method, h, Numbers.label(e.norm()), Numbers.label(percent));
    }

    /**
     * "adam (PyTorch)   t = 3   lr = 0.1   beta1 = 0.9   …", each value the one step t used: where the schedule
     * set one ({@code scheduled}: lr, and momentum or beta1 where it cycles one), that, marked as scheduled.
     */
    static String parameterText(Optimizer o, int t, Map<String, Double> scheduled) {
        StringBuilder values = new StringBuilder();
        Hyperparameters p = o.parameters();
        Map<String, Double> rest = new LinkedHashMap<>(scheduled);
        for (ParameterSpec spec : o.type().parameters()) {
            Double set = rest.remove(spec.name());
            String value = set != null ? Text.format("explain.scheduledValue", Numbers.label(set))
                    : spec.numeric() ? Numbers.label(p.get(spec.name())) : p.word(spec.name());
            // a name and its value never part at the end of a line
            values.append("   ").append(spec.name()).append("\u00a0=\u00a0").append(value);
        }
        // plain descent under a schedule that cycles momentum runs as SGD with momentum
        rest.forEach((name, v) -> values.append("   ").append(name).append("\u00a0=\u00a0")
                .append(Text.format("explain.scheduledValue", Numbers.label(v))));
        return Text.format("explain.parameters", o.type().name(),
                Text.get(o.type().rule(o.convention()) == Convention.KERAS ? "convention.kerasShort" : "convention.pytorch"), t, values);
    }

    /** The selected run's step at the playhead (the first while at step 0), or null when it has none. */
    public ReadOnlyObjectProperty<StepExplanation> explanationProperty() {
        return explanation.getReadOnlyProperty();
    }

    /** The optimizer, its convention, t and every hyper-parameter; what to say when there is no step. */
    public ReadOnlyStringProperty parametersProperty() {
        return parameters.getReadOnlyProperty();
    }

    /** How the gradient of the step shown was taken, and its estimated error there; empty when there is no step. */
    public ReadOnlyStringProperty gradientProperty() {
        return gradient.getReadOnlyProperty();
    }

    /** Whether that error biases the path: at least {@link #BIASED} of ‖∇f‖. */
    public ReadOnlyBooleanProperty gradientBiasedProperty() {
        return gradientBiased.getReadOnlyProperty();
    }

    /** "Update rule — adam lr=0.1   step t = 3". */
    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }
}
