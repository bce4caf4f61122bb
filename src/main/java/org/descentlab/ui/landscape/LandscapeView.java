package org.descentlab.ui.landscape;

import java.nio.IntBuffer;
import java.util.List;

import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.collections.ObservableList;
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

import org.descentlab.core.Vec2;
import org.descentlab.core.analysis.ManyStarts;
import org.descentlab.core.raster.Domain;
import org.descentlab.core.raster.Grid;
import org.descentlab.core.raster.Landscape;
import org.descentlab.core.scenario.KnownMinimum;
import org.descentlab.ui.base.CanvasScale;
import org.descentlab.ui.base.Palette;
import org.descentlab.ui.base.Styles;

/**
 * The landscape as the app and the {@code render} command show it. Layers, bottom to top: the heatmap
 * image, the basin map's image (when one is shown), the contour lines' image, many starts of the selected run, the
 * gradient field's canvas, the overlay canvas (paths, markers, arrows, the local geometry); axes and the colour bar
 * around them. Only the overlay redraws when the playhead moves. The image and contours are placed by
 * their own grid's domain, so a pan or zoom shows at once and sharpens when the new render arrives.
 */
public class LandscapeView extends Region implements PlotMapping {

    private static final double TOP = 14;

    private final double left;
    private final double bottom;
    private final double right;
    /** A pane of small multiples: narrow margins and no colour bar. */
    private final boolean compact;

    private final ObjectProperty<Domain> domain = new SimpleObjectProperty<>(this, "domain", new Domain(-1, 1, -1, 1));
    private final ObjectProperty<Landscape> landscape = new SimpleObjectProperty<>(this, "landscape");
    private final ObservableList<RunPath> paths = FXCollections.observableArrayList();
    private final IntegerProperty playhead = new SimpleIntegerProperty(this, "playhead", Integer.MAX_VALUE);
    private final ObjectProperty<Vec2> start = new SimpleObjectProperty<>(this, "start");
    private final ObjectProperty<List<KnownMinimum>> minima = new SimpleObjectProperty<>(this, "minima", List.of());
    private final BooleanProperty showArrows = new SimpleBooleanProperty(this, "showArrows", true);
    private final BooleanProperty legendAlways = new SimpleBooleanProperty(this, "legendAlways", false);
    private final ObjectProperty<Point2D> legendAt = new SimpleObjectProperty<>(this, "legendAt");
    private final IntegerProperty selectedPath = new SimpleIntegerProperty(this, "selectedPath", -1);
    private final ObjectProperty<List<CriticalPoint>> criticalPoints = new SimpleObjectProperty<>(this, "criticalPoints", List.of());
    private final ObjectProperty<CriticalPoint> pickedPoint = new SimpleObjectProperty<>(this, "pickedPoint");
    private final ObjectProperty<Color> ink = new SimpleObjectProperty<>(this, "ink", Palette.AXIS_TEXT);
    private final Pane plot = new Pane();
    private final ImageView heatmap = new ImageView();
    private final ImageView basinImage = new ImageView();
    private final ObjectProperty<BasinPainter.Layer> basins = new SimpleObjectProperty<>(this, "basins");
    private final BasinPainter basinPainter = new BasinPainter();
    private final ImageView contours = new ImageView();
    private final Canvas overlay = new Canvas();
    private final Canvas starts = new Canvas();
    private final ObjectProperty<ManyStarts.Traced> manyStarts = new SimpleObjectProperty<>(this, "manyStarts");
    private final DoubleProperty pathWidth = new SimpleDoubleProperty(this, "pathWidth", 1);
    private final Canvas frame = new Canvas();
    private final Rectangle clip = new Rectangle();
    private final OverlayPainter painter = new OverlayPainter();
    private final FieldLayer field = new FieldLayer(() -> field().drawField(this), this::drawOverlay);
    /** Pixels a unit the canvases are drawn at, and the landscape drawn instead of the shown one: for a picture. */
    private double pixelScale = 1;
    private Landscape sharper;

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
        basinImage.setPreserveRatio(false);
        basinImage.setSmooth(false);
        basinImage.setMouseTransparent(true);
        contours.setPreserveRatio(false);
        contours.setSmooth(false);
        contours.setMouseTransparent(true);
        plot.getChildren().addAll(heatmap, basinImage, contours, starts, field.canvas(), overlay);
        plot.setClip(clip);
        plot.setManaged(false);
        frame.setManaged(false);
        frame.setMouseTransparent(true);
        // the frame (axes, colour bar) lies around the plot, behind it: the plot is opaque, so a change inside
        // it leaves the frame's canvas undrawn
        plot.getStyleClass().add(Styles.LANDSCAPE_PLOT);
        getChildren().addAll(frame, plot);
        domain.addListener(o -> redrawAll());
        // paths and markers are placed by the domain, not by the picture: a new picture of the same view
        // leaves them be
        landscape.addListener((o, old, now) -> {
            showImages(now);
            placeImages();
            drawFrame();
        });
        InvalidationListener redrawOverlay = o -> drawOverlay();
        for (Observable o : List.of(paths, playhead, start, minima, showArrows, legendAlways, legendAt, selectedPath,
                criticalPoints, pickedPoint, pathWidth)) {
            o.addListener(redrawOverlay);
        }
        ink.addListener(o -> redrawAll());
        manyStarts.addListener(o -> drawStarts());
        basins.addListener((o, was, now) -> {
            if ((was == null) != (now == null)) {
                showImages(drawn());
            }
            basinPainter.show(basinImage, now, compact);
            painter.basinKey(basinPainter.key());
            basinPainter.place(basinImage, this);
            drawOverlay();
        });
    }

    /** Many starts of the selected run, drawn faintly under the runs; null for none. */
    public ObjectProperty<ManyStarts.Traced> manyStartsProperty() {
        return manyStarts;
    }

    /**
     * The basin map drawn over the heatmap, under contours and paths, and the run of the cell under the
     * mouse; null for none.
     */
    public ObjectProperty<BasinPainter.Layer> basinsProperty() {
        return basins;
    }

    /** Whether the current point shows its −∇f and step arrows (the app: yes; a still picture: no). */
    public BooleanProperty showArrowsProperty() {
        return showArrows;
    }

    /** The domain drawn. */
    public ObjectProperty<Domain> domainProperty() {
        return domain;
    }

    public ObjectProperty<Landscape> landscapeProperty() {
        return landscape;
    }

    public ObservableList<RunPath> paths() {
        return paths;
    }

    public IntegerProperty playheadProperty() {
        return playhead;
    }

    /** The shared start marker, or null for none. */
    public ObjectProperty<Vec2> startProperty() {
        return start;
    }

    public ObjectProperty<List<KnownMinimum>> minimaProperty() {
        return minima;
    }

    /** Whether the legend shows: with two runs or more (the app), or always (a pane of small multiples). */
    public BooleanProperty legendAlwaysProperty() {
        return legendAlways;
    }

    /**
     * Where the user put the legend: its top-left corner in fractions of the plot's width and height; null
     * (the default) for the corner where it hides least.
     */
    public ObjectProperty<Point2D> legendAtProperty() {
        return legendAt;
    }

    /** Which of {@link #paths()} is the selected run's, drawn on top; −1 for none. */
    public IntegerProperty selectedPathProperty() {
        return selectedPath;
    }

    /** The critical points found in the view, drawn with their symbols; empty (or null) for none. */
    public ObjectProperty<List<CriticalPoint>> criticalPointsProperty() {
        return criticalPoints;
    }

    /** The critical point picked in their list, ringed; null for none. */
    public ObjectProperty<CriticalPoint> pickedPointProperty() {
        return pickedPoint;
    }

    /** The legend as last drawn, in plot-local pixels; null when none is drawn. */
    public Bounds legendBounds() {
        return painter.legendBounds();
    }

    /** The gradient field, −∇f at the mouse and the local geometry drawn over the landscape. */
    public FieldLayer field() {
        return field;
    }

    /** How many times their designed width paths are stroked: 2 in presentation mode. */
    public DoubleProperty pathWidthProperty() {
        return pathWidth;
    }

    /** The colour of axes and their text, set to suit the theme. */
    public ObjectProperty<Color> inkProperty() {
        return ink;
    }

    /** The top layer, redrawn when the playhead moves: an animation snapshots it alone, frame by frame. */
    Canvas overlayCanvas() {
        return overlay;
    }

    /** The node that takes mouse input over the plot. */
    public Pane plotArea() {
        return plot;
    }

    /**
     * Draws at {@code scale} pixels a unit, for a picture taken at that scale: the canvases with that many
     * pixels, and {@code sharper} (the landscape rendered for them) instead of the one shown; (1, null) is
     * what the screen shows.
     */
    public void drawAt(double scale, Landscape sharper) {
        this.pixelScale = scale;
        this.sharper = sharper;
        showImages(drawn());
        layoutChildren();
    }

    private Landscape drawn() {
        return sharper != null ? sharper : landscape.get();
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
    @Override
    public double planeX(double px) {
        Domain d = domain.get();
        return d.xmin() + px / plotWidth() * d.width();
    }

    @Override
    public double planeY(double py) {
        Domain d = domain.get();
        return d.ymax() - py / plotHeight() * d.height();
    }

    /** Plot-local pixel x of a plane x. */
    @Override
    public double pixelX(double x) {
        Domain d = domain.get();
        return (x - d.xmin()) / d.width() * plotWidth();
    }

    @Override
    public double pixelY(double y) {
        Domain d = domain.get();
        return (d.ymax() - y) / d.height() * plotHeight();
    }

    @Override
    protected void layoutChildren() {
        double w = plotWidth();
        double h = plotHeight();
        plot.resizeRelocate(left, TOP, w, h);
        clip.setWidth(w);
        clip.setHeight(h);
        for (Canvas c : List.of(starts, field.canvas(), overlay)) {
            CanvasScale.size(c, w, h, pixelScale);
        }
        CanvasScale.size(frame, getWidth(), getHeight(), pixelScale);
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

    /**
     * The heatmap and the contour lines: one picture of both, or, with a basin map between them, the two
     * apart (each image over the plot is blended at every frame).
     */
    private void showImages(Landscape l) {
        boolean apart = basins.get() != null;
        heatmap.setImage(l == null ? null : image(l.grid(), apart ? l.argb() : l.picture()));
        boolean lines = apart && l != null && l.contours().levels().length > 0;
        contours.setImage(lines ? image(l.grid(), l.lines()) : null);
    }

    private static WritableImage image(Grid g, int[] pixels) {
        PixelBuffer<IntBuffer> buffer = new PixelBuffer<>(g.nx(), g.ny(), IntBuffer.wrap(pixels),
                PixelFormat.getIntArgbPreInstance());
        return new WritableImage(buffer);
    }

    private void redrawAll() {
        placeImages();
        basinPainter.place(basinImage, this);
        drawStarts();
        field.drawField(this);
        drawOverlay();
        drawFrame();
    }

    private void drawFrame() {
        FramePainter.draw(CanvasScale.clear(frame), this, domain.get(), drawn(), ink.get(), left, TOP, plotWidth(), plotHeight(), bottom, !compact);
    }

    /** Grid points are pixel centres: the images span half a cell beyond the grid on every side. */
    private void placeImages() {
        Landscape l = drawn();
        if (l == null) {
            return;
        }
        Grid g = l.grid();
        double x0 = pixelX(g.xmin() - g.dx() / 2);
        double x1 = pixelX(g.xmax() + g.dx() / 2);
        double y0 = pixelY(g.ymax() + g.dy() / 2);
        double y1 = pixelY(g.ymin() - g.dy() / 2);
        for (ImageView v : List.of(heatmap, contours)) {
            v.setX(x0);
            v.setY(y0);
            v.setFitWidth(x1 - x0);
            v.setFitHeight(y1 - y0);
        }
    }

    private void drawStarts() {
        // an empty layer would still be blended over the whole plot at every frame
        starts.setVisible(manyStarts.get() != null);
        ManyStartsPainter.draw(CanvasScale.clear(starts), this, domain.get(), manyStarts.get());
    }

    /** Critical points, paths, the current point with its gradient and step arrows, the start and the known minima. */
    void drawOverlay() {
        GraphicsContext gc = CanvasScale.clear(overlay);
        BasinPainter.Layer b = basins.get();
        if (b != null) {
            BasinPainter.drawHover(gc, this, b.hover());
        }
        List<RunPath> drawn = List.copyOf(paths);
        field.drawUnderPaths(gc, this);
        painter.draw(gc, this, new OverlayPainter.Scene(drawn, playhead.get(), start.get(), minima.get(),
                showArrows.get(), legendAlways.get(), legendAt.get(), selectedPath.get(),
                criticalPoints.get() == null ? List.of() : criticalPoints.get(), pickedPoint.get(), pathWidth.get()));
        field.drawOverPaths(gc, this, drawn, painter.legendBounds());
    }
}
