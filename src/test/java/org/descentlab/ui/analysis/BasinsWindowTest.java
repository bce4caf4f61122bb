package org.descentlab.ui.analysis;

import static org.descentlab.ui.TestWindow.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;

import org.descentlab.core.analysis.BasinMap;
import org.descentlab.core.scenario.Layout;
import org.descentlab.ui.TestWindow;
import org.descentlab.ui.app.AppViewModel;
import org.descentlab.ui.app.DescentLabApp;
import org.descentlab.ui.app.MainWindow;
import org.descentlab.ui.landscape.BasinPainter;
import org.descentlab.ui.landscape.LandscapeView;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Basin maps in the real window, headless: switched on, cancelled, hovered, and one per pane in the grid. */
@ExtendWith(ApplicationExtension.class)
class BasinsWindowTest {

    private AppViewModel vm;
    private MainWindow window;

    @Start
    void start(Stage stage) throws Exception {
        DescentLabApp app = TestWindow.open(stage);
        vm = app.viewModel();
        window = app.window();
    }

    private BasinMap drawn(LandscapeView view) {
        BasinPainter.Layer layer = view.basinsProperty().get();
        return layer == null ? null : layer.map();
    }

    /** Whether the node and all its parents are visible. */
    private static boolean shown(Node n) {
        return n.isVisible() && (n.getParent() == null || shown(n.getParent()));
    }

    @Test
    @SuppressWarnings("unchecked")
    void aMapIsDrawnCancelKeepsItHoverRunsACellAndTheGridDrawsAMapPerPane(FxRobot robot) {
        robot.interact(() -> vm.applyPreset(vm.presets().byId("himmelblau").orElseThrow()));
        ComboBox<Integer> cells = robot.lookup("#basins-cells").queryAs(ComboBox.class);
        robot.interact(() -> cells.setValue(64));
        robot.interact(() -> robot.lookup("#basins").queryAs(CheckBox.class).fire());
        waitFor("a basin map", () -> drawn(window.landscape()) != null && !vm.basins().runningProperty().get());
        BasinMap first = drawn(window.landscape());
        assertEquals(64, first.cells());
        assertEquals(vm.landscape().viewProperty().get().domain(), first.domain(), "the view's domain, as asked for");
        Label status = robot.lookup("#basins-status").queryAs(Label.class);
        assertTrue(status.getText().startsWith("4 basins; "), status.getText());
        assertTrue(window.landscape().legendBounds() != null, "the legend holds the basins' key");

        robot.interact(() -> cells.setValue(512));
        Button cancel = robot.lookup("#basins-cancel").queryAs(Button.class);
        waitFor("Cancel", () -> shown(cancel));
        robot.interact(cancel::fire);
        waitFor("the cancelled map", () -> !shown(cancel));
        assertEquals("cancelled; showing the previous map", status.getText());
        assertSame(first, drawn(window.landscape()));

        Pane plot = window.landscape().plotArea();
        robot.moveTo(plot.localToScreen(window.landscape().pixelX(3.2), window.landscape().pixelY(2.2)));
        waitFor("the hovered cell's run", () -> vm.basins().hoverProperty().get() != null);
        assertNotNull(window.landscape().basinsProperty().get().hover());
        assertTrue(vm.basins().hoverProperty().get().text().startsWith("basin of minimum 3 (3, 2): from "),
                vm.basins().hoverProperty().get().text());

        robot.interact(() -> cells.setValue(64));
        robot.interact(() -> vm.landscape().setLayout(Layout.GRID));
        waitFor("a map in every pane", () -> !vm.basins().runningProperty().get() && window.grid().panes().size() == 4
                && window.grid().panes().stream().allMatch(p -> drawn(p) != null));
        for (LandscapeView pane : window.grid().panes()) {
            assertSame(vm.basins().mapFor(window.grid().runOf(pane)).map(), drawn(pane));
        }
    }
}
