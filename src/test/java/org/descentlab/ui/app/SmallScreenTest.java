package org.descentlab.ui.app;

import static org.descentlab.ui.TestWindow.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.text.Text;
import javafx.stage.Stage;

import org.descentlab.core.run.StopReason;
import org.descentlab.core.scenario.Scenario;
import org.descentlab.ui.TestWindow;

import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The window on the small screens of a classroom: nothing cut off, the run's optimizer in sight. */
@ExtendWith(ApplicationExtension.class)
class SmallScreenTest {

    private AppViewModel vm;
    private MainWindow window;
    private Stage stage;

    /** The window's language; a subclass runs every check in another. */
    String language() {
        return "en";
    }

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        DescentLabApp app = TestWindow.open(stage, language());
        vm = app.viewModel();
        window = app.window();
    }

    @ParameterizedTest
    @CsvSource({"1366, 768", "1024, 768"})
    void nothingIsCutOffAndAllEightRunsShow(int width, int height, FxRobot robot) {
        robot.interact(() -> {
            stage.setWidth(width);
            stage.setHeight(height);
            while (vm.runs().items().size() < Scenario.MAX_RUNS) {
                vm.runs().add();
            }
        });
        waitFor("a landscape", () -> vm.landscape().landscapeProperty().get() != null && !vm.landscape().renderingProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        List<String> cut = new ArrayList<>();
        robot.interact(() -> truncated(window, cut));
        assertTrue(cut.isEmpty(), "cut off at " + width + "×" + height + ": " + cut);

        ListView<?> runs = robot.lookup("#run-list").queryAs(ListView.class);
        for (Node n : runs.lookupAll(".scroll-bar")) {
            if (n instanceof ScrollBar bar && bar.getOrientation() == javafx.geometry.Orientation.VERTICAL) {
                assertTrue(!bar.isVisible(), "the run list needs no scrolling for " + Scenario.MAX_RUNS + " runs");
            }
        }
        assertEquals(Scenario.MAX_RUNS, vm.runs().items().size());
    }

    @org.junit.jupiter.api.Test
    void theResultsOfDivergingRunsReadWholeAt1366(FxRobot robot) {
        robot.interact(() -> {
            stage.setWidth(1366);
            stage.setHeight(768);
            vm.applyPreset(vm.presets().byId("saddle").orElseThrow());
            window.tabs().getSelectionModel().select(1);
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(vm.runs().items().stream().anyMatch(r -> r.trajectory().stop().reason() == StopReason.DIVERGED), "the saddle's runs diverge");
        List<String> cut = new ArrayList<>();
        robot.interact(() -> truncated(window.results(), cut));
        assertTrue(cut.isEmpty(), "cut off in the results: " + cut);
    }

    @ParameterizedTest
    @CsvSource({"1366, 768", "1024, 768"})
    void theOptimizerAndLearningRateShowWithoutScrollingAndSoDoesARefusedRate(int width, int height, FxRobot robot) {
        robot.interact(() -> {
            stage.setWidth(width);
            stage.setHeight(height);
            while (vm.runs().items().size() < Scenario.MAX_RUNS) {
                vm.runs().add();
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
        ScrollPane side = (ScrollPane) window.sidePanel().panel();
        Bounds viewport = side.localToScene(side.getLayoutBounds());
        for (String id : new String[] {"#optimizer", "#lr"}) {
            Node n = robot.lookup(id).query();
            Bounds b = n.localToScene(n.getLayoutBounds());
            assertTrue(b.getMaxY() <= viewport.getMaxY(), id + " ends at " + b.getMaxY() + ", below the panel's " + viewport.getMaxY()
                    + " with " + Scenario.MAX_RUNS + " runs");
        }
        robot.interact(() -> robot.lookup("#lr").queryAs(javafx.scene.control.TextField.class).setText("abc"));
        WaitForAsyncUtils.waitForFxEvents();
        Node lr = robot.lookup("#lr").query();
        Node error = robot.lookup("#parameter-error").query();
        Bounds field = lr.localToScene(lr.getLayoutBounds());
        Bounds message = error.localToScene(error.getLayoutBounds());
        assertTrue(error.isVisible() && message.getHeight() > 0, "the refusal shows");
        assertTrue(message.getMinY() >= field.getMaxY() - 1 && message.getMinY() - field.getMaxY() < 16,
                "right under the rate's field: " + field + " then " + message);
    }

    /** Every shown label, button and check box whose text is drawn shorter than it is, ellipsis and all. */
    private static void truncated(Parent root, List<String> cut) {
        for (Node n : root.getChildrenUnmodifiable()) {
            if (!n.isVisible()) {
                continue;
            }
            if (n instanceof Labeled l && l.getText() != null && !l.getText().isEmpty() && (l.getTooltip() == null || !l.getTooltip().getText().contains(l.getText()))) {
                for (Node child : l.getChildrenUnmodifiable()) {
                    if (child instanceof Text t && !t.getText().equals(l.getText()) && t.getText().endsWith(l.getEllipsisString())) {
                        cut.add("'" + l.getText() + "' as '" + t.getText() + "'");
                    }
                }
            }
            if (n instanceof Parent p) {
                truncated(p, cut);
            }
        }
    }
}
