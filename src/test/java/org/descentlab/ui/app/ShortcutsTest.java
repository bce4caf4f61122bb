package org.descentlab.ui.app;

import static org.descentlab.ui.TestWindow.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import javafx.event.Event;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;

import org.descentlab.core.Vec2;
import org.descentlab.core.raster.Domain;
import org.descentlab.core.scenario.Layout;
import org.descentlab.ui.TestWindow;
import org.descentlab.ui.base.Text;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Each key of the table of shortcuts, pressed on the real window, does what the list of shortcuts says. */
@ExtendWith(ApplicationExtension.class)
class ShortcutsTest {

    private DescentLabApp app;
    private AppViewModel vm;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        app = TestWindow.open(stage);
        vm = app.viewModel();
    }

    private void ready(FxRobot robot) {
        waitFor("a landscape", () -> vm.landscape().landscapeProperty().get() != null && !vm.landscape().renderingProperty().get());
        robot.interact(() -> app.window().landscape().requestFocus());
    }

    private static void press(FxRobot robot, KeyCode... keys) {
        robot.press(keys).release(keys);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private <T> T on(Supplier<T> read) {
        try {
            return WaitForAsyncUtils.asyncFx(read::get).get();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void everyShortcutActs(FxRobot robot) {
        ready(robot);
        Map<Shortcut, Runnable> checks = new EnumMap<>(Shortcut.class);
        checks.put(Shortcut.PLAY, () -> {
            boolean was = on(() -> vm.playback().playingProperty().get());
            press(robot, KeyCode.SPACE);
            assertEquals(!was, on(() -> vm.playback().playingProperty().get()));
            if (on(() -> vm.playback().playingProperty().get())) {
                press(robot, KeyCode.SPACE);
            }
        });
        checks.put(Shortcut.ENDS, () -> {
            press(robot, KeyCode.END);
            int last = on(() -> vm.playback().playheadProperty().get());
            assertTrue(last > 0, "End: the last step");
            press(robot, KeyCode.HOME);
            assertEquals(0, on(() -> vm.playback().playheadProperty().get()), "Home: the first");
        });
        checks.put(Shortcut.STEP, () -> {
            press(robot, KeyCode.HOME);
            press(robot, KeyCode.RIGHT);
            press(robot, KeyCode.RIGHT);
            assertEquals(2, on(() -> vm.playback().playheadProperty().get()));
            press(robot, KeyCode.LEFT);
            assertEquals(1, on(() -> vm.playback().playheadProperty().get()));
        });
        checks.put(Shortcut.RESET_VIEW, () -> {
            Domain home = on(() -> vm.experiment().home());
            robot.interact(() -> vm.landscape().setDomain("-9", "9", "-9", "9"));
            assertNotEquals(home, on(() -> vm.experiment().scenario().view().domain()));
            press(robot, KeyCode.R);
            assertEquals(home, on(() -> vm.experiment().scenario().view().domain()));
        });
        checks.put(Shortcut.LEARNING_RATE, () -> {
            double lr = on(() -> rate());
            press(robot, KeyCode.ADD);
            assertEquals(2 * lr, on(() -> rate()), 1e-15);
            press(robot, KeyCode.CONTROL, KeyCode.Z);
            assertEquals(lr, on(() -> rate()), 1e-15, "through the edit path: undo brings it back");
            press(robot, KeyCode.MINUS);
            press(robot, KeyCode.MINUS);
            assertEquals(lr / 4, on(() -> rate()), 1e-15);
        });
        checks.put(Shortcut.PRESET, () -> {
            press(robot, KeyCode.DIGIT2);
            assertEquals(vm.presets().presets().get(1), on(() -> vm.presetProperty().get()));
            press(robot, KeyCode.DIGIT1);
            assertEquals(vm.presets().presets().get(0), on(() -> vm.presetProperty().get()));
        });
        checks.put(Shortcut.GRID, () -> {
            Layout was = on(() -> vm.landscape().layoutProperty().get());
            press(robot, KeyCode.G);
            assertNotEquals(was, on(() -> vm.landscape().layoutProperty().get()));
            press(robot, KeyCode.G);
            assertEquals(was, on(() -> vm.landscape().layoutProperty().get()));
        });
        checks.put(Shortcut.PRESENTATION, () -> {
            press(robot, KeyCode.P);
            assertTrue(on(() -> app.presentation().onProperty().get()));
            press(robot, KeyCode.P);
            assertFalse(on(() -> app.presentation().onProperty().get()));
        });
        checks.put(Shortcut.FULL_SCREEN, () -> {
            press(robot, KeyCode.F11);
            assertTrue(on(() -> stage.isFullScreen()));
            press(robot, KeyCode.F11);
            assertFalse(on(() -> stage.isFullScreen()));
        });
        checks.put(Shortcut.MOVE_START, () -> {
            Vec2 before = on(() -> vm.landscape().startProperty().get());
            press(robot, KeyCode.CONTROL, KeyCode.RIGHT);
            Vec2 after = on(() -> vm.landscape().startProperty().get());
            assertTrue(after.x() > before.x(), "Ctrl+Right: further right");
            assertEquals(before.y(), after.y(), 1e-12);
        });
        checks.put(Shortcut.ZOOM, () -> {
            press(robot, KeyCode.CONTROL, KeyCode.ADD);
            assertEquals(1.1, on(() -> app.presentation().zoomProperty().get()), 1e-12);
            press(robot, KeyCode.CONTROL, KeyCode.MINUS);
            press(robot, KeyCode.CONTROL, KeyCode.MINUS);
            assertEquals(0.9, on(() -> app.presentation().zoomProperty().get()), 1e-12);
            press(robot, KeyCode.CONTROL, KeyCode.DIGIT0);
            assertEquals(1, on(() -> app.presentation().zoomProperty().get()), 1e-12);
        });
        checks.put(Shortcut.HELP, () -> {
            press(robot, KeyCode.F1);
            assertTrue(on(() -> app.shortcutsOverlay().isVisible()));
            press(robot, KeyCode.F1);
            assertFalse(on(() -> app.shortcutsOverlay().isVisible()));
            // ? as typed (Shift and the key that has it on this keyboard)
            robot.interact(() -> Event.fireEvent(app.window().landscape(),
                    new KeyEvent(KeyEvent.KEY_PRESSED, "?", "?", KeyCode.SLASH, true, false, false, false)));
            assertTrue(on(() -> app.shortcutsOverlay().isVisible()), "? shows it too");
        });
        checks.put(Shortcut.CLOSE, () -> {
            robot.interact(() -> app.shortcutsOverlay().setVisible(true));
            press(robot, KeyCode.ESCAPE);
            assertFalse(on(() -> app.shortcutsOverlay().isVisible()));
        });
        assertEquals(EnumSet.allOf(Shortcut.class), checks.keySet(), "a check for every row of the table");
        for (Map.Entry<Shortcut, Runnable> c : checks.entrySet()) {
            robot.interact(() -> app.window().landscape().requestFocus());
            c.getValue().run();
        }
    }

    private double rate() {
        return vm.experiment().scenario().selectedRun().optimizer().parameters().get("lr");
    }

    @Test
    void inATextFieldTheKeysTypeExceptTheFewThatTypeNothing(FxRobot robot) {
        ready(robot);
        TextField name = robot.lookup("#run-name").queryAs(TextField.class);
        // focus, not a click: the field may be scrolled out of the side panel's view
        robot.interact(name::requestFocus);
        Layout layout = on(() -> vm.landscape().layoutProperty().get());
        String before = on(name::getText);
        press(robot, KeyCode.G);
        press(robot, KeyCode.R);
        assertEquals(before + "gr", on(name::getText), "typed, not acted on");
        assertEquals(layout, on(() -> vm.landscape().layoutProperty().get()));
        press(robot, KeyCode.F1);
        assertTrue(on(() -> app.shortcutsOverlay().isVisible()), "F1 still shows the list");
        press(robot, KeyCode.ESCAPE);
        assertFalse(on(() -> app.shortcutsOverlay().isVisible()));
    }

    @Test
    void theListShowsEveryRowOfTheTableWithItsKeysAndWhatTheyDo(FxRobot robot) {
        ready(robot);
        press(robot, KeyCode.F1);
        List<Label> keys = on(() -> app.shortcutsOverlay().keyLabels());
        assertEquals(List.of(Shortcut.values()), keys.stream().map(l -> (Shortcut) l.getUserData()).toList());
        for (Shortcut s : Shortcut.values()) {
            assertTrue(robot.lookup(".label").queryAll().stream().anyMatch(n -> n.isVisible()
                    && Text.get(s.what()).equals(((Label) n).getText())), "the list says what " + s + " does");
            assertTrue(keys.stream().anyMatch(l -> l.getText().equals(Text.get(s.keys())) && l.getScene() != null), s.name());
        }
    }
}
