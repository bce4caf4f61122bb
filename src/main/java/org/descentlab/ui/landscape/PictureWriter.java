package org.descentlab.ui.landscape;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javafx.scene.Scene;
import javafx.scene.image.WritableImage;

import org.descentlab.core.AtomicFiles;
import org.descentlab.core.analysis.BasinMap;
import org.descentlab.core.field.RowSampler;
import org.descentlab.core.raster.Domain;
import org.descentlab.core.raster.Landscape;
import org.descentlab.core.run.Trajectory;
import org.descentlab.core.scenario.RunSettings;
import org.descentlab.core.scenario.Scenario;
import org.descentlab.ui.base.Pictures;
import org.descentlab.ui.base.Styles;
import org.descentlab.ui.base.Text;
import org.descentlab.ui.runs.RunLabels;

/** Draws a scenario's landscape with its runs exactly as the app does, into a PNG of a given size. */
public final class PictureWriter {

    /**
     * What to draw.
     *
     * @param function     the scenario's function, compiled
     * @param scenario     the view, the start, the runs' looks and the known minima
     * @param trajectories each run's path, in the order of the scenario's runs
     * @param basins       a basin map drawn under the paths with the scenario's basin opacity, as the app
     *                     draws it; null for none
     */
    public record Picture(RowSampler function, Scenario scenario, List<Trajectory> trajectories, BasinMap basins) {
        public Picture {
            trajectories = List.copyOf(trajectories);
        }

        /** A picture with no basin map. */
        public Picture(RowSampler function, Scenario scenario, List<Trajectory> trajectories) {
            this(function, scenario, trajectories, null);
        }
    }

    /**
     * Heap a picture takes per pixel while it is drawn: the snapshot, its render target, the canvas layers,
     * the heatmap and the PNG's copy. Measured with {@code -Xmx}: 8192×8192 needs 2.4 GB, 8192×4096
     * 1.3 GB, 4096×4096 0.55 GB, about 36 bytes a pixel; rounded up.
     */
    private static final long BYTES_PER_PIXEL = 40;
    /** And what drawing anything takes besides. */
    private static final long BASE_BYTES = 32L << 20;

    private PictureWriter() {
    }

    /** About how much heap drawing a picture of this size takes, so that one too large is refused before any work. */
    public static long memoryNeeded(int width, int height) {
        return BASE_BYTES + BYTES_PER_PIXEL * width * height;
    }

    /**
     * Writes the PNG atomically: a failure, drawing included, leaves the file as it was and no partial file
     * behind.
     *
     * @throws IOException         when the picture was not drawn or the file cannot be written
     * @throws OutOfMemoryError    when JavaFX ran out of memory drawing it
     */
    public static void write(Picture picture, int width, int height, Path out) throws IOException, InterruptedException {
        write(picture, width, height, 1, out);
    }

    /**
     * As {@link #write(Picture, int, int, Path)}, drawn at {@code scale} pixels a unit: the same picture with
     * scale·width × scale·height pixels, its heatmap sampled as finely and its lines and letters as sharp.
     */
    public static void write(Picture picture, int width, int height, int scale, Path out) throws IOException, InterruptedException {
        HeadlessFx.Captured<WritableImage> shot = HeadlessFx.callCapturingErrors(() -> snapshot(picture, width, height, scale));
        AtomicFiles.write(out, png(shot.value(), shot.printed()));
    }

    /**
     * The snapshot as PNG bytes. The scene's fill is opaque, so a drawn picture has no transparent pixel;
     * one that has is a snapshot JavaFX did not finish (it leaves the image as it was given, all clear),
     * and {@code printed} is what JavaFX said about it.
     */
    public static byte[] png(WritableImage image, String printed) throws IOException {
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        int[] argb = Pictures.pixels(image);
        boolean opaque = true;
        for (int v : argb) {
            opaque &= v >>> 24 == 0xFF;
        }
        if (!opaque) {
            if (printed.contains(OutOfMemoryError.class.getName())) {
                throw new OutOfMemoryError(Text.format("picture.outOfMemory", width, height));
            }
            String first = printed.strip().lines().findFirst().orElse(Text.get("picture.noReason"));
            throw new IOException(Text.format("picture.notDrawn", width, height, first));
        }
        System.err.print(printed);
        try {
            return Pictures.png(width, height, argb);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /**
     * The domain a picture of this size shows (the scenario's, widened to the plot with equal scale): the
     * one to compute a basin map over, so that it covers the picture's plot.
     */
    public static Domain shown(Scenario s, int width, int height) throws InterruptedException {
        return HeadlessFx.call(() -> {
            LandscapeView view = new LandscapeView();
            view.resize(width, height);
            return s.view().shown(view.plotPixelWidth() / (double) view.plotPixelHeight());
        });
    }

    /** The shown runs as the app draws them. */
    static List<RunPath> paths(Scenario s, List<Trajectory> trajectories) {
        List<RunPath> out = new ArrayList<>();
        for (int k = 0; k < s.runs().size(); k++) {
            RunSettings r = s.runs().get(k);
            if (r.visible()) {
                out.add(new RunPath(trajectories.get(k), r.colour(), r.line(), RunLabels.label(r), List.of(), r.start()));
            }
        }
        return out;
    }

    /** Must run on the FX thread. */
    static WritableImage snapshot(Picture picture, int width, int height, int scale) {
        LandscapeView view = staged(picture, width, height, scale);
        return Pictures.snapshot(view, scale, view.getScene().getFill());
    }

    /** At 1×. Must run on the FX thread. */
    static WritableImage snapshot(Picture picture, int width, int height) {
        return snapshot(picture, width, height, 1);
    }

    /**
     * The view drawing the picture at {@code scale} pixels a unit, laid out in a scene of its own of the given
     * size, the playhead where the scenario has it. Must run on the FX thread.
     */
    static LandscapeView staged(Picture picture, int width, int height, int scale) {
        LandscapeView view = new LandscapeView();
        view.showArrowsProperty().set(false);
        Scene scene = new Scene(view, width, height);
        scene.getStylesheets().addAll(Styles.sheets());
        view.resize(width, height);
        view.applyCss();
        view.layout();
        Scenario s = picture.scenario();
        Domain d = s.view().shown(view.plotPixelWidth() / (double) view.plotPixelHeight());
        view.domainProperty().set(d);
        Landscape landscape = Landscape.render(picture.function(), d.grid(view.plotPixelWidth(), view.plotPixelHeight()),
                s.view().style(), () -> false);
        if (scale != 1) {
            // the 1× picture's colours and contour levels, sampled at every pixel drawn
            landscape = Landscape.renderLike(landscape, picture.function(), d.grid(view.plotPixelWidth() * scale,
                    view.plotPixelHeight() * scale), s.view().style().contourCount(), scale, () -> false);
        }
        view.landscapeProperty().set(landscape);
        view.drawAt(scale, null);
        view.minimaProperty().set(s.minima());
        // a picture with no run (a basin map alone) has no start to mark
        view.startProperty().set(s.runs().isEmpty() ? null : s.start());
        view.paths().setAll(paths(s, picture.trajectories()));
        view.playheadProperty().set(s.playhead() > 0 ? s.playhead() : Integer.MAX_VALUE);
        if (picture.basins() != null) {
            view.basinsProperty().set(new BasinPainter.Layer(picture.basins(), s.analysis().basinOpacity(), null));
        }
        view.layout();
        return view;
    }
}
