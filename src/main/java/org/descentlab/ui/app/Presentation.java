package org.descentlab.ui.app;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.paint.Color;
import javafx.stage.Stage;

import org.descentlab.ui.base.Palette;
import org.descentlab.ui.base.Styles;
import org.descentlab.ui.files.AppSettings;
import org.descentlab.ui.files.SettingsStore;

/**
 * How the window is shown to a room: the theme, presentation mode (larger text, strong contrast, side panels
 * folded, thicker paths), the interface's zoom (Ctrl + and Ctrl −, remembered), and full screen.
 */
final class Presentation {

    /** How much larger text is in presentation mode. */
    static final double ENLARGED = 1.75;
    /** One Ctrl + or Ctrl − step of zoom. */
    static final double ZOOM_STEP = 0.1;

    private final Scene scene;
    private final MainWindow window;
    private final SettingsStore settings;
    private final BooleanProperty on = new SimpleBooleanProperty(this, "presentation");
    private final ReadOnlyDoubleWrapper zoom = new ReadOnlyDoubleWrapper(this, "zoom", 1);

    Presentation(Scene scene, MainWindow window, SettingsStore settings) {
        this.scene = scene;
        this.window = window;
        this.settings = settings;
        zoom.set(settings.get().zoom());
        var dark = window.darkToggle();
        dark.setSelected(settings.get().dark());
        dark.selectedProperty().addListener((o, was, now) -> {
            apply();
            settings.put(settings.get().withDark(now));
        });
        on.addListener(o -> apply());
        apply();
    }

    /** Presentation mode on or off. */
    void toggle() {
        on.set(!on.get());
    }

    BooleanProperty onProperty() {
        return on;
    }

    /** One step larger (+1), smaller (−1), or back to as designed (0); kept in the settings. */
    void zoom(int direction) {
        double z = direction == 0 ? 1 : Math.round((zoom.get() + direction * ZOOM_STEP) * 10) / 10.0;
        z = Math.max(AppSettings.MIN_ZOOM, Math.min(AppSettings.MAX_ZOOM, z));
        zoom.set(z);
        settings.put(settings.get().withZoom(z));
        apply();
    }

    ReadOnlyDoubleProperty zoomProperty() {
        return zoom.getReadOnlyProperty();
    }

    /** How much larger than designed text is now: the zoom, and presentation mode's enlargement. */
    double textScale() {
        return zoom.get() * (on.get() ? ENLARGED : 1);
    }

    void toggleFullScreen() {
        if (scene.getWindow() instanceof Stage stage) {
            stage.setFullScreen(!stage.isFullScreen());
        }
    }

    boolean fullScreen() {
        return scene.getWindow() instanceof Stage stage && stage.isFullScreen();
    }

    private void apply() {
        boolean dark = window.darkToggle().isSelected();
        scene.getStylesheets().setAll(Styles.sheets(dark, on.get()));
        Parent root = scene.getRoot();
        root.getStyleClass().remove(Styles.DARK_ROOT);
        if (dark) {
            root.getStyleClass().add(Styles.DARK_ROOT);
        }
        root.setStyle(Styles.fontScale(textScale()));
        // in presentation mode axes and their numbers in pure black or white
        window.inkProperty().set(on.get() ? (dark ? Color.WHITE : Color.BLACK) : dark ? Palette.AXIS_TEXT_DARK : Palette.AXIS_TEXT);
        window.present(on.get());
    }
}
