package org.descentlab.ui.app;

import static org.descentlab.ui.TestWindow.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.geometry.Bounds;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.paint.Color;
import javafx.scene.shape.SVGPath;
import javafx.stage.Stage;

import org.descentlab.core.Vec2;
import org.descentlab.core.raster.Colormap;
import org.descentlab.core.raster.Domain;
import org.descentlab.ui.TestWindow;
import org.descentlab.ui.base.Palette;
import org.descentlab.ui.landscape.LandscapeView;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The keyboard and the mouse as a careful user tries them: nothing a key or a button does is a surprise. */
@ExtendWith(ApplicationExtension.class)
class KeyboardAndMouseTest {

    private AppViewModel vm;
    private MainWindow window;

    @Start
    void start(Stage stage) throws Exception {
        DescentLabApp app = TestWindow.open(stage);
        vm = app.viewModel();
        window = app.window();
    }

    private void rendered() {
        waitFor("a landscape", () -> vm.landscape().landscapeProperty().get() != null && !vm.landscape().renderingProperty().get());
    }

    @Test
    void aRightClickOnTheLandscapeLeavesTheStartWhereItIs(FxRobot robot) {
        rendered();
        Vec2 before = vm.experiment().scenario().start();
        var plot = window.landscape().plotArea();
        robot.clickOn(plot.localToScreen(plot.getWidth() * 0.7, plot.getHeight() * 0.6), MouseButton.SECONDARY);
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(before, vm.experiment().scenario().start());
        robot.clickOn(plot.localToScreen(plot.getWidth() * 0.7, plot.getHeight() * 0.6), MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(before.equals(vm.experiment().scenario().start()), "the primary button still sets it");
    }

    @Test
    void escapeLeavesTheFunctionFieldAndTabIntoItSelectsNothing(FxRobot robot) {
        rendered();
        TextField field = robot.lookup("#function").queryAs(TextField.class);
        robot.clickOn(field);
        assertTrue(field.isFocused());
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(field.isFocused(), "Escape hands the keys back");
        assertTrue(window.landscape().isFocused(), "to the landscape");
        // Space now plays instead of typing
        robot.press(KeyCode.SPACE).release(KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(vm.playback().playingProperty().get());
        robot.press(KeyCode.SPACE).release(KeyCode.SPACE);
        // back into the field by the keyboard: the caret goes to the end, so Space adds a space
        robot.interact(() -> window.functionBar().presetPicker().requestFocus());
        robot.press(KeyCode.TAB).release(KeyCode.TAB);
        waitFor("the field focused", field::isFocused);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0, field.getSelection().getLength(), "nothing selected");
        assertEquals(field.getLength(), field.getCaretPosition());
        String before = field.getText();
        robot.press(KeyCode.SPACE).release(KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(before + " ", field.getText(), "the function is still there");
        // and a space at its end changes nothing: the preset's notes, minima and name stay
        assertEquals("rosenbrock", vm.presetProperty().get().id());
        assertFalse(robot.lookup("#notes").queryAs(Label.class).getText().isEmpty());
        assertFalse(vm.experiment().scenario().minima().isEmpty());
        assertEquals("Rosenbrock", window.functionBar().presetPicker().getButtonCell().getText());
    }

    @Test
    void ctrlArrowsMoveTheStartByAHundredthOfTheViewAndShiftByATenth(FxRobot robot) {
        rendered();
        robot.interact(() -> window.landscape().requestFocus());
        Vec2 before = vm.experiment().scenario().start();
        Domain shown = vm.landscape().shownProperty().get();
        robot.press(KeyCode.CONTROL).press(KeyCode.RIGHT).release(KeyCode.RIGHT).release(KeyCode.CONTROL);
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).press(KeyCode.UP).release(KeyCode.UP).release(KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        Vec2 now = vm.experiment().scenario().start();
        assertEquals(before.x() + shown.width() / 100, now.x(), shown.width() / 1000);
        assertEquals(before.y() + shown.height() / 10, now.y(), shown.height() / 1000);
        assertEquals(vm.runs().lastStepProperty().get(), vm.playback().playheadProperty().get(), "the whole new path shows");
    }

    @Test
    void theTransportButtonsAreDrawnShapesAndEndJumpsToTheEnd(FxRobot robot) {
        rendered();
        for (String id : new String[] {"#rewind", "#step-back", "#play", "#step-forward", "#end"}) {
            Button b = robot.lookup(id).queryAs(Button.class);
            assertTrue(b.getGraphic() instanceof SVGPath, id + " has a drawn icon");
            assertFalse(b.getText().codePoints().anyMatch(c -> c >= 0x2190), id + " shows no symbol glyph: " + b.getText());
            assertNotNull(b.getTooltip(), id);
        }
        robot.clickOn("#end");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(vm.runs().lastStepProperty().get(), vm.playback().playheadProperty().get());
        robot.clickOn("#rewind");
        robot.interact(() -> window.landscape().requestFocus());
        robot.press(KeyCode.END).release(KeyCode.END);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(vm.runs().lastStepProperty().get(), vm.playback().playheadProperty().get(), "and so does the End key");
    }

    @Test
    void warningsOfManyLinesOrNoNotesNeverMoveThePicture(FxRobot robot) {
        rendered();
        LandscapeView l = window.landscape();
        double top = l.localToScene(0, 0).getY();
        TextField field = robot.lookup("#function").queryAs(TextField.class);
        // three warnings: implicit products and a bare function
        robot.interact(() -> field.setText("2x + 3y + sin x + x y"));
        waitFor("warnings", () -> robot.lookup("#function-warnings").queryAs(Label.class).isVisible());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(top, l.localToScene(0, 0).getY(), 0.5, "warnings keep to their slot");
        robot.interact(() -> field.setText("x^2"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(top, l.localToScene(0, 0).getY(), 0.5, "no notes: the slot keeps its height");
    }

    @Test
    void aClickOnTheErrorSelectsTheTextItIsAbout(FxRobot robot) {
        rendered();
        TextField field = robot.lookup("#function").queryAs(TextField.class);
        robot.interact(() -> field.setText("  x + sinn(y)"));
        waitFor("the error", () -> robot.lookup("#function-error").queryAs(Label.class).isVisible());
        robot.clickOn("#function-error");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(field.isFocused());
        assertEquals("sinn", field.getSelectedText());
    }

    @Test
    void theHoverLineNeverShowsAPointTheMouseIsNotOn(FxRobot robot) {
        rendered();
        var plot = window.landscape().plotArea();
        robot.moveTo(plot.localToScreen(plot.getWidth() * 0.3, plot.getHeight() * 0.5));
        WaitForAsyncUtils.waitForFxEvents();
        String over = vm.landscape().hoverProperty().get();
        assertTrue(over.startsWith("x = "), over);
        robot.moveTo("#function");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("", vm.landscape().hoverProperty().get(), "the mouse left");
        robot.moveTo(plot.localToScreen(plot.getWidth() * 0.3, plot.getHeight() * 0.5));
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(vm.landscape().hoverProperty().get().isEmpty());
        robot.interact(() -> vm.applyPreset(vm.presets().byId("sphere").orElseThrow()));
        assertEquals("", vm.landscape().hoverProperty().get(), "another view: what is under the mouse is not known until it moves");
    }

    @Test
    void everyListShowsNamesForPeopleNotConstants(FxRobot robot) {
        rendered();
        for (ComboBox<?> box : robot.lookup(n -> n instanceof ComboBox).queryAllAs(ComboBox.class)) {
            ListCell<?> cell = box.getButtonCell();
            String text = cell == null ? null : cell.getText();
            if (text != null) {
                assertFalse(text.matches("[A-Z_]{2,}"), box.getId() + " shows " + text);
            }
        }
        @SuppressWarnings("unchecked")
        ComboBox<Colormap> colormap = robot.lookup("#colormap").queryAs(ComboBox.class);
        assertEquals("Viridis", colormap.getButtonCell().getText());
        robot.interact(() -> colormap.setValue(Colormap.GRAYSCALE));
        assertEquals("Grayscale", colormap.getButtonCell().getText());
    }

    @Test
    void theSelectedRunsPointIsOnTopAndMinimaOverEveryPath(FxRobot robot) {
        rendered();
        LandscapeView l = window.landscape();
        var plot = l.plotArea();
        Vec2 start = vm.experiment().scenario().start();
        for (int k : new int[] {0, 3}) {
            int run = k;
            robot.interact(() -> {
                vm.runs().select(run);
                vm.playback().rewind();
            });
            Color at = pixel(robot, plot, l.pixelX(start.x()), l.pixelY(start.y()));
            Color expected = Palette.path(vm.runs().items().get(run).settings().colour());
            assertTrue(close(expected, at), "run " + run + "'s point at the start: " + at + ", expected " + expected);
        }
        // Sphere: every run ends at the minimum; its star is drawn over their points
        robot.interact(() -> {
            vm.applyPreset(vm.presets().byId("sphere").orElseThrow());
            vm.playback().end();
        });
        rendered();
        Vec2 min = vm.experiment().scenario().minima().get(0).at();
        Color centre = pixel(robot, plot, l.pixelX(min.x()), l.pixelY(min.y()));
        assertTrue(close(Palette.MARKER, centre), "the star's centre shows: " + centre);
    }

    private static Color pixel(FxRobot robot, javafx.scene.layout.Pane plot, double x, double y) {
        Color[] c = new Color[1];
        robot.interact(() -> c[0] = plot.snapshot(null, null).getPixelReader().getColor((int) Math.round(x), (int) Math.round(y)));
        return c[0];
    }

    private static boolean close(Color a, Color b) {
        return Math.abs(a.getRed() - b.getRed()) + Math.abs(a.getGreen() - b.getGreen()) + Math.abs(a.getBlue() - b.getBlue()) < 0.25;
    }

    @Test
    void aClickedStartAndAZoomedViewReadAsShortNumbers(FxRobot robot) {
        rendered();
        var plot = window.landscape().plotArea();
        robot.clickOn(plot.localToScreen(plot.getWidth() * 0.3137, plot.getHeight() * 0.7171), MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        Vec2 s = vm.experiment().scenario().start();
        for (double v : new double[] {s.x(), s.y()}) {
            assertTrue(org.descentlab.ui.base.Numbers.exact(v).length() <= 6, "the start reads " + org.descentlab.ui.base.Numbers.exact(v));
        }
        robot.interact(() -> vm.landscape().zoom(0.123456789, 0.987654321, 0.8123));
        Domain d = vm.experiment().scenario().view().domain();
        for (double v : new double[] {d.xmin(), d.xmax(), d.ymin(), d.ymax()}) {
            assertTrue(org.descentlab.ui.base.Numbers.exact(v).length() <= 7, "the view reads " + d);
        }
    }

    @Test
    void theViewSaysWhatEqualScaleShowsAndAThinSpaceKeepsThePreset(FxRobot robot) {
        rendered();
        Label shown = robot.lookup("#view-shown").queryAs(Label.class);
        Domain d = vm.landscape().shownProperty().get();
        assertTrue(shown.isVisible(), "the plot is wider than the square domain asked for");
        assertTrue(shown.getText().startsWith("Shown with equal scale: x " + org.descentlab.ui.base.Numbers.label(d.xmin()) + " to "),
                shown.getText());
        robot.interact(() -> vm.landscape().setEqualScale(false));
        assertFalse(shown.isVisible(), "off: the fields are what is shown");
        TextField field = robot.lookup("#function").queryAs(TextField.class);
        String rosenbrock = field.getText();
        robot.interact(() -> field.setText(rosenbrock.replace(" + ", "\u2009+\u00A0") + "\u2009"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("rosenbrock", vm.presetProperty().get().id(), "thin and no-break spaces are spaces");
        assertFalse(robot.lookup("#notes").queryAs(Label.class).getText().isEmpty());
        robot.interact(() -> field.setText("x^2"));
        assertEquals("Custom function", window.functionBar().presetPicker().getButtonCell().getText());
    }

    @Test
    void afterGTheKeysStayWithTheLandscape(FxRobot robot) {
        rendered();
        robot.interact(() -> window.landscape().requestFocus());
        robot.press(KeyCode.G).release(KeyCode.G);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(window.grid().isFocused() || window.grid().isFocusWithin(), "the grid has the keys");
        robot.press(KeyCode.G).release(KeyCode.G);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(window.landscape().isFocused(), "back on the landscape");
    }

    @Test
    void theLegendCanBeDraggedAndADoubleClickPutsItBack(FxRobot robot) {
        rendered();
        // Rosenbrock has four runs: the legend shows
        LandscapeView l = window.landscape();
        Bounds legend = l.legendBounds();
        assertNotNull(legend);
        var plot = l.plotArea();
        Vec2 start = vm.experiment().scenario().start();
        Domain view = vm.experiment().scenario().view().domain();
        robot.drag(plot.localToScreen(legend.getMinX() + 10, legend.getMinY() + 10), MouseButton.PRIMARY)
                .moveTo(plot.localToScreen(legend.getMinX() - 150, legend.getMinY() + 200)).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        Bounds moved = l.legendBounds();
        assertEquals(legend.getMinX() - 160, moved.getMinX(), 2);
        assertEquals(legend.getMinY() + 190, moved.getMinY(), 2);
        assertEquals(start, vm.experiment().scenario().start(), "the start stays");
        assertEquals(view, vm.experiment().scenario().view().domain(), "the view does not pan");
        robot.doubleClickOn(plot.localToScreen(moved.getMinX() + 10, moved.getMinY() + 10), MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertNull(l.legendAtProperty().get());
        assertEquals(legend, l.legendBounds(), "back in the corner where it hides least");
        assertEquals(start, vm.experiment().scenario().start());
    }
}
