package org.descentlab.ui.landscape;

import java.util.List;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Bounds;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;

import org.descentlab.core.analysis.GradientField;
import org.descentlab.core.analysis.LocalGeometry;
import org.descentlab.ui.base.CanvasScale;

/**
 * What a landscape shows of the gradient and the local shape: the field of normalised −∇f arrows on a
 * canvas of its own between the contours and the paths (it changes with the view, not with playback),
 * −∇f at the mouse, and the local geometry at the selected run's point, drawn on the overlay: its ellipse
 * under the paths, its axes, labels and caption over them.
 */
public final class FieldLayer {

    /**
     * The local geometry as drawn.
     *
     * @param local   the geometry at the run's point
     * @param caption the lines of the caption beside the point, short
     * @param run     the index of the run whose point it is, in the run list
     */
    public record Geometry(LocalGeometry local, List<String> caption, int run) {
        public Geometry {
            caption = List.copyOf(caption);
        }
    }

    private final Canvas canvas = new Canvas();
    private final ObjectProperty<GradientField> field = new SimpleObjectProperty<>(this, "field");
    private final ObjectProperty<GradientField.Arrow> hoverArrow = new SimpleObjectProperty<>(this, "hoverArrow");
    private final ObjectProperty<Geometry> geometry = new SimpleObjectProperty<>(this, "geometry");
    private final GeometryPainter geometryPainter = new GeometryPainter();

    /**
     * @param redrawField   redraws {@link #canvas()}: the field changed
     * @param redrawOverlay redraws the overlay: the hover arrow or the geometry changed
     */
    FieldLayer(Runnable redrawField, Runnable redrawOverlay) {
        canvas.setMouseTransparent(true);
        field.addListener(o -> redrawField.run());
        hoverArrow.addListener(o -> redrawOverlay.run());
        geometry.addListener(o -> redrawOverlay.run());
    }

    /** The sampled −∇f arrows; null for none. */
    public ObjectProperty<GradientField> fieldProperty() {
        return field;
    }

    /** −∇f at the mouse; null for none. */
    public ObjectProperty<GradientField.Arrow> hoverArrowProperty() {
        return hoverArrow;
    }

    /** The local geometry at the selected run's point; null for none. */
    public ObjectProperty<Geometry> geometryProperty() {
        return geometry;
    }

    /** The canvas of the field, under the overlay. */
    Canvas canvas() {
        return canvas;
    }

    /** Draws the field afresh. */
    void drawField(PlotMapping m) {
        GraphicsContext gc = CanvasScale.clear(canvas);
        // an empty canvas would still be blended over the whole plot at every frame
        canvas.setVisible(field.get() != null);
        if (field.get() != null) {
            FieldPainter.drawField(gc, m, field.get());
        }
    }

    /** What goes under the paths: the geometry's ellipse. */
    void drawUnderPaths(GraphicsContext gc, PlotMapping m) {
        if (geometry.get() != null) {
            geometryPainter.drawUnder(gc, m, geometry.get().local());
        }
    }

    /**
     * What goes over them: the geometry's axes, labels and caption (clear of the legend and of the paths'
     * points where it can be) and the arrow at the mouse.
     */
    void drawOverPaths(GraphicsContext gc, PlotMapping m, List<RunPath> paths, Bounds legend) {
        if (geometry.get() != null) {
            geometryPainter.drawOver(gc, m, geometry.get(), paths, legend);
        }
        if (hoverArrow.get() != null) {
            FieldPainter.drawHoverArrow(gc, m, hoverArrow.get());
        }
    }
}
