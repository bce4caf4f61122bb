package org.descentlab.ui.app;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
import javafx.scene.control.TextArea;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import org.descentlab.core.scenario.ScenarioJson;
import org.descentlab.ui.base.Forms;
import org.descentlab.ui.base.Text;
import org.descentlab.ui.experiment.Experiment;
import org.descentlab.ui.files.FilesViewModel;
import org.descentlab.ui.lesson.LessonsMenu;

/**
 * The File and Edit menus, and the dialogs they open: choosing a file, asking about unsaved changes,
 * and saying why a file could not be opened or saved.
 */
final class AppMenu {

    private static final KeyCombination UNDO = KeyCombination.keyCombination("shortcut+Z");
    private static final KeyCombination REDO = KeyCombination.keyCombination("shortcut+shift+Z");
    private static final KeyCombination REDO_WINDOWS = KeyCombination.keyCombination("shortcut+Y");

    private final AppViewModel vm;
    private final FilesViewModel files;
    private final MenuBar bar = new MenuBar();
    private final Menu recent = new Menu(Text.get("menu.openRecent"));
    private final ExportMenu exports;
    private Window owner;
    private Path folder;
    private Runnable onQuit = () -> { };
    private RateWindow rates;

    /** What Ask to save can come to. */
    enum Answer {
        /** Nothing unsaved, or it was saved. */
        SAVED,
        /** The user let the changes go. */
        DISCARDED,
        /** The user changed their mind, or the save failed. */
        CANCELLED
    }

    AppMenu(AppViewModel vm) {
        this.vm = vm;
        this.files = vm.files();
        this.exports = new ExportMenu(vm);
        bar.setId("menu-bar");
        Menu file = new Menu(Text.get("menu.file"));
        file.setId("menu-file");
        file.getItems().addAll(
                item("menu.new", "shortcut+N", () -> whenSaved(files::newScenario)),
                item("menu.open", "shortcut+O", () -> whenSaved(this::chooseAndOpen)),
                recent,
                new SeparatorMenuItem(),
                item("menu.save", "shortcut+S", this::save),
                item("menu.saveAs", "shortcut+shift+S", this::saveAs),
                new SeparatorMenuItem(),
                exports.menu(),
                new SeparatorMenuItem(),
                item("menu.quit", "shortcut+Q", () -> onQuit.run()));
        files.recent().addListener((ListChangeListener<Path>) c -> fillRecent());
        fillRecent();
        Experiment experiment = vm.experiment();
        MenuItem undo = item("menu.undo", UNDO, () -> undoOrField(true));
        MenuItem redo = item("menu.redo", REDO, () -> undoOrField(false));
        undo.setId("menu-undo");
        redo.setId("menu-redo");
        Menu edit = new Menu(Text.get("menu.edit"));
        edit.getItems().addAll(undo, redo);
        bar.getMenus().addAll(file, edit, new AnalysisMenu(vm.analysis(), tool -> {
            if (rates != null) {
                rates.show(tool);
            }
        }), new LessonsMenu(vm.lessons(), vm::notice));
        experiment.canUndoProperty().addListener(o -> undo.setDisable(!experiment.canUndoProperty().get()));
        experiment.canRedoProperty().addListener(o -> redo.setDisable(!experiment.canRedoProperty().get()));
        undo.setDisable(true);
        redo.setDisable(true);
    }

    MenuBar bar() {
        return bar;
    }

    /** Adds the View menu, after Edit, once the window it shows exists. */
    void viewItems(Presentation presentation, ShortcutsOverlay help) {
        bar.getMenus().add(2, ViewMenu.of(presentation, help));
    }

    /** File ▸ Export, for tests. */
    ExportMenu exports() {
        return exports;
    }

    /**
     * @param window the window the dialogs belong to
     * @param main   what File ▸ Export exports from
     * @param quit   what File ▸ Quit does: ask to save, then close the window
     */
    void attach(Window window, MainWindow main, Runnable quit) {
        this.owner = window;
        this.onQuit = quit;
        exports.attach(window, main);
        rates = new RateWindow(window, main);
        // the tool window has no menu bar: its keys undo and redo as the main window's Edit menu does
        keys(rates.stage().getScene(), true);
    }

    /** The learning-rate window, for tests; null until attached. */
    RateWindow rates() {
        return rates;
    }

    /**
     * Undo and redo. In a field that waits for Enter, the field's own typing is undone first; in one that
     * takes effect as it is typed, text that does not read is dropped for the value in effect, and
     * otherwise the typing is the experiment's change, undone with it, the field showing the value undo
     * brought back. Ctrl+Y redoes too, as on Windows.
     */
    void installKeys(Scene scene) {
        keys(scene, false);
        scene.getAccelerators().put(REDO_WINDOWS, () -> undoOrField(false));
    }

    /** The undo and redo keys in {@code scene}: in its text fields, or ({@code everywhere}) wherever the focus is. */
    private void keys(Scene scene, boolean everywhere) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            boolean undo = UNDO.match(e);
            if ((undo || REDO.match(e) || REDO_WINDOWS.match(e)) && (everywhere || scene.getFocusOwner() instanceof TextInputControl)) {
                // the field's own key handling would undo its typing alone
                e.consume();
                undoOrField(scene, undo);
            }
        });
    }

    private void undoOrField(boolean undo) {
        undoOrField(bar.getScene(), undo);
    }

    private void undoOrField(Scene scene, boolean undo) {
        if (scene != null && scene.getFocusOwner() instanceof TextInputControl field && Forms.undoInField(field, undo)) {
            return;
        }
        Forms.following(undo ? vm.experiment()::undo : vm.experiment()::redo);
    }

    /** Runs {@code action} once unsaved changes are saved or let go; not at all if the user cancels. */
    private void whenSaved(Runnable action) {
        if (askToSave() != Answer.CANCELLED) {
            action.run();
        }
    }

    /** Asks whether to save unsaved changes, and saves them if so; asks nothing when there are none. */
    Answer askToSave() {
        if (!vm.experiment().dirtyProperty().get()) {
            return Answer.SAVED;
        }
        ButtonType save = new ButtonType(Text.get("dialog.save"), ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType(Text.get("dialog.discard"), ButtonBar.ButtonData.NO);
        ButtonType cancel = new ButtonType(Text.get("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION, Text.get("dialog.unsavedLost"), save, discard, cancel);
        ask.setTitle(Text.get("dialog.titleQuestion"));
        ask.setHeaderText(Text.format("dialog.unsavedHeader", files.name()));
        ask.initOwner(owner);
        Optional<ButtonType> answer = ask.showAndWait();
        if (answer.isEmpty() || answer.get() == cancel) {
            return Answer.CANCELLED;
        }
        if (answer.get() == discard) {
            return Answer.DISCARDED;
        }
        return save() ? Answer.SAVED : Answer.CANCELLED;
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
            vm.notice(o.message());
            List<String> lines = o.message().lines().toList();
            Alert info = new Alert(Alert.AlertType.WARNING, lines.get(0));
            info.setTitle(Text.get("dialog.titleWarning"));
            info.setHeaderText(Text.get("dialog.resetHeader"));
            // every change, however many, in a box that scrolls
            TextArea all = new TextArea(String.join("\n", lines.subList(1, lines.size())));
            all.setEditable(false);
            all.setWrapText(true);
            info.getDialogPane().setExpandableContent(all);
            info.getDialogPane().setExpanded(lines.size() <= 13);
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
        chooser.setInitialFileName(files.suggestedFileName());
        File f = chooser.showSaveDialog(owner);
        if (f == null) {
            return false;
        }
        folder = f.toPath().toAbsolutePath().getParent();
        return report(files.saveAs(f.toPath()));
    }

    private boolean report(FilesViewModel.Outcome o) {
        if (o.ok()) {
            vm.inform(o.message());
        } else {
            error("dialog.saveFailed", o.message());
        }
        return o.ok();
    }

    private void error(String header, String message) {
        Alert alert = new Alert(Alert.AlertType.ERROR, message);
        alert.setTitle(Text.get("dialog.titleError"));
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
        // the folder last used, or the file's, or else home: never wherever the app happened to be started
        Path start = folder != null ? folder : files.folder() != null ? files.folder() : Path.of(System.getProperty("user.home"));
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
        if (files.recent().isEmpty()) {
            MenuItem none = new MenuItem(Text.get("menu.noRecent"));
            none.setDisable(true);
            recent.getItems().add(none);
            return;
        }
        MenuItem clear = new MenuItem(Text.get("menu.clearRecent"));
        clear.setOnAction(e -> files.clearRecent());
        recent.getItems().addAll(new SeparatorMenuItem(), clear);
    }

    private static MenuItem item(String key, String shortcut, Runnable action) {
        return item(key, KeyCombination.keyCombination(shortcut), action);
    }

    private static MenuItem item(String key, KeyCombination shortcut, Runnable action) {
        MenuItem item = new MenuItem(Text.get(key));
        item.setAccelerator(shortcut);
        item.setOnAction(e -> action.run());
        return item;
    }
}
