package org.descentlab.ui.analysis;

import java.io.IOException;
import java.nio.file.Path;

import javafx.scene.Scene;
import javafx.scene.image.WritableImage;

import org.descentlab.core.AtomicFiles;
import org.descentlab.core.analysis.Quadratic;
import org.descentlab.core.analysis.StabilityMap;
import org.descentlab.ui.base.Pictures;
import org.descentlab.ui.base.Styles;
import org.descentlab.ui.landscape.HeadlessFx;
import org.descentlab.ui.landscape.PictureWriter;

/** A stability map drawn exactly as the window's chart draws it, into a PNG of a given size. */
public final class StabilityPicture {

    private StabilityPicture() {
    }

    /**
     * Writes the PNG atomically: a failure, drawing included, leaves the file as it was.
     *
     * @param quadratic the quadratic f is on the view, for the theory's edge as the window dashes it; null for none
     * @throws IOException when the picture was not drawn or the file cannot be written
     */
    public static void write(StabilityMap map, Quadratic quadratic, int width, int height, Path out) throws IOException,
            InterruptedException {
        HeadlessFx.Captured<WritableImage> shot = HeadlessFx.callCapturingErrors(() -> {
            StabilityChart chart = new StabilityChart();
            Scene scene = new Scene(chart, width, height);
            scene.getStylesheets().addAll(Styles.sheets());
            chart.resize(width, height);
            chart.mapProperty().set(map);
            chart.quadraticProperty().set(quadratic);
            chart.applyCss();
            chart.layout();
            chart.drawAt(1);
            return Pictures.snapshot(chart, 1, scene.getFill());
        });
        AtomicFiles.write(out, PictureWriter.png(shot.value(), shot.printed()));
    }
}
