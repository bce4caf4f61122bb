package org.descentlab.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;
import javafx.stage.Window;

import org.descentlab.core.Vec2;
import org.descentlab.core.optim.Convention;
import org.descentlab.core.raster.Colormap;
import org.descentlab.core.raster.Domain;
import org.descentlab.core.scenario.LineStyle;
import org.descentlab.core.scenario.Scenario;
import org.descentlab.core.scenario.ScenarioJson;
import org.descentlab.ui.TestWindow;
import org.descentlab.ui.runs.RunItem;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The session across launches, a saved state that holds nonsense, and files that do not open, in the real window. */
@ExtendWith(ApplicationExtension.class)
class SessionWindowTest {

    private Path config;

    @Start
    void start(Stage stage) throws Exception {
        config = Files.createTempDirectory(Path.of("target"), "session-");
    }

    private DescentLabApp launch(FxRobot robot, Optional<java.util.function.Function<String, String>> legacy) {
        DescentLabApp[] app = new DescentLabApp[1];
        robot.interact(() -> {
            app[0] = new DescentLabApp(config, legacy);
            app[0].start(new Stage());
        });
        return app[0];
    }

    private static void close(FxRobot robot, DescentLabApp app) {
        robot.interact(() -> app.window().getScene().getWindow().hide());
    }

    @Test
    void theLastStateComesBackOnTheNextLaunch(FxRobot robot) {
        DescentLabApp first = launch(robot, Optional.empty());
        AppViewModel vm = first.viewModel();
        robot.interact(() -> {
            vm.applyPreset(vm.presets().byId("himmelblau").orElseThrow());
            vm.editor().setType(org.descentlab.core.optim.Optimizers.require("rmsprop"));
            vm.editor().setParameter("lr", "0.02");
            vm.editor().setParameter("centered", "true");
            vm.editor().setConvention(Convention.KERAS);
            vm.runs().select(1);
            vm.editor().setName("fast one");
            vm.runs().setVisible(3, false);
            vm.runs().select(3);
            vm.editor().setNoise("2.5");
            vm.editor().setLine(LineStyle.DOTTED);
            vm.function().setText("(x^2+y-11)^2 + (x+y^2-7)^2 + x");
            vm.landscape().setDomain("-4", "4", "-3", "5");
            vm.runs().select(0);
            vm.editor().moveStart(1.5, -2);
            vm.runs().select(2);
            vm.landscape().setColormap(Colormap.MAGMA);
            Stage stage = (Stage) first.window().getScene().getWindow();
            stage.setWidth(1000);
            stage.setHeight(700);
        });
        Scenario before = vm.experiment().scenario();
        close(robot, first);
        DescentLabApp again = launch(robot, Optional.empty());
        AppViewModel restored = again.viewModel();
        assertEquals(before, restored.experiment().scenario(), "the whole experiment");
        List<RunItem> runs = restored.runs().items();
        assertEquals(4, runs.size());
        assertEquals(2, restored.runs().selectedProperty().get().index());
        assertEquals("rmsprop", runs.get(0).settings().type().name());
        assertEquals(Convention.KERAS, runs.get(0).settings().optimizer().convention());
        assertEquals("fast one", runs.get(1).label());
        assertFalse(runs.get(3).settings().visible());
        assertEquals(2.5, runs.get(3).settings().noise());
        assertEquals(new Domain(-4, 4, -3, 5), restored.experiment().scenario().view().domain());
        assertEquals(new Vec2(1.5, -2), restored.experiment().scenario().start());
        Stage stage = (Stage) again.window().getScene().getWindow();
        assertEquals(1000, stage.getWidth(), 1);
        assertEquals(700, stage.getHeight(), 1);
        assertTrue(restored.experiment().dirtyProperty().get(), "never saved to a file: still unsaved");
        close(robot, again);
    }

    @Test
    void aDatasetSessionComesBackOnItsCsvAndOneWhoseCsvIsGoneOpensAPresetSayingWhy(FxRobot robot) throws Exception {
        Path csv = config.resolve("fit.csv");
        Files.writeString(csv, "u,v\n1,2\n2,3\n3,5\n");
        Files.writeString(config.resolve("session.json"), "{\"format\": 2, \"data\": \"" + csv.toAbsolutePath()
                + "\", \"loss\": \"(x*u + y - v)^2\", \"runs\": [\"gd lr=0.05 batch=2 seed=4\"]}");
        DescentLabApp first = launch(robot, Optional.empty());
        AppViewModel vm = first.viewModel();
        assertTrue(vm.experiment().isDataset());
        assertEquals(3, vm.experiment().data().rows());
        assertEquals(2, vm.experiment().scenario().selectedRun().batch());
        close(robot, first);
        Files.delete(csv);
        DescentLabApp again = launch(robot, Optional.empty());
        AppViewModel restored = again.viewModel();
        assertFalse(restored.experiment().isDataset());
        assertEquals("rosenbrock", restored.presetProperty().get().id());
        assertEquals("The last session was on a dataset that no longer reads (data 'fit.csv': there is no such file); the window"
                + " opens with a preset instead.", restored.noticeProperty().get());
        close(robot, again);
    }

    @Test
    void aSavedStateWithNonsenseOpensOnAWorkingWindowThatSaysWhatItReset(FxRobot robot) throws Exception {
        Files.writeString(config.resolve("session.json"), """
                {"format": 1, "function": "x^2 + 4*y^2",
                 "view": {"domain": [3, -3, -2, 2], "contours": -7},
                 "steps": -1,
                 "runs": ["gd lr=0.1", {"optimizer": "nope"}, {"optimizer": "adam", "params": {"beta1": 7}}, "frobnicate"]}
                """);
        DescentLabApp app = launch(robot, Optional.empty());
        AppViewModel vm = app.viewModel();
        Label notice = robot.lookup("#notice").queryAs(Label.class);
        assertEquals("6 values in the last session were changed when read — hover to read all", notice.getText());
        String all = vm.noticeDetailProperty().get();
        assertEquals(all, notice.getTooltip().getText(), "the tooltip holds every line");
        for (String reset : List.of("view.domain", "view.contours", "steps", "runs[1].optimizer", "runs[2].params.beta1", "runs[3]")) {
            assertTrue(all.contains(reset), reset + " in " + all);
        }
        Scenario s = vm.experiment().scenario();
        assertEquals(1000, s.steps());
        assertEquals(15, s.view().contours());
        assertEquals(2, vm.runs().items().size());
        TestWindow.waitFor("the landscape", () -> vm.landscape().landscapeProperty().get() != null);
        robot.clickOn("#add-run");
        assertEquals(3, vm.runs().items().size(), "the window works");
        robot.interact(() -> vm.editor().setSteps("250"));
        assertEquals(250, vm.experiment().scenario().steps());
        close(robot, app);
    }

    @Test
    void aFileThatDoesNotReadShowsWhyAndTheExperimentStaysAsItWas(FxRobot robot) throws Exception {
        DescentLabApp app = launch(robot, Optional.empty());
        Map<String, String> bad = new java.util.LinkedHashMap<>();
        bad.put("corrupt", "{\"format\": 1,, \"function\": \"x^2\"}");
        bad.put("truncated", "{\"format\": 1, \"function\": \"x^2\", \"runs\": [");
        bad.put("oversized", " ".repeat((int) ScenarioJson.MAX_BYTES + 1));
        bad.put("newer", "{\"format\": 4, \"function\": \"x^2\"}");
        bad.put("wrong-type", "{\"format\": 1, \"function\": \"x^2\", \"steps\": \"ten\"}");
        Map<String, String> why = Map.of("corrupt", "this is not valid JSON", "truncated", "cut short", "oversized", "at most",
                "newer", "newer DescentLab", "wrong-type", "must be a whole number");
        for (Map.Entry<String, String> e : bad.entrySet()) {
            Path f = config.resolve(e.getKey() + ".descentlab.json");
            Files.writeString(f, e.getValue());
            Scenario before = app.viewModel().experiment().scenario();
            robot.interact(() -> new AppMenu(app.viewModel()).open(f));
            DialogPane dialog = dialog();
            assertEquals("The file could not be opened", dialog.getHeaderText(), e.getKey());
            assertTrue(dialog.getContentText().startsWith(f.getFileName() + ": "), dialog.getContentText());
            assertTrue(dialog.getContentText().contains(why.get(e.getKey())), dialog.getContentText());
            assertTrue(dialog.getContentText().endsWith("Nothing was changed."), dialog.getContentText());
            assertSame(before, app.viewModel().experiment().scenario(), e.getKey());
            robot.interact(() -> dialog.getScene().getWindow().hide());
        }
        close(robot, app);
    }

    private static DialogPane dialog() {
        WaitForAsyncUtils.waitForFxEvents();
        return Window.getWindows().stream().filter(w -> w.getScene().getRoot() instanceof DialogPane)
                .map(w -> (DialogPane) w.getScene().getRoot()).findFirst().orElseThrow();
    }

    private static MenuItem fileItem(DescentLabApp app, String text) {
        MenuBar bar = (MenuBar) app.window().lookup("#menu-bar");
        return bar.getMenus().get(0).getItems().stream().filter(i -> text.equals(i.getText())).findFirst().orElseThrow();
    }

    @Test
    void dontSaveOnQuitLetsTheChangesGo(FxRobot robot) {
        DescentLabApp app = launch(robot, Optional.empty());
        AppViewModel vm = app.viewModel();
        Scenario preset = vm.experiment().scenario();
        assertFalse(vm.experiment().dirtyProperty().get(), "a preset as it comes is nothing to save");
        robot.interact(() -> vm.function().setText("x^2 + y^2"));
        assertTrue(vm.experiment().dirtyProperty().get());
        Platform.runLater(() -> fileItem(app, "Quit").fire());
        DialogPane ask = dialog();
        assertEquals("Save the changes to Untitled?", ask.getHeaderText(), "a typed function is no longer the preset's");
        assertEquals("If you don't save them, they are lost.", ask.getContentText());
        ButtonType discard = ask.getButtonTypes().stream().filter(b -> b.getText().equals("Don't Save")).findFirst().orElseThrow();
        robot.interact(() -> ((Button) ask.lookupButton(discard)).fire());
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(app.window().getScene().getWindow().isShowing(), "the window closed");
        DescentLabApp again = launch(robot, Optional.empty());
        assertEquals(preset, again.viewModel().experiment().scenario(), "what was let go stays gone");
        assertFalse(again.viewModel().experiment().dirtyProperty().get());
        close(robot, again);
    }

    @Test
    void aSessionThatDoesNotReadStartsFromItsFileAndOneWithResetsIsNotThatFile(FxRobot robot) throws Exception {
        DescentLabApp first = launch(robot, Optional.empty());
        Path mine = config.resolve("mine.descentlab.json");
        robot.interact(() -> {
            assertTrue(first.viewModel().files().saveAs(mine).ok());
            first.viewModel().function().setText("x^2 + y^2");
        });
        Scenario inFile = ScenarioJson.read(mine).scenario();
        close(robot, first);
        Files.writeString(config.resolve("session.json"), "{\"format\": 1,,");
        DescentLabApp second = launch(robot, Optional.empty());
        DialogPane told = dialog();
        assertEquals("The last session could not be read", told.getHeaderText());
        assertTrue(told.getContentText().contains("kept aside as session-broken-"), told.getContentText());
        robot.interact(() -> told.getScene().getWindow().hide());
        AppViewModel vm = second.viewModel();
        assertEquals(inFile, vm.experiment().scenario());
        assertEquals(mine.toAbsolutePath(), vm.files().fileProperty().get());
        assertFalse(vm.experiment().dirtyProperty().get());
        assertTrue(vm.noticeDetailProperty().get().contains("It started again from mine.descentlab.json"),
                vm.noticeDetailProperty().get());
        robot.interact(() -> vm.editor().setParameter("lr", "0.02"));
        close(robot, second);
        Files.delete(mine);
        DescentLabApp gone = launch(robot, Optional.empty());
        assertTrue(gone.viewModel().experiment().dirtyProperty().get(), "in no file now");
        assertNull(gone.viewModel().files().fileProperty().get());
        assertTrue(gone.viewModel().noticeDetailProperty().get().contains("mine.descentlab.json, the file the last session "
                + "belonged to, is gone"), gone.viewModel().noticeDetailProperty().get());
        close(robot, gone);
        Files.writeString(config.resolve("session.json"), "{\"format\": 1, \"function\": \"x^2\", \"steps\": -1}");
        DescentLabApp third = launch(robot, Optional.empty());
        assertEquals("x^2", third.viewModel().experiment().scenario().function());
        assertNull(third.viewModel().files().fileProperty().get(), "Save must not write the reset values over mine");
        assertTrue(third.viewModel().experiment().dirtyProperty().get());
        close(robot, third);
    }

    @Test
    void theFirstStartImportsWhatThePreviousVersionRemembered(FxRobot robot) {
        Map<String, String> old = new HashMap<>();
        old.put("preset", "sphere");
        old.put("function", "x^2 + 3*y^2");
        old.put("runs", "\t0\tSOLID\ttrue\tadam lr=0.3\n");
        old.put("dark", "true");
        DescentLabApp app = launch(robot, Optional.of(old::get));
        assertEquals("x^2 + 3*y^2", app.viewModel().experiment().scenario().function());
        assertTrue(app.window().darkToggle().isSelected());
        assertTrue(robot.lookup("#notice").queryAs(Label.class).getText().contains("brought over"));
        close(robot, app);
        DescentLabApp again = launch(robot, Optional.of(old::get));
        assertEquals("x^2 + 3*y^2", again.viewModel().experiment().scenario().function(), "from the session now");
        assertFalse(robot.lookup("#notice").queryAs(Label.class).getText().contains("brought over"), "imported once");
        close(robot, again);
    }
}
