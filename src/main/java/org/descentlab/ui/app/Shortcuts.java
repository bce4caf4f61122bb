package org.descentlab.ui.app;

import javafx.scene.Scene;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * Keys for playback, layout and the start: Space plays or pauses, Left and Right step, Home and End, G the
 * grid, Ctrl+arrows move the start (with Shift, further).
 */
final class Shortcuts {

    private Shortcuts() {
    }

    /** Installs the keys; a text field with the focus keeps them for typing. */
    static void install(Scene scene, AppViewModel vm) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (scene.getFocusOwner() instanceof TextInputControl || e.isAltDown()) {
                return;
            }
            KeyCode code = e.getCode();
            if (e.isShortcutDown()) {
                if (code.isArrowKey()) {
                    // Ctrl+arrows move the start a hundredth of the view, with Shift a tenth
                    double step = e.isShiftDown() ? 0.1 : 0.01;
                    int dx = code == KeyCode.RIGHT ? 1 : code == KeyCode.LEFT ? -1 : 0;
                    int dy = code == KeyCode.UP ? 1 : code == KeyCode.DOWN ? -1 : 0;
                    vm.nudgeStart(dx * step, dy * step);
                    e.consume();
                }
                return;
            }
            if (code == KeyCode.SPACE) {
                vm.playback().togglePlay();
            } else if (code == KeyCode.RIGHT) {
                vm.playback().stepForward();
            } else if (code == KeyCode.LEFT) {
                vm.playback().stepBack();
            } else if (code == KeyCode.HOME) {
                vm.playback().rewind();
            } else if (code == KeyCode.END) {
                vm.playback().end();
            } else if (code == KeyCode.G) {
                vm.landscape().toggleLayout();
            } else {
                return;
            }
            e.consume();
        });
    }
}
