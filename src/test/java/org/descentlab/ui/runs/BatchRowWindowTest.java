package org.descentlab.ui.runs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Stage;

import org.descentlab.ui.TestWindow;
import org.descentlab.ui.app.AppViewModel;
import org.descentlab.ui.base.Styles;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A dataset scenario in the real window: the caption over the loss, the Batch row, and Close Dataset. */
@ExtendWith(ApplicationExtension.class)
class BatchRowWindowTest {

    private AppViewModel vm;

    @Start
    void start(Stage stage) throws Exception {
        vm = TestWindow.open(stage).viewModel();
    }

    private static boolean invalid(TextField f) {
        return f.getPseudoClassStates().stream().anyMatch(p -> p.getPseudoClassName().equals(Styles.INVALID));
    }

    @Test
    void aDatasetShowsItsCaptionAndABatchFieldThatRefusesWhatDoesNotFitAndClosingItDisablesTheField(FxRobot robot) {
        TextField batch = robot.lookup("#batch").queryAs(TextField.class);
        Label rows = robot.lookup("#batch-rows").queryAs(Label.class);
        assertTrue(batch.isDisabled(), "a function has no rows to batch");
        assertEquals("only on a dataset", rows.getText());
        assertFalse(robot.lookup("#dataset-caption").queryAs(Label.class).getParent().isVisible());

        robot.interact(() -> assertTrue(vm.files().open(Path.of("sample-functions", "noisy-double-well.json")).ok()));
        WaitForAsyncUtils.waitForFxEvents();
        Label caption = robot.lookup("#dataset-caption").queryAs(Label.class);
        assertTrue(caption.getParent().isVisible());
        assertTrue(caption.getText().startsWith("Dataset: noisy-double-well.csv (500 rows: c, d) — landscape: mean over 500 rows"),
                caption.getText());
        TestWindow.waitFor("the landscape", () -> !vm.landscape().renderingProperty().get());
        assertFalse(batch.isDisabled());
        assertEquals("1", batch.getText());
        assertEquals("of 500 rows; the seed shuffles them", rows.getText());

        robot.interact(() -> batch.setText("900"));
        WaitForAsyncUtils.waitForFxEvents();
        Label error = robot.lookup("#batch-error").queryAs(Label.class);
        assertEquals("batch must be all or a whole number of rows from 1 to 500, got '900'; in effect: 1", error.getText());
        assertTrue(invalid(batch));
        assertEquals(1, vm.editor().runProperty().get().batch(), "the batch in effect stays");
        assertEquals("900", batch.getText(), "what was typed stays to be mended");

        double before = vm.runs().selectedProperty().get().trajectory().x(40);
        // typed as a person types: "1" on the way to "16" is a batch of its own, which must not reach the run
        robot.interact(() -> batch.setText("7"));
        robot.interact(() -> batch.setText(""));
        robot.interact(() -> batch.setText("1"));
        robot.interact(() -> batch.setText("16"));
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(invalid(batch));
        assertEquals("", error.getText());
        assertEquals(1, vm.editor().runProperty().get().batch(), "nothing set until Enter or the focus leaves");
        robot.interact(() -> batch.fireEvent(new javafx.event.ActionEvent()));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(16, vm.editor().runProperty().get().batch());
        assertTrue(before != vm.runs().selectedProperty().get().trajectory().x(40), "another batch, another path");

        robot.interact(() -> robot.lookup("#close-dataset").queryAs(Button.class).fire());
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(caption.getParent().isVisible());
        assertTrue(batch.isDisabled());
        assertEquals("f(x, y) =", robot.lookup("#function").queryAs(TextField.class).getParent().getChildrenUnmodifiable()
                .stream().filter(n -> n instanceof Label).map(n -> ((Label) n).getText()).findFirst().orElse(""));
        assertFalse(vm.experiment().isDataset());
    }
}
