package org.descentlab.ui.app;

import static org.descentlab.ui.TestWindow.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;

import org.descentlab.core.analysis.GradientField;
import org.descentlab.ui.TestWindow;
import org.descentlab.ui.landscape.LandscapeView;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The gradient field and the local geometry in the real window, headless, on Rosenbrock (the first preset). */
@ExtendWith(ApplicationExtension.class)
class FieldWindowTest {

    private AppViewModel vm;
    private MainWindow window;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        DescentLabApp app = TestWindow.open(stage);
        vm = app.viewModel();
        window = app.window();
    }

    /** Scrolls the side panel down to the analysis section and clicks a switch there. */
    private void click(FxRobot robot, String id) {
        Node box = robot.lookup(id).query();
        robot.interact(() -> {
            ScrollPane side = (ScrollPane) window.sidePanel().panel();
            side.setVvalue(side.getVmax());
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(box);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static WritableImage shot(FxRobot robot, LandscapeView view) {
        WritableImage[] shot = new WritableImage[1];
        robot.interact(() -> shot[0] = view.plotArea().snapshot(null, null));
        return shot[0];
    }

    /** How many pixels differ between two pictures of the same size. */
    private static int changed(WritableImage a, WritableImage b) {
        PixelReader ra = a.getPixelReader();
        PixelReader rb = b.getPixelReader();
        int n = 0;
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                n += ra.getArgb(x, y) != rb.getArgb(x, y) ? 1 : 0;
            }
        }
        return n;
    }

    @Test
    void bothSwitchesDrawOnRosenbrockAndTheirWordsShow(FxRobot robot) {
        robot.interact(() -> {
            stage.setWidth(1366);
            stage.setHeight(768);
        });
        waitFor("a landscape", () -> vm.landscape().landscapeProperty().get() != null && !vm.landscape().renderingProperty().get());
        assertEquals("rosenbrock", vm.presetProperty().get().id());
        LandscapeView landscape = window.landscape();
        WritableImage before = shot(robot, landscape);

        click(robot, "#gradient-field");
        assertTrue(robot.lookup("#gradient-field").queryAs(CheckBox.class).isSelected());
        waitFor("the field", () -> vm.gradientField().fieldProperty().get() != null);
        GradientField field = vm.gradientField().fieldProperty().get();
        assertSame(field, landscape.field().fieldProperty().get(), "drawn on the landscape");
        assertEquals(20, Math.max(field.columns(), field.rows()));
        int drawn = changed(before, shot(robot, landscape));
        assertTrue(drawn > 2000, "the arrows show: " + drawn + " pixels changed");

        robot.clickOn("#arrows .increment-arrow-button");
        waitFor("a denser field", () -> vm.gradientField().fieldProperty().get() != null
                && Math.max(vm.gradientField().fieldProperty().get().columns(), vm.gradientField().fieldProperty().get().rows()) == 21);
        assertEquals(21, vm.experiment().scenario().analysis().arrows());

        var plot = landscape.plotArea();
        robot.moveTo(plot.localToScreen(plot.getWidth() * 0.3, plot.getHeight() * 0.4));
        WaitForAsyncUtils.waitForFxEvents();
        assertNotNull(landscape.field().hoverArrowProperty().get(), "−∇f at the mouse");
        assertTrue(vm.landscape().hoverProperty().get().contains("‖∇f‖ = "), vm.landscape().hoverProperty().get());

        click(robot, "#local-geometry");
        robot.interact(() -> vm.playback().seek(12));
        WaitForAsyncUtils.waitForFxEvents();
        assertNotNull(landscape.field().geometryProperty().get(), "the geometry at the playhead");
        Label caption = robot.lookup("#geometry-caption").queryAs(Label.class);
        assertTrue(caption.isVisible() && caption.getText().startsWith("At step 12, "), caption.getText());
        assertTrue(caption.getText().contains("gradient descent zig-zags"), caption.getText());
        robot.interact(() -> {
            ScrollPane panel = (ScrollPane) window.sidePanel().panel();
            panel.setVvalue(panel.getVmax());
        });
        WaitForAsyncUtils.waitForFxEvents();
        Bounds side = window.getRight().localToScene(window.getRight().getLayoutBounds());
        Bounds words = caption.localToScene(caption.getLayoutBounds());
        assertTrue(words.getMaxY() <= side.getMaxY() + 1 && words.getHeight() > 40,
                "the caption reads whole at the bottom of the panel: " + words + " in " + side);

        robot.clickOn("#layout-grid");
        WaitForAsyncUtils.waitForFxEvents();
        var panes = window.grid().panes();
        assertEquals(vm.runs().items().size(), panes.size());
        for (int k = 0; k < panes.size(); k++) {
            assertNotNull(panes.get(k).field().fieldProperty().get(), "the field in pane " + k);
            assertEquals(k == 0, panes.get(k).field().geometryProperty().get() != null, "the geometry only in the selected run's pane");
        }
        robot.clickOn("#layout-overlay");

        click(robot, "#gradient-field");
        click(robot, "#local-geometry");
        WaitForAsyncUtils.waitForFxEvents();
        assertNull(landscape.field().fieldProperty().get());
        assertNull(landscape.field().geometryProperty().get());
        assertTrue(!caption.isVisible(), "no words while it is off");
    }
}
