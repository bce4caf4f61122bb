package org.descentlab.ui.app;

import static org.descentlab.ui.TestWindow.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import javafx.css.PseudoClass;
import javafx.geometry.Rectangle2D;
import javafx.scene.control.Button;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Screen;
import javafx.stage.Stage;

import org.descentlab.core.Vec2;
import org.descentlab.core.analysis.LrFinder;
import org.descentlab.core.optim.Momentum;
import org.descentlab.core.scenario.RunSettings;
import org.descentlab.core.scenario.Scenario;
import org.descentlab.ui.TestWindow;
import org.descentlab.ui.analysis.FinderPane;
import org.descentlab.ui.analysis.SweepPane;
import org.descentlab.ui.base.Numbers;
import org.descentlab.ui.base.Styles;
import org.descentlab.ui.base.Text;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The learning-rate window as a newcomer meets it: results that go out of date, the finder's marks, the fields' Enter
 * and red outline, and the window's size, place, title and Escape.
 */
@ExtendWith(ApplicationExtension.class)
class RateWindowFixesTest {

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

    private RateWindow open(FxRobot robot, RateWindow.Tool tool) {
        robot.interact(() -> {
            vm.experiment().open(Scenario.of("x^2 + y^2").withStart(new Vec2(-4, 3))
                    .withRuns(List.of(RunSettings.of(new Momentum(0.1, 0.5, 0, 0), 0).withName("slow ball"))));
            app.menu().rates().show(tool);
        });
        return app.menu().rates();
    }

    @Test
    void aSweepGoesOutOfDateWhenTheRunChangesAndAClickThenSetsNothing(FxRobot robot) {
        SweepPane pane = open(robot, RateWindow.Tool.SWEEP).sweep();
        robot.interact(() -> {
            ((TextField) pane.lookup("#sweep-count")).setText("20");
            ((Button) pane.lookup("#sweep-run")).fire();
        });
        waitFor("the sweep", () -> vm.sweep().resultProperty().get() != null);
        double target = vm.sweep().resultProperty().get().points().get(8).lr();
        double x = pane.chart().xOf(target);
        double y = pane.chart().getHeight() / 3;
        robot.interact(() -> vm.experiment().update(s -> s.withRun(0, r -> r.withOptimizer(new Momentum(0.1, 0.9, 0, 0))),
                org.descentlab.ui.experiment.Experiment.Change.STEP));
        assertTrue(pane.chart().staleProperty().get(), "momentum changed since the sweep");
        robot.interact(() -> pane.chart().clickAt(x, y));
        assertEquals(0.1, lr(), "an out-of-date sweep sets nothing");
        robot.interact(() -> vm.experiment().undo());
        assertFalse(pane.chart().staleProperty().get(), "the settings it was of again");
        robot.interact(() -> pane.chart().clickAt(x, y));
        assertEquals(Numbers.asShown(target), lr());
        assertTrue(Numbers.exact(lr()).length() <= 7, "a rate of a few digits: " + Numbers.exact(lr()));
    }

    @Test
    void theFindersMarksAreAtTheRatesTheirButtonsSetAndARefusalGreysThem(FxRobot robot) {
        FinderPane pane = open(robot, RateWindow.Tool.FINDER).finder();
        robot.interact(() -> ((Button) pane.lookup("#finder-run")).fire());
        waitFor("the finder", () -> vm.finder().resultProperty().get() != null);
        LrFinder found = vm.finder().resultProperty().get();
        LrFinder.Suggestion minimum = found.suggestion("minimum").orElseThrow();
        assertEquals(minimum.markLr() / 10, minimum.lr(), 1e-15, "fastai: a tenth of the rate at the least loss");
        double[] mark = pane.chart().at(minimum);
        double[] least = pane.chart().point(minimum.markLr(), minimum.markLoss());
        assertEquals(pane.chart().point(minimum.lr(), 0)[0], mark[0], 1e-9, "the mark is where the suggested rate is");
        assertTrue(least[0] > mark[0] + 10, "the least loss, ten times the rate, is further right: " + least[0] + " " + mark[0]);
        List<String> buttons = pane.lookup("#finder-suggestions").lookupAll(".button").stream().map(n -> ((Button) n).getText()).toList();
        assertTrue(buttons.contains(Text.format("finder.apply", "minimum", Numbers.label(minimum.lr()))), buttons.toString());
        robot.interact(() -> pane.chart().clickAt(mark[0], mark[1]));
        assertEquals(Numbers.asShown(minimum.lr()), lr(), "a click on the mark sets what its button would");
        robot.interact(() -> {
            ((TextField) pane.lookup("#finder-end")).setText("1e-8");
            ((Button) pane.lookup("#finder-run")).fire();
        });
        assertSame(found, vm.finder().resultProperty().get(), "a refusal keeps the curve");
        assertTrue(pane.chart().staleProperty().get(), "out of date");
        assertTrue(pane.lookup("#finder-suggestions").isDisabled(), "its buttons set nothing");
        assertTrue(((TextField) pane.lookup("#finder-end")).getPseudoClassStates().contains(INVALID), "the field at fault");
    }

    @Test
    void enterInAFieldRunsTheToolAndTextThatDoesNotReadIsOutlined(FxRobot robot) {
        SweepPane pane = open(robot, RateWindow.Tool.SWEEP).sweep();
        TextField count = (TextField) pane.lookup("#sweep-count");
        robot.interact(() -> count.setText("2.5"));
        assertTrue(count.getPseudoClassStates().contains(INVALID), "not a whole number");
        TextField min = (TextField) pane.lookup("#sweep-min");
        robot.interact(() -> min.setText("abc"));
        assertTrue(min.getPseudoClassStates().contains(INVALID), "not a number");
        robot.interact(() -> {
            min.setText("0.01");
            count.setText("10");
        });
        assertFalse(count.getPseudoClassStates().contains(INVALID));
        assertFalse(min.getPseudoClassStates().contains(INVALID));
        robot.clickOn(count).type(KeyCode.ENTER);
        waitFor("the sweep Enter started", () -> vm.sweep().resultProperty().get() != null);
        assertEquals(10, vm.sweep().resultProperty().get().points().size());
    }

    @Test
    void theWindowFitsBesideTheLandscapeIsTitledByTheRunsNameAndEscapeClosesIt(FxRobot robot) {
        RateWindow window = open(robot, RateWindow.Tool.STABILITY);
        Stage stage = window.stage();
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        assertTrue(stage.getWidth() <= screen.getWidth() * RateWindow.SHARE + 1, stage.getWidth() + " of " + screen.getWidth());
        assertEquals(screen.getMaxX(), stage.getX() + stage.getWidth(), 1, "at the screen's right edge");
        assertEquals(Text.format("rate.title", "slow ball"), stage.getTitle());
        robot.interact(() -> vm.experiment().update(s -> s.withRun(0, r -> r.withName("")),
                org.descentlab.ui.experiment.Experiment.Change.STEP));
        assertTrue(stage.getTitle().contains("momentum lr=0.1"), "the label the run list shows: " + stage.getTitle());
        robot.interact(() -> window.stability().requestFocus());
        robot.type(KeyCode.ESCAPE);
        waitFor("Escape closes it", () -> !stage.isShowing());
    }
}
