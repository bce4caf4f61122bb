package org.descentlab.ui.app;

import static org.descentlab.ui.TestWindow.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Control;
import javafx.scene.control.MenuBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.Tab;
import javafx.scene.control.TextField;
import javafx.stage.Stage;

import org.descentlab.ui.TestWindow;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Every control of the main window a person can use has a tooltip (for the mouse) and an accessible text
 * (for a screen reader), and takes the keyboard's focus.
 */
@ExtendWith(ApplicationExtension.class)
class AccessibleControlsTest {

    private DescentLabApp app;

    @Start
    void start(Stage stage) throws Exception {
        app = TestWindow.open(stage);
    }

    @Test
    void everyControlOfTheMainWindowHasATooltipAndAnAccessibleText(FxRobot robot) {
        waitFor("a landscape", () -> app.viewModel().landscape().landscapeProperty().get() != null);
        List<String> missing = new ArrayList<>();
        robot.interact(() -> {
            // the tabs' pages too, not only the one shown
            List<Control> all = new ArrayList<>();
            for (Tab t : app.window().tabs().getTabs()) {
                controls(t.getContent(), all);
            }
            controls(app.window(), all);
            all.stream().distinct().forEach(c -> check(c, missing));
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(), missing);
    }

    @Test
    void theWalkSeesTheSidePanelsControls(FxRobot robot) {
        waitFor("a landscape", () -> app.viewModel().landscape().landscapeProperty().get() != null);
        List<Control> all = new ArrayList<>();
        robot.interact(() -> controls(app.window(), all));
        assertTrue(all.size() > 40, "controls found: " + all.size());
        assertTrue(all.stream().anyMatch(c -> "dark-theme".equals(c.getId())), "the theme switch of the side panel");
    }

    private static void check(Control c, List<String> missing) {
        if (!c.isFocusTraversable() && !c.isDisabled() && c.isVisible()) {
            missing.add(describe(c) + ": not reachable by Tab");
        }
        if (c.getTooltip() == null) {
            missing.add(describe(c) + ": no tooltip");
        }
        if (c.getAccessibleText() == null || c.getAccessibleText().isBlank()) {
            missing.add(describe(c) + ": no accessible text");
        }
    }

    private static String describe(Control c) {
        String text = c instanceof ButtonBase b ? b.getText() : c instanceof TextField f ? f.getPromptText() : "";
        return c.getClass().getSimpleName() + (c.getId() != null ? " #" + c.getId() : "") + (text != null && !text.isEmpty() ? " '" + text + "'" : "");
    }

    /** The controls a user operates: buttons, toggles, check boxes, combo boxes, text fields, sliders. */
    private static void controls(Node n, List<Control> out) {
        if (n == null) {
            return;
        }
        if (n instanceof MenuBar) {
            // menus are reached with F10 and Alt, and name themselves
            return;
        }
        boolean operated = n instanceof ButtonBase || n instanceof CheckBox || n instanceof ComboBoxBase<?> || n instanceof Slider
                || n instanceof TextField || n instanceof Spinner<?>;
        // the editor inside an editable combo box and a spinner's field belong to their control
        if (operated && !insideComboBox(n)) {
            out.add((Control) n);
        }
        if (n instanceof ScrollPane s) {
            controls(s.getContent(), out);
        }
        if (n instanceof Parent p && !(n instanceof ComboBoxBase<?>) && !(n instanceof Spinner<?>)) {
            for (Node child : p.getChildrenUnmodifiable()) {
                controls(child, out);
            }
        }
    }

    private static boolean insideComboBox(Node n) {
        for (Node p = n.getParent(); p != null; p = p.getParent()) {
            if (p instanceof ComboBoxBase<?> || p instanceof Spinner<?>) {
                return true;
            }
        }
        return false;
    }
}
