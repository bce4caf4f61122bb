package org.descentlab.ui;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.stage.Stage;

import org.descentlab.core.preset.PresetLibrary;

/** The desktop app: opens with the last state, or with a preset on a first launch. */
public final class DescentLabApp extends Application {

    private final AppSettings settings;

    public DescentLabApp() {
        this(AppSettings.userPreferences());
    }

    public DescentLabApp(AppSettings settings) {
        this.settings = settings;
    }

    public static void open(String[] args) {
        Application.launch(DescentLabApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        PresetLibrary.Loaded presets = PresetLibrary.bundled();
        MainViewModel vm = new MainViewModel(presets);
        SessionMemory.restore(settings, vm);
        MainView view = new MainView(vm);
        var screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(view, Math.min(1280, screen.getWidth()), Math.min(880, screen.getHeight()));
        boolean dark = SessionMemory.dark(settings);
        var toggle = view.darkToggle();
        toggle.setSelected(dark);
        applyTheme(scene, view, dark);
        toggle.selectedProperty().addListener((o, was, now) -> applyTheme(scene, view, now));
        view.installKeys(scene);
        stage.setTitle("DescentLab");
        stage.setScene(scene);
        stage.setMinWidth(900);
        stage.setMinHeight(640);
        SessionMemory.placeWindow(settings, stage);
        stage.setOnHidden(e -> SessionMemory.save(settings, vm, stage, toggle.isSelected()));
        stage.show();
        if (!presets.problems().isEmpty()) {
            Alert alert = new Alert(Alert.AlertType.WARNING, String.join("\n", presets.problems()));
            alert.setHeaderText("Some presets could not be loaded and were skipped");
            alert.initOwner(stage);
            alert.show();
        }
    }

    static void applyTheme(Scene scene, MainView view, boolean dark) {
        scene.getStylesheets().setAll(Styles.sheets(dark));
        view.inkProperty().set(dark ? javafx.scene.paint.Color.web("#e6edf3") : Palette.AXIS_TEXT);
    }
}
