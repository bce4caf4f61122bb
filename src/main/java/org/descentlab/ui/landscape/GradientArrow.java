package org.descentlab.ui.landscape;

import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

import org.descentlab.ui.base.Palette;
import org.descentlab.ui.base.Text;

/**
 * The −∇f arrow at a run's current point, drawn so that it is not read as a piece of a path: a dashed black shaft on
 * a white casing, a filled head, and its name beside the tip, off the arrow's line.
 */
final class GradientArrow {

    private static final Font FONT = Font.font("System", 11);

    private GradientArrow() {
    }

    /** The arrow from (x0, y0) to its tip (x1, y1), in canvas units. */
    static void draw(GraphicsContext gc, double x0, double y0, double x1, double y1) {
        double len = Math.hypot(x1 - x0, y1 - y0);
        double ux = (x1 - x0) / len;
        double uy = (y1 - y0) / len;
        double head = 8;
        double baseX = x1 - ux * head;
        double baseY = y1 - uy * head;
        double[] hx = {x1, baseX - uy * head * 0.5, baseX + uy * head * 0.5};
        double[] hy = {y1, baseY + ux * head * 0.5, baseY - ux * head * 0.5};
        gc.save();
        gc.setLineCap(StrokeLineCap.BUTT);
        gc.setStroke(Palette.MARKER_OUTLINE);
        gc.setLineWidth(3.5);
        gc.strokeLine(x0, y0, baseX, baseY);
        gc.setStroke(Palette.MARKER);
        gc.setLineWidth(1.5);
        gc.setLineDashes(4, 3);
        gc.strokeLine(x0, y0, baseX, baseY);
        gc.setLineDashes();
        gc.setFill(Palette.MARKER);
        gc.fillPolygon(hx, hy, 3);
        gc.setStroke(Palette.MARKER_OUTLINE);
        gc.setLineWidth(1);
        gc.strokePolygon(hx, hy, 3);
        gc.setFont(FONT);
        // beside the tip, off the arrow's line (where the step and the path go on)
        double sx = -uy >= 0 ? -uy : uy;
        double sy = -uy >= 0 ? ux : -ux;
        gc.setTextAlign(sx >= 0 ? TextAlignment.LEFT : TextAlignment.RIGHT);
        gc.setTextBaseline(VPos.CENTER);
        String name = Text.get("legend.gradient");
        double tx = x1 + sx * 9;
        double ty = y1 + sy * 9;
        gc.setStroke(Palette.MARKER_OUTLINE);
        gc.setLineWidth(2.5);
        gc.strokeText(name, tx, ty);
        gc.setFill(Palette.MARKER);
        gc.fillText(name, tx, ty);
        gc.restore();
    }

}
