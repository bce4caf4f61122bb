package org.descentlab.ui.landscape;

import java.util.List;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import org.descentlab.core.Vec2;
import org.descentlab.core.field.ScalarField;
import org.descentlab.core.field.Derivatives;
import org.descentlab.core.raster.Colormap;
import org.descentlab.core.raster.Domain;
import org.descentlab.core.raster.Grid;
import org.descentlab.core.raster.Landscape;
import org.descentlab.core.raster.ScaleChoice;
import org.descentlab.core.scenario.KnownMinimum;
import org.descentlab.core.scenario.Layout;
import org.descentlab.core.scenario.Scenario;
import org.descentlab.core.scenario.ViewSettings;
import org.descentlab.ui.base.Numbers;
import org.descentlab.ui.base.Scheduler;
import org.descentlab.ui.base.Text;
import org.descentlab.ui.experiment.Experiment;

/**
 * The landscape on screen: which part of the plane is shown (the scenario's domain, widened to the plot
 * with equal scale), the rendered picture, and zoom, pan and the view settings. A change renders off the
 * FX thread; a render superseded by a newer change is never shown. A new function or new colours show
 * first on a grid of a quarter of the resolution each way, then at full resolution, which is always the
 * last picture of a change; a pan or zoom moves the picture on screen at once and renders it afresh. A
 * bad domain sets an error and keeps the view.
 */
public final class LandscapeViewModel {

    /** The finest grid rendered, per side. */
    public static final int MAX_RESOLUTION = 1000;
    /** The first picture of a new function has this fraction of the resolution each way. */
    public static final int COARSE = 4;

    private final Experiment experiment;
    private final Scheduler scheduler;
    private final LandscapeRenderer renderer;
    private final ReadOnlyObjectWrapper<Domain> shown = new ReadOnlyObjectWrapper<>(this, "shown");
    private final ReadOnlyObjectWrapper<Landscape> landscape = new ReadOnlyObjectWrapper<>(this, "landscape");
    private final ReadOnlyBooleanWrapper rendering = new ReadOnlyBooleanWrapper(this, "rendering", false);
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyStringWrapper hover = new ReadOnlyStringWrapper(this, "hover", "");
    private double hoverX;
    private double hoverY;
    private final ReadOnlyObjectWrapper<Vec2> hoverPoint = new ReadOnlyObjectWrapper<>(this, "hoverPoint");
    private final ReadOnlyDoubleWrapper plotAspect = new ReadOnlyDoubleWrapper(this, "plotAspect", 1);
    private final ReadOnlyObjectWrapper<ViewSettings> view = new ReadOnlyObjectWrapper<>(this, "view");
    private final ReadOnlyObjectWrapper<Vec2> start = new ReadOnlyObjectWrapper<>(this, "start");
    private final ReadOnlyObjectWrapper<List<KnownMinimum>> minima = new ReadOnlyObjectWrapper<>(this, "minima", List.of());
    private final ReadOnlyObjectWrapper<Layout> layout = new ReadOnlyObjectWrapper<>(this, "layout", Layout.OVERLAY);
    private int plotWidth = 400;
    private int plotHeight = 400;
    private Scheduler.Task pending;
    private long latest;
    /** Whether the next render starts with a coarse picture: the function or its colours changed. */
    private boolean coarseFirst;
    /** The last picture at full resolution, shown again if a render fails after its coarse picture. */
    private Landscape lastFull;

    public LandscapeViewModel(Experiment experiment, Scheduler scheduler, LandscapeRenderer renderer) {
        this.experiment = experiment;
        this.scheduler = scheduler;
        this.renderer = renderer;
        mirror(experiment.scenario());
        show(experiment.scenario().view().shown(aspect()));
        experiment.scenarioProperty().addListener((o, was, now) -> {
            mirror(now);
            if (!now.view().domain().equals(was.view().domain())) {
                // the point under the mouse is another one now: the next mouse event tells which
                clearHover();
            } else if ((!Experiment.sameLandscape(now, was)
                    || now.analysis().gradientField() != was.analysis().gradientField()) && !hover.get().isEmpty()) {
                // the mouse has not moved, but what is under it has, or what the line says of it
                hover(hoverX, hoverY);
            }
            boolean picture = !Experiment.sameLandscape(now, was) || !now.view().style().equals(was.view().style());
            if (picture || !now.view().equals(was.view())) {
                error.set("");
                show(now.view().shown(aspect()));
                requestRender(picture);
            }
        });
        requestRender(true);
    }

    /** Sets the domain shown if it is another one: listeners redraw what is placed by it. */
    private void show(Domain d) {
        if (!d.equals(shown.get())) {
            shown.set(d);
        }
    }

    private void mirror(Scenario s) {
        view.set(s.view());
        start.set(s.start());
        minima.set(s.minima());
        layout.set(s.layout());
    }

    /** The plot's size in pixels, from the view: the grid is rendered one point per pixel. */
    public void setPlotSize(int width, int height) {
        if (width == plotWidth && height == plotHeight || width < 2 || height < 2) {
            return;
        }
        plotWidth = width;
        plotHeight = height;
        plotAspect.set(aspect());
        show(view().shown(aspect()));
        requestRender(false);
    }

    /** Sets the domain from typed text; a bad one sets {@link #errorProperty()} and keeps the view. */
    public boolean setDomain(String xmin, String xmax, String ymin, String ymax) {
        try {
            double[] v = {Numbers.finite(Text.get("view.xmin"), xmin), Numbers.finite(Text.get("view.xmax"), xmax),
                Numbers.finite(Text.get("view.ymin"), ymin), Numbers.finite(Text.get("view.ymax"), ymax)};
            if (!(v[0] < v[1])) {
                throw new IllegalArgumentException(Text.format("domain.reversedX", Numbers.exact(v[0]), Numbers.exact(v[1])));
            }
            if (!(v[2] < v[3])) {
                throw new IllegalArgumentException(Text.format("domain.reversedY", Numbers.exact(v[2]), Numbers.exact(v[3])));
            }
            Domain d = Domain.of(v);
            if (!d.isDrawable()) {
                throw new IllegalArgumentException(Text.get("domain.undrawable"));
            }
            setDomain(d, Experiment.Change.STEP);
            return true;
        } catch (IllegalArgumentException e) {
            error.set(e.getMessage());
            return false;
        }
    }

    /** Zooms by {@code factor} (below 1 zooms in) around a plane point. */
    public void zoom(double cx, double cy, double factor) {
        // the domain asked for zooms: with equal scale the one shown is its widening, which zooms alike
        Domain asked = view().domain();
        Domain d = tidy(asked.zoom(cx, cy, factor));
        if (!d.equals(asked) && d.isDrawable() && d.fit(aspect()).isDrawable()) {
            setDomain(d, Experiment.Change.EDIT);
        }
    }

    /** Moves the view by (dx, dy) in plane units: part of a pan gesture. */
    public void pan(double dx, double dy) {
        Domain d = view().domain().pan(dx, dy);
        if (d.isDrawable()) {
            setDomain(d, Experiment.Change.GESTURE);
        }
    }

    /** A pan begins: what follows until {@link #endPan()} is one undo entry. */
    public void beginPan() {
        experiment.beginGesture();
    }

    public void endPan() {
        Domain asked = view().domain();
        Domain tidy = tidy(asked);
        if (!tidy.equals(asked) && tidy.isDrawable()) {
            setDomain(tidy, Experiment.Change.GESTURE);
        }
        experiment.endGesture();
    }

    /**
     * The domain on the decimal grid of a thousandth of its width and height, so that the view's fields read
     * −4.18, not −4.1769143…; it moves the view by less than a pixel.
     */
    private static Domain tidy(Domain d) {
        double rx = d.width() / 1000;
        double ry = d.height() / 1000;
        double[] v = {Numbers.snap(d.xmin(), rx), Numbers.snap(d.xmax(), rx), Numbers.snap(d.ymin(), ry), Numbers.snap(d.ymax(), ry)};
        return v[0] < v[1] && v[2] < v[3] ? Domain.of(v) : d;
    }

    /** Back to the view the scenario came with. */
    public void resetView() {
        setDomain(experiment.home(), Experiment.Change.STEP);
    }

    public void setColormap(Colormap c) {
        updateView(view().withColormap(c));
    }

    public void setScale(ScaleChoice s) {
        updateView(view().withScale(s));
    }

    public void setContours(int n) {
        if (n >= 0 && n <= ViewSettings.MAX_CONTOURS) {
            updateView(view().withContours(n));
        }
    }

    public void setEqualScale(boolean on) {
        updateView(view().withEqualScale(on));
    }

    /** Every run over one landscape, or one pane per run. */
    public void setLayout(Layout l) {
        experiment.update(s -> s.withLayout(l), Experiment.Change.STEP);
    }

    public void toggleLayout() {
        setLayout(layout.get() == Layout.GRID ? Layout.OVERLAY : Layout.GRID);
    }

    /** The hover line: where the mouse is, f there and its gradient (and its length, while the field's arrows hide it). */
    public void hover(double x, double y) {
        hoverX = x;
        hoverY = y;
        ScalarField f = experiment.field();
        double[] g = Derivatives.gradient(f, x, y);
        boolean field = experiment.scenario().analysis().gradientField();
        hover.set(Text.format(field ? "landscape.hoverField" : "landscape.hover", x, y, f.value(x, y), g[0], g[1],
                Math.hypot(g[0], g[1])));
        hoverPoint.set(new Vec2(x, y));
    }

    public void clearHover() {
        hover.set("");
        hoverPoint.set(null);
    }

    private void setDomain(Domain d, Experiment.Change kind) {
        error.set("");
        experiment.update(s -> s.withView(s.view().withDomain(d)), kind);
    }

    private void updateView(ViewSettings v) {
        experiment.update(s -> s.withView(v), Experiment.Change.EDIT);
    }

    private ViewSettings view() {
        return experiment.scenario().view();
    }

    private double aspect() {
        return plotWidth / (double) plotHeight;
    }

    /**
     * Renders on the FX thread's next turn, so that the changes of one event render once.
     *
     * @param picture whether the function or the colours changed, which shows a coarse picture first
     */
    private void requestRender(boolean picture) {
        if (pending != null) {
            pending.cancel();
        }
        coarseFirst |= picture || landscape.get() == null;
        rendering.set(true);
        pending = scheduler.schedule(this::startRender, 0);
    }

    private void startRender() {
        pending = null;
        Scenario s = experiment.scenario();
        long id = ++latest;
        Domain d = shown.get();
        int w = Math.min(MAX_RESOLUTION, plotWidth);
        int h = Math.min(MAX_RESOLUTION, plotHeight);
        Grid full = d.grid(w, h);
        List<Grid> grids = coarseFirst && w >= 2 * COARSE && h >= 2 * COARSE
                ? List.of(d.grid(Math.max(2, w / COARSE), Math.max(2, h / COARSE)), full) : List.of(full);
        coarseFirst = false;
        renderer.request(DatasetPicture.of(experiment, d, w, h), grids, s.view().style(), l -> {
            if (id == latest) {
                boolean last = l.grid().equals(full);
                if (last) {
                    lastFull = l;
                }
                landscape.set(l);
                rendering.set(!last || pending != null);
            }
        }, e -> {
            if (id == latest) {
                // the last good picture at full resolution stays
                if (landscape.get() != lastFull) {
                    landscape.set(lastFull);
                }
                error.set(Text.format("landscape.renderFailed", String.valueOf(e.getMessage())));
                rendering.set(pending != null);
            }
        });
    }

    /** The domain drawn: the scenario's, widened to the plot's shape when equal scale is on. */
    public ReadOnlyObjectProperty<Domain> shownProperty() {
        return shown.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Landscape> landscapeProperty() {
        return landscape.getReadOnlyProperty();
    }

    /** True from a change until its landscape is on screen: waiting out the debounce, or rendering. */
    public ReadOnlyBooleanProperty renderingProperty() {
        return rendering.getReadOnlyProperty();
    }

    /** Why the last domain typed or the last render failed; empty when nothing did. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty hoverProperty() {
        return hover.getReadOnlyProperty();
    }

    /** The plane point under the mouse; null when it is not over the landscape. */
    public ReadOnlyObjectProperty<Vec2> hoverPointProperty() {
        return hoverPoint.getReadOnlyProperty();
    }

    /** The plot's width over its height, in pixels. */
    public ReadOnlyDoubleProperty plotAspectProperty() {
        return plotAspect.getReadOnlyProperty();
    }

    /** The scenario's view settings, as asked for. */
    public ReadOnlyObjectProperty<ViewSettings> viewProperty() {
        return view.getReadOnlyProperty();
    }

    /** The shared start. */
    public ReadOnlyObjectProperty<Vec2> startProperty() {
        return start.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Layout> layoutProperty() {
        return layout.getReadOnlyProperty();
    }

    /** The minima the scenario knows of, drawn as stars. */
    public ReadOnlyObjectProperty<List<KnownMinimum>> minimaProperty() {
        return minima.getReadOnlyProperty();
    }
}
