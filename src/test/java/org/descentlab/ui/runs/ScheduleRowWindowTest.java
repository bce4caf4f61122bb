package org.descentlab.ui.runs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.descentlab.core.optim.schedule.Schedule;
import org.descentlab.ui.TestWindow;
import org.descentlab.ui.app.AppViewModel;
import org.descentlab.ui.base.Styles;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The "Schedule" field in the real window: what is typed is checked as it comes, and set only once committed. */
@ExtendWith(ApplicationExtension.class)
class ScheduleRowWindowTest {

    private AppViewModel vm;

    @Start
    void start(Stage stage) throws Exception {
        vm = TestWindow.open(stage).viewModel();
    }

    private Schedule schedule() {
        return vm.experiment().scenario().selectedRun().schedule();
    }

    @Test
    void aScheduleTypedCharByCharNeverSetsWhatIsHalfTypedAndEnterSetsIt(FxRobot robot) {
        TextField field = robot.lookup("#schedule").queryAs(TextField.class);
        Label error = robot.lookup("#schedule-error").queryAs(Label.class);
        robot.clickOn(field);
        robot.interact(() -> field.setText("cosine(t_max=50)"));
        robot.type(KeyCode.ENTER);
        Schedule before = Schedule.parse("cosine(t_max=50)");
        assertEquals(before, schedule());

        robot.interact(field::clear);
        String typed = "cosine(t_max=5)";
        boolean refused = false;
        for (char c : typed.toCharArray()) {
            robot.interact(() -> field.appendText(String.valueOf(c)));
            assertEquals(before, schedule(), "still the schedule from before the edit, with " + field.getText() + " typed");
            refused |= !error.getText().isEmpty();
        }
        assertTrue(refused, "half-typed text such as 'cosine(t_max=' is refused as it is typed");
        assertEquals("", error.getText(), "the whole text reads");
        assertTrue(field.getPseudoClassStates().stream().noneMatch(p -> p.getPseudoClassName().equals(Styles.INVALID)));

        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Schedule.parse("cosine(t_max=5)"), schedule(), "Enter sets it");

        // text that does not read, left by moving the focus away, keeps the schedule in effect and says why
        robot.interact(() -> field.setText("cosine(t_max=-5)"));
        robot.interact(() -> field.getParent().requestFocus());
        assertEquals(Schedule.parse("cosine(t_max=5)"), schedule());
        assertTrue(error.getText().endsWith("; in effect: cosine(t_max=5)"), error.getText());
    }
}
