package org.descentlab.ui.runs;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import org.descentlab.core.scenario.RunSettings;
import org.descentlab.ui.experiment.Experiment;

/**
 * A setting of the selected run that the run editor shows in a row of its own: what it is, told together with
 * the run's place in the list so that a view never shows one run's setting in another's place, and why the text
 * last typed for it did not take. That error is old news once the editor shows another run.
 *
 * @param <S> what the row shows, with the run's place
 */
public abstract class SelectedRunSetting<S> {

    protected final Experiment experiment;
    protected final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyObjectWrapper<S> shown = new ReadOnlyObjectWrapper<>(this, "shown");

    protected SelectedRunSetting(Experiment experiment) {
        this.experiment = experiment;
        experiment.scenarioProperty().addListener((o, was, now) -> {
            if (experiment.showsAnotherRun(was, now)) {
                error.set("");
            }
            show();
        });
        show();
    }

    /** What the row shows for the selected run {@code r}, at place {@code index}. */
    protected abstract S shown(int index, RunSettings r);

    private void show() {
        RunSettings r = experiment.scenario().selectedRun();
        shown.set(r == null ? null : shown(experiment.scenario().selected(), r));
    }

    /** What the row shows for the selected run, or null when there are no runs. */
    public final ReadOnlyObjectProperty<S> shownProperty() {
        return shown.getReadOnlyProperty();
    }

    /** Why the text typed did not take; empty when it did. */
    public final ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
