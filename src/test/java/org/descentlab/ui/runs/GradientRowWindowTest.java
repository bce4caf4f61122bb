package org.descentlab.ui.runs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Stage;

import org.descentlab.core.field.Differences;
import org.descentlab.core.field.Differences.Scheme;
import org.descentlab.ui.TestWindow;
import org.descentlab.ui.app.AppViewModel;
import org.descentlab.ui.app.DescentLabApp;
import org.descentlab.ui.base.Styles;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The selected run's "Gradient" row in the real window, and what the update rule says of it. */
@ExtendWith(ApplicationExtension.class)
class GradientRowWindowTest {

    private AppViewModel vm;

    @Start
    void start(Stage stage) throws Exception {
        DescentLabApp app = TestWindow.open(stage);
        vm = app.viewModel();
    }

    @Test
    void aBadStepIsRefusedUnderItsFieldAndForwardBiasesThePathAndSaysSo(FxRobot robot) {
        TextField step = robot.lookup("#gradient-step").queryAs(TextField.class);
        @SuppressWarnings("unchecked")
        ComboBox<Scheme> scheme = robot.lookup("#gradient-scheme").queryAs(ComboBox.class);
        assertEquals("auto", step.getText());
        assertEquals(Scheme.CENTRAL, scheme.getValue());
        assertTrue(step.getTooltip().getText().contains("≈ 6.06e-6"), step.getTooltip().getText());
        assertTrue(scheme.getTooltip().getText().contains("forward differences"), scheme.getTooltip().getText());
        assertTrue(robot.lookup("#gradient-note").queryAs(Label.class).getText().contains("central differences"));

        robot.interact(() -> step.setText("-1"));
        WaitForAsyncUtils.waitForFxEvents();
        Label error = robot.lookup("#gradient-error").queryAs(Label.class);
        assertEquals("h must be auto or a number > 0, got '-1'; in effect: auto", error.getText());
        assertTrue(step.getPseudoClassStates().stream().anyMatch(p -> p.getPseudoClassName().equals(Styles.INVALID)));
        Bounds field = step.localToScene(step.getLayoutBounds());
        Bounds message = error.localToScene(error.getLayoutBounds());
        assertTrue(message.getMinY() >= field.getMaxY() - 1 && message.getMinY() - field.getMaxY() < 16,
                "right under the field: " + field + " then " + message);
        assertEquals(Differences.DEFAULT, vm.editor().runProperty().get().differences(), "nothing changed");

        double before = vm.runs().selectedProperty().get().trajectory().x(3);
        robot.interact(() -> {
            scheme.setValue(Scheme.FORWARD);
            step.setText("0.5");
            vm.playback().seek(3);
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("", error.getText());
        assertFalse(error.isManaged(), "no empty line where there is no error");
        assertEquals(Differences.fixed(Scheme.FORWARD, 0.5), vm.editor().runProperty().get().differences());
        assertTrue(before != vm.runs().selectedProperty().get().trajectory().x(3), "another path");
        Label note = robot.lookup("#gradient-note").queryAs(Label.class);
        assertTrue(note.getText().replace('\u00a0', ' ').startsWith("∇f by forward differences, h = 0.5: estimated error "),
                note.getText());
        assertTrue(note.getText().endsWith("— the path is biased"), note.getText());
        assertTrue(note.getStyleClass().contains(Styles.WARNING_TEXT), "in amber");
        assertFalse(note.getStyleClass().contains(Styles.CAPTION), "and only in amber");

        // another run shows its own method; undo brings the automatic step back
        robot.interact(() -> vm.runs().select(1));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("auto", step.getText());
        assertEquals(Scheme.CENTRAL, scheme.getValue());
        assertTrue(note.getStyleClass().contains(Styles.CAPTION), "a plain caption again");
        assertFalse(note.getStyleClass().contains(Styles.WARNING_TEXT));
        robot.interact(() -> vm.runs().select(0));
        robot.interact(() -> vm.experiment().undo());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("auto", step.getText());
        assertEquals(Scheme.FORWARD, scheme.getValue());
        Node row = robot.lookup("#gradient-step").query();
        assertTrue(row.isVisible());
    }
}
