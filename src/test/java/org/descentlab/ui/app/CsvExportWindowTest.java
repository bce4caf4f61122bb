package org.descentlab.ui.app;

import static org.descentlab.ui.TestWindow.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.stream.Stream;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;
import javafx.stage.Window;

import org.descentlab.core.Vec2;
import org.descentlab.core.scenario.RunGrammar;
import org.descentlab.core.scenario.RunSettings;
import org.descentlab.core.scenario.Scenario;
import org.descentlab.ui.TestWindow;
import org.descentlab.ui.base.Text;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** File ▸ Export's CSV items in the real window, and a large export's progress and Cancel. */
@ExtendWith(ApplicationExtension.class)
class CsvExportWindowTest {

    @TempDir
    Path dir;

    private AppViewModel vm;

    @Start
    void start(Stage stage) throws Exception {
        vm = TestWindow.open(stage).viewModel();
    }

    private static MenuItem item(Menu menu, String id) {
        return menu.getItems().stream().filter(i -> id.equals(i.getId())).findFirst().orElseThrow();
    }

    @Test
    void theExportMenuHasBothCsvItemsAndAWrittenFileIsSaidInTheStatusLine(FxRobot robot) {
        MenuBar bar = robot.lookup("#menu-bar").queryAs(MenuBar.class);
        Menu file = bar.getMenus().stream().filter(m -> "menu-file".equals(m.getId())).findFirst().orElseThrow();
        Menu export = (Menu) item(file, "menu-export");
        assertEquals(Text.get("export.stepsCsv"), item(export, "export-steps-csv").getText());
        assertEquals(Text.get("export.resultsCsv"), item(export, "export-results-csv").getText());
        Path results = dir.resolve("results.csv");
        ExportMenu menu = new ExportMenu(vm);
        robot.interact(() -> vm.csvExport().writeResults(results, menu::written, menu::failed));
        waitFor("the results written", () -> Files.exists(results));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Text.format("export.written", results.toAbsolutePath()), vm.noticeProperty().get());
    }

    @Test
    void aLargeExportShowsItsProgressAndCancelStopsItWritingNothing(FxRobot robot) throws Exception {
        List<RunSettings> runs = new ArrayList<>();
        for (String spec : List.of("gd lr=0.0001", "momentum lr=0.0001", "adam lr=0.001", "nadam lr=0.001")) {
            runs.add(RunGrammar.parse(spec, RunGrammar.Base.DEFAULT, runs.size()));
        }
        Scenario big = Scenario.of("(1-x)^2 + 100*(y-x^2)^2").withStart(new Vec2(-1.2, 1)).withSteps(Scenario.MAX_STEPS)
                .withTolerance(0).withRuns(runs);
        robot.interact(() -> vm.experiment().open(big));
        Path steps = dir.resolve("steps.csv");
        MenuBar bar = robot.lookup("#menu-bar").queryAs(MenuBar.class);
        Menu export = (Menu) item(bar.getMenus().get(0), "menu-export");
        robot.interact(() -> vm.csvExport().writeSteps(steps, p -> { }, m -> { }));
        assertTrue(vm.csvExport().runningProperty().get());
        assertTrue(item(export, "export-steps-csv").isDisable(), "one export at a time");
        waitFor("the progress window", () -> cancelButton() != null);
        Button cancel = cancelButton();
        robot.interact(cancel::fire);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(vm.csvExport().runningProperty().get());
        assertEquals(Text.get("export.csvCancelled"), vm.noticeProperty().get());
        assertFalse(item(export, "export-steps-csv").isDisable());
        // the writing stops at its next check and removes its temporary file: nothing is left
        waitFor("the temporary file removed", () -> files().isEmpty());
        Thread.sleep(200);
        assertEquals(List.of(), files(), "nothing written");
    }

    private List<Path> files() {
        try (Stream<Path> all = Files.list(dir)) {
            return all.toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The progress window's Cancel, looked up on the FX thread; null while there is none. */
    private static Button cancelButton() {
        try {
            return WaitForAsyncUtils.asyncFx(CsvExportWindowTest::findCancel).get();
        } catch (InterruptedException | ExecutionException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Button findCancel() {
        for (Window w : Window.getWindows()) {
            Node n = w.getScene() == null ? null : w.getScene().lookup("#export-cancel");
            if (n instanceof Button b) {
                return b;
            }
        }
        return null;
    }
}
