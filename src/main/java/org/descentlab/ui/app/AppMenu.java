package org.descentlab.ui.app;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import javafx.collections.ListChangeListener;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCombination;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import org.descentlab.core.scenario.ScenarioJson;
import org.descentlab.ui.base.Text;
import org.descentlab.ui.experiment.Experiment;
import org.descentlab.ui.files.FilesViewModel;

/**
 * The File and Edit menus, and the dialogs they open: choosing a file, asking about unsaved changes,
 * and saying why a file could not be opened or saved.
 */
final class AppMenu {

    private final AppViewModel vm;
    private final FilesViewModel files;
    private final MenuBar bar = new MenuBar();
    private final Menu recent = new Menu(Text.get("menu.openRecent"));
    private Window owner;
    private Path folder;

    AppMenu(AppViewModel vm) {
        this.vm = vm;
        this.files = vm.files();
        bar.setId("menu-bar");
        Menu file = new Menu(Text.get("menu.file"));
        file.setId("menu-file");
        file.getItems().addAll(
                item("menu.new", "shortcut+N", () -> whenSaved(files::newScenario)),
                item("menu.open", "shortcut+O", () -> whenSaved(this::chooseAndOpen)),
                recent,
                new SeparatorMenuItem(),
                item("menu.save", "shortcut+S", this::save),
                item("menu.saveAs", "shortcut+shift+S", this::saveAs));
        files.recent().addListener((ListChangeListener<Path>) c -> fillRecent());
        fillRecent();
        Experiment experiment = vm.experiment();
        MenuItem undo = item("menu.undo", "shortcut+Z", () -> undoOrField(true));
        MenuItem redo = item("menu.redo", "shortcut+shift+Z", () -> undoOrField(false));
        undo.setId("menu-undo");
        redo.setId("menu-redo");
        Menu edit = new Menu(Text.get("menu.edit"));
        edit.getItems().addAll(undo, redo);
        bar.getMenus().addAll(file, edit);
        experiment.canUndoProperty().addListener(o -> undo.setDisable(!experiment.canUndoProperty().get()));
        experiment.canRedoProperty().addListener(o -> redo.setDisable(!experiment.canRedoProperty().get()));
        undo.setDisable(true);
        redo.setDisable(true);
    }

    MenuBar bar() {
        return bar;
    }

    /** The window the dialogs belong to. */
    void attach(Window window) {
        this.owner = window;
    }

    /**
     * Undo or redo: a text field with the focus undoes its own typing; anywhere else it is the
     * experiment's. Ctrl+Y redoes too, as on Windows.
     */
    void installKeys(Scene scene) {
        scene.getAccelerators().put(KeyCombination.keyCombination("shortcut+Y"), () -> undoOrField(false));
    }

    private void undoOrField(boolean undo) {
        Scene scene = bar.getScene();
        if (scene != null && scene.getFocusOwner() instanceof TextInputControl field) {
            if (undo) {
                field.undo();
            } else {
                field.redo();
            }
            return;
        }
        if (undo) {
            vm.experiment().undo();
        } else {
            vm.experiment().redo();
        }
    }

    /** Runs {@code action} once unsaved changes are saved or let go; not at all if the user cancels. */
    boolean whenSaved(Runnable action) {
        if (!vm.experiment().dirtyProperty().get()) {
            action.run();
            return true;
        }
        ButtonType save = new ButtonType(Text.get("dialog.save"), ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType(Text.get("dialog.discard"), ButtonBar.ButtonData.NO);
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION, Text.get("dialog.unsavedText"), save, discard, ButtonType.CANCEL);
        ask.setHeaderText(Text.format("dialog.unsavedHeader", files.titleProperty().get()));
        ask.initOwner(owner);
        Optional<ButtonType> answer = ask.showAndWait();
        if (answer.isEmpty() || answer.get() == ButtonType.CANCEL) {
            return false;
        }
        if (answer.get() == save && !save()) {
            return false;
        }
        action.run();
        return true;
    }

    private void chooseAndOpen() {
        FileChooser chooser = chooser("dialog.openTitle");
        File f = chooser.showOpenDialog(owner);
        if (f != null) {
            open(f.toPath());
        }
    }

    void open(Path f) {
        folder = f.toAbsolutePath().getParent();
        FilesViewModel.Outcome o = files.open(f);
        if (!o.ok()) {
            error("dialog.openFailed", o.message());
        } else if (!o.message().isEmpty()) {
            vm.notice(o.message().lines().findFirst().orElse(""));
            Alert info = new Alert(Alert.AlertType.WARNING, o.message());
            info.setHeaderText(Text.get("dialog.resetHeader"));
            info.initOwner(owner);
            info.show();
        }
    }

    /** Saves to the experiment's file, or asks for one. */
    boolean save() {
        if (files.needsPath()) {
            return saveAs();
        }
        return report(files.save());
    }

    private boolean saveAs() {
        FileChooser chooser = chooser("dialog.saveTitle");
        Path current = files.fileProperty().get();
        chooser.setInitialFileName(current != null ? current.getFileName().toString() : Text.get("files.defaultName")
                + ScenarioJson.EXTENSION);
        File f = chooser.showSaveDialog(owner);
        if (f == null) {
            return false;
        }
        folder = f.toPath().toAbsolutePath().getParent();
        return report(files.saveAs(f.toPath()));
    }

    private boolean report(FilesViewModel.Outcome o) {
        if (!o.ok()) {
            error("dialog.saveFailed", o.message());
        }
        return o.ok();
    }

    private void error(String header, String message) {
        Alert alert = new Alert(Alert.AlertType.ERROR, message);
        alert.setHeaderText(Text.get(header));
        alert.initOwner(owner);
        alert.show();
    }

    private FileChooser chooser(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Text.get(title));
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(Text.get("dialog.scenarioFiles"), "*" + ScenarioJson.EXTENSION, "*.json"),
                new FileChooser.ExtensionFilter(Text.get("dialog.allFiles"), "*"));
        Path start = folder != null ? folder : files.fileProperty().get() != null ? files.fileProperty().get().getParent() : null;
        if (start != null && Files.isDirectory(start)) {
            chooser.setInitialDirectory(start.toFile());
        }
        return chooser;
    }

    private void fillRecent() {
        recent.getItems().clear();
        for (Path p : files.recent()) {
            MenuItem item = new MenuItem(p.getFileName().toString());
            item.setMnemonicParsing(false);
            item.setOnAction(e -> whenSaved(() -> {
                if (Files.isRegularFile(p)) {
                    open(p);
                } else {
                    files.forget(p);
                    error("dialog.openFailed", Text.format("files.gone", p));
                }
            }));
            recent.getItems().add(item);
        }
        MenuItem clear = new MenuItem(Text.get("menu.clearRecent"));
        clear.setOnAction(e -> files.clearRecent());
        clear.setDisable(files.recent().isEmpty());
        if (!files.recent().isEmpty()) {
            recent.getItems().add(new SeparatorMenuItem());
        }
        recent.getItems().add(clear);
    }

    private static MenuItem item(String key, String shortcut, Runnable action) {
        MenuItem item = new MenuItem(Text.get(key));
        item.setAccelerator(KeyCombination.keyCombination(shortcut));
        item.setOnAction(e -> action.run());
        return item;
    }
}
