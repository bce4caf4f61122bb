package org.descentlab.ui.analysis;

import java.util.function.UnaryOperator;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

import org.descentlab.core.scenario.Analysis;
import org.descentlab.ui.experiment.Experiment;

/**
 * What the scenario says is drawn over the landscape besides the runs ({@link Analysis}), and changes to
 * it. Each part (critical points, the gradient field, many starts, basins) has its own view-model over
 * this one for what it computes.
 */
public final class AnalysisViewModel {

    private final Experiment experiment;
    private final ReadOnlyObjectWrapper<Analysis> analysis = new ReadOnlyObjectWrapper<>(this, "analysis");

    public AnalysisViewModel(Experiment experiment) {
        this.experiment = experiment;
        analysis.set(experiment.scenario().analysis());
        experiment.scenarioProperty().addListener((o, was, now) -> analysis.set(now.analysis()));
    }

    public ReadOnlyObjectProperty<Analysis> analysisProperty() {
        return analysis;
    }

    public Analysis analysis() {
        return analysis.get();
    }

    /** A switch turned: an undo entry of its own. */
    public void toggle(UnaryOperator<Analysis> change) {
        change(change, Experiment.Change.STEP);
    }

    /** A slider or a number typed: a burst of them is one undo entry. */
    public void edit(UnaryOperator<Analysis> change) {
        change(change, Experiment.Change.EDIT);
    }

    private void change(UnaryOperator<Analysis> change, Experiment.Change kind) {
        Analysis now = analysis.get();
        Analysis next = change.apply(now);
        if (!next.equals(now)) {
            experiment.update(s -> s.withAnalysis(change.apply(s.analysis())), kind);
        }
    }
}
