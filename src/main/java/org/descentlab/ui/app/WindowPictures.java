package org.descentlab.ui.app;

import java.util.List;

import javafx.scene.Node;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Background;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;

import org.descentlab.core.raster.Grid;
import org.descentlab.core.raster.Landscape;
import org.descentlab.core.scenario.Layout;
import org.descentlab.ui.base.Pictures;
import org.descentlab.ui.base.Styles;
import org.descentlab.ui.landscape.LandscapeView;

/**
 * Pictures of the main window's parts as they are shown: the landscape (the grid of panes in grid layout),
 * the loss chart, the whole window. At 2× the canvases are drawn with twice the pixels and the landscape's
 * heatmap is one rendered for them, as on a screen of twice the density; the window looks the same.
 */
final class WindowPictures {

    /** What a picture is of, and the file name offered for it (a message key). */
    enum Subject {
        LANDSCAPE("export.nameLandscape"), CHART("export.nameChart"), WINDOW("export.nameWindow");

        final String nameKey;

        Subject(String nameKey) {
            this.nameKey = nameKey;
        }
    }

    private final AppViewModel vm;
    private final MainWindow main;

    WindowPictures(AppViewModel vm, MainWindow main) {
        this.vm = vm;
        this.main = main;
    }

    /** Whether a picture of {@code subject} at {@code scale} needs a landscape rendered for it first. */
    boolean needsLandscape(Subject subject, int scale) {
        return scale != 1 && subject != Subject.CHART;
    }

    /**
     * The grid the landscape is rendered on for a picture at {@code scale}: the view's domain, a point per
     * pixel of the plot at that scale (the first pane's in grid layout, as on screen).
     */
    Grid grid(int scale) {
        List<LandscapeView> views = views();
        LandscapeView first = views.isEmpty() ? main.landscape() : views.get(0);
        return vm.landscape().shownProperty().get().grid(first.plotPixelWidth() * scale, first.plotPixelHeight() * scale);
    }

    /** The picture's size in pixels, before it is taken. */
    int[] size(Subject subject, int scale) {
        Node n = node(subject);
        return new int[] {(int) Math.ceil(n.getLayoutBounds().getWidth()) * scale,
            (int) Math.ceil(n.getLayoutBounds().getHeight()) * scale};
    }

    /**
     * Takes the picture, on the FX thread; what the window shows is as it was afterwards.
     *
     * @param sharper the landscape rendered on {@link #grid(int)} for a picture at 2× of the landscape or the
     *                window; null otherwise
     */
    WritableImage take(Subject subject, int scale, Landscape sharper) {
        List<LandscapeView> views = subject == Subject.CHART ? List.of() : views();
        boolean chart = subject != Subject.LANDSCAPE;
        views.forEach(v -> v.getStyleClass().add(Styles.PICTURE));
        try {
            if (scale != 1) {
                views.forEach(v -> v.drawAt(scale, sharper));
                if (chart) {
                    main.chart().drawAt(scale);
                }
            }
            Node n = node(subject);
            n.applyCss();
            return Pictures.snapshot(n, scale, backdrop());
        } finally {
            views.forEach(v -> v.getStyleClass().remove(Styles.PICTURE));
            if (scale != 1) {
                views.forEach(v -> v.drawAt(1, null));
                if (chart) {
                    main.chart().drawAt(1);
                }
            }
        }
    }

    private boolean grid() {
        return vm.landscape().layoutProperty().get() == Layout.GRID;
    }

    private List<LandscapeView> views() {
        return grid() ? main.grid().panes() : List.of(main.landscape());
    }

    private Node node(Subject subject) {
        return switch (subject) {
            case LANDSCAPE -> grid() ? main.grid() : main.landscape();
            case CHART -> main.chart();
            case WINDOW -> main;
        };
    }

    /** The window's background, where a part draws nothing (the margins of the landscape). */
    private Paint backdrop() {
        Background b = main.getBackground();
        return b == null || b.getFills().isEmpty() ? Color.WHITE : b.getFills().get(0).getFill();
    }
}
