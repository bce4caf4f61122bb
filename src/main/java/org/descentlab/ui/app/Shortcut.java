package org.descentlab.ui.app;

import java.util.Set;
import java.util.function.Predicate;

import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * The window's keys, one table: what each is pressed as, the bundle keys of how the list of shortcuts names
 * it and what it does, and whether it also acts while a text field is being typed in. {@link Shortcuts}
 * gives each its action and the list (F1) shows every row, so neither can leave one out.
 */
enum Shortcut {
    PLAY("keys.play.keys", "keys.play", false, e -> plain(e) && e.getCode() == KeyCode.SPACE),
    STEP("keys.step.keys", "keys.step", false, e -> plain(e) && (e.getCode() == KeyCode.LEFT || e.getCode() == KeyCode.RIGHT)),
    ENDS("keys.ends.keys", "keys.ends", false, e -> plain(e) && (e.getCode() == KeyCode.HOME || e.getCode() == KeyCode.END)),
    RESET_VIEW("keys.reset.keys", "keys.reset", false, e -> plain(e) && e.getCode() == KeyCode.R),
    LEARNING_RATE("keys.rate.keys", "keys.rate", false, e -> plain(e) && (isPlus(e) || isMinus(e))),
    PRESET("keys.preset.keys", "keys.preset", false, e -> plain(e) && digit(e) >= 1),
    GRID("keys.grid.keys", "keys.grid", false, e -> plain(e) && e.getCode() == KeyCode.G),
    PRESENTATION("keys.presentation.keys", "keys.presentation", false, e -> plain(e) && e.getCode() == KeyCode.P),
    FULL_SCREEN("keys.fullScreen.keys", "keys.fullScreen", true, e -> e.getCode() == KeyCode.F11),
    MOVE_START("keys.moveStart.keys", "keys.moveStart", false, e -> e.isShortcutDown() && !e.isAltDown() && e.getCode().isArrowKey()),
    ZOOM("keys.zoom.keys", "keys.zoom", true, e -> e.isShortcutDown() && !e.isAltDown() && (isPlus(e) || isMinus(e) || digit(e) == 0)),
    HELP("keys.help.keys", "keys.help", true, e -> e.getCode() == KeyCode.F1 || plain(e) && "?".equals(e.getText())),
    CLOSE("keys.close.keys", "keys.close", true, e -> e.getCode() == KeyCode.ESCAPE);

    private static final Set<KeyCode> PLUS = Set.of(KeyCode.PLUS, KeyCode.ADD, KeyCode.EQUALS);
    private static final Set<KeyCode> MINUS = Set.of(KeyCode.MINUS, KeyCode.SUBTRACT);

    private final String keys;
    private final String what;
    private final boolean whileTyping;
    private final Predicate<KeyEvent> match;

    Shortcut(String keys, String what, boolean whileTyping, Predicate<KeyEvent> match) {
        this.keys = keys;
        this.what = what;
        this.whileTyping = whileTyping;
        this.match = match;
    }

    /** The bundle key of the keys as the list names them ("Ctrl + ← → ↑ ↓"). */
    String keys() {
        return keys;
    }

    /** The bundle key of what the keys do. */
    String what() {
        return what;
    }

    /** Whether the keys act while a text field has the focus (they type nothing there). */
    boolean whileTyping() {
        return whileTyping;
    }

    boolean matches(KeyEvent e) {
        return match.test(e);
    }

    /** The shortcut {@code e} is, or null. */
    static Shortcut of(KeyEvent e) {
        for (Shortcut s : values()) {
            if (s.matches(e)) {
                return s;
            }
        }
        return null;
    }

    /** Plus (or the = key it shares), on the main keys or the keypad. */
    static boolean isPlus(KeyEvent e) {
        return PLUS.contains(e.getCode()) || "+".equals(e.getText());
    }

    static boolean isMinus(KeyEvent e) {
        return MINUS.contains(e.getCode());
    }

    /** The digit key 0–9 pressed, on the main keys or the keypad; −1 for none. */
    static int digit(KeyEvent e) {
        KeyCode c = e.getCode();
        if (c.isDigitKey()) {
            String name = c.getName();
            return Character.getNumericValue(name.charAt(name.length() - 1));
        }
        return -1;
    }

    /** No modifier but Shift, which typing a + or a ? may need. */
    private static boolean plain(KeyEvent e) {
        return !e.isShortcutDown() && !e.isAltDown() && !e.isControlDown() && !e.isMetaDown();
    }
}
