package org.descentlab.ui.app;

import static org.descentlab.ui.TestWindow.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.ExecutionException;
import java.util.function.Supplier;

import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.descentlab.ui.TestWindow;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Presentation mode as a teacher uses it: larger text, panels folded to a bar, the landscape larger; and zoom. */
@ExtendWith(ApplicationExtension.class)
class PresentationTest {

    private DescentLabApp app;

    @Start
    void start(Stage stage) throws Exception {
        app = TestWindow.open(stage);
    }

    private <T> T on(Supplier<T> read) {
        try {
            return WaitForAsyncUtils.asyncFx(() -> {
                app.window().getScene().getRoot().applyCss();
                app.window().getScene().getRoot().layout();
                return read.get();
            }).get();
        } catch (InterruptedException | ExecutionException e) {
            throw new AssertionError(e);
        }
    }

    private void ready(FxRobot robot) {
        waitFor("a landscape", () -> app.viewModel().landscape().landscapeProperty().get() != null);
        robot.interact(() -> app.window().landscape().requestFocus());
    }

    private static void press(FxRobot robot, KeyCode... keys) {
        robot.press(keys).release(keys);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private double statusFont() {
        return ((Label) app.window().lookup("#status")).getFont().getSize();
    }

    private double landscapeArea() {
        return app.window().landscape().getWidth() * app.window().landscape().getHeight();
    }

    @Test
    void presentationModeEnlargesTheTextFoldsThePanelsAndGivesTheLandscapeTheRoom(FxRobot robot) {
        ready(robot);
        double font = on(this::statusFont);
        double area = on(this::landscapeArea);
        press(robot, KeyCode.P);
        assertTrue(on(this::statusFont) >= 1.5 * font, on(this::statusFont) + " against " + font);
        assertTrue(on(() -> app.window().sidePanel().folded()), "the side panel is a slim bar");
        assertTrue(on(() -> app.window().sidePanel().bar().getScene() != null), "which shows");
        assertTrue(on(() -> app.window().sidePanel().getWidth()) < 80, "slim: " + on(() -> app.window().sidePanel().getWidth()));
        assertTrue(on(() -> app.window().lookup("#results-table") == null || !app.window().tabs().isVisible()),
                "the tables below give way");
        assertTrue(on(this::landscapeArea) > 1.3 * area, "the landscape grows");
        assertEquals(2, on(() -> app.window().landscape().pathWidthProperty().get()), "paths twice as thick");
        // a click on the bar opens the panel, presentation mode stays
        robot.clickOn(app.window().sidePanel().bar());
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(on(() -> app.window().sidePanel().folded()));
        assertTrue(on(() -> app.presentation().onProperty().get()));
        press(robot, KeyCode.ESCAPE);
        robot.interact(() -> app.window().landscape().requestFocus());
        press(robot, KeyCode.P);
        assertEquals(font, on(this::statusFont), 1e-9, "back as it was");
        assertFalse(on(() -> app.window().sidePanel().folded()));
        assertEquals(1, on(() -> app.window().landscape().pathWidthProperty().get()));
    }

    @Test
    void ctrlPlusAndMinusZoomTheTextAndCtrlZeroPutsItBack(FxRobot robot) {
        ready(robot);
        double font = on(this::statusFont);
        press(robot, KeyCode.CONTROL, KeyCode.ADD);
        press(robot, KeyCode.CONTROL, KeyCode.ADD);
        assertEquals(1.2 * font, on(this::statusFont), 0.05 * font);
        press(robot, KeyCode.CONTROL, KeyCode.MINUS);
        press(robot, KeyCode.CONTROL, KeyCode.MINUS);
        press(robot, KeyCode.CONTROL, KeyCode.MINUS);
        assertEquals(0.9 * font, on(this::statusFont), 0.05 * font);
        // zoom and presentation mode multiply
        press(robot, KeyCode.P);
        assertEquals(0.9 * Presentation.ENLARGED * font, on(this::statusFont), 0.05 * font);
        press(robot, KeyCode.P);
        press(robot, KeyCode.CONTROL, KeyCode.DIGIT0);
        assertEquals(font, on(this::statusFont), 1e-9);
    }
}
