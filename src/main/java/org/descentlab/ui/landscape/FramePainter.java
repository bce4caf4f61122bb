package org.descentlab.ui.landscape;

import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

import org.descentlab.core.raster.ColorScale;
import org.descentlab.core.raster.Colormap;
import org.descentlab.core.raster.Domain;
import org.descentlab.core.raster.Landscape;
import org.descentlab.ui.base.Numbers;
import org.descentlab.ui.base.Text;
import org.descentlab.ui.base.Ticks;

/** Draws what surrounds the plot: the frame, the axes with their ticks, and the colour bar with its values. */
final class FramePainter {

    private static final double BAR_WIDTH = 16;
    private static final Font FONT = Font.font("System", 12);

    private FramePainter() {
    }

    /**
     * @param left   the plot's left edge in the frame's pixels; {@code top}, width {@code w} and height
     *               {@code h} likewise
     * @param bottom the margin below the plot, where the x label goes
     * @param bar    whether to draw the colour bar right of the plot
     */
    static void draw(GraphicsContext gc, PlotMapping m, Domain d, Landscape l, Color ink, double left, double top, double w,
            double h, double bottom, boolean bar) {
        gc.setFont(FONT);
        gc.setStroke(ink);
        gc.setFill(ink);
        gc.setLineWidth(1);
        gc.strokeRect(left - 0.5, top - 0.5, w + 1, h + 1);
        gc.setTextAlign(TextAlignment.CENTER);
        gc.setTextBaseline(VPos.TOP);
        for (double x : Ticks.nice(d.xmin(), d.xmax(), (int) Math.max(2, w / 90))) {
            double px = left + m.pixelX(x);
            gc.strokeLine(px, top + h, px, top + h + 5);
            gc.fillText(Numbers.label(x), px, top + h + 7);
        }
        gc.setTextAlign(TextAlignment.RIGHT);
        gc.setTextBaseline(VPos.CENTER);
        for (double y : Ticks.nice(d.ymin(), d.ymax(), (int) Math.max(2, h / 60))) {
            double py = top + m.pixelY(y);
            gc.strokeLine(left - 5, py, left, py);
            gc.fillText(Numbers.label(y), left - 8, py);
        }
        gc.setTextAlign(TextAlignment.CENTER);
        gc.setTextBaseline(VPos.BOTTOM);
        gc.fillText(Text.get("axis.x"), left + w / 2, top + h + bottom);
        gc.setTextAlign(TextAlignment.LEFT);
        gc.setTextBaseline(VPos.CENTER);
        gc.fillText(Text.get("axis.y"), 6, top + h / 2);
        if (bar && l != null) {
            colourBar(gc, l, ink, left + w + 14, top, h);
        }
    }

    private static void colourBar(GraphicsContext gc, Landscape l, Color ink, double x, double y, double h) {
        Colormap map = l.colormap();
        int steps = (int) Math.max(2, Math.min(256, h));
        for (int k = 0; k < steps; k++) {
            double t = 1 - k / (double) (steps - 1);
            gc.setFill(rgb(map.argb(t)));
            gc.fillRect(x, y + k * h / steps, BAR_WIDTH, h / steps + 1);
        }
        gc.setStroke(ink);
        gc.strokeRect(x - 0.5, y - 0.5, BAR_WIDTH + 1, h + 1);
        ColorScale scale = l.scale();
        gc.setFill(ink);
        gc.setTextAlign(TextAlignment.LEFT);
        gc.setTextBaseline(VPos.CENTER);
        for (int k = 0; k <= 4; k++) {
            double t = k / 4.0;
            double py = y + (1 - t) * h;
            gc.strokeLine(x + BAR_WIDTH, py, x + BAR_WIDTH + 4, py);
            gc.fillText(Numbers.label(scale.valueAt(t)), x + BAR_WIDTH + 6, py);
        }
        gc.setTextBaseline(VPos.TOP);
        gc.fillText(Text.get("scale." + scale.scale().id()), x, y + h + 6);
        if (l.sampled().undefined() > 0) {
            gc.setFill(rgb(map.undefinedArgb()));
            gc.fillRect(x, y + h + 24, BAR_WIDTH, 10);
            gc.setFill(ink);
            gc.fillText(Text.get("landscape.undefined"), x + BAR_WIDTH + 6, y + h + 22);
        }
    }

    private static Color rgb(int argb) {
        return Color.rgb(argb >> 16 & 0xFF, argb >> 8 & 0xFF, argb & 0xFF);
    }
}
