package org.descentlab.ui.analysis;

import static org.descentlab.ui.TestWindow.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.control.CheckBox;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.TableView;
import javafx.stage.Stage;

import org.descentlab.core.scenario.Analysis;
import org.descentlab.core.scenario.Layout;
import org.descentlab.ui.TestWindow;
import org.descentlab.ui.app.AppViewModel;
import org.descentlab.ui.app.DescentLabApp;
import org.descentlab.ui.app.MainWindow;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Analysis in the real window: many starts chosen in the side panel, drawn and counted; the Analysis menu. */
@ExtendWith(ApplicationExtension.class)
class AnalysisWindowTest {

    private AppViewModel vm;
    private MainWindow window;

    @Start
    void start(Stage stage) throws Exception {
        DescentLabApp app = TestWindow.open(stage);
        vm = app.viewModel();
        window = app.window();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aGridOfStartsIsDrawnAndCountedAndOffRemovesIt(FxRobot robot) {
        robot.interact(() -> vm.applyPreset(vm.presets().presets().stream().filter(p -> p.id().equals("himmelblau")).findFirst()
                .orElseThrow()));
        ComboBox<Analysis.Starts> pattern = robot.lookup("#starts-pattern").queryAs(ComboBox.class);
        robot.interact(() -> pattern.setValue(Analysis.Starts.GRID));
        waitFor("many starts", () -> vm.manyStarts().resultProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        TableView<ManyStartsSummary.Row> table = robot.lookup("#starts-table").queryAs(TableView.class);
        assertEquals(4, table.getItems().size(), "a row per minimum of himmelblau");
        assertEquals(64, table.getItems().stream().mapToInt(ManyStartsSummary.Row::count).sum(), "8 x 8 starts");
        assertNotNull(window.landscape().manyStartsProperty().get());
        assertTrue(robot.lookup("#starts-status").queryLabeled().getText().contains("found the lowest minimum"));
        // in the grid of panes, the selected run's pane draws them
        robot.interact(() -> vm.landscape().setLayout(Layout.GRID));
        WaitForAsyncUtils.waitForFxEvents();
        assertNull(window.landscape().manyStartsProperty().get());
        assertEquals(1, window.grid().panes().stream().filter(p -> p.manyStartsProperty().get() != null).count());
        robot.interact(() -> pattern.setValue(Analysis.Starts.OFF));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0, table.getItems().size());
        assertTrue(window.grid().panes().stream().allMatch(p -> p.manyStartsProperty().get() == null));
    }

    @Test
    void theAnalysisMenuSwitchesWhatTheSidePanelSwitchesAndShowsItsState(FxRobot robot) {
        MenuBar bar = robot.lookup("#menu-bar").queryAs(MenuBar.class);
        Menu analysis = bar.getMenus().stream().filter(m -> "menu-analysis".equals(m.getId())).findFirst().orElseThrow();
        CheckMenuItem critical = (CheckMenuItem) analysis.getItems().stream().filter(i -> "menu-critical-points".equals(i.getId()))
                .findFirst().orElseThrow();
        CheckMenuItem starts = (CheckMenuItem) analysis.getItems().stream().filter(i -> "menu-many-starts".equals(i.getId()))
                .findFirst().orElseThrow();
        assertEquals(5, analysis.getItems().stream().filter(i -> i instanceof CheckMenuItem).count(), "five switches");
        assertEquals(java.util.List.of("menu-rate-sweep", "menu-rate-stability", "menu-rate-finder"), analysis.getItems().stream()
                .skip(6).map(javafx.scene.control.MenuItem::getId).toList(), "then, after a separator, the learning-rate tools");
        robot.interact(() -> critical.setSelected(true));
        assertTrue(vm.analysis().analysis().criticalPoints());
        assertTrue(robot.lookup("#critical-points").queryAs(CheckBox.class).isSelected(), "the side panel shows it too");
        robot.interact(() -> starts.setSelected(true));
        assertEquals(Analysis.Starts.GRID, vm.analysis().analysis().starts());
        robot.interact(() -> vm.experiment().undo());
        assertFalse(starts.isSelected(), "undo turns it off, and the menu says so");
        robot.interact(() -> vm.analysis().toggle(a -> a.withBasins(true)));
        assertTrue(((CheckMenuItem) analysis.getItems().get(2)).isSelected());
    }
}
