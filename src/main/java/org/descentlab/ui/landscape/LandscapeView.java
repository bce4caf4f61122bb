package org.descentlab.ui;

import java.nio.IntBuffer;
import java.util.List;

import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelBuffer;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

import org.descentlab.core.raster.ColorScale;
import org.descentlab.core.raster.Colormap;
import org.descentlab.core.raster.ContourSet;
import org.descentlab.core.raster.Domain;
import org.descentlab.core.raster.Grid;
import org.descentlab.core.raster.Landscape;
import org.descentlab.core.run.Trajectory;

/**
 * The landscape as the app and the {@code render} command show it. Layers, bottom to top: the heatmap
 * image, the contour canvas, the overlay canvas (paths, markers, arrows); axes and the colour bar
 * around them. Only the overlay redraws when the playhead moves. The image and contours are placed by
 * their own grid's domain, so a pan or zoom shows at once and sharpens when the new render arrives.
 */
public class LandscapeView extends Region {

    private final double left;
    private final double bottom;
    private static final double TOP = 14;
    private final double right;
    /** A pane of small multiples: narrow margins and no colour bar. */
    private final boolean compact;
    private static final double BAR_WIDTH = 16;
    private static final Font FONT = Font.font("System", 12);

    private final ObjectProperty<Domain> domain = new SimpleObjectProperty<>(this, "domain", new Domain(-1, 1, -1, 1));
    private final ObjectProperty<Landscape> landscape = new SimpleObjectProperty<>(this, "landscape");
    private final ObservableList<PathLayer> paths = FXCollections.observableArrayList();
    private final IntegerProperty playhead = new SimpleIntegerProperty(this, "playhead", Integer.MAX_VALUE);
    private final ObjectProperty<double[]> start = new SimpleObjectProperty<>(this, "start");
    private final ObjectProperty<List<double[]>> minima = new SimpleObjectProperty<>(this, "minima", List.of());
    private final javafx.beans.property.BooleanProperty showArrows = new javafx.beans.property.SimpleBooleanProperty(
            this, "showArrows", true);

    private final javafx.beans.property.BooleanProperty legendAlways = new javafx.beans.property.SimpleBooleanProperty(
            this, "legendAlways", false);
    private final ObjectProperty<Color> ink = new SimpleObjectProperty<>(this, "ink", Palette.AXIS_TEXT);
    private final Pane plot = new Pane();
    private final ImageView heatmap = new ImageView();
    private final Canvas contours = new Canvas();
    private final Canvas overlay = new Canvas();
    private final Canvas frame = new Canvas();
    private final Rectangle clip = new Rectangle();

    public LandscapeView() {
        this(false);
    }

    /** @param compact narrow margins and no colour bar, for a pane among small multiples */
    public LandscapeView(boolean compact) {
        this.compact = compact;
        this.left = compact ? 44 : 64;
        this.bottom = compact ? 34 : 44;
        this.right = compact ? 8 : 96;
        getStyleClass().add(Styles.LANDSCAPE);
        heatmap.setPreserveRatio(false);
        heatmap.setSmooth(false);
        plot.getChildren().addAll(heatmap, contours, overlay);
        plot.setClip(clip);
        plot.setManaged(false);
        frame.setManaged(false);
        frame.setMouseTransparent(true);
        getChildren().addAll(plot, frame);
        domain.addListener(o -> redrawAll());
        landscape.addListener((o, old, now) -> {
            heatmap.setImage(now == null ? null : image(now));
            redrawAll();
        });
        paths.addListener((javafx.collections.ListChangeListener<PathLayer>) c -> drawOverlay());
        playhead.addListener(o -> drawOverlay());
        start.addListener(o -> drawOverlay());
        minima.addListener(o -> drawOverlay());
        showArrows.addListener(o -> drawOverlay());
        legendAlways.addListener(o -> drawOverlay());
        ink.addListener(o -> redrawAll());
    }

    /** Whether the current point shows its −∇f and step arrows (the app: yes; a still picture: no). */
    public javafx.beans.property.BooleanProperty showArrowsProperty() {
        return showArrows;
    }

    public ObjectProperty<Domain> domainProperty() {
        return domain;
    }

    public ObjectProperty<Landscape> landscapeProperty() {
        return landscape;
    }

    public ObservableList<PathLayer> paths() {
        return paths;
    }

    public IntegerProperty playheadProperty() {
        return playhead;
    }

    public ObjectProperty<double[]> startProperty() {
        return start;
    }

    public ObjectProperty<List<double[]>> minimaProperty() {
        return minima;
    }

    /** The node that takes mouse input over the plot. */
    public Pane plotArea() {
        return plot;
    }

    /** Plot size in pixels: the grid resolution that fills it one point per pixel. */
    public int plotPixelWidth() {
        return (int) Math.max(2, Math.round(plotWidth()));
    }

    public int plotPixelHeight() {
        return (int) Math.max(2, Math.round(plotHeight()));
    }

    double plotWidth() {
        return Math.max(1, getWidth() - left - right);
    }

    double plotHeight() {
        return Math.max(1, getHeight() - TOP - bottom);
    }

    /** Plane x of a plot-local pixel x. */
    public double planeX(double px) {
        Domain d = domain.get();
        return d.xmin() + px / plotWidth() * d.width();
    }

    public double planeY(double py) {
        Domain d = domain.get();
        return d.ymax() - py / plotHeight() * d.height();
    }

    /** Plot-local pixel x of a plane x. */
    public double pixelX(double x) {
        Domain d = domain.get();
        return (x - d.xmin()) / d.width() * plotWidth();
    }

    public double pixelY(double y) {
        Domain d = domain.get();
        return (d.ymax() - y) / d.height() * plotHeight();
    }

    /** The colour of axes and their text, set to suit the theme. */
    public ObjectProperty<Color> inkProperty() {
        return ink;
    }

    @Override
    protected void layoutChildren() {
        double w = plotWidth();
        double h = plotHeight();
        plot.resizeRelocate(left, TOP, w, h);
        clip.setWidth(w);
        clip.setHeight(h);
        for (Canvas c : List.of(contours, overlay)) {
            c.setWidth(w);
            c.setHeight(h);
        }
        frame.setWidth(getWidth());
        frame.setHeight(getHeight());
        redrawAll();
    }

    @Override
    protected double computePrefWidth(double height) {
        return 800;
    }

    @Override
    protected double computePrefHeight(double width) {
        return 600;
    }

    private static WritableImage image(Landscape l) {
        Grid g = l.grid();
        PixelBuffer<IntBuffer> buffer = new PixelBuffer<>(g.nx(), g.ny(), IntBuffer.wrap(l.argb()),
                PixelFormat.getIntArgbPreInstance());
        return new WritableImage(buffer);
    }

    private void redrawAll() {
        placeHeatmap();
        drawContours();
        drawOverlay();
        drawFrame();
    }

    /** Grid points are pixel centres: the image spans half a cell beyond the grid on every side. */
    private void placeHeatmap() {
        Landscape l = landscape.get();
        if (l == null) {
            return;
        }
        Grid g = l.grid();
        double x0 = pixelX(g.xmin() - g.dx() / 2);
        double x1 = pixelX(g.xmax() + g.dx() / 2);
        double y0 = pixelY(g.ymax() + g.dy() / 2);
        double y1 = pixelY(g.ymin() - g.dy() / 2);
        heatmap.setX(x0);
        heatmap.setY(y0);
        heatmap.setFitWidth(x1 - x0);
        heatmap.setFitHeight(y1 - y0);
    }

    private void drawContours() {
        GraphicsContext gc = contours.getGraphicsContext2D();
        gc.clearRect(0, 0, contours.getWidth(), contours.getHeight());
        Landscape l = landscape.get();
        if (l == null) {
            return;
        }
        Grid g = l.grid();
        ContourSet set = l.contours();
        gc.setStroke(Palette.CONTOUR);
        gc.setLineWidth(1);
        // one stroke per level; points closer than ~0.7 px to the last one drawn are skipped
        double sx = plotWidth() / domain.get().width() * g.dx();
        double sy = plotHeight() / domain.get().height() * g.dy();
        double ox = pixelX(g.xmin());
        double oy = pixelY(g.ymin());
        for (float[][] level : set.lines()) {
            gc.beginPath();
            for (float[] line : level) {
                double lx = ox + line[0] * sx;
                double ly = oy - line[1] * sy;
                gc.moveTo(lx, ly);
                int last = line.length - 2;
                for (int k = 2; k <= last; k += 2) {
                    double px = ox + line[k] * sx;
                    double py = oy - line[k + 1] * sy;
                    if (k == last || Math.abs(px - lx) + Math.abs(py - ly) > 0.7) {
                        gc.lineTo(px, py);
                        lx = px;
                        ly = py;
                    }
                }
            }
            gc.stroke();
        }
    }

    /** Paths, the current point with its gradient and step arrows, the start and the known minima. */
    void drawOverlay() {
        GraphicsContext gc = overlay.getGraphicsContext2D();
        gc.clearRect(0, 0, overlay.getWidth(), overlay.getHeight());
        for (double[] m : minima.get()) {
            star(gc, pixelX(m[0]), pixelY(m[1]));
        }
        for (PathLayer p : paths) {
            drawGhosts(gc, p);
        }
        for (PathLayer p : paths) {
            drawPath(gc, p);
        }
        double[] s = start.get();
        if (s != null && (paths.isEmpty() || paths.stream().anyMatch(p -> p.ownStart() == null))) {
            ring(gc, s, Palette.MARKER);
        }
        for (PathLayer p : paths) {
            if (p.ownStart() != null) {
                ring(gc, p.ownStart(), p.color());
            }
        }
        gc.setLineDashes();
        drawLegend(gc);
    }

    /** A start marker: a ring with a dark outline. */
    private void ring(GraphicsContext gc, double[] at, Color color) {
        double x = pixelX(at[0]);
        double y = pixelY(at[1]);
        gc.setLineDashes();
        gc.setLineWidth(3);
        gc.setStroke(Palette.MARKER_OUTLINE);
        gc.strokeOval(x - 7, y - 7, 14, 14);
        gc.setLineWidth(1.5);
        gc.setStroke(color);
        gc.strokeOval(x - 7, y - 7, 14, 14);
    }

    /** Previous paths, thinner and fainter the older they are. */
    private void drawGhosts(GraphicsContext gc, PathLayer p) {
        for (int k = 0; k < p.ghosts().size(); k++) {
            Trajectory g = p.ghosts().get(k);
            gc.setLineWidth(1.5);
            gc.setLineDashes(p.style().dashes(1.5));
            gc.setStroke(p.color().deriveColor(0, 0.6, 1, 0.45 - 0.1 * k));
            polyline(gc, g, 0, g.lastStep());
            double x = g.x(g.lastStep());
            double y = g.y(g.lastStep());
            if (Double.isFinite(x) && Double.isFinite(y)) {
                gc.setLineDashes();
                gc.strokeOval(pixelX(x) - 3, pixelY(y) - 3, 6, 6);
            }
        }
    }

    private void drawPath(GraphicsContext gc, PathLayer p) {
        Trajectory t = p.trajectory();
        int head = Math.min(playhead.get(), t.lastStep());
        gc.setLineWidth(2);
        gc.setLineDashes(p.style().dashes(2));
        gc.setStroke(p.color().deriveColor(0, 1, 1, 0.35));
        polyline(gc, t, head, t.lastStep());
        gc.setStroke(p.color());
        polyline(gc, t, 0, head);
        gc.setLineDashes();
        double x = t.x(head);
        double y = t.y(head);
        if (!Double.isFinite(x) || !Double.isFinite(y)) {
            return;
        }
        double px = pixelX(x);
        double py = pixelY(y);
        double gx = t.gradX(head);
        double gy = t.gradY(head);
        double norm = Math.hypot(gx, gy);
        if (showArrows.get() && norm > 0 && Double.isFinite(norm)) {
            // −∇f in screen space (y points down), a fixed 36 px long: its direction is the message
            arrow(gc, px, py, px - gx / norm * 36, py + gy / norm * 36, Palette.MARKER, 1.5);
        }
        if (showArrows.get() && head < t.lastStep() && Double.isFinite(t.x(head + 1)) && Double.isFinite(t.y(head + 1))) {
            arrow(gc, px, py, pixelX(t.x(head + 1)), pixelY(t.y(head + 1)), p.color(), 2.5);
        }
        gc.setFill(p.color());
        gc.fillOval(px - 5, py - 5, 10, 10);
        gc.setStroke(Palette.MARKER_OUTLINE);
        gc.setLineWidth(1);
        gc.strokeOval(px - 5, py - 5, 10, 10);
    }

    private void polyline(GraphicsContext gc, Trajectory t, int from, int to) {
        gc.beginPath();
        boolean pen = false;
        for (int k = from; k <= to; k++) {
            double x = t.x(k);
            double y = t.y(k);
            if (!Double.isFinite(x) || !Double.isFinite(y)) {
                pen = false;
                continue;
            }
            double px = clampPixel(pixelX(x));
            double py = clampPixel(pixelY(y));
            if (pen) {
                gc.lineTo(px, py);
            } else {
                gc.moveTo(px, py);
                pen = true;
            }
        }
        gc.stroke();
    }

    /** Far-off points (a diverging run) are clamped so the line still heads the right way. */
    private static double clampPixel(double p) {
        return Math.max(-1e5, Math.min(1e5, p));
    }

    private static void arrow(GraphicsContext gc, double x0, double y0, double x1, double y1, Color color, double width) {
        double len = Math.hypot(x1 - x0, y1 - y0);
        if (len < 1) {
            return;
        }
        gc.setStroke(color);
        gc.setLineWidth(width);
        gc.strokeLine(x0, y0, x1, y1);
        double ux = (x1 - x0) / len;
        double uy = (y1 - y0) / len;
        double head = Math.min(9, len / 2);
        gc.strokeLine(x1, y1, x1 - head * (ux - uy * 0.5), y1 - head * (uy + ux * 0.5));
        gc.strokeLine(x1, y1, x1 - head * (ux + uy * 0.5), y1 - head * (uy - ux * 0.5));
    }

    private static void star(GraphicsContext gc, double x, double y) {
        for (Color c : new Color[] {Palette.MARKER_OUTLINE, Palette.MARKER}) {
            gc.setStroke(c);
            gc.setLineWidth(c == Palette.MARKER ? 1.5 : 3.5);
            gc.strokeLine(x - 6, y, x + 6, y);
            gc.strokeLine(x, y - 6, x, y + 6);
            gc.strokeLine(x - 4, y - 4, x + 4, y + 4);
            gc.strokeLine(x - 4, y + 4, x + 4, y - 4);
        }
    }

    /** Whether the legend shows: with two runs or more (the app), or always (a pane of small multiples). */
    public javafx.beans.property.BooleanProperty legendAlwaysProperty() {
        return legendAlways;
    }

    /** Each run's line sample and label, top left, on a dark box so every colour reads. */
    private void drawLegend(GraphicsContext gc) {
        if (paths.isEmpty() || paths.size() < 2 && !legendAlways.get()) {
            return;
        }
        gc.setFont(FONT);
        double w = 0;
        for (PathLayer p : paths) {
            w = Math.max(w, textWidth(p.label()));
        }
        double h = paths.size() * 18 + 8;
        gc.setFill(Color.rgb(40, 40, 40, 0.78));
        gc.fillRoundRect(8, 8, w + 54, h, 6, 6);
        gc.setTextBaseline(VPos.CENTER);
        gc.setTextAlign(TextAlignment.LEFT);
        for (int k = 0; k < paths.size(); k++) {
            PathLayer p = paths.get(k);
            double y = 20 + k * 18;
            gc.setStroke(p.color());
            gc.setLineWidth(3);
            gc.setLineDashes(p.style().dashes(2));
            gc.strokeLine(16, y, 44, y);
            gc.setLineDashes();
            gc.setFill(Color.WHITE);
            gc.fillText(p.label(), 52, y);
        }
    }

    /** Label widths, measured once: the legend redraws with every playback frame. */
    private final java.util.Map<String, Double> widths = new java.util.HashMap<>();

    private double textWidth(String s) {
        if (widths.size() > 256) {
            widths.clear();
        }
        return widths.computeIfAbsent(s, text -> {
            javafx.scene.text.Text t = new javafx.scene.text.Text(text);
            t.setFont(FONT);
            return t.getLayoutBounds().getWidth();
        });
    }

    /** Axes with ticks and the colour bar with values. */
    private void drawFrame() {
        GraphicsContext gc = frame.getGraphicsContext2D();
        gc.clearRect(0, 0, frame.getWidth(), frame.getHeight());
        double w = plotWidth();
        double h = plotHeight();
        Domain d = domain.get();
        gc.setFont(FONT);
        gc.setStroke(ink.get());
        gc.setFill(ink.get());
        gc.setLineWidth(1);
        gc.strokeRect(left - 0.5, TOP - 0.5, w + 1, h + 1);
        gc.setTextAlign(TextAlignment.CENTER);
        gc.setTextBaseline(VPos.TOP);
        for (double x : Ticks.nice(d.xmin(), d.xmax(), (int) Math.max(2, w / 90))) {
            double px = left + pixelX(x);
            gc.strokeLine(px, TOP + h, px, TOP + h + 5);
            gc.fillText(Ticks.label(x), px, TOP + h + 7);
        }
        gc.setTextAlign(TextAlignment.RIGHT);
        gc.setTextBaseline(VPos.CENTER);
        for (double y : Ticks.nice(d.ymin(), d.ymax(), (int) Math.max(2, h / 60))) {
            double py = TOP + pixelY(y);
            gc.strokeLine(left - 5, py, left, py);
            gc.fillText(Ticks.label(y), left - 8, py);
        }
        gc.setTextAlign(TextAlignment.CENTER);
        gc.setTextBaseline(VPos.BOTTOM);
        gc.fillText("x", left + w / 2, TOP + h + bottom);
        gc.setTextAlign(TextAlignment.LEFT);
        gc.setTextBaseline(VPos.CENTER);
        gc.fillText("y", 6, TOP + h / 2);
        if (!compact) {
            drawColourBar(gc, left + w + 14, TOP, h);
        }
    }

    private void drawColourBar(GraphicsContext gc, double x, double y, double h) {
        Landscape l = landscape.get();
        if (l == null) {
            return;
        }
        Colormap map = l.colormap();
        int steps = (int) Math.max(2, Math.min(256, h));
        for (int k = 0; k < steps; k++) {
            double t = 1 - k / (double) (steps - 1);
            int argb = map.argb(t);
            gc.setFill(Color.rgb(argb >> 16 & 0xFF, argb >> 8 & 0xFF, argb & 0xFF));
            gc.fillRect(x, y + k * h / steps, BAR_WIDTH, h / steps + 1);
        }
        gc.setStroke(ink.get());
        gc.strokeRect(x - 0.5, y - 0.5, BAR_WIDTH + 1, h + 1);
        ColorScale scale = l.scale();
        gc.setFill(ink.get());
        gc.setTextAlign(TextAlignment.LEFT);
        gc.setTextBaseline(VPos.CENTER);
        for (int k = 0; k <= 4; k++) {
            double t = k / 4.0;
            double py = y + (1 - t) * h;
            gc.strokeLine(x + BAR_WIDTH, py, x + BAR_WIDTH + 4, py);
            gc.fillText(Ticks.label(scale.valueAt(t)), x + BAR_WIDTH + 6, py);
        }
        gc.setTextBaseline(VPos.TOP);
        gc.fillText(scale.scale().id(), x, y + h + 6);
        if (l.sampled().undefined() > 0) {
            int argb = map.undefinedArgb();
            gc.setFill(Color.rgb(argb >> 16 & 0xFF, argb >> 8 & 0xFF, argb & 0xFF));
            gc.fillRect(x, y + h + 24, BAR_WIDTH, 10);
            gc.setFill(ink.get());
            gc.fillText("undefined", x + BAR_WIDTH + 6, y + h + 22);
        }
    }
}
