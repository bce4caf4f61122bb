package org.descentlab.ui.landscape;

import java.util.function.IntConsumer;
import java.util.function.Supplier;

import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;

import org.descentlab.core.Vec2;
import org.descentlab.core.scenario.RunSettings;
import org.descentlab.core.scenario.Scenario;
import org.descentlab.ui.base.Numbers;
import org.descentlab.ui.runs.RunEditorViewModel;

/**
 * The mouse on a landscape: a click sets the start (the selected run's own, or the shared one), dragging
 * a start marker moves it with the whole path following, dragging the legend moves it (a double click puts
 * it back where it hides least), dragging elsewhere pans, the wheel zooms at the cursor, and hovering
 * reads f there. Only the primary button sets or drags a start. In a pane of small multiples, a press
 * also selects the pane's run; the context menu's (the secondary button) does nothing here.
 */
public final class LandscapeGestures {

    /** Pixels within which a press on a start marker drags it. */
    private static final double GRAB_RADIUS = 10;

    private final LandscapeViewModel landscape;
    private final RunEditorViewModel editor;
    private final Supplier<Scenario> scenario;
    private final IntConsumer select;
    private final Runnable rewind;
    private final Runnable showWhole;
    /** The run whose own start is being dragged; −1 for the shared start. */
    private int dragTarget;
    private double pressX;
    private double pressY;
    private double lastX;
    private double lastY;
    private boolean draggingStart;
    private boolean moved;
    /** The press was on the legend: where in it, in pixels from its corner; null otherwise. */
    private double[] legendGrip;
    /** The press was not with the primary button: it neither pans nor sets a start. */
    private boolean ignored;

    /**
     * @param select    selects a run by index (a press in its pane)
     * @param rewind    playback back to step 0 (after a click sets a start)
     * @param showWhole playback on to the end (while a start is dragged)
     */
    public LandscapeGestures(LandscapeViewModel landscape, RunEditorViewModel editor, Supplier<Scenario> scenario,
            IntConsumer select, Runnable rewind, Runnable showWhole) {
        this.landscape = landscape;
        this.editor = editor;
        this.scenario = scenario;
        this.select = select;
        this.rewind = rewind;
        this.showWhole = showWhole;
    }

    /**
     * Wires the mouse of {@code view}.
     *
     * @param only the run the view shows alone (a pane of small multiples), or −1 for all
     */
    public void install(LandscapeView view, int only) {
        var plot = view.plotArea();
        plot.setOnMousePressed(e -> pressed(view, only, e));
        plot.setOnMouseDragged(e -> dragged(view, e));
        plot.setOnMouseReleased(e -> released(view, e));
        plot.setOnMouseMoved(e -> landscape.hover(view.planeX(e.getX()), view.planeY(e.getY())));
        plot.setOnMouseExited(e -> landscape.clearHover());
        plot.setOnScroll(e -> scrolled(view, e));
    }

    private void pressed(LandscapeView view, int only, MouseEvent e) {
        pressX = lastX = e.getX();
        pressY = lastY = e.getY();
        moved = false;
        legendGrip = null;
        ignored = e.getButton() != MouseButton.PRIMARY;
        if (e.getButton() == MouseButton.SECONDARY || e.isPopupTrigger()) {
            // the context menu's press: the menu opens on what is shown, and nothing else happens
            return;
        }
        if (only >= 0 && only != scenario.get().selected()) {
            // any other press in a pane selects its run, on the legend or with the middle button too
            select.accept(only);
        }
        if (ignored) {
            return;
        }
        Bounds legend = view.legendBounds();
        if (legend != null && legend.contains(e.getX(), e.getY())) {
            if (e.getClickCount() == 2) {
                view.legendAtProperty().set(null);
                ignored = true;
                return;
            }
            Bounds b = view.legendBounds();
            legendGrip = new double[] {e.getX() - b.getMinX(), e.getY() - b.getMinY()};
            return;
        }
        // a pan or a start dragged, from press to release: one undo entry either way
        landscape.beginPan();
        draggingStart = false;
        Scenario s = scenario.get();
        // the nearest start marker under the mouse: a run's own start, or the shared start
        double best = GRAB_RADIUS;
        for (int k = 0; k < s.runs().size(); k++) {
            RunSettings r = s.runs().get(k);
            if (r.start() != null && r.visible() && (only < 0 || only == k)) {
                double d = distance(view, r.start(), e);
                if (d <= best) {
                    best = d;
                    draggingStart = true;
                    dragTarget = k;
                }
            }
        }
        if (distance(view, s.start(), e) < best) {
            draggingStart = true;
            dragTarget = -1;
        }
    }

    private static double distance(LandscapeView view, Vec2 at, MouseEvent e) {
        return Math.hypot(view.pixelX(at.x()) - e.getX(), view.pixelY(at.y()) - e.getY());
    }

    private void dragged(LandscapeView view, MouseEvent e) {
        if (ignored) {
            return;
        }
        if (!moved && Math.hypot(e.getX() - pressX, e.getY() - pressY) > 3) {
            moved = true;
        }
        if (legendGrip != null) {
            var plot = view.plotArea();
            view.legendAtProperty().set(new Point2D((e.getX() - legendGrip[0]) / plot.getWidth(),
                    (e.getY() - legendGrip[1]) / plot.getHeight()));
            return;
        }
        if (draggingStart) {
            editor.dragStart(dragTarget, snapX(view, e.getX()), snapY(view, e.getY()));
            showWhole.run();
        } else if (moved) {
            landscape.pan(view.planeX(lastX) - view.planeX(e.getX()), view.planeY(lastY) - view.planeY(e.getY()));
        }
        lastX = e.getX();
        lastY = e.getY();
        landscape.hover(view.planeX(e.getX()), view.planeY(e.getY()));
    }

    private void released(LandscapeView view, MouseEvent e) {
        if (ignored || legendGrip != null) {
            legendGrip = null;
            return;
        }
        if (!moved && !draggingStart) {
            editor.moveStart(snapX(view, e.getX()), snapY(view, e.getY()));
            rewind.run();
        }
        landscape.endPan();
        draggingStart = false;
    }

    /** The plane x under a pixel, on the decimal grid of a pixel's width: a start reads −6.25, not −6.2531…. */
    private static double snapX(LandscapeView view, double px) {
        return Numbers.snap(view.planeX(px), Math.abs(view.planeX(px + 1) - view.planeX(px)));
    }

    private static double snapY(LandscapeView view, double py) {
        return Numbers.snap(view.planeY(py), Math.abs(view.planeY(py + 1) - view.planeY(py)));
    }

    private void scrolled(LandscapeView view, ScrollEvent e) {
        if (e.getDeltaY() == 0) {
            return;
        }
        landscape.zoom(view.planeX(e.getX()), view.planeY(e.getY()), Math.pow(1.0015, -e.getDeltaY()));
        landscape.hover(view.planeX(e.getX()), view.planeY(e.getY()));
        e.consume();
    }
}
