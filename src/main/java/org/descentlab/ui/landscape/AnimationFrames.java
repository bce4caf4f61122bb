package org.descentlab.ui.landscape;

import java.util.ArrayList;
import java.util.List;

import javafx.geometry.Point2D;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;

import org.descentlab.core.run.Trajectory;
import org.descentlab.core.scenario.RunSettings;
import org.descentlab.core.scenario.Scenario;
import org.descentlab.ui.base.Palette;
import org.descentlab.ui.base.Styles;
import org.descentlab.ui.base.Text;

/**
 * The pictures of an animation as JavaFX draws them, on the FX thread: the still part (heatmap, contours,
 * axes, colour bar) once, then per frame only the top layer (paths, current points, start, minima,
 * legend) with the playhead moved, as premultiplied ARGB over which the still part shows.
 */
final class AnimationFrames {

    private final LandscapeView view;
    private final Canvas overlay;
    private final int width;
    private final int height;
    private final int plotX;
    private final int plotY;
    private final int plotWidth;
    private final int plotHeight;
    private final int[] still;
    private final WritableImage shot;
    private final SnapshotParameters clear = new SnapshotParameters();

    /**
     * Lays the picture out and draws its still part. Must run on the FX thread.
     *
     * @param dark in the dark theme, as the window may be; else as {@code render} draws
     */
    AnimationFrames(PictureWriter.Picture picture, int width, int height, boolean dark) {
        this.width = width;
        this.height = height;
        this.view = PictureWriter.staged(picture, width, height, 1);
        if (dark) {
            view.getScene().getStylesheets().setAll(Styles.sheets(true));
            view.inkProperty().set(Palette.AXIS_TEXT_DARK);
            view.applyCss();
            view.layout();
        }
        this.overlay = view.overlayCanvas();
        overlay.setVisible(false);
        WritableImage base = view.getScene().snapshot(new WritableImage(width, height));
        overlay.setVisible(true);
        still = new int[width * height];
        base.getPixelReader().getPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(), still, 0, width);
        for (int argb : still) {
            // the scene's fill is opaque: a clear pixel is a snapshot JavaFX did not draw
            if (argb >>> 24 != 0xFF) {
                throw new IllegalStateException(Text.format("picture.notDrawn", width, height, Text.get("picture.noReason")));
            }
        }
        Point2D at = overlay.localToScene(0, 0);
        plotX = (int) Math.round(at.getX());
        plotY = (int) Math.round(at.getY());
        plotWidth = Math.min((int) Math.round(overlay.getWidth()), width - plotX);
        plotHeight = Math.min((int) Math.round(overlay.getHeight()), height - plotY);
        shot = new WritableImage(plotWidth, plotHeight);
        clear.setFill(Color.TRANSPARENT);
    }

    /** The still part, opaque ARGB, row by row. */
    int[] still() {
        return still;
    }

    int width() {
        return width;
    }

    int height() {
        return height;
    }

    /** Where the top layer sits in the picture, and its size: x, y, width, height. */
    int[] plot() {
        return new int[] {plotX, plotY, plotWidth, plotHeight};
    }

    /** The top layer with the playhead at each of {@code playheads}: premultiplied ARGB of the plot's size. */
    List<int[]> layers(int[] playheads) {
        List<int[]> out = new ArrayList<>(playheads.length);
        for (int p : playheads) {
            view.playheadProperty().set(p);
            overlay.snapshot(clear, shot);
            int[] layer = new int[plotWidth * plotHeight];
            shot.getPixelReader().getPixels(0, 0, plotWidth, plotHeight, PixelFormat.getIntArgbPreInstance(), layer, 0, plotWidth);
            out.add(layer);
        }
        return out;
    }

    /** The colours a palette must keep exact: the shown runs', their casings', the ink's and the markers'. */
    static int[] exactColours(Scenario s, Color ink) {
        List<Color> colours = new ArrayList<>(List.of(ink, Palette.MARKER, Palette.MARKER_OUTLINE));
        for (RunSettings r : s.runs()) {
            if (r.visible()) {
                Color c = Palette.path(r.colour());
                colours.add(c);
                colours.add(Palette.casing(c));
            }
        }
        return colours.stream().mapToInt(AnimationFrames::argb).toArray();
    }

    private static int argb(Color c) {
        return 0xFF000000 | (int) Math.round(c.getRed() * 255) << 16 | (int) Math.round(c.getGreen() * 255) << 8
                | (int) Math.round(c.getBlue() * 255);
    }

    /** The longest shown run's step count: the last frame's playhead. */
    static int longest(Scenario s, List<Trajectory> trajectories) {
        int most = 0;
        for (int k = 0; k < s.runs().size(); k++) {
            if (s.runs().get(k).visible()) {
                most = Math.max(most, trajectories.get(k).lastStep());
            }
        }
        return most;
    }

    /** Frame {@code i} of {@code frames} shows the runs up to step round(i · longest / (frames − 1)). */
    static int playhead(int i, int frames, int longest) {
        long n = frames - 1L;
        return (int) ((2L * i * longest + n) / (2 * n));
    }
}
