package org.descentlab.ui.analysis;

import java.util.List;
import java.util.Optional;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import org.descentlab.core.analysis.LocalGeometry;
import org.descentlab.core.run.Trajectory;
import org.descentlab.ui.base.Numbers;
import org.descentlab.ui.base.Text;
import org.descentlab.ui.experiment.Experiment;
import org.descentlab.ui.landscape.FieldLayer;
import org.descentlab.ui.playback.PlaybackViewModel;
import org.descentlab.ui.runs.RunItem;
import org.descentlab.ui.runs.RunsViewModel;

/**
 * The local geometry at the selected run's point at the playhead (its last point once the playhead is
 * past its end), while the scenario's analysis has it on: what is drawn there, and what it says, in the
 * side panel. Recomputed as the playhead moves (thirteen evaluations of f), when another run is
 * selected, and when its path changes.
 */
public final class LocalGeometryViewModel {

    private final Experiment experiment;
    private final RunsViewModel runs;
    private final PlaybackViewModel playback;
    private final ReadOnlyObjectWrapper<FieldLayer.Geometry> geometry = new ReadOnlyObjectWrapper<>(this, "geometry");
    private final ReadOnlyStringWrapper caption = new ReadOnlyStringWrapper(this, "caption", "");
    /** What the last computation was of: the same run item at the same step is the same geometry. */
    private RunItem shownItem;
    private int shownStep = -1;

    public LocalGeometryViewModel(Experiment experiment, RunsViewModel runs, PlaybackViewModel playback) {
        this.experiment = experiment;
        this.runs = runs;
        this.playback = playback;
        experiment.scenarioProperty().addListener((o, was, now) -> {
            if (now.analysis().localGeometry() != was.analysis().localGeometry()) {
                update();
            }
        });
        runs.selectedProperty().addListener(o -> update());
        playback.playheadProperty().addListener(o -> update());
        update();
    }

    private void update() {
        RunItem item = runs.selectedProperty().get();
        if (!experiment.scenario().analysis().localGeometry() || item == null) {
            shownItem = null;
            geometry.set(null);
            caption.set("");
            return;
        }
        Trajectory t = item.trajectory();
        int step = Math.max(0, Math.min(playback.playheadProperty().get(), t.lastStep()));
        if (item == shownItem && step == shownStep) {
            return;
        }
        shownItem = item;
        shownStep = step;
        double x = t.x(step);
        double y = t.y(step);
        Optional<LocalGeometry> local = Double.isFinite(x) && Double.isFinite(y)
                ? LocalGeometry.at(experiment.field(), x, y) : Optional.empty();
        if (local.isEmpty()) {
            geometry.set(null);
            caption.set(Text.format("geometry.undefined", step, Numbers.pair(x, y)));
            return;
        }
        LocalGeometry g = local.get();
        List<String> sentences = GeometryCaption.sentences(g, item.settings(), step);
        geometry.set(item.settings().visible() ? new FieldLayer.Geometry(g, GeometryCaption.brief(g, item.settings()), item.index())
                : null);
        caption.set(String.join(" ", item.settings().visible() ? sentences
                : List.of(Text.get("geometry.hidden"), String.join(" ", sentences))));
    }

    /** What is drawn at the point; null while off, with no run, where f is undefined, or for a hidden run. */
    public ReadOnlyObjectProperty<FieldLayer.Geometry> geometryProperty() {
        return geometry.getReadOnlyProperty();
    }

    /** What the geometry says of the point and the next steps, for the side panel; empty while off. */
    public ReadOnlyStringProperty captionProperty() {
        return caption.getReadOnlyProperty();
    }
}
