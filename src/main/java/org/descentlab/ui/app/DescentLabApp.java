package org.descentlab.ui.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.layout.StackPane;
import javafx.stage.Screen;
import javafx.stage.Stage;

import org.descentlab.core.data.ScenarioData;
import org.descentlab.core.preset.Preset;
import org.descentlab.core.preset.PresetLibrary;
import org.descentlab.core.scenario.Scenario;
import org.descentlab.ui.base.Accessibility;
import org.descentlab.ui.base.Scheduler;
import org.descentlab.ui.base.Text;
import org.descentlab.ui.files.AppSettings;
import org.descentlab.ui.files.ConfigFolder;
import org.descentlab.ui.files.FilesViewModel;
import org.descentlab.ui.files.LegacyPreferences;
import org.descentlab.ui.files.SessionStore;
import org.descentlab.ui.files.SettingsStore;
import org.descentlab.ui.landscape.HeadlessFx;

/**
 * The desktop app. It opens with the remembered session, or on a first start with the state older
 * versions kept in Java Preferences, or with a preset; it keeps the session up to date as it changes.
 */
public final class DescentLabApp extends Application {

    private final Path configFolder;
    private final Optional<Function<String, String>> legacy;
    private AppViewModel vm;
    private MainWindow window;
    private AppMenu menu;
    private boolean discarded;
    private Presentation presentation;
    private ShortcutsOverlay help;

    public DescentLabApp() {
        this(ConfigFolder.resolve(), LegacyPreferences.user());
    }

    /**
     * @param configFolder where the session and settings live
     * @param legacy       the old preferences to import once, if any
     */
    public DescentLabApp(Path configFolder, Optional<Function<String, String>> legacy) {
        this.configFolder = configFolder;
        this.legacy = legacy;
    }

    public static void open(String[] args) {
        HeadlessFx.quietClassPathWarning();
        Application.launch(DescentLabApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        SettingsStore settings = new SettingsStore(configFolder);
        // from the first write on (the import below writes): told in the status line once there is one
        Scheduler fx = Scheduler.fx();
        settings.onFailure(message -> fx.schedule(() -> {
            if (vm != null) {
                vm.notice(message);
            }
        }, 0));
        Text.use(Text.languageFor(settings.get().language(), Locale.getDefault()));
        PresetLibrary.Loaded presets = ShippedTexts.presets(PresetLibrary.bundled(), Text.language());
        SessionStore session = new SessionStore(configFolder, Scheduler.fx());
        List<String> notices = new ArrayList<>(settings.notices());
        SessionStore.Restored restored = session.restore();
        notices.addAll(restored.notices());
        Scenario initial = restored.scenario();
        Scenario saved = initial;
        Path file = null;
        Optional<FilesViewModel.Saved> inFile = FilesViewModel.saved(settings.get().file());
        if (restored.whole()) {
            if (inFile.isPresent()) {
                file = inFile.get().file();
                saved = inFile.get().scenario();
            } else if (settings.get().file() != null) {
                // the file is gone or no longer reads: what is on screen is in no file now
                saved = null;
                notices.add(Text.format("session.fileGone", Path.of(settings.get().file()).getFileName()));
            } else if (settings.get().unsaved()) {
                // changes that were in no file when the app closed still are
                saved = null;
            }
        } else if (initial != null) {
            // values were reset: what is on screen is neither the session nor any file, until it is saved
            saved = null;
        } else if (!restored.notices().isEmpty() && inFile.isPresent()) {
            // the session did not read: the file it belonged to is the best thing to start from
            file = inFile.get().file();
            initial = inFile.get().scenario();
            saved = initial;
            notices.add(Text.format("session.fromFile", file.getFileName()));
        } else if (!session.exists() && !settings.get().importedPreferences() && legacy.isPresent()) {
            Optional<LegacyPreferences.Imported> imported = LegacyPreferences.read(legacy.get(), presets, settings.get());
            if (imported.isPresent()) {
                initial = imported.get().scenario();
                saved = initial;
                settings.put(imported.get().settings());
                notices.add(Text.get("session.imported"));
            }
        }
        if (initial != null && initial.isDataset()) {
            try {
                ScenarioData.checked(initial, ScenarioData.read(initial.data()));
            } catch (IllegalArgumentException e) {
                // the session's CSV is gone or changed: the window starts as on a first start, and says why
                notices.add(Text.format("session.dataGone", e.getMessage()));
                initial = null;
                file = null;
            }
        }
        if (initial == null) {
            Preset preset = presets.byId(PresetLibrary.DEFAULT).or(() -> presets.presets().stream().findFirst()).orElse(null);
            initial = preset != null ? preset.scenario() : AppViewModel.BLANK;
            saved = initial;
        }
        vm = new AppViewModel(initial, saved, file, presets, settings, AppViewModel.Environment.fx());
        vm.notice(String.join("\n", notices));
        AppMenu menu = new AppMenu(vm);
        menu.bar().getMenus().add(LanguageMenu.settings(settings, Locale.getDefault(), vm::inform));
        window = new MainWindow(vm, menu.bar());
        var screen = Screen.getPrimary().getVisualBounds();
        ShortcutsOverlay help = new ShortcutsOverlay();
        Scene scene = new Scene(new StackPane(window, help), Math.min(1280, screen.getWidth()), Math.min(880, screen.getHeight()));
        presentation = new Presentation(scene, window, settings);
        Accessibility.follow(scene.getRoot());
        vm.runs().showGhostsProperty().addListener((o, was, now) -> settings.put(settings.get().withGhostTrails(now)));
        vm.experiment().dirtyProperty().addListener((o, was, now) -> settings.put(settings.get().withUnsaved(now)));
        Shortcuts.install(scene, vm, presentation, help);
        menu.viewItems(presentation, help);
        this.help = help;
        menu.installKeys(scene);
        menu.attach(stage, window, () -> {
            if (mayClose()) {
                stage.close();
            }
        });
        stage.titleProperty().bind(vm.files().titleProperty());
        AppIcon.install(stage);
        stage.setScene(scene);
        stage.setMinWidth(900);
        stage.setMinHeight(640);
        placeWindow(stage, settings.get().window());
        session.watch(vm.experiment(), vm::notice);
        this.menu = menu;
        stage.setOnCloseRequest(e -> {
            if (!mayClose()) {
                e.consume();
            }
        });
        stage.setOnHidden(e -> {
            Scenario kept = discarded ? vm.experiment().savedScenario() : vm.experiment().scenario();
            if (kept == null) {
                session.forgetNow();
            } else {
                session.saveNow(kept);
            }
            if (discarded) {
                settings.put(settings.get().withUnsaved(false));
            }
            settings.put(settings.get().withWindow(new AppSettings.Window(stage.getX(), stage.getY(), stage.getWidth(),
                    stage.getHeight(), stage.isMaximized())));
            settings.flush();
        });
        stage.show();
        if (restored.scenario() == null && !restored.notices().isEmpty()) {
            // the last session was moved aside: said where it went, not only in a status line
            Alert alert = new Alert(Alert.AlertType.WARNING, restored.notices().get(0));
            alert.setTitle(Text.get("dialog.titleWarning"));
            alert.setHeaderText(Text.get("dialog.sessionUnreadable"));
            alert.initOwner(stage);
            Platform.runLater(alert::show);
        }
        if (!presets.problems().isEmpty()) {
            Alert alert = new Alert(Alert.AlertType.WARNING, String.join("\n", presets.problems()));
            alert.setTitle(Text.get("dialog.titleWarning"));
            alert.setHeaderText(Text.get("dialog.presetsProblems"));
            alert.initOwner(stage);
            Platform.runLater(alert::show);
        }
    }

    /**
     * Asks to save unsaved changes before the window closes. "Don't Save" lets them go: the session then
     * keeps what the file holds, or nothing when the changes were in no file.
     */
    private boolean mayClose() {
        AppMenu.Answer answer = menu.askToSave();
        discarded = answer == AppMenu.Answer.DISCARDED;
        return answer != AppMenu.Answer.CANCELLED;
    }

    /** The view-model, for tests. */
    public AppViewModel viewModel() {
        return vm;
    }

    /** The menus, for tests. */
    AppMenu menu() {
        return menu;
    }

    /** Presentation mode, zoom and the theme, for tests. */
    Presentation presentation() {
        return presentation;
    }

    /** The list of shortcuts, for tests. */
    ShortcutsOverlay shortcutsOverlay() {
        return help;
    }

    /** The window's nodes, for tests. */
    public MainWindow window() {
        return window;
    }

    private static void placeWindow(Stage stage, AppSettings.Window w) {
        if (w == null || !(w.width() >= 640 && w.height() >= 480) || !Double.isFinite(w.x()) || !Double.isFinite(w.y())) {
            return;
        }
        boolean visible = Screen.getScreensForRectangle(w.x(), w.y(), w.width(), w.height()).size() > 0;
        if (visible) {
            stage.setX(w.x());
            stage.setY(w.y());
        }
        stage.setWidth(w.width());
        stage.setHeight(w.height());
        stage.setMaximized(w.maximized());
    }

}
