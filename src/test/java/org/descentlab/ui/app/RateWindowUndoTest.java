package org.descentlab.ui.app;

import static org.descentlab.ui.TestWindow.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import javafx.css.PseudoClass;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.descentlab.core.Vec2;
import org.descentlab.core.optim.GradientDescent;
import org.descentlab.core.scenario.RunSettings;
import org.descentlab.core.scenario.Scenario;
import org.descentlab.ui.TestWindow;
import org.descentlab.ui.analysis.SweepPane;
import org.descentlab.ui.base.Styles;
import org.descentlab.ui.experiment.Experiment;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The learning-rate window and the main window's undo: Ctrl+Z there, a "set on the run" that goes once undone, the
 * "run again" button on an out-of-date plot, the field at fault outlined, and a plot that keeps its height.
 */
@ExtendWith(ApplicationExtension.class)
class RateWindowUndoTest {

    private static final PseudoClass INVALID = PseudoClass.getPseudoClass(Styles.INVALID);
    private DescentLabApp app;
    private AppViewModel vm;

    @Start
    void start(Stage stage) throws Exception {
        app = TestWindow.open(stage);
        vm = app.viewModel();
    }

    private double lr() {
        return vm.experiment().scenario().runs().get(0).optimizer().parameters().get("lr");
    }

    private SweepPane sweep(FxRobot robot) {
        robot.interact(() -> {
            vm.experiment().open(Scenario.of("x^2 + y^2").withStart(new Vec2(-4, 3))
                    .withRuns(List.of(RunSettings.of(new GradientDescent(0.1, 0), 0).withName("plain"))));
            app.menu().rates().show(RateWindow.Tool.SWEEP);
        });
        SweepPane pane = app.menu().rates().sweep();
        robot.interact(() -> {
            ((TextField) pane.lookup("#sweep-count")).setText("20");
            ((Button) pane.lookup("#sweep-run")).fire();
        });
        waitFor("the sweep", () -> vm.sweep().resultProperty().get() != null && !vm.sweep().runningProperty().get());
        return pane;
    }

    @Test
    void ctrlZInTheToolWindowUndoesTheRateItsClickSetAndItsMessageGoes(FxRobot robot) {
        SweepPane pane = sweep(robot);
        Label status = (Label) pane.lookup("#rate-status");
        String summary = status.getText();
        double height = pane.chart().getHeight();
        double target = vm.sweep().resultProperty().get().points().get(5).lr();
        robot.interact(() -> pane.chart().clickAt(pane.chart().xOf(target), pane.chart().getHeight() / 3));
        assertTrue(lr() != 0.1, "the click set a rate");
        assertTrue(status.getText().contains("set on the run “plain”"), status.getText());
        assertEquals(height, pane.chart().getHeight(), "the plot keeps its height when the message changes");

        robot.interact(() -> pane.chart().requestFocus());
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        waitFor("Ctrl+Z undoes", () -> lr() == 0.1);
        assertEquals(summary, status.getText(), "the message of what was undone is gone");
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.Z).release(KeyCode.SHIFT, KeyCode.CONTROL);
        waitFor("Ctrl+Shift+Z redoes", () -> lr() != 0.1);

        robot.interact(() -> pane.chart().clickAt(pane.chart().xOf(target), pane.chart().getHeight() / 3));
        robot.interact(() -> vm.experiment().update(s -> s.withRun(0, r -> r.withName("other")), Experiment.Change.STEP));
        assertFalse(status.getText().contains("set on the run"), "another change: " + status.getText());
    }

    @Test
    void anOutOfDatePlotHasAButtonThatRunsItAgain(FxRobot robot) {
        SweepPane pane = sweep(robot);
        Button again = (Button) pane.lookup("#rate-again");
        assertFalse(again.isVisible(), "nothing to run again");
        robot.interact(() -> vm.experiment().update(s -> s.withRun(0, r -> r.withOptimizer(new GradientDescent(0.1, 0.5))),
                Experiment.Change.STEP));
        assertTrue(again.isVisible());
        var before = vm.sweep().resultProperty().get();
        robot.interact(again::fire);
        waitFor("run again", () -> vm.sweep().resultProperty().get() != before && !vm.sweep().runningProperty().get());
        assertFalse(pane.chart().staleProperty().get());
        assertFalse(again.isVisible());
    }

    @Test
    void theFieldAtFaultIsOutlinedAndTheRefusalGoesOnceItHolds(FxRobot robot) {
        SweepPane pane = sweep(robot);
        TextField min = (TextField) pane.lookup("#sweep-min");
        TextField max = (TextField) pane.lookup("#sweep-max");
        Label status = (Label) pane.lookup("#rate-status");
        String summary = status.getText();
        robot.interact(() -> max.setText("1e-5"));
        assertTrue(max.getPseudoClassStates().contains(INVALID), "To below From");
        assertFalse(min.getPseudoClassStates().contains(INVALID));
        robot.interact(() -> ((Button) pane.lookup("#sweep-run")).fire());
        assertEquals("To must be at least From (1e-4), got 1e-5", status.getText());
        assertTrue(pane.chart().staleProperty().get(), "the plot stays, out of date");
        robot.interact(() -> min.setText("0"));
        assertTrue(min.getPseudoClassStates().contains(INVALID), "From at 0");
        robot.interact(() -> min.setText("1e-6"));
        assertFalse(min.getPseudoClassStates().contains(INVALID));
        assertFalse(max.getPseudoClassStates().contains(INVALID));
        assertEquals(summary, status.getText(), "the refusal is gone once the fields hold");
    }
}
