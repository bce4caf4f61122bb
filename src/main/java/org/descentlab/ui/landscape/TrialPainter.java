package org.descentlab.ui.landscape;

import java.util.List;

import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;

import org.descentlab.core.run.Trajectory;
import org.descentlab.ui.base.Palette;

/**
 * Draws the line-search trial points of each run's step at the playhead (the update that led to the current
 * point, the one the update rule explains; the first at step 0): a hollow square in the run's colour on its
 * casing at every point where that update evaluated f, and a thin dotted line of the search from the point it
 * started at to its farthest trial. Only points really evaluated are drawn: runs without a line search (every
 * optimizer but L-BFGS with strong_wolfe) have none.
 */
final class TrialPainter {

    /** Half the square's side, in pixels: around the current point's disc where the search ended there. */
    private static final double HALF = 5.5;

    private TrialPainter() {
    }

    static void draw(GraphicsContext gc, PlotMapping m, List<RunPath> paths, int playhead) {
        gc.setLineDashes();
        for (RunPath p : paths) {
            Trajectory t = p.trajectory();
            int step = Math.max(1, Math.min(playhead, t.lastStep()));
            List<Trajectory.Trial> trials = t.trials(step);
            if (!trials.isEmpty()) {
                draw(gc, m, t, step, trials, Palette.path(p.colour()));
            }
        }
        gc.setLineDashes();
    }

    private static void draw(GraphicsContext gc, PlotMapping m, Trajectory t, int step, List<Trajectory.Trial> trials, Color c) {
        double x0 = m.pixelX(t.x(step - 1));
        double y0 = m.pixelY(t.y(step - 1));
        Trajectory.Trial far = trials.get(0);
        for (Trajectory.Trial trial : trials) {
            if (Math.hypot(trial.x() - t.x(step - 1), trial.y() - t.y(step - 1))
                    > Math.hypot(far.x() - t.x(step - 1), far.y() - t.y(step - 1))) {
                far = trial;
            }
        }
        double fx = m.pixelX(far.x());
        double fy = m.pixelY(far.y());
        if (finite(x0, y0) && finite(fx, fy)) {
            // dots of the run's colour on a faint casing, so the line reads on dark and light ground alike
            gc.setStroke(Palette.casing(c).deriveColor(0, 1, 1, 0.5));
            gc.setLineWidth(3);
            gc.strokeLine(x0, y0, fx, fy);
            gc.setLineDashes(3, 3);
            gc.setStroke(c);
            gc.setLineWidth(1.5);
            gc.strokeLine(x0, y0, fx, fy);
            gc.setLineDashes();
        }
        for (Trajectory.Trial trial : trials) {
            double px = m.pixelX(trial.x());
            double py = m.pixelY(trial.y());
            if (!finite(px, py)) {
                continue;
            }
            gc.setStroke(Palette.casing(c));
            gc.setLineWidth(3.5);
            gc.strokeRect(px - HALF, py - HALF, 2 * HALF, 2 * HALF);
            gc.setStroke(c);
            gc.setLineWidth(1.5);
            gc.strokeRect(px - HALF, py - HALF, 2 * HALF, 2 * HALF);
        }
    }

    /** Whether a pixel is one to draw at: a number, and not so far off the view that the canvas would misplace it. */
    private static boolean finite(double px, double py) {
        return Double.isFinite(px) && Double.isFinite(py) && Math.abs(px) < 1e6 && Math.abs(py) < 1e6;
    }
}
