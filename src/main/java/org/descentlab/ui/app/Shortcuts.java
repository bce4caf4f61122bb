package org.descentlab.ui.app;

import javafx.scene.Scene;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/** Keys for playback and layout: Space plays or pauses, Left and Right step, Home and End, G the grid. */
final class Shortcuts {

    private Shortcuts() {
    }

    /** Installs the keys; a text field with the focus keeps them for typing. */
    static void install(Scene scene, AppViewModel vm) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (scene.getFocusOwner() instanceof TextInputControl || e.isShortcutDown() || e.isAltDown()) {
                return;
            }
            KeyCode code = e.getCode();
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
