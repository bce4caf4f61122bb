package org.descentlab.ui.app;

import static org.descentlab.ui.TestWindow.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;

import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.image.Image;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import javafx.stage.Window;

import org.descentlab.core.scenario.Layout;
import org.descentlab.ui.TestWindow;
import org.descentlab.ui.app.WindowPictures.Subject;
import org.descentlab.ui.base.Text;
import org.descentlab.ui.landscape.LandscapeView;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Pictures from the real window: their sizes at 1× and 2×, the clipboard, the menus, a file that cannot be written. */
@ExtendWith(ApplicationExtension.class)
class PictureExportsWindowTest {

    @TempDir
    Path dir;
    private DescentLabApp app;
    private AppViewModel vm;
    private MainWindow window;
    private PictureExports pictures;

    @Start
    void start(Stage stage) throws Exception {
        app = TestWindow.open(stage);
        vm = app.viewModel();
        window = app.window();
        pictures = app.menu().exports().pictures();
    }

    private void rendered() {
        waitFor("a landscape", () -> vm.landscape().landscapeProperty().get() != null && !vm.landscape().renderingProperty().get());
    }

    private BufferedImage saved(FxRobot robot, Subject subject, int scale, String name) throws Exception {
        Path out = dir.resolve(name);
        robot.interact(() -> pictures.save(subject, scale, out));
        waitFor(name, () -> Files.exists(out) && vm.noticeProperty().get().contains(name));
        BufferedImage image = ImageIO.read(out.toFile());
        String size = image.getWidth() + "×" + image.getHeight() + " pixels";
        assertTrue(vm.noticeProperty().get().contains(size), vm.noticeProperty().get() + " says " + size);
        return image;
    }

    private static int[] size(Node n) {
        return new int[] {(int) Math.ceil(n.getLayoutBounds().getWidth()), (int) Math.ceil(n.getLayoutBounds().getHeight())};
    }

    /** Of the 2×2 blocks at even pixels in a rectangle, the fraction not of one colour: 0 for a pixel-doubling. */
    private static double mixedBlocks(BufferedImage image, int x0, int y0, int x1, int y1) {
        int blocks = 0;
        int mixed = 0;
        for (int y = y0; y + 1 < y1; y += 2) {
            for (int x = x0; x + 1 < x1; x += 2) {
                int a = image.getRGB(x, y);
                blocks++;
                if (image.getRGB(x + 1, y) != a || image.getRGB(x, y + 1) != a || image.getRGB(x + 1, y + 1) != a) {
                    mixed++;
                }
            }
        }
        return mixed / (double) blocks;
    }

    @Test
    void theLandscapeIsSavedAtItsSizeAndAt2xWithTwiceThePixelsDrawnNotDoubled(FxRobot robot) throws Exception {
        rendered();
        int[] wh = size(window.landscape());
        BufferedImage one = saved(robot, Subject.LANDSCAPE, 1, "one.png");
        assertEquals(wh[0], one.getWidth());
        assertEquals(wh[1], one.getHeight());
        BufferedImage two = saved(robot, Subject.LANDSCAPE, 2, "two.png");
        assertEquals(2 * wh[0], two.getWidth());
        assertEquals(2 * wh[1], two.getHeight());
        // the plot, 64 units from the left and 14 from the top: an enlargement would repeat pixels in 2×2 blocks
        LandscapeView l = window.landscape();
        double mixed = mixedBlocks(two, 2 * 64 + 4, 2 * 14 + 4, 2 * (64 + l.plotPixelWidth()) - 4, 2 * (14 + l.plotPixelHeight()) - 4);
        assertTrue(mixed > 0.3, "2×2 blocks of more than one colour in the plot: " + mixed);
        // and the window shows what it showed: its canvases back at the screen's scale
        assertEquals(wh[0], (int) Math.ceil(l.getLayoutBounds().getWidth()));
        assertEquals(one.getRGB(one.getWidth() / 2, one.getHeight() / 2), saved(robot, Subject.LANDSCAPE, 1, "again.png")
                .getRGB(one.getWidth() / 2, one.getHeight() / 2));
    }

    @Test
    void theChartAndTheWindowAreSavedAt1xAnd2x(FxRobot robot) throws Exception {
        rendered();
        int[] chart = size(window.chart());
        int[] whole = size(window);
        for (int scale : new int[] {1, 2}) {
            BufferedImage c = saved(robot, Subject.CHART, scale, "chart-" + scale + ".png");
            assertEquals(chart[0] * scale, c.getWidth());
            assertEquals(chart[1] * scale, c.getHeight());
            BufferedImage w = saved(robot, Subject.WINDOW, scale, "window-" + scale + ".png");
            assertEquals(whole[0] * scale, w.getWidth());
            assertEquals(whole[1] * scale, w.getHeight());
        }
    }

    @Test
    void inGridLayoutTheLandscapesPictureIsTheWholeGrid(FxRobot robot) throws Exception {
        robot.interact(() -> vm.landscape().setLayout(Layout.GRID));
        rendered();
        WaitForAsyncUtils.waitForFxEvents();
        int[] wh = size(window.grid());
        BufferedImage two = saved(robot, Subject.LANDSCAPE, 2, "grid.png");
        assertEquals(2 * wh[0], two.getWidth());
        assertEquals(2 * wh[1], two.getHeight());
    }

    @Test
    void copyPutsTheLandscapesPictureOnTheClipboard(FxRobot robot) {
        rendered();
        int[] wh = size(window.landscape());
        MenuItem copy = exportItems().stream().filter(i -> "export-copy-landscape".equals(i.getId())).findFirst().orElseThrow();
        assertNotNull(copy.getAccelerator(), "a shortcut");
        robot.interact(copy::fire);
        Image[] image = new Image[1];
        robot.interact(() -> image[0] = Clipboard.getSystemClipboard().getImage());
        assertNotNull(image[0]);
        assertEquals(wh[0], (int) image[0].getWidth());
        assertEquals(wh[1], (int) image[0].getHeight());
    }

    private List<MenuItem> exportItems() {
        MenuBar bar = (MenuBar) window.lookup("#menu-bar");
        Menu file = bar.getMenus().stream().filter(m -> "menu-file".equals(m.getId())).findFirst().orElseThrow();
        Menu export = (Menu) file.getItems().stream().filter(i -> "menu-export".equals(i.getId())).findFirst().orElseThrow();
        return export.getItems();
    }

    @Test
    void fileExportListsThePicturesFirst() {
        assertEquals(List.of("export-landscape-png", "export-landscape-png2x", "export-chart-png", "export-chart-png2x",
                "export-window-png", "export-window-png2x", "", "export-copy-landscape"),
                exportItems().stream().limit(8).map(i -> i.getId() == null ? "" : i.getId()).toList());
    }

    @Test
    void theLandscapeAndTheChartHaveContextMenusWhoseItemsWork(FxRobot robot) throws Exception {
        rendered();
        Path out = dir.resolve("chosen.png");
        pictures.chooseWith((title, filter, extension, name) -> Optional.of(out));
        for (Node part : List.of(window.landscape(), window.grid(), window.chart())) {
            ContextMenu menu = (ContextMenu) part.getProperties().get(ContextMenu.class);
            assertEquals(List.of("export-copy-picture", "export-save-png", "export-save-png2x"),
                    menu.getItems().stream().map(MenuItem::getId).toList());
        }
        ContextMenu chart = (ContextMenu) window.chart().getProperties().get(ContextMenu.class);
        robot.interact(() -> chart.getItems().get(2).fire());
        waitFor("the chart at 2×", () -> Files.exists(out));
        int[] wh = size(window.chart());
        assertEquals(2 * wh[0], ImageIO.read(out.toFile()).getWidth());
    }

    @Test
    void aRightClickOnThePlotMovesNoStartAndItsRequestOpensTheMenu(FxRobot robot) {
        rendered();
        var before = vm.experiment().scenario();
        robot.moveTo(window.landscape()).press(MouseButton.SECONDARY).release(MouseButton.SECONDARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(before, vm.experiment().scenario(), "nothing changed");
        // the headless toolkit turns a right-click into no menu request: the request as the platform sends it
        var plot = window.landscape().plotArea();
        var at = plot.localToScreen(40, 40);
        robot.interact(() -> Event.fireEvent(plot, new ContextMenuEvent(ContextMenuEvent.CONTEXT_MENU_REQUESTED, 40, 40,
                at.getX(), at.getY(), false, null)));
        ContextMenu menu = (ContextMenu) window.landscape().getProperties().get(ContextMenu.class);
        assertTrue(menu.isShowing(), "the menu opened");
        robot.interact(menu::hide);
    }

    @Test
    void aRightClickOnAPaneOfTheGridSelectsNoRun(FxRobot robot) {
        robot.interact(() -> vm.landscape().setLayout(Layout.GRID));
        rendered();
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(window.grid().panes().size() > 1, "panes");
        int selected = vm.experiment().scenario().selected();
        LandscapeView other = window.grid().panes().get(selected == 0 ? 1 : 0);
        robot.moveTo(other).press(MouseButton.SECONDARY).release(MouseButton.SECONDARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(selected, vm.experiment().scenario().selected());
    }

    @Test
    void cancellingA2xPictureWhileItsLandscapeRendersWritesNothing(FxRobot robot) throws Exception {
        rendered();
        Path out = dir.resolve("cancelled.png");
        robot.interact(() -> {
            pictures.save(Subject.LANDSCAPE, 2, out);
            DialogPane drawing = Window.getWindows().stream().filter(w -> w.getScene() != null
                    && w.getScene().getRoot() instanceof DialogPane p && p.getContentText().equals(Text.get("export.drawing")))
                    .map(w -> (DialogPane) w.getScene().getRoot()).findFirst().orElseThrow();
            assertTrue(drawing.getGraphic() instanceof ProgressBar);
            ((Button) drawing.lookupButton(ButtonType.CANCEL)).fire();
        });
        // the same picture asked for after it is rendered and written, so the cancelled one had its time to
        // arrive (its render started first, on a thread of its own), and did not
        saved(robot, Subject.LANDSCAPE, 2, "after.png");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(Files.exists(out));
        assertTrue(Window.getWindows().stream().noneMatch(w -> w.getScene() != null
                && w.getScene().getRoot() instanceof DialogPane p && p.getContentText().equals(Text.get("export.drawing"))));
    }

    @Test
    void aFileThatCannotBeWrittenIsSaidInADialogAndNoFileIsLeft(FxRobot robot) throws Exception {
        rendered();
        Path blocker = Files.writeString(dir.resolve("a-file"), "x");
        Path out = blocker.resolve("picture.png");
        robot.interact(() -> pictures.save(Subject.LANDSCAPE, 1, out));
        waitFor("the error dialog", () -> Window.getWindows().stream().anyMatch(w -> w.getScene() != null
                && w.getScene().getRoot() instanceof DialogPane p && p.getContentText().contains(out.toString())));
        assertFalse(Files.exists(out));
        assertEquals(List.of("a-file"), Files.list(dir).map(p -> p.getFileName().toString()).toList());
        assertNotNull(vm.landscape().landscapeProperty().get(), "the window keeps its picture");
    }
}
