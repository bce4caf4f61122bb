package org.descentlab.ui.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CancellationException;

import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

import org.descentlab.core.field.RowSampler;
import org.descentlab.core.raster.Domain;
import org.descentlab.core.run.Trajectory;
import org.descentlab.core.scenario.Scenario;
import org.descentlab.ui.base.Background;
import org.descentlab.ui.base.Palette;
import org.descentlab.ui.base.Text;
import org.descentlab.ui.landscape.AnimationWriter;
import org.descentlab.ui.landscape.DatasetPicture;
import org.descentlab.ui.landscape.PictureWriter;
import org.descentlab.ui.runs.RunItem;

/**
 * File ▸ Export ▸ Animated GIF…: asks what the animation is to be and where it goes, then writes it off the
 * FX thread with a progress bar and Cancel (which writes nothing). The frames are the landscape as
 * {@code gif} draws it, of the scenario and runs the window shows, light or dark as the window is.
 */
final class GifExport {

    private final AppViewModel vm;
    private AnimationWriter.Settings last;
    private final ExportMenu exports;
    private final Background background;
    private final MenuItem item = new MenuItem(Text.get("export.gif"));
    private Window owner;
    private MainWindow main;
    private Stage working;

    GifExport(AppViewModel vm, ExportMenu exports, Background background) {
        this.vm = vm;
        this.exports = exports;
        this.background = background;
        item.setId("menu-export-gif");
        item.setOnAction(e -> open());
    }

    /** The menu item. */
    MenuItem item() {
        return item;
    }

    /** Once the window exists: its stage for the dialogs, its landscape for the size and theme. */
    void attach(Window window, MainWindow mainWindow) {
        this.owner = window;
        this.main = mainWindow;
    }

    /** The dialog with the landscape's size and the window's theme. */
    GifDialog dialog() {
        return new GifDialog(owner, (int) Math.round(main.landscape().getWidth()), (int) Math.round(main.landscape().getHeight()),
                main.landscape().inkProperty().get().equals(Palette.AXIS_TEXT_DARK), last);
    }

    /** Settings the user chose: the next dialog offers their frames, frame rate and loop again. */
    void chosen(AnimationWriter.Settings settings) {
        last = settings;
    }

    private void open() {
        dialog().ask().ifPresent(settings -> {
            chosen(settings);
            exports.chooseFile("export.gif.choose", "export.gif.filter", ".gif", Text.get("export.gif.name"))
                    .ifPresent(file -> start(settings, file));
        });
    }

    /**
     * Starts writing the window's animation to {@code file}, with a progress window whose Cancel stops it;
     * the job, or null when there is nothing to draw (said with {@link ExportMenu#failed}).
     */
    Background.Job start(AnimationWriter.Settings settings, Path file) {
        Scenario s = vm.experiment().scenario();
        // the plot is a little narrower than the frame: a lattice a tenth wider each way covers what it shows
        Domain seen = s.view().shown(settings.width() / (double) settings.height());
        Domain around = new Domain(seen.xmin() - seen.width() / 10, seen.xmax() + seen.width() / 10,
                seen.ymin() - seen.height() / 10, seen.ymax() + seen.height() / 10);
        RowSampler f = DatasetPicture.of(vm.experiment(), around, settings.width(), settings.height());
        long needed = AnimationWriter.memoryNeeded(settings.width(), settings.height());
        if (f == null) {
            exports.failed(Text.get("export.gif.noFunction"));
            return null;
        }
        if (needed > Runtime.getRuntime().maxMemory()) {
            exports.failed(Text.format("export.gif.tooLarge", settings.width(), settings.height(), needed >> 20,
                    Runtime.getRuntime().maxMemory() >> 20));
            return null;
        }
        List<Trajectory> trajectories = new ArrayList<>();
        vm.runs().items().stream().sorted(Comparator.comparingInt(RunItem::index)).forEach(i -> trajectories.add(i.trajectory()));
        PictureWriter.Picture picture = new PictureWriter.Picture(f, s, trajectories);
        ProgressBar bar = new ProgressBar(0);
        Background.Job job = background.submit(p -> {
            write(picture, settings, file, p);
            return file;
        }, done -> {
            close();
            exports.written(done);
        }, e -> {
            close();
            exports.failed(e instanceof UncheckedIOException io ? io.getCause().getMessage() : String.valueOf(e.getMessage()));
        }, bar::setProgress);
        show(bar, job, file);
        return job;
    }

    private static void write(PictureWriter.Picture picture, AnimationWriter.Settings settings, Path file, Background.Progress p) {
        try {
            AnimationWriter.write(picture, settings, file, p.counted());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException();
        }
    }

    /** A small window beside the main one: what is written, how far, and Cancel. */
    private void show(ProgressBar bar, Background.Job job, Path file) {
        close();
        bar.setPrefWidth(320);
        bar.setId("gif-progress");
        Button cancel = new Button(Text.get("export.gif.cancel"));
        cancel.setId("gif-cancel");
        Stage stage = new Stage();
        cancel.setOnAction(e -> {
            job.cancel();
            close();
            vm.inform(Text.get("export.gif.cancelled"));
        });
        VBox box = new VBox(8, new Label(Text.format("export.gif.writing", file.getFileName())), new HBox(8, bar, cancel));
        box.setId("gif-working");
        box.setPadding(new Insets(12));
        Scene scene = new Scene(box);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().setAll(owner.getScene().getStylesheets());
            stage.initOwner(owner);
        }
        stage.setScene(scene);
        stage.setTitle(Text.get("export.gif.title"));
        AppIcon.install(stage);
        stage.setOnCloseRequest(e -> {
            job.cancel();
            vm.inform(Text.get("export.gif.cancelled"));
        });
        working = stage;
        stage.show();
    }

    /** The progress window, while one shows; null otherwise. */
    Stage working() {
        return working;
    }

    private void close() {
        if (working != null) {
            working.close();
            working = null;
        }
    }
}
