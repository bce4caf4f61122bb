package org.descentlab.ui;

import java.util.List;

import javafx.scene.paint.Color;

import org.descentlab.core.run.Trajectory;

/**
 * One run drawn on the landscape.
 *
 * @param trajectory its path
 * @param color      its colour
 * @param label      its legend label
 * @param style      its line style
 * @param ghosts     its previous paths, newest first, drawn dimmed
 * @param ownStart   its own start marker, or null when it starts from the shared start
 */
public record PathLayer(Trajectory trajectory, Color color, String label, RunViewModel.LineStyle style,
        List<Trajectory> ghosts, double[] ownStart) {

    public PathLayer {
        ghosts = List.copyOf(ghosts);
    }

    /** A solid path with no ghosts that starts from the shared start. */
    public PathLayer(Trajectory trajectory, Color color, String label) {
        this(trajectory, color, label, RunViewModel.LineStyle.SOLID, List.of(), null);
    }

    /** How a run is drawn now. */
    static PathLayer of(RunViewModel r) {
        return new PathLayer(r.trajectoryProperty().get(), r.color(), r.label().get(), r.lineStyleProperty().get(),
                r.ghosts(), r.ownStartProperty().get());
    }
}
