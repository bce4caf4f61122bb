package org.descentlab.ui.app;

import java.util.List;

import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

import org.descentlab.core.preset.Preset;

/**
 * What each key of {@link Shortcut} does in the window: playback, the learning rate, presets, the layout, the
 * start, presentation mode, zoom and the list of shortcuts.
 */
final class Shortcuts {

    private Shortcuts() {
    }

    /** Installs the keys; a text field with the focus keeps all but a few for typing. */
    static void install(Scene scene, AppViewModel vm, Presentation presentation, ShortcutsOverlay help) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            Shortcut s = Shortcut.of(e);
            boolean typing = scene.getFocusOwner() instanceof TextInputControl;
            // Space presses the button that has the focus, as everywhere
            boolean pressing = s == Shortcut.PLAY && scene.getFocusOwner() instanceof ButtonBase;
            if (s == null || typing && !s.whileTyping() || pressing) {
                return;
            }
            if (act(s, e, vm, presentation, help)) {
                e.consume();
            }
        });
    }

    /**
     * Does what {@code s} does; false when it had nothing to do and the key should go on. A switch
     * expression: a row added to the table without an action here does not compile.
     */
    private static boolean act(Shortcut s, KeyEvent e, AppViewModel vm, Presentation presentation, ShortcutsOverlay help) {
        KeyCode code = e.getCode();
        return switch (s) {
            case PLAY -> done(vm.playback()::togglePlay);
            case STEP -> done(code == KeyCode.RIGHT ? vm.playback()::stepForward : vm.playback()::stepBack);
            case ENDS -> done(code == KeyCode.HOME ? vm.playback()::rewind : vm.playback()::end);
            case RESET_VIEW -> done(vm.landscape()::resetView);
            case LEARNING_RATE -> done(() -> vm.editor().scaleLearningRate(Shortcut.isMinus(e) ? 0.5 : 2));
            case PRESET -> preset(vm, Shortcut.digit(e) - 1);
            case GRID -> done(vm.landscape()::toggleLayout);
            case PRESENTATION -> done(presentation::toggle);
            case FULL_SCREEN -> done(presentation::toggleFullScreen);
            case MOVE_START -> done(() -> {
                // a hundredth of the view, with Shift a tenth
                double step = e.isShiftDown() ? 0.1 : 0.01;
                int dx = code == KeyCode.RIGHT ? 1 : code == KeyCode.LEFT ? -1 : 0;
                int dy = code == KeyCode.UP ? 1 : code == KeyCode.DOWN ? -1 : 0;
                vm.nudgeStart(dx * step, dy * step);
            });
            case ZOOM -> done(() -> presentation.zoom(Shortcut.isPlus(e) ? 1 : Shortcut.isMinus(e) ? -1 : 0));
            case HELP -> done(help::toggle);
            case CLOSE -> help.close();
        };
    }

    private static boolean preset(AppViewModel vm, int k) {
        List<Preset> presets = vm.presets().presets();
        if (k < 0 || k >= presets.size()) {
            return false;
        }
        vm.applyPreset(presets.get(k));
        return true;
    }

    private static boolean done(Runnable action) {
        action.run();
        return true;
    }
}
