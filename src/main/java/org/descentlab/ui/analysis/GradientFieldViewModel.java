package org.descentlab.ui.analysis;

import java.util.Objects;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

import org.descentlab.core.Vec2;
import org.descentlab.core.analysis.GradientField;
import org.descentlab.core.field.ScalarField;
import org.descentlab.core.field.Derivatives;
import org.descentlab.core.raster.Domain;
import org.descentlab.core.scenario.Analysis;
import org.descentlab.ui.base.Background;
import org.descentlab.ui.experiment.Experiment;
import org.descentlab.ui.landscape.LandscapeViewModel;

/**
 * The gradient field while the scenario's analysis has it on: −∇f, normalised, on a grid of
 * {@link Analysis#arrows()} square cells across the wider side of the view shown, sampled again when the
 * function, the view, the plot's shape or the density changes. Sampling runs in the background (a long
 * typed function takes tens of milliseconds for 64 arrows across); a new request cancels the one before,
 * and the last field stays shown until the new one is ready. Turned off, it is gone at once. And −∇f at
 * the mouse, while the field is on.
 */
public final class GradientFieldViewModel {

    private final Experiment experiment;
    private final LandscapeViewModel landscape;
    private final Background background;
    private final ReadOnlyObjectWrapper<GradientField> field = new ReadOnlyObjectWrapper<>(this, "field");
    private final ReadOnlyObjectWrapper<GradientField.Arrow> hoverArrow = new ReadOnlyObjectWrapper<>(this, "hoverArrow");
    private final ReadOnlyBooleanWrapper sampling = new ReadOnlyBooleanWrapper(this, "sampling", false);
    private Request requested;
    private Background.Job job;

    /** What a field is sampled from: the same request twice is sampled once. */
    private record Request(ScalarField function, Domain domain, int columns, int rows) {
    }

    public GradientFieldViewModel(Experiment experiment, LandscapeViewModel landscape, Background background) {
        this.experiment = experiment;
        this.landscape = landscape;
        this.background = background;
        experiment.scenarioProperty().addListener((o, was, now) -> {
            if (!Experiment.sameLandscape(now, was) || !now.analysis().equals(was.analysis())) {
                update();
            }
        });
        landscape.shownProperty().addListener(o -> update());
        landscape.plotAspectProperty().addListener(o -> update());
        landscape.hoverPointProperty().addListener(o -> hover());
        update();
    }

    private void update() {
        Analysis a = experiment.scenario().analysis();
        Domain shown = landscape.shownProperty().get();
        if (!a.gradientField() || shown == null) {
            cancel();
            requested = null;
            field.set(null);
        } else {
            int[] cells = GradientField.cells(a.arrows(), landscape.plotAspectProperty().get());
            Request r = new Request(experiment.pictureField(), shown, cells[0], cells[1]);
            if (!r.equals(requested)) {
                sample(r);
            }
        }
        hover();
    }

    private void sample(Request r) {
        cancel();
        requested = r;
        sampling.set(true);
        job = background.submit(p -> GradientField.sample(r.function(), r.domain(), r.columns(), r.rows(), p::cancelled), result -> {
            if (Objects.equals(requested, r)) {
                field.set(result);
                sampling.set(false);
            }
        }, failure -> {
            // the last field stays: a field that cannot be sampled is no reason to drop what was there
            if (Objects.equals(requested, r)) {
                sampling.set(false);
            }
        }, progress -> {
        });
    }

    private void cancel() {
        if (job != null) {
            job.cancel();
            job = null;
        }
        sampling.set(false);
    }

    private void hover() {
        Vec2 at = landscape.hoverPointProperty().get();
        if (at == null || !experiment.scenario().analysis().gradientField()) {
            hoverArrow.set(null);
            return;
        }
        double[] g = Derivatives.gradient(experiment.field(), at.x(), at.y());
        double norm = Math.hypot(g[0], g[1]);
        hoverArrow.set(norm > 0 && Double.isFinite(norm) ? new GradientField.Arrow(at.x(), at.y(), -g[0] / norm, -g[1] / norm, norm)
                : null);
    }

    /** The field shown; null while it is off (or before the first one is sampled). */
    public ReadOnlyObjectProperty<GradientField> fieldProperty() {
        return field.getReadOnlyProperty();
    }

    /** −∇f at the mouse while the field is on; null when off, away from the landscape, or where ∇f is 0 or undefined. */
    public ReadOnlyObjectProperty<GradientField.Arrow> hoverArrowProperty() {
        return hoverArrow.getReadOnlyProperty();
    }

    /** True from a request until its field is shown. */
    public ReadOnlyBooleanProperty samplingProperty() {
        return sampling.getReadOnlyProperty();
    }
}
