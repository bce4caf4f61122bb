package org.descentlab.ui.landscape;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;

import javafx.scene.Scene;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;

import org.descentlab.core.AtomicFiles;
import org.descentlab.core.field.RowSampler;
import org.descentlab.core.raster.Domain;
import org.descentlab.core.raster.Landscape;
import org.descentlab.core.run.Trajectory;
import org.descentlab.core.scenario.RunSettings;
import org.descentlab.core.scenario.Scenario;
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
     */
    public record Picture(RowSampler function, Scenario scenario, List<Trajectory> trajectories) {
        public Picture {
            trajectories = List.copyOf(trajectories);
        }
    }

    private PictureWriter() {
    }

    /**
     * Writes the PNG atomically: a failure leaves no partial file behind.
     *
     * @throws IOException when the file cannot be written
     */
    public static void write(Picture picture, int width, int height, Path out) throws IOException, InterruptedException {
        WritableImage image = HeadlessFx.call(() -> snapshot(picture, width, height));
        BufferedImage png = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        PixelReader reader = image.getPixelReader();
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                png.setRGB(x, y, reader.getArgb(x, y));
            }
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        if (!ImageIO.write(png, "png", bytes)) {
            throw new IOException(Text.get("picture.noPngWriter"));
        }
        AtomicFiles.write(out, bytes.toByteArray());
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
    static WritableImage snapshot(Picture picture, int width, int height) {
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
        view.landscapeProperty().set(landscape);
        view.minimaProperty().set(s.minima());
        view.startProperty().set(s.start());
        view.paths().setAll(paths(s, picture.trajectories()));
        view.playheadProperty().set(s.playhead() > 0 ? s.playhead() : Integer.MAX_VALUE);
        view.layout();
        return scene.snapshot(new WritableImage(width, height));
    }
}
