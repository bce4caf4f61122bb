package org.descentlab.ui.base;

import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.transform.Scale;

/**
 * Canvases drawn at a pixel scale, as on a HiDPI screen: at 2 a canvas holds twice the pixels each way and
 * shows them at its size, so that a picture taken at 2× has sharp lines and letters. JavaFX rasterises a
 * canvas at the screens' own scale, so a snapshot scaled by 2 would only enlarge its pixels otherwise.
 * Painters draw in units (the size shown) whatever the scale.
 */
public final class CanvasScale {

    private CanvasScale() {
    }

    /** Sizes {@code canvas} to show {@code width}×{@code height} units at {@code scale} pixels a unit. */
    public static void size(Canvas canvas, double width, double height, double scale) {
        canvas.getProperties().put(CanvasScale.class, scale);
        canvas.setWidth(width * scale);
        canvas.setHeight(height * scale);
        if (scale == 1) {
            canvas.getTransforms().clear();
        } else {
            canvas.getTransforms().setAll(new Scale(1 / scale, 1 / scale, 0, 0));
        }
    }

    /** The canvas cleared, its context drawing in units: what each draw starts with. */
    public static GraphicsContext clear(Canvas canvas) {
        GraphicsContext gc = canvas.getGraphicsContext2D();
        double s = scale(canvas);
        gc.setTransform(s, 0, 0, s, 0, 0);
        gc.clearRect(0, 0, canvas.getWidth() / s, canvas.getHeight() / s);
        return gc;
    }

    /** Pixels a unit: 1 unless {@link #size} said otherwise. */
    public static double scale(Canvas canvas) {
        return canvas.getProperties().get(CanvasScale.class) instanceof Double s ? s : 1;
    }

    /** The width drawn in, in units. */
    public static double width(GraphicsContext gc) {
        return gc.getCanvas().getWidth() / scale(gc.getCanvas());
    }

    /** The height drawn in, in units. */
    public static double height(GraphicsContext gc) {
        return gc.getCanvas().getHeight() / scale(gc.getCanvas());
    }
}
