package org.descentlab.ui.app;

import static org.descentlab.ui.TestWindow.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.paint.Color;
import javafx.stage.Stage;

import org.descentlab.core.analysis.CriticalPoints.Kind;
import org.descentlab.core.scenario.Layout;
import org.descentlab.ui.TestWindow;
import org.descentlab.ui.landscape.CriticalPoint;
import org.descentlab.ui.landscape.LandscapeView;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The real window, headless: critical points turned on in the side panel, listed in their tab and drawn. */
@ExtendWith(ApplicationExtension.class)
class CriticalPointsWindowTest {

    private AppViewModel vm;
    private MainWindow window;

    @Start
    void start(Stage stage) throws Exception {
        DescentLabApp app = TestWindow.open(stage);
        vm = app.viewModel();
        window = app.window();
    }

    private static Color pixel(FxRobot robot, LandscapeView l, double x, double y) {
        Color[] c = new Color[1];
        robot.interact(() -> c[0] = l.plotArea().snapshot(null, null).getPixelReader()
                .getColor((int) Math.round(l.pixelX(x)), (int) Math.round(l.pixelY(y))));
        return c[0];
    }

    private static boolean white(Color c) {
        return c.getRed() > 0.95 && c.getGreen() > 0.95 && c.getBlue() > 0.95;
    }

    @Test
    void turnedOnTheTabListsHimmelblausPointsAndTheLandscapeDrawsThemTurnedOffNeither(FxRobot robot) {
        robot.interact(() -> vm.applyPreset(vm.presets().byId("himmelblau").orElseThrow()));
        waitFor("Himmelblau's landscape", () -> vm.landscape().landscapeProperty().get() != null
                && !vm.landscape().renderingProperty().get());
        TableView<?> table = robot.lookup("#critical-points-table").queryAs(TableView.class);
        assertEquals("Turn on Critical points in the side panel", ((Label) table.getPlaceholder()).getText());
        LandscapeView l = window.landscape();
        // the maximum, (−0.270845, −0.923039): heatmap there until the points are drawn, then a white triangle
        double mx = -0.270845;
        double my = -0.923039;
        assertFalse(white(pixel(robot, l, mx, my)));

        CheckBox box = robot.lookup("#critical-points").queryAs(CheckBox.class);
        robot.interact(box::fire);
        assertTrue(vm.experiment().scenario().analysis().criticalPoints());
        waitFor("the points", () -> table.getItems().size() == 9);
        List<CriticalPoint> drawn = l.criticalPointsProperty().get();
        assertEquals(9, drawn.size());
        assertEquals(4, drawn.stream().filter(p -> p.kind() == Kind.MINIMUM).count());
        assertEquals("4 minima, 4 saddles, 1 maximum in view", robot.lookup("#critical-points-status").queryAs(Label.class).getText());
        assertTrue(white(pixel(robot, l, mx, my)), "the maximum's symbol");
        robot.interact(() -> window.tabs().getSelectionModel().select(2));
        assertEquals("tab-critical-points", window.tabs().getSelectionModel().getSelectedItem().getId());

        // a row picked is the point ringed on the landscape, and in each pane of the grid
        CriticalPoint max = drawn.stream().filter(p -> p.kind() == Kind.MAXIMUM).findFirst().orElseThrow();
        robot.interact(() -> window.criticalPoints().getSelectionModel().select(max));
        assertSame(max, vm.criticalPoints().selectedProperty().get());
        assertSame(max, l.pickedPointProperty().get());
        robot.interact(() -> vm.landscape().setLayout(Layout.GRID));
        assertEquals(4, window.grid().panes().size());
        // the panes show a view of another shape: searched anew, the pick follows the maximum
        waitFor("the grid's points", () -> !vm.criticalPoints().computingProperty().get());
        CriticalPoint picked = vm.criticalPoints().selectedProperty().get();
        assertEquals(Kind.MAXIMUM, picked.kind());
        assertEquals(mx, picked.x(), 1e-6);
        for (LandscapeView pane : window.grid().panes()) {
            assertEquals(9, pane.criticalPointsProperty().get().size());
            assertSame(picked, pane.pickedPointProperty().get());
        }
        robot.interact(() -> vm.landscape().setLayout(Layout.OVERLAY));

        robot.interact(box::fire);
        assertFalse(vm.experiment().scenario().analysis().criticalPoints());
        assertEquals(0, table.getItems().size());
        assertEquals("Turn on Critical points in the side panel", ((Label) table.getPlaceholder()).getText());
        assertEquals(List.of(), l.criticalPointsProperty().get());
        assertFalse(white(pixel(robot, l, mx, my)), "nothing drawn");
    }
}
