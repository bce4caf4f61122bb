package org.descentlab.ui.lesson;

import static org.descentlab.ui.TestWindow.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

import org.descentlab.core.lesson.Lesson;
import org.descentlab.core.lesson.Lessons;
import org.descentlab.ui.TestWindow;
import org.descentlab.ui.app.AppViewModel;
import org.descentlab.ui.app.DescentLabApp;
import org.descentlab.ui.base.Styles;
import org.descentlab.ui.experiment.Experiment;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The real window, headless: a lesson opened from the Lessons menu shows its goal, and the runs meeting it say so. */
@ExtendWith(ApplicationExtension.class)
class LessonWindowTest {

    private AppViewModel vm;

    @Start
    void start(Stage stage) throws Exception {
        DescentLabApp app = TestWindow.open(stage);
        vm = app.viewModel();
    }

    private static MenuItem item(FxRobot robot, String id) {
        Menu lessons = robot.lookup("#menu-bar").queryAs(MenuBar.class).getMenus().stream()
                .filter(m -> "menu-lessons".equals(m.getId())).findFirst().orElseThrow();
        return lessons.getItems().stream().filter(i -> id.equals(i.getId())).findFirst().orElseThrow();
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    @Test
    void theMenuListsTheSevenLessonsInTheOrderOfTheStory(FxRobot robot) {
        Menu lessons = robot.lookup("#menu-bar").queryAs(MenuBar.class).getMenus().stream()
                .filter(m -> "menu-lessons".equals(m.getId())).findFirst().orElseThrow();
        assertEquals(List.of("1. A first descent", "2. Too small, too large", "3. Many minima", "4. Momentum in a valley",
                "5. Adaptive methods", "6. Mini-batch noise", "7. Myth: descent finds the global minimum"),
                lessons.getItems().subList(0, 7).stream().map(MenuItem::getText).toList());
        assertFalse(robot.lookup("#lesson-panel").query().isVisible(), "no lesson is followed on a first start");
    }

    @Test
    void openingALessonShowsItsGoalAndTheSolutionInTheEditorMarksItMet(FxRobot robot) {
        robot.interact(() -> item(robot, "lesson-first-descent").fire());
        Lesson lesson = vm.lessons().lessonProperty().get();
        assertEquals("first-descent", lesson.id());
        assertEquals("x^2 + y^2", vm.experiment().scenario().function());
        assertTrue(robot.lookup("#lesson-panel").query().isVisible());
        assertEquals("1. A first descent", text(robot, "#lesson-title"));
        assertTrue(text(robot, "#lesson-text").startsWith("Gradient descent repeats four things"));
        assertEquals("run 1 reaches f < 0.001 within 50 steps", text(robot, "#lesson-goal"));
        assertEquals("Not met yet", text(robot, "#lesson-status"));

        // the solution, typed where a user types it: the learning rate of run 1
        TextField lr = robot.lookup("#lr").queryAs(TextField.class);
        robot.interact(() -> lr.setText("0.1"));
        waitFor("the goal met", () -> vm.lessons().metProperty().get());
        assertEquals("Goal met \u2713", text(robot, "#lesson-status"));
        assertTrue(robot.lookup("#lesson-panel").query().getStyleClass().contains(Styles.LESSON_MET));
        assertTrue(robot.lookup("#lesson-status").query().getStyleClass().contains(Styles.LESSON_MET));

        // undone, the goal is not met any more
        robot.interact(() -> vm.experiment().undo());
        assertFalse(vm.lessons().metProperty().get());
        assertEquals("Not met yet", text(robot, "#lesson-status"));
    }

    @Test
    void hintsAreRevealedOneByOneFromTheKeyboard(FxRobot robot) {
        robot.interact(() -> item(robot, "lesson-learning-rate").fire());
        Button hint = robot.lookup("#lesson-hint").queryAs(Button.class);
        VBox hints = robot.lookup("#lesson-hints").queryAs(VBox.class);
        assertEquals(0, hints.getChildren().size());
        assertEquals("Show hint 1 of 3", hint.getText());
        assertTrue(hint.isFocusTraversable());
        robot.interact(() -> robot.lookup("#landscape").query().requestFocus());
        robot.press(KeyCode.CONTROL).press(KeyCode.H).release(KeyCode.H).release(KeyCode.CONTROL);
        assertEquals(1, hints.getChildren().size());
        assertEquals("Hint 1: The curvature along y is 8, so plain descent is stable only for lr < 2/8 = 0.25: at lr 0.3 it diverges.",
                ((Label) hints.getChildren().get(0)).getText());
        robot.interact(hint::fire);
        robot.interact(hint::fire);
        assertEquals(3, hints.getChildren().size());
        assertTrue(hint.isDisabled());
        assertEquals("No more hints", hint.getText());
    }

    @Test
    void eachLessonsSolutionMarksItMetInTheWindow(FxRobot robot) {
        for (Lesson l : vm.lessons().lessons()) {
            robot.interact(() -> vm.lessons().open(l));
            assertFalse(vm.lessons().metProperty().get(), l.id());
            // the dataset lesson's CSV named as the window holds a sample's
            robot.interact(() -> vm.experiment().update(s -> Lessons.sampleData(l.solved()), Experiment.Change.EDIT));
            waitFor(l.id() + " met", () -> vm.lessons().metProperty().get());
        }
    }

    @Test
    void theDatasetLessonOpensOnItsSampleCsv(FxRobot robot) {
        robot.interact(() -> item(robot, "lesson-mini-batch-noise").fire());
        assertEquals("mini-batch-noise", vm.lessons().lessonProperty().get().id());
        assertEquals("noisy-double-well.csv", vm.experiment().scenario().data());
        assertTrue(vm.experiment().scenario().isDataset());
    }

    @Test
    void anotherFunctionEndsTheLessonAndCloseDoesToo(FxRobot robot) {
        robot.interact(() -> item(robot, "lesson-local-minima").fire());
        assertTrue(robot.lookup("#lesson-panel").query().isVisible());
        robot.interact(() -> vm.applyPreset(vm.presets().byId("sphere").orElseThrow()));
        assertNull(vm.lessons().lessonProperty().get());
        assertFalse(robot.lookup("#lesson-panel").query().isVisible());

        robot.interact(() -> item(robot, "lesson-momentum-valley").fire());
        robot.interact(() -> robot.lookup("#lesson-close").queryAs(Button.class).fire());
        assertNull(vm.lessons().lessonProperty().get());
        assertEquals("0.1*x^2 + 2*y^2", vm.experiment().scenario().function(), "closing keeps the experiment");
    }
}
