package org.descentlab.ui;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

import javax.imageio.ImageIO;

import javafx.scene.Scene;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;

import org.descentlab.core.field.RowSampler;
import org.descentlab.core.raster.Domain;
import org.descentlab.core.raster.Landscape;

/** Draws a landscape with its runs exactly as the app does, into a PNG of a given size. */
public final class PictureWriter {

    /** What to draw. */
    public record Picture(RowSampler function, Domain domain, Landscape.Style style, double[] start,
            List<double[]> minima, List<PathLayer> paths) {
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
        Path target = out.toAbsolutePath();
        Path temp = Files.createTempFile(target.getParent(), ".descentlab-", ".png.part");
        try {
            if (!ImageIO.write(png, "png", temp.toFile())) {
                throw new IOException("no PNG writer available");
            }
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
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
        view.domainProperty().set(picture.domain());
        Landscape landscape = Landscape.render(picture.function(),
                picture.domain().grid(view.plotPixelWidth(), view.plotPixelHeight()), picture.style(), () -> false);
        view.landscapeProperty().set(landscape);
        view.minimaProperty().set(picture.minima());
        view.startProperty().set(picture.start());
        view.paths().setAll(picture.paths());
        view.layout();
        return scene.snapshot(new WritableImage(width, height));
    }
}
