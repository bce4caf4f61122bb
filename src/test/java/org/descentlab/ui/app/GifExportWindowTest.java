package org.descentlab.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.Spinner;
import javafx.stage.Stage;

import org.descentlab.core.raster.GifFile;
import org.descentlab.ui.Fakes;
import org.descentlab.ui.landscape.AnimationWriter;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** File ▸ Export ▸ Animated GIF… in a window whose long work waits for the test: the dialog, the job, Cancel. */
@ExtendWith(ApplicationExtension.class)
class GifExportWindowTest {

    @TempDir
    static Path dir;

    private final Fakes fakes = new Fakes();
    private AppViewModel vm;
    private MainWindow window;
    private ExportMenu exports;

    @Start
    void start(Stage stage) {
        vm = fakes.app("himmelblau", dir);
        window = new MainWindow(vm, new MenuBar());
        stage.setScene(new Scene(window, 900, 640));
        stage.show();
        exports = new ExportMenu(vm);
        exports.attach(stage, window);
    }

    @SuppressWarnings("unchecked")
    private static Spinner<Integer> spinner(GifDialog d, String id) {
        return (Spinner<Integer>) d.dialog().getDialogPane().lookup(id);
    }

    @Test
    void theDialogOffersTheLandscapesSizeAndTellsTheDurationAndItsSettingsAreWhatItShows(FxRobot robot) {
        assertTrue(exports.menu().getItems().stream().anyMatch(i -> "menu-export-gif".equals(i.getId())));
        GifDialog[] d = new GifDialog[1];
        robot.interact(() -> d[0] = exports.gif().dialog());
        GifDialog dialog = d[0];
        assertEquals((int) Math.round(window.landscape().getWidth()), spinner(dialog, "#gif-width").getValue());
        assertEquals((int) Math.round(window.landscape().getHeight()), spinner(dialog, "#gif-height").getValue());
        Label duration = (Label) dialog.dialog().getDialogPane().lookup("#gif-duration");
        assertEquals("One play lasts 5 s (100 frames at 20 fps)", duration.getText());
        robot.interact(() -> {
            spinner(dialog, "#gif-frames").getValueFactory().setValue(10);
            spinner(dialog, "#gif-fps").getValueFactory().setValue(30);
            ((CheckBox) dialog.dialog().getDialogPane().lookup("#gif-forever")).setSelected(false);
            spinner(dialog, "#gif-plays").getValueFactory().setValue(2);
        });
        // 10 frames at 30 fps: 33 hundredths
        assertEquals("One play lasts 0.33 s (10 frames at 30 fps)", duration.getText());
        AnimationWriter.Settings s = dialog.settings(false);
        assertEquals(10, s.frames());
        assertEquals(30, s.fps());
        assertEquals(2, s.plays());
        // the next dialog offers the frames, frame rate and loop chosen, and the landscape's size again
        robot.interact(() -> {
            exports.gif().chosen(s);
            d[0] = exports.gif().dialog();
        });
        AnimationWriter.Settings again = d[0].settings(false);
        assertEquals(List.of(10, 30, 2), List.of(again.frames(), again.fps(), again.plays()));
        assertEquals((int) Math.round(window.landscape().getWidth()), again.width());
        assertTrue(d[0].dialog().getDialogPane().getButtonTypes().stream().anyMatch(b -> b.getText().equals("Save as…")));
    }

    @Test
    void theJobWaitsInTheBackgroundAndWritesTheGifWhenItRuns(FxRobot robot) throws Exception {
        Path out = dir.resolve("himmelblau.gif");
        AnimationWriter.Settings s = new AnimationWriter.Settings(360, 240, 4, 10, 0, false);
        robot.interact(() -> exports.gif().start(s, out));
        assertEquals(1, fakes.background.waiting(), "the work is off the FX thread, waiting its turn");
        assertNotNull(exports.gif().working(), "a progress window with Cancel shows");
        assertFalse(Files.exists(out));
        robot.interact(fakes.background::runAll);
        GifFile gif = GifFile.read(out);
        assertEquals(4, gif.frames().size());
        assertTrue(gif.frames().stream().allMatch(f -> f.width() == 360 && f.height() == 240));
        assertNull(exports.gif().working(), "the progress window closes");
        assertEquals("Written: " + out.toAbsolutePath(), vm.noticeProperty().get());
    }

    @Test
    void cancelClosesTheProgressAndWritesNothing(FxRobot robot) {
        Path out = dir.resolve("cancelled.gif");
        robot.interact(() -> exports.gif().start(new AnimationWriter.Settings(360, 240, 4, 10, 0, false), out));
        Button cancel = (Button) exports.gif().working().getScene().lookup("#gif-cancel");
        robot.interact(cancel::fire);
        assertNull(exports.gif().working());
        assertEquals("Animated GIF cancelled: nothing was written.", vm.noticeProperty().get());
        robot.interact(fakes.background::runAll);
        assertFalse(Files.exists(out));
    }
}
