package org.descentlab.ui.app;

import static org.descentlab.ui.TestWindow.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.stage.Stage;

import org.descentlab.core.Vec2;
import org.descentlab.core.analysis.LrFinder;
import org.descentlab.core.analysis.RateSweep;
import org.descentlab.core.analysis.StabilityMap;
import org.descentlab.core.optim.Momentum;
import org.descentlab.core.scenario.RunSettings;
import org.descentlab.core.scenario.Scenario;
import org.descentlab.ui.TestWindow;
import org.descentlab.ui.analysis.FinderPane;
import org.descentlab.ui.analysis.StabilityPane;
import org.descentlab.ui.analysis.SweepPane;
import org.descentlab.ui.base.Numbers;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The learning-rate window, headless: opened from the Analysis menu, each tool run, and a click that sets the run. */
@ExtendWith(ApplicationExtension.class)
class RateWindowTest {

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

    private void open(FxRobot robot, String id) {
        robot.interact(() -> {
            vm.experiment().open(Scenario.of("x^2 + y^2").withStart(new Vec2(-4, 3))
                    .withRuns(List.of(RunSettings.of(new Momentum(0.1, 0.5, 0, 0), 0))));
            MenuBar bar = app.window().lookup("#menu-bar") instanceof MenuBar b ? b : null;
            Menu analysis = bar.getMenus().stream().filter(m -> "menu-analysis".equals(m.getId())).findFirst().orElseThrow();
            MenuItem item = analysis.getItems().stream().filter(i -> id.equals(i.getId())).findFirst().orElseThrow();
            item.fire();
        });
    }

    @Test
    void aSweepFromTheMenuIsPlottedAndAClickSetsThatRate(FxRobot robot) {
        open(robot, "menu-rate-sweep");
        RateWindow window = app.menu().rates();
        assertTrue(window.stage().isShowing());
        assertEquals(AppIcon.images(), window.stage().getIcons(), "the app's icon");
        SweepPane pane = window.sweep();
        robot.interact(() -> {
            ((TextField) pane.lookup("#sweep-min")).setText("0.01");
            ((TextField) pane.lookup("#sweep-max")).setText("10");
            ((TextField) pane.lookup("#sweep-count")).setText("30");
            ((Button) pane.lookup("#sweep-run")).fire();
        });
        waitFor("the sweep", () -> vm.sweep().resultProperty().get() != null);
        RateSweep sweep = vm.sweep().resultProperty().get();
        assertEquals(30, sweep.points().size());
        assertEquals(1.5, sweep.theory().orElseThrow().limit(), 1e-9, "momentum 0.5: 2(1 + 0.5)/2");
        double target = sweep.points().get(12).lr();
        robot.moveTo(pane.chart().localToScreen(pane.chart().xOf(target), pane.chart().getHeight() / 3)).clickOn();
        waitFor("the rate set, to the digits shown", () -> lr() == Numbers.asShown(target));
        assertTrue(robot.lookup("#rate-status").queryAll().stream().anyMatch(n -> n.isVisible()));
    }

    @Test
    void aStabilityMapCellShowsItsRunOnHoverAndAClickSetsBothValues(FxRobot robot) {
        open(robot, "menu-rate-stability");
        StabilityPane pane = app.menu().rates().stability();
        robot.interact(() -> {
            List<TextField> fields = pane.lookupAll(".text-field").stream().filter(n -> n instanceof TextField t && t.isEditable())
                    .map(n -> (TextField) n).toList();
            // across: lr from, to, values; up: momentum from, to, values
            fields.get(2).setText("8");
            fields.get(5).setText("6");
            ((Button) pane.lookup("#stability-run")).fire();
        });
        waitFor("the map", () -> vm.stability().resultProperty().get() != null);
        StabilityMap map = vm.stability().resultProperty().get();
        assertEquals("lr", map.x().name());
        assertEquals("momentum", map.y().name());
        assertEquals(48, map.cells().size());
        waitFor("the theory's edge", () -> !pane.chart().edge().isEmpty());
        List<double[]> edge = pane.chart().edge();
        assertEquals(6, edge.size(), "a point for every momentum");
        for (double[] e : edge) {
            assertEquals(1 + e[1], e[0], 1e-9, "x² + y²: L = 2, lr = 2(1 + μ)/L");
        }
        assertEquals("2(1+μ)/L", pane.chart().formula());
        double[] at = pane.chart().centre(5, 2);
        robot.moveTo(pane.chart().localToScreen(at[0], at[1]));
        waitFor("the hover", () -> pane.chart().underMouseProperty().get().startsWith("lr "));
        robot.interact(() -> pane.chart().clickAt(at[0], at[1]));
        assertEquals(Numbers.asShown(map.x().value(5)), lr());
        assertEquals(Numbers.asShown(map.y().value(2)), vm.experiment().scenario().runs().get(0).optimizer().parameters().get("momentum"));

        // with weight decay up, the edge slants as 2(1+μ)/(L + wd), and the legend says so
        robot.interact(() -> {
            @SuppressWarnings("unchecked")
            ComboBox<String> up = (ComboBox<String>) pane.lookup("#stability-y");
            up.setValue("weight_decay");
            ((Button) pane.lookup("#stability-run")).fire();
        });
        waitFor("the map of weight decay", () -> vm.stability().resultProperty().get() != null && !vm.stability().runningProperty().get()
                && vm.stability().resultProperty().get().y().name().equals("weight_decay"));
        assertEquals("2(1+μ)/(L + wd)", pane.chart().formula());
    }

    @Test
    void theFindersSuggestionsAreButtonsThatSetTheRate(FxRobot robot) {
        open(robot, "menu-rate-finder");
        FinderPane pane = app.menu().rates().finder();
        robot.interact(() -> ((Button) pane.lookup("#finder-run")).fire());
        waitFor("the finder", () -> vm.finder().resultProperty().get() != null);
        LrFinder found = vm.finder().resultProperty().get();
        double valley = found.suggestion("valley").orElseThrow().lr();
        assertTrue(valley > 0 && valley < 1.5, "in the stable range of momentum 0.5: " + valley);
        Button use = (Button) pane.lookup("#finder-suggestions").lookup(".button");
        robot.interact(use::fire);
        assertEquals(Numbers.asShown(valley), lr());
        robot.interact(() -> vm.experiment().undo());
        assertEquals(0.1, lr(), "undo brings the rate back");
    }
}
