package org.descentlab.ui.app;

import static org.descentlab.ui.TestWindow.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.concurrent.TimeUnit;

import javafx.event.Event;
import javafx.geometry.VerticalDirection;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.input.ScrollEvent;
import javafx.stage.Stage;

import org.descentlab.core.Vec2;
import org.descentlab.core.optim.Convention;
import org.descentlab.core.optim.Optimizers;
import org.descentlab.core.preset.Preset;
import org.descentlab.core.raster.Domain;
import org.descentlab.core.raster.Landscape;
import org.descentlab.ui.TestWindow;
import org.descentlab.ui.landscape.LandscapeView;
import org.descentlab.ui.landscape.SmallMultiplesView;
import org.descentlab.ui.runs.RunItem;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The real window, headless: what a student does with the mouse and keyboard. */
@ExtendWith(ApplicationExtension.class)
class MainWindowTest {

    private AppViewModel vm;
    private MainWindow window;

    @Start
    void start(Stage stage) throws Exception {
        DescentLabApp app = TestWindow.open(stage);
        vm = app.viewModel();
        window = app.window();
    }

    private Landscape renderedLandscape() {
        waitFor("a landscape", () -> vm.landscape().landscapeProperty().get() != null
                && !vm.landscape().renderingProperty().get());
        return vm.landscape().landscapeProperty().get();
    }

    @Test
    void opensWithAPresetOnScreen(FxRobot robot) {
        Landscape l = renderedLandscape();
        assertEquals("rosenbrock", vm.presetProperty().get().id());
        assertEquals(vm.landscape().shownProperty().get().xmin(), l.grid().xmin());
        assertEquals(vm.experiment().scenario().view().domain().ymin(), l.grid().ymin(), "equal scale: the plot is wide, x widens");
        assertEquals(vm.presetProperty().get().scenario().runs().size(), vm.runs().items().size(), "every suggested run");
        String status = robot.lookup("#status").queryAs(Label.class).getText();
        assertTrue(status.startsWith(vm.runs().items().get(0).label() + ": Stopped at the step limit"), status);
        assertEquals("Rosenbrock — DescentLab", ((Stage) window.getScene().getWindow()).getTitle());
    }

    @Test
    void typingAFunctionChangesTheImage(FxRobot robot) {
        int[] before = renderedLandscape().argb().clone();
        robot.interact(() -> robot.lookup("#function").queryAs(TextField.class).clear());
        robot.clickOn("#function").write("x*y");
        waitFor("the new landscape", () -> vm.landscape().landscapeProperty().get() != null
                && !Arrays.equals(before, vm.landscape().landscapeProperty().get().argb()) && !vm.landscape().renderingProperty().get());
        assertEquals("x*y", vm.experiment().scenario().function());
    }

    @Test
    void aBadFunctionShowsTheErrorAndKeepsTheOldImage(FxRobot robot) {
        Landscape before = renderedLandscape();
        robot.interact(() -> robot.lookup("#function").queryAs(TextField.class).setText("(1-x)^2 + 100*(y-x^2"));
        WaitForAsyncUtils.sleep(200, TimeUnit.MILLISECONDS);
        Label error = robot.lookup("#function-error").queryAs(Label.class);
        assertTrue(error.isVisible());
        assertEquals("'(' is never closed: add ')'  (column 15)", error.getText());
        assertSame(before, vm.landscape().landscapeProperty().get());
        assertEquals("(1-x)^2 + 100*(y-x^2)^2", vm.experiment().scenario().function());
    }

    @Test
    void aClickOnTheLandscapeSetsTheStart(FxRobot robot) {
        renderedLandscape();
        LandscapeView l = window.landscape();
        var plot = l.plotArea();
        // off the legend, in the top-right corner: a press there drags the legend
        robot.clickOn(plot.localToScreen(plot.getWidth() * 0.75, plot.getHeight() * 0.75), MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        Vec2 s = vm.experiment().scenario().start();
        Domain d = vm.landscape().shownProperty().get();
        assertEquals(d.xmin() + 0.75 * d.width(), s.x(), d.width() / 100);
        assertEquals(d.ymax() - 0.75 * d.height(), s.y(), d.height() / 100);
        assertEquals(s.x(), vm.runs().items().get(0).trajectory().x(0));
        assertEquals(0, vm.playback().playheadProperty().get());
    }

    @Test
    void draggingTheStartMarkerRecomputesThePathLiveAndIsOneUndo(FxRobot robot) {
        renderedLandscape();
        LandscapeView l = window.landscape();
        Vec2 s = vm.experiment().scenario().start();
        var plot = l.plotArea();
        robot.drag(plot.localToScreen(l.pixelX(s.x()), l.pixelY(s.y())), MouseButton.PRIMARY)
                .dropTo(plot.localToScreen(plot.getWidth() * 0.5, plot.getHeight() * 0.8));
        Vec2 moved = vm.experiment().scenario().start();
        assertNotEquals(s.x(), moved.x());
        assertEquals(moved.x(), vm.runs().items().get(0).trajectory().x(0));
        Domain d = vm.landscape().shownProperty().get();
        assertEquals(d.xmin() + 0.5 * d.width(), moved.x(), d.width() / 100);
        robot.interact(() -> vm.experiment().undo());
        assertEquals(s, vm.experiment().scenario().start(), "the whole drag undoes at once");
    }

    @Test
    void playReachesConvergedOnSphere(FxRobot robot) {
        Preset sphere = vm.presets().byId("sphere").orElseThrow();
        robot.interact(() -> {
            vm.applyPreset(sphere);
            vm.playback().speedProperty().set(1000);
        });
        robot.clickOn("#play");
        waitFor("the end of the longest run", () -> !vm.playback().playingProperty().get()
                && vm.playback().playheadProperty().get() == vm.runs().lastStepProperty().get());
        Label status = robot.lookup("#status").queryAs(Label.class);
        assertTrue(status.getText().matches(".*: Converged after \\d+ steps \\(‖∇f‖ < 1e-6\\)"), status.getText());
        int longest = vm.runs().items().stream().mapToInt(r -> r.trajectory().lastStep()).max().orElseThrow();
        int own = vm.runs().selectedProperty().get().trajectory().lastStep();
        String counter = robot.lookup("#counter").queryAs(Label.class).getText();
        assertTrue(counter.startsWith(own == longest ? "step " + longest + " of " + longest
                : "step " + longest + "   the selected run ended at step " + own), "each run's own end: " + counter);
    }

    @Test
    void keysStepThroughTheRun(FxRobot robot) {
        renderedLandscape();
        robot.clickOn(window.landscape().plotArea().localToScreen(5, 5));
        int head = vm.playback().playheadProperty().get();
        robot.type(KeyCode.RIGHT).type(KeyCode.RIGHT);
        assertEquals(head + 2, vm.playback().playheadProperty().get());
        robot.type(KeyCode.LEFT);
        assertEquals(head + 1, vm.playback().playheadProperty().get());
    }

    @Test
    void theWheelZoomsAtTheCursor(FxRobot robot) {
        renderedLandscape();
        Domain before = vm.landscape().shownProperty().get();
        var plot = window.landscape().plotArea();
        robot.moveTo(plot.localToScreen(plot.getWidth() / 2, plot.getHeight() / 2));
        robot.scroll(3, VerticalDirection.DOWN);
        waitFor("a zoom", () -> vm.landscape().shownProperty().get().width() != before.width());
        Domain after = vm.landscape().shownProperty().get();
        double cx = (before.xmin() + before.xmax()) / 2;
        assertEquals(cx, (after.xmin() + after.xmax()) / 2, before.width() / 50, "zoomed about the cursor");
        waitFor("the zoomed render", () -> vm.landscape().landscapeProperty().get().grid().xmin() == after.xmin()
                && !vm.landscape().renderingProperty().get());
    }

    @Test
    void turningTheWheelAwayZoomsIn(FxRobot robot) {
        renderedLandscape();
        Domain before = vm.landscape().shownProperty().get();
        var plot = window.landscape().plotArea();
        double x = plot.getWidth() * 0.25;
        double y = plot.getHeight() * 0.5;
        double planeX = window.landscape().planeX(x);
        var scene = plot.localToScene(x, y);
        robot.interact(() -> Event.fireEvent(plot, new ScrollEvent(ScrollEvent.SCROLL, scene.getX(), scene.getY(), 0, 0, false,
                false, false, false, false, false, 0, 120, 0, 120, ScrollEvent.HorizontalTextScrollUnits.NONE, 0,
                ScrollEvent.VerticalTextScrollUnits.NONE, 0, 0, null)));
        Domain after = vm.landscape().shownProperty().get();
        assertTrue(after.width() < before.width(), before + " -> " + after);
        // the zoomed domain lands on a decimal grid of a thousandth of its width: less than a pixel
        assertEquals(planeX, window.landscape().planeX(x), after.width() / 1000, "the point under the cursor stays put");
    }

    @Test
    void everyPresetLoadsAndRenders(FxRobot robot) {
        for (Preset p : vm.presets().presets()) {
            robot.interact(() -> vm.applyPreset(p));
            waitFor(p.id(), () -> vm.landscape().landscapeProperty().get() != null && !vm.landscape().renderingProperty().get()
                    && vm.landscape().landscapeProperty().get().grid().xmin() == vm.landscape().shownProperty().get().xmin()
                    && vm.landscape().landscapeProperty().get().grid().ymax() == vm.landscape().shownProperty().get().ymax()
                    && vm.experiment().scenario().view().domain().equals(p.scenario().view().domain()));
            Landscape l = vm.landscape().landscapeProperty().get();
            assertTrue(l.sampled().hasFiniteValues(), p.id());
            assertNotNull(vm.runs().selectedProperty().get().trajectory(), p.id());
            assertEquals(p.scenario().function(), robot.lookup("#function").queryAs(TextField.class).getText());
            assertTrue(robot.lookup("#function-error").queryAs(Label.class).getText().isEmpty(), p.id());
            assertEquals(p.scenario().notes(), robot.lookup("#notes").queryAs(Label.class).getText());
        }
    }

    @Test
    void addingASecondRunDrawsASecondPathAndLossCurveAndTheTableFillsIn(FxRobot robot) {
        renderedLandscape();
        robot.interact(() -> {
            vm.applyPreset(vm.presets().byId("sphere").orElseThrow());
            while (vm.runs().items().size() > 1) {
                vm.runs().remove(1);
            }
        });
        assertEquals(1, window.landscape().paths().size());
        assertEquals(1, window.chart().curvesDrawn());
        robot.clickOn("#add-run");
        assertEquals(2, vm.runs().items().size());
        assertEquals(2, window.landscape().paths().size(), "a second path on the landscape");
        assertNotEquals(window.landscape().paths().get(0).colour(), window.landscape().paths().get(1).colour());
        assertEquals(2, window.chart().curvesDrawn(), "a second loss curve");
        robot.clickOn("#tab-results");
        TableView<?> table = robot.lookup("#results").queryAs(TableView.class);
        assertEquals(2, table.getItems().size(), "a row per run");
        String stopped = ((RunItem) table.getItems().get(1)).stopped();
        assertTrue(robot.lookup(".table-cell").queryAll().stream()
                .anyMatch(c -> stopped.equals(((Labeled) c).getText())), "the table shows " + stopped);
        assertEquals(2, robot.lookup("#run-list").queryAs(ListView.class).getItems().size());
        assertEquals(1, ((RunItem) table.getSelectionModel().getSelectedItem()).index(), "the added run is selected in the table too");
        robot.interact(() -> vm.runs().select(0));
        assertEquals(0, ((RunItem) table.getSelectionModel().getSelectedItem()).index(), "the row follows the selected run");
        robot.clickOn(robot.lookup(".table-row-cell").nth(1).queryAs(javafx.scene.Node.class));
        assertEquals(1, vm.runs().selectedProperty().get().index(), "and a row clicked selects its run");
    }

    @Test
    void theGridShowsOnePanePerRunInStep(FxRobot robot) {
        renderedLandscape();
        robot.clickOn("#layout-grid");
        SmallMultiplesView grid = window.grid();
        assertTrue(grid.getScene() != null, "the grid is on screen");
        assertEquals(vm.runs().items().size(), grid.panes().size());
        for (int k = 0; k < grid.panes().size(); k++) {
            LandscapeView pane = grid.panes().get(k);
            assertEquals(1, pane.paths().size());
            assertEquals(vm.runs().items().get(k).label(), pane.paths().get(0).label());
            assertSame(vm.landscape().shownProperty().get(), pane.domainProperty().get());
        }
        robot.interact(() -> vm.playback().seek(7));
        assertTrue(grid.panes().stream().allMatch(p -> p.playheadProperty().get() == 7), "one playhead");
        robot.interact(() -> vm.landscape().zoom(0, 0, 0.5));
        assertTrue(grid.panes().stream().allMatch(p -> p.domainProperty().get() == vm.landscape().shownProperty().get()),
                "one view");
        robot.clickOn("#layout-overlay");
        assertTrue(window.landscape().getScene() != null && grid.getScene() == null);
    }

    @Test
    void theSidePanelShowsAndSwitchesTheSelectedRunsConvention(FxRobot robot) {
        renderedLandscape();
        robot.interact(() -> vm.editor().setType(Optimizers.require("adam")));
        Label note = robot.lookup("#convention-note").queryAs(Label.class);
        assertEquals("PyTorch defaults: eps 1e-8", note.getText());
        ToggleButton keras = robot.lookup("#convention-keras").queryAs(ToggleButton.class);
        // fire() is what a click does; the button may be scrolled out of a small headless screen
        robot.interact(keras::fire);
        assertEquals(Convention.KERAS, vm.editor().runProperty().get().optimizer().convention());
        assertTrue(note.getText().startsWith("Keras / TensorFlow defaults: eps 1e-7; \"epsilon hat\""), note.getText());
        assertTrue(keras.isSelected());
        robot.interact(() -> vm.runs().select(1));
        assertTrue(robot.lookup("#convention-pytorch").queryAs(ToggleButton.class).isSelected(),
                "another run shows its own convention");
    }

    @Test
    void anotherRunSelectedWhileANameIsBeingTypedShowsThatRunsName(FxRobot robot) {
        renderedLandscape();
        TextField name = robot.lookup("#run-name").queryAs(TextField.class);
        robot.interact(() -> {
            name.requestFocus();
            name.setText("first");
        });
        assertEquals("first", vm.runs().items().get(0).label());
        robot.interact(() -> vm.runs().select(1));
        assertEquals("", name.getText(), "run 2 has no name of its own");
        robot.interact(() -> name.setText("second"));
        assertEquals("first", vm.runs().items().get(0).label());
        assertEquals("second", vm.runs().items().get(1).label());
    }

    @Test
    void fieldsShowExactValuesSoThatLeavingThemChangesNothing(FxRobot robot) {
        renderedLandscape();
        robot.interact(() -> {
            vm.editor().setOwnStart(true);
            vm.editor().dragStart(0, 1.23456789, -0.987654321);
            vm.landscape().setDomain("-2.00000001", "2.123456789", "-1", "3");
        });
        TextField x = robot.lookup("#start-x").queryAs(TextField.class);
        assertEquals("1.23456789", x.getText());
        Vec2 before = vm.editor().runProperty().get().start();
        robot.interact(() -> {
            x.requestFocus();
            robot.lookup("#run-list").query().requestFocus();
        });
        assertEquals(before, vm.editor().runProperty().get().start(), "in and out of the field: the same start");
        Domain domain = vm.experiment().scenario().view().domain();
        robot.interact(() -> robot.lookup("#view-xmin").queryAs(TextField.class).fireEvent(new javafx.event.ActionEvent()));
        assertEquals(domain, vm.experiment().scenario().view().domain(), "Apply gives back the domain shown");
    }

    @Test
    void ctrlZUndoesTheExperimentButInAFieldItUndoesTheTyping(FxRobot robot) {
        renderedLandscape();
        TextField lr = robot.lookup("#lr").queryAs(TextField.class);
        robot.interact(() -> lr.setText("0.0005"));
        assertEquals(5e-4, vm.editor().runProperty().get().optimizer().parameters().get("lr"));
        robot.interact(() -> robot.lookup("#run-list").query().requestFocus());
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        assertEquals(1e-3, vm.editor().runProperty().get().optimizer().parameters().get("lr"), "the preset's again");
        assertEquals("0.001", lr.getText(), "the field follows");
        robot.press(KeyCode.CONTROL).press(KeyCode.SHIFT).type(KeyCode.Z).release(KeyCode.SHIFT).release(KeyCode.CONTROL);
        assertEquals(5e-4, vm.editor().runProperty().get().optimizer().parameters().get("lr"), "and redone");

        TextField function = robot.lookup("#function").queryAs(TextField.class);
        robot.clickOn(function);
        robot.interact(() -> function.positionCaret(function.getLength()));
        robot.write("+x");
        waitFor("the typed function", () -> vm.experiment().scenario().function().endsWith("+x"));
        ComboBox<?> presets = robot.lookup("#presets").queryAs(ComboBox.class);
        assertEquals("Custom function", presets.getButtonCell().getText(), "another function is no preset's");
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(!function.getText().endsWith("+x") && function.getText().startsWith("(1-x)^2 + 100*(y-x^2)^2"),
                "the field's own undo: " + function.getText());
        assertEquals(5e-4, vm.editor().runProperty().get().optimizer().parameters().get("lr"), "the experiment's undo did not run");

        TextField xmin = robot.lookup("#view-xmin").queryAs(TextField.class);
        robot.interact(xmin::requestFocus);
        var before = vm.experiment().scenario();
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertNotEquals(before, vm.experiment().scenario(), "a field with no typing of its own to undo undoes the experiment");
        assertFalse(vm.experiment().scenario().function().endsWith("+x"), "and the undone typing does not come back");

        // typing that reached the experiment is undone with it, once, and the field shows what came back
        TextField noise = robot.lookup("#noise").queryAs(TextField.class);
        robot.interact(() -> {
            noise.requestFocus();
            noise.selectAll();
        });
        robot.write("2");
        waitFor("the typed noise", () -> vm.editor().runProperty().get().noise() == 2);
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0, vm.editor().runProperty().get().noise());
        assertEquals("0", noise.getText(), "the focused field follows the undo");
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0, vm.editor().runProperty().get().noise(), "a second undo does not bring the typing back");
        robot.press(KeyCode.CONTROL).press(KeyCode.SHIFT).type(KeyCode.Z).type(KeyCode.Z).release(KeyCode.SHIFT).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(2, vm.editor().runProperty().get().noise(), "redo goes forward over both");
        assertEquals("2", noise.getText());

        // typing that does not read is the field's own to undo
        var good = vm.experiment().scenario();
        robot.interact(noise::end);
        robot.write("x");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("2x", noise.getText());
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("2", noise.getText());
        assertEquals(good, vm.experiment().scenario(), "the experiment is as it was");

        // a value typed on past what reads: the part that read is in effect, and said; undo drops the rest,
        // then takes the typing back, and never returns to the part
        double lrBefore = vm.editor().runProperty().get().optimizer().parameters().get("lr");
        robot.interact(() -> {
            lr.requestFocus();
            lr.selectAll();
        });
        robot.write("0.0.1");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0, vm.editor().runProperty().get().optimizer().parameters().get("lr"), "'0.0' read on the way");
        assertTrue(robot.lookup("#parameter-error").queryAs(Label.class).getText().endsWith("; in effect: 0"),
                robot.lookup("#parameter-error").queryAs(Label.class).getText());
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("0", lr.getText(), "the text that did not read is dropped for the value in effect");
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(lrBefore, vm.editor().runProperty().get().optimizer().parameters().get("lr"), "the typing undone at once");
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertNotEquals(0.0, vm.editor().runProperty().get().optimizer().parameters().get("lr"), "never back to the stray 0");
    }
}
