package org.descentlab.ui.app;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import javafx.scene.control.Alert;
import javafx.scene.control.Menu;
import javafx.scene.control.SeparatorMenuItem;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import org.descentlab.ui.base.Text;

/**
 * File ▸ Export: what can be taken out of the window (pictures, animations, numbers, code), and the
 * choosing of where each goes. The folder last exported to is offered next time.
 */
final class ExportMenu {

    private final AppViewModel vm;
    private final Menu menu = new Menu(Text.get("menu.export"));
    private final GifExport gif;
    private Window owner;
    private Path folder;
    private PictureExports pictures;

    ExportMenu(AppViewModel vm) {
        this.vm = vm;
        menu.setId("menu-export");
        this.gif = new GifExport(vm, this, vm.background());
    }

    /** The submenu, for the File menu. */
    Menu menu() {
        return menu;
    }

    /**
     * Fills the submenu once the window it exports from exists.
     *
     * @param window the window the dialogs belong to
     * @param main   the main window's parts: its landscape, chart and results table
     */
    void attach(Window window, MainWindow main) {
        this.owner = window;
        pictures = new PictureExports(vm, main, this);
        menu.getItems().addAll(pictures.menuItems());
        // animations: a section of their own
        menu.getItems().add(new SeparatorMenuItem());
        gif.attach(window, main);
        menu.getItems().add(gif.item());
        new CsvExportItems(vm, this, window).addTo(menu);
        // code: the last section
        menu.getItems().add(new SeparatorMenuItem());
        menu.getItems().addAll(new CodeExport(vm, this).items());
    }

    /** The pictures' exports, for tests. */
    PictureExports pictures() {
        return pictures;
    }

    /** File ▸ Export ▸ Animated GIF…. */
    GifExport gif() {
        return gif;
    }

    /**
     * Asks where to save a file of one kind, starting in the folder last exported to (else the scenario's,
     * else home); empty when the user cancels.
     *
     * @param titleKey  the dialog's title, a message key
     * @param filterKey the kind's name in the file-type list, a message key
     * @param extension the kind's extension, with its dot: ".png"
     * @param name      the file name offered, without the extension
     */
    Optional<Path> chooseFile(String titleKey, String filterKey, String extension, String name) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Text.get(titleKey));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Text.get(filterKey), "*" + extension));
        chooser.setInitialFileName(name + extension);
        Path start = folder != null ? folder : vm.files().folder() != null ? vm.files().folder()
                : Path.of(System.getProperty("user.home"));
        if (Files.isDirectory(start)) {
            chooser.setInitialDirectory(start.toFile());
        }
        File f = chooser.showSaveDialog(owner);
        if (f == null) {
            return Optional.empty();
        }
        folder = f.toPath().toAbsolutePath().getParent();
        return Optional.of(f.toPath());
    }

    /** Says that an export failed and why; what the window shows is untouched. */
    void failed(String message) {
        Alert alert = new Alert(Alert.AlertType.ERROR, message);
        alert.setTitle(Text.get("dialog.titleError"));
        alert.setHeaderText(Text.get("export.failed"));
        alert.initOwner(owner);
        alert.show();
    }

    /** Says in the status line what was written where. */
    void written(Path file) {
        vm.inform(Text.format("export.written", file.toAbsolutePath()));
    }
}
