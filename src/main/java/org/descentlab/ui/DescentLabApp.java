package org.descentlab.ui;

import java.nio.IntBuffer;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelBuffer;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;

import org.descentlab.core.expr.CompiledFunction;
import org.descentlab.core.expr.Expressions;
import org.descentlab.core.expr.ParseResult;
import org.descentlab.core.raster.Colormap;
import org.descentlab.core.raster.Grid;
import org.descentlab.core.raster.GridSampler;
import org.descentlab.core.raster.Heatmap;
import org.descentlab.core.raster.SampledGrid;
import org.descentlab.core.raster.Scale;

/**
 * The desktop app. Until the app issue lands this window shows the engine's heatmap of Rosenbrock's
 * function, so that {@code mvn javafx:run} opens something real.
 */
public final class DescentLabApp extends Application {

    private static final String PRESET = "(1-x)^2 + 100*(y-x^2)^2";
    private static final int SIZE = 600;

    public static void open(String[] args) {
        Application.launch(DescentLabApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        CompiledFunction f = ((ParseResult.Success) Expressions.parse(PRESET)).function();
        Grid grid = new Grid(-2, 2, -1, 3, SIZE, SIZE);
        SampledGrid sampled = GridSampler.sample(f, grid);
        int[] pixels = new int[SIZE * SIZE];
        Heatmap.colorize(sampled, Heatmap.scaleFor(sampled, Scale.LOG), Colormap.VIRIDIS, pixels, () -> false);
        PixelBuffer<IntBuffer> buffer = new PixelBuffer<>(SIZE, SIZE, IntBuffer.wrap(pixels),
                PixelFormat.getIntArgbPreInstance());
        Label caption = new Label("f(x, y) = " + f.readAs() + "    x in [-2, 2], y in [-1, 3], log colour scale."
                + "  The interactive app arrives with the next release.");
        caption.getStyleClass().add(Styles.CAPTION);
        BorderPane root = new BorderPane(new ImageView(new WritableImage(buffer)));
        root.setBottom(caption);
        stage.setTitle("DescentLab");
        Scene scene = new Scene(root);
        scene.getStylesheets().addAll(Styles.sheets());
        stage.setScene(scene);
        stage.show();
    }
}
