package org.descentlab.ui.explain;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import org.descentlab.core.analysis.StepExplanation;
import org.descentlab.core.optim.Convention;
import org.descentlab.core.optim.Hyperparameters;
import org.descentlab.core.optim.Optimizer;
import org.descentlab.core.optim.ParameterSpec;
import org.descentlab.core.run.Trajectory;
import org.descentlab.ui.base.Numbers;
import org.descentlab.ui.base.Text;
import org.descentlab.ui.experiment.Experiment;
import org.descentlab.ui.playback.PlaybackViewModel;
import org.descentlab.ui.runs.RunItem;
import org.descentlab.ui.runs.RunsViewModel;

/**
 * The selected run's update at the playhead, written out by the optimizer itself (the run is replayed
 * with its trace switched on for that step). At step 0 the next step, the first, is shown.
 */
public final class ExplanationViewModel {

    private final Experiment experiment;
    private final RunsViewModel runs;
    private final PlaybackViewModel playback;
    private final ReadOnlyObjectWrapper<StepExplanation> explanation = new ReadOnlyObjectWrapper<>(this, "explanation");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "");
    private final ReadOnlyStringWrapper parameters = new ReadOnlyStringWrapper(this, "parameters", "");

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
            return;
        }
        // the step the panel shows is within the selected run's own path, whatever the shared playhead
        int k = playback.playheadProperty().get();
        int step = Math.max(1, Math.min(k, t.lastStep()));
        explanation.set(StepExplanation.of(item.settings().config(experiment.scenario()), experiment.function(), step));
        title.set(Text.format(k < step ? "explain.titleFirst" : "explain.titleStep", item.label(), step));
        parameters.set(parameterText(item.settings().optimizer(), step));
    }

    /** "adam (PyTorch)   t = 3   lr = 0.1   beta1 = 0.9   …". */
    static String parameterText(Optimizer o, int t) {
        StringBuilder values = new StringBuilder();
        Hyperparameters p = o.parameters();
        for (ParameterSpec spec : o.type().parameters()) {
            // a name and its value never part at the end of a line
            values.append("   ").append(spec.name()).append("\u00a0=\u00a0")
                    .append(spec.bool() ? String.valueOf(p.flag(spec.name())) : Numbers.label(p.get(spec.name())));
        }
        return Text.format("explain.parameters", o.type().name(),
                Text.get(o.convention() == Convention.KERAS ? "convention.kerasShort" : "convention.pytorch"), t, values);
    }

    /** The selected run's step at the playhead (the first while at step 0), or null when it has none. */
    public ReadOnlyObjectProperty<StepExplanation> explanationProperty() {
        return explanation.getReadOnlyProperty();
    }

    /** The optimizer, its convention, t and every hyper-parameter; what to say when there is no step. */
    public ReadOnlyStringProperty parametersProperty() {
        return parameters.getReadOnlyProperty();
    }

    /** "Update rule — adam lr=0.1   step t = 3". */
    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }
}
