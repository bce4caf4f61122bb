package org.descentlab.ui.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.image.WritableImage;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.Region;

import org.descentlab.core.AtomicFiles;
import org.descentlab.core.raster.Landscape;
import org.descentlab.ui.app.WindowPictures.Subject;
import org.descentlab.ui.base.Background;
import org.descentlab.ui.base.Pictures;
import org.descentlab.ui.base.Text;
import org.descentlab.ui.landscape.DatasetPicture;
import org.descentlab.ui.landscape.PictureWriter;

/**
 * Pictures out of the window: the landscape as shown, the loss chart and the whole window as PNG at 1× or
 * 2× (drawn at twice the pixels, not enlarged), and a picture on the clipboard. From File ▸ Export and from
 * the context menus of the landscape (every pane in grid layout) and the chart. The snapshot is taken on
 * the FX thread; a 2× landscape's render (with Cancel), the PNG's encoding and the writing happen off it.
 */
final class PictureExports {

    /** Where a picture goes: the save dialog, or a test's answer. */
    interface Chooser {
        Optional<Path> choose(String titleKey, String filterKey, String extension, String name);
    }

    private final AppViewModel vm;
    private final MainWindow main;
    private final ExportMenu exports;
    private final WindowPictures pictures;
    private final Background background;
    private Chooser chooser;

    PictureExports(AppViewModel vm, MainWindow main, ExportMenu exports) {
        this.vm = vm;
        this.main = main;
        this.exports = exports;
        this.pictures = new WindowPictures(vm, main);
        this.background = vm.background();
        this.chooser = exports::chooseFile;
        menuOn(main.landscape(), Subject.LANDSCAPE);
        menuOn(main.grid(), Subject.LANDSCAPE);
        menuOn(main.chart(), Subject.CHART);
    }

    /** File ▸ Export's pictures, a separator, and the landscape's copy. */
    List<MenuItem> menuItems() {
        MenuItem copy = item("export.copyLandscape", () -> copy(Subject.LANDSCAPE));
        copy.setAccelerator(KeyCombination.keyCombination("shortcut+shift+C"));
        return List.of(item("export.landscapePng", () -> ask(Subject.LANDSCAPE, 1)),
                item("export.landscapePng2x", () -> ask(Subject.LANDSCAPE, 2)),
                item("export.chartPng", () -> ask(Subject.CHART, 1)),
                item("export.chartPng2x", () -> ask(Subject.CHART, 2)),
                item("export.windowPng", () -> ask(Subject.WINDOW, 1)),
                item("export.windowPng2x", () -> ask(Subject.WINDOW, 2)),
                new SeparatorMenuItem(), copy);
    }

    /** Tests answer the save dialog themselves. */
    void chooseWith(Chooser c) {
        this.chooser = c;
    }

    /** A right-click on {@code part} (any pane of the grid) opens its menu, and does nothing else. */
    private void menuOn(Region part, Subject subject) {
        ContextMenu menu = new ContextMenu(item("export.copyPicture", () -> copy(subject)),
                item("export.savePng", () -> ask(subject, 1)), item("export.savePng2x", () -> ask(subject, 2)));
        part.setOnContextMenuRequested(e -> {
            menu.show(part, e.getScreenX(), e.getScreenY());
            e.consume();
        });
        part.getProperties().put(ContextMenu.class, menu);
    }

    private static MenuItem item(String key, Runnable action) {
        MenuItem item = new MenuItem(Text.get(key));
        item.setId(AnalysisMenu.idOf(key));
        item.setOnAction(e -> action.run());
        return item;
    }

    private void ask(Subject subject, int scale) {
        // a 2× picture is offered a name of its own, so that it does not replace the 1× one
        String name = Text.get(subject.nameKey) + (scale == 1 ? "" : Text.get("export.name2x"));
        chooser.choose("export.pngTitle", "export.pngFiles", ".png", name)
                .ifPresent(file -> save(subject, scale, file));
    }

    /** Writes the picture to {@code file}; the status line says so, or a dialog why not (no file is left half written). */
    void save(Subject subject, int scale, Path file) {
        take(subject, scale, image -> {
            int width = (int) image.getWidth();
            int height = (int) image.getHeight();
            int[] argb = Pictures.pixels(image);
            background.submit(p -> {
                try {
                    AtomicFiles.write(file, Pictures.png(width, height, argb));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                return file;
            }, f -> vm.inform(Text.format("export.writtenPicture", f.toAbsolutePath(), width, height)), e -> exports.failed(Text.format("export.notWritten", file, reason(e))), f -> { });
        });
    }

    /** Puts the picture at 1× on the clipboard. */
    void copy(Subject subject) {
        take(subject, 1, image -> {
            ClipboardContent content = new ClipboardContent();
            content.putImage(image);
            Clipboard.getSystemClipboard().setContent(content);
            vm.inform(Text.format("export.copied", (int) image.getWidth(), (int) image.getHeight()));
        });
    }

    /** The snapshot, at once, or once the landscape it needs is rendered; one too large for memory is refused. */
    private void take(Subject subject, int scale, Consumer<WritableImage> then) {
        int[] size = pictures.size(subject, scale);
        long needed = PictureWriter.memoryNeeded(size[0], size[1]);
        Runtime r = Runtime.getRuntime();
        long free = r.maxMemory() - (r.totalMemory() - r.freeMemory());
        if (needed > free) {
            exports.failed(Text.format("export.tooLarge", size[0], size[1], needed >> 20, free >> 20));
            return;
        }
        if (!pictures.needsLandscape(subject, scale)) {
            then.accept(pictures.take(subject, scale, null));
            return;
        }
        var grid = pictures.grid(scale);
        var function = DatasetPicture.of(vm.experiment(), vm.landscape().shownProperty().get(), grid.nx(), grid.ny());
        var style = vm.experiment().scenario().view().style();
        // the colours and contour levels of the landscape on screen, sampled at every pixel drawn
        Landscape shown = vm.landscape().landscapeProperty().get();
        Alert drawing = drawing();
        boolean[] over = {false};
        Background.Job job = background.submit(p -> shown == null ? Landscape.render(function, grid, style, p::cancelled)
                : Landscape.renderLike(shown, function, grid, style.contourCount(), scale, p::cancelled), sharper -> {
                    over[0] = true;
                    drawing.close();
                    then.accept(pictures.take(subject, scale, sharper));
                }, e -> {
                    over[0] = true;
                    drawing.close();
                    exports.failed(reason(e));
                }, f -> { });
        // Cancel (or closing it) gives up the picture: nothing of the job arrives after
        drawing.setOnHidden(e -> job.cancel());
        if (!over[0]) {
            drawing.show();
        }
    }

    /** What is being drawn while a 2× landscape renders, with Cancel. */
    private Alert drawing() {
        Alert a = new Alert(Alert.AlertType.NONE, Text.get("export.drawing"), ButtonType.CANCEL);
        a.setTitle(Text.get("dialog.titleQuestion"));
        a.setGraphic(new ProgressBar(ProgressBar.INDETERMINATE_PROGRESS));
        a.initOwner(main.getScene().getWindow());
        return a;
    }

    private static String reason(Throwable e) {
        Throwable cause = e instanceof UncheckedIOException u ? u.getCause() : e;
        return String.valueOf(cause.getMessage());
    }
}
