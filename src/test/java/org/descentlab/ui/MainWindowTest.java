package org.descentlab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;

import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;

import org.descentlab.core.preset.Preset;
import org.descentlab.core.raster.Domain;
import org.descentlab.core.raster.Landscape;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The real window, headless: what a student does with the mouse and keyboard. */
@ExtendWith(ApplicationExtension.class)
class MainWindowTest {

    private MainViewModel vm;
    private MainView view;

    @Start
    void start(Stage stage) {
        new DescentLabApp(AppSettings.inMemory()).start(stage);
        view = (MainView) stage.getScene().getRoot();
        vm = view.viewModel();
    }

    private static void waitFor(String what, BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                    () -> WaitForAsyncUtils.asyncFx(condition::getAsBoolean).get());
        } catch (TimeoutException e) {
            throw new AssertionError("timed out waiting for " + what, e);
        }
    }

    private Landscape renderedLandscape() {
        waitFor("a landscape", () -> vm.landscapeProperty().get() != null && !vm.renderingProperty().get());
        return vm.landscapeProperty().get();
    }

    @Test
    void opensWithAPresetOnScreen(FxRobot robot) {
        Landscape l = renderedLandscape();
        assertEquals("rosenbrock", vm.presetProperty().get().id());
        assertEquals(Domain.of(vm.presetProperty().get().domain()).xmin(), l.grid().xmin());
        assertNotNull(vm.trajectoryProperty().get());
        assertEquals(vm.presetProperty().get().runs().size(), vm.runs().size(), "every suggested run is loaded");
        String status = robot.lookup("#status").queryAs(Label.class).getText();
        assertTrue(status.startsWith(vm.runs().get(0).label().get() + ": Stopped at the step limit"), status);
    }

    @Test
    void typingAFunctionChangesTheImage(FxRobot robot) {
        int[] before = renderedLandscape().argb().clone();
        robot.interact(() -> robot.lookup("#function").queryAs(TextField.class).clear());
        robot.clickOn("#function").write("x*y");
        waitFor("the new landscape", () -> vm.landscapeProperty().get() != null
                && !Arrays.equals(before, vm.landscapeProperty().get().argb()) && !vm.renderingProperty().get());
        assertEquals("x*y", vm.functionTextProperty().get());
        assertNotEquals(Arrays.hashCode(before), Arrays.hashCode(vm.landscapeProperty().get().argb()));
    }

    @Test
    void aBadFunctionShowsTheErrorAndKeepsTheOldImage(FxRobot robot) {
        Landscape before = renderedLandscape();
        robot.interact(() -> robot.lookup("#function").queryAs(TextField.class).setText("(1-x)^2 + 100*(y-x^2"));
        WaitForAsyncUtils.sleep(200, TimeUnit.MILLISECONDS);
        Label error = robot.lookup("#function-error").queryAs(Label.class);
        assertTrue(error.isVisible());
        assertEquals("'(' is never closed: add ')'  (column 15)", error.getText());
        assertSame(before, vm.landscapeProperty().get());
        assertEquals("(1-x)^2 + 100*(y-x^2)^2", vm.functionProperty().get().text());
    }

    @Test
    void aClickOnTheLandscapeSetsTheStart(FxRobot robot) {
        renderedLandscape();
        LandscapeView l = view.landscape();
        var plot = l.plotArea();
        robot.clickOn(plot.localToScreen(plot.getWidth() * 0.75, plot.getHeight() * 0.25), MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        double[] s = vm.startProperty().get();
        Domain d = vm.domainProperty().get();
        assertEquals(d.xmin() + 0.75 * d.width(), s[0], d.width() / 100);
        assertEquals(d.ymax() - 0.25 * d.height(), s[1], d.height() / 100);
        assertEquals(s[0], vm.trajectoryProperty().get().x(0));
        assertEquals(0, vm.playheadProperty().get());
    }

    @Test
    void draggingTheStartMarkerRecomputesThePathLive(FxRobot robot) {
        renderedLandscape();
        LandscapeView l = view.landscape();
        double[] s = vm.startProperty().get();
        var plot = l.plotArea();
        robot.drag(plot.localToScreen(l.pixelX(s[0]), l.pixelY(s[1])), MouseButton.PRIMARY)
                .dropTo(plot.localToScreen(plot.getWidth() * 0.5, plot.getHeight() * 0.8));
        double[] moved = vm.startProperty().get();
        assertNotEquals(s[0], moved[0]);
        assertEquals(moved[0], vm.trajectoryProperty().get().x(0));
        assertEquals(vm.domainProperty().get().xmin() + 0.5 * vm.domainProperty().get().width(), moved[0],
                vm.domainProperty().get().width() / 100);
    }

    @Test
    void playReachesConvergedOnSphere(FxRobot robot) {
        Preset sphere = vm.presets().byId("sphere").orElseThrow();
        robot.interact(() -> {
            vm.applyPreset(sphere);
            vm.speedProperty().set(1000);
        });
        robot.clickOn("#play");
        waitFor("the end of the longest run", () -> !vm.playingProperty().get()
                && vm.playheadProperty().get() == vm.lastStepProperty().get());
        Label status = robot.lookup("#status").queryAs(Label.class);
        assertTrue(status.getText().matches(".*: Converged after \\d+ steps \\(‖∇f‖ < 1e-6\\)"), status.getText());
        int longest = vm.runs().stream().mapToInt(r -> r.trajectoryProperty().get().lastStep()).max().orElseThrow();
        assertTrue(robot.lookup("#counter").queryAs(Label.class).getText().startsWith("step " + longest + " of " + longest));
    }

    @Test
    void keysStepThroughTheRun(FxRobot robot) {
        renderedLandscape();
        robot.clickOn(view.landscape().plotArea().localToScreen(5, 5));
        int head = vm.playheadProperty().get();
        robot.type(KeyCode.RIGHT).type(KeyCode.RIGHT);
        assertEquals(head + 2, vm.playheadProperty().get());
        robot.type(KeyCode.LEFT);
        assertEquals(head + 1, vm.playheadProperty().get());
    }

    @Test
    void theWheelZoomsAtTheCursor(FxRobot robot) {
        renderedLandscape();
        Domain before = vm.domainProperty().get();
        var plot = view.landscape().plotArea();
        robot.moveTo(plot.localToScreen(plot.getWidth() / 2, plot.getHeight() / 2));
        robot.scroll(3, javafx.geometry.VerticalDirection.DOWN);
        waitFor("a zoom", () -> vm.domainProperty().get().width() != before.width());
        Domain after = vm.domainProperty().get();
        double cx = (before.xmin() + before.xmax()) / 2;
        assertEquals(cx, (after.xmin() + after.xmax()) / 2, before.width() / 50, "zoomed about the cursor");
        waitFor("the zoomed render", () -> vm.landscapeProperty().get().grid().xmin() == after.xmin()
                && !vm.renderingProperty().get());
    }

    @Test
    void turningTheWheelAwayZoomsIn(FxRobot robot) {
        renderedLandscape();
        Domain before = vm.domainProperty().get();
        var plot = view.landscape().plotArea();
        double x = plot.getWidth() * 0.25;
        double y = plot.getHeight() * 0.5;
        double planeX = view.landscape().planeX(x);
        var scene = plot.localToScene(x, y);
        robot.interact(() -> javafx.event.Event.fireEvent(plot, new javafx.scene.input.ScrollEvent(
                javafx.scene.input.ScrollEvent.SCROLL, scene.getX(), scene.getY(), 0, 0, false, false, false, false, false, false,
                0, 120, 0, 120, javafx.scene.input.ScrollEvent.HorizontalTextScrollUnits.NONE, 0,
                javafx.scene.input.ScrollEvent.VerticalTextScrollUnits.NONE, 0, 0, null)));
        Domain after = vm.domainProperty().get();
        assertTrue(after.width() < before.width(), before + " -> " + after);
        assertEquals(planeX, view.landscape().planeX(x), 1e-9 * before.width(), "the point under the cursor stays put");
    }

    @Test
    void everyPresetLoadsAndRenders(FxRobot robot) {
        for (Preset p : vm.presets().presets()) {
            robot.interact(() -> vm.applyPreset(p));
            Domain d = Domain.of(p.domain());
            waitFor(p.id(), () -> vm.landscapeProperty().get() != null && !vm.renderingProperty().get()
                    && vm.landscapeProperty().get().grid().xmin() == d.xmin()
                    && vm.landscapeProperty().get().grid().ymax() == d.ymax());
            Landscape l = vm.landscapeProperty().get();
            assertTrue(l.sampled().hasFiniteValues(), p.id());
            assertNotNull(vm.trajectoryProperty().get(), p.id());
            assertEquals(p.expression(), vm.functionTextProperty().get());
            assertTrue(robot.lookup("#function-error").queryAs(Label.class).getText().isEmpty(), p.id());
        }
    }

    @Test
    void addingASecondRunDrawsASecondPathAndLossCurveAndTheTableFillsIn(FxRobot robot) {
        renderedLandscape();
        robot.interact(() -> {
            vm.applyPreset(vm.presets().byId("sphere").orElseThrow());
            while (vm.runs().size() > 1) {
                vm.removeRun(vm.runs().get(1));
            }
        });
        assertEquals(1, view.landscape().paths().size());
        assertEquals(1, view.chart().curvesDrawn());
        robot.clickOn("#add-run");
        assertEquals(2, vm.runs().size());
        assertEquals(2, view.landscape().paths().size(), "a second path on the landscape");
        assertNotEquals(view.landscape().paths().get(0).color(), view.landscape().paths().get(1).color());
        assertEquals(2, view.chart().curvesDrawn(), "a second loss curve");
        robot.clickOn("#tab-results");
        javafx.scene.control.TableView<?> table = robot.lookup("#results").queryAs(javafx.scene.control.TableView.class);
        assertEquals(2, table.getItems().size(), "a row per run");
        String stopped = ((RunResult) table.getItems().get(1)).stopped();
        assertTrue(robot.lookup(".table-cell").queryAll().stream()
                .anyMatch(c -> stopped.equals(((javafx.scene.control.Labeled) c).getText())), "the table shows " + stopped);
        var overlay = robot.lookup("#run-list").queryAs(javafx.scene.control.ListView.class);
        assertEquals(2, overlay.getItems().size());
    }

    @Test
    void theGridShowsOnePanePerRunInStep(FxRobot robot) {
        renderedLandscape();
        robot.clickOn("#layout-grid");
        SmallMultiplesView grid = view.grid();
        assertTrue(grid.getScene() != null, "the grid is on screen");
        assertEquals(vm.runs().size(), grid.panes().size());
        for (int k = 0; k < grid.panes().size(); k++) {
            LandscapeView pane = grid.panes().get(k);
            assertEquals(1, pane.paths().size());
            assertEquals(vm.runs().get(k).label().get(), pane.paths().get(0).label());
            assertSame(vm.domainProperty().get(), pane.domainProperty().get());
        }
        robot.interact(() -> vm.playheadProperty().set(7));
        assertTrue(grid.panes().stream().allMatch(p -> p.playheadProperty().get() == 7), "one playhead");
        robot.interact(() -> vm.zoom(0, 0, 0.5));
        assertTrue(grid.panes().stream().allMatch(p -> p.domainProperty().get() == vm.domainProperty().get()), "one view");
        robot.clickOn("#layout-overlay");
        assertTrue(view.landscape().getScene() != null && grid.getScene() == null);
    }

    @Test
    void theSidePanelShowsAndSwitchesTheSelectedRunsConvention(FxRobot robot) {
        renderedLandscape();
        robot.interact(() -> vm.setOptimizerType(org.descentlab.core.optim.Optimizers.require("adam")));
        Label note = robot.lookup("#convention-note").queryAs(Label.class);
        assertEquals("PyTorch defaults: eps 1e-8", note.getText());
        javafx.scene.control.ToggleButton kerasButton = robot.lookup("#convention-keras")
                .queryAs(javafx.scene.control.ToggleButton.class);
        // fire() is what a click does; the button may be scrolled out of a small headless screen
        robot.interact(kerasButton::fire);
        assertEquals(org.descentlab.core.optim.Convention.KERAS, vm.optimizerProperty().get().convention());
        assertTrue(note.getText().startsWith("Keras / TensorFlow defaults: eps 1e-7; \"epsilon hat\""), note.getText());
        javafx.scene.control.ToggleButton keras = robot.lookup("#convention-keras").queryAs(javafx.scene.control.ToggleButton.class);
        assertTrue(keras.isSelected());
        robot.interact(() -> vm.selectedRunProperty().set(vm.runs().get(1)));
        assertTrue(robot.lookup("#convention-pytorch").queryAs(javafx.scene.control.ToggleButton.class).isSelected(),
                "another run shows its own convention");
    }
}
