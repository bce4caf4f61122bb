package org.descentlab.ui.explain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;

import org.descentlab.ui.TestWindow;
import org.descentlab.ui.app.AppViewModel;
import org.descentlab.ui.app.DescentLabApp;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The update-rule panel in the real window, on Adam, whose rule has m̂ and v̂. */
@ExtendWith(ApplicationExtension.class)
class EquationPanelWindowTest {

    private AppViewModel vm;

    @Start
    void start(Stage stage) throws Exception {
        DescentLabApp app = TestWindow.open(stage);
        vm = app.viewModel();
    }

    @Test
    void adamsRuleShowsEachHatOverItsLetter(FxRobot robot) {
        robot.interact(() -> {
            vm.applyPreset(vm.presets().byId("rosenbrock").orElseThrow());
            vm.runs().select(2);
        });
        assertEquals("adam", vm.runs().selectedProperty().get().settings().optimizer().type().name());
        Node panel = robot.lookup("#equation-panel").query();
        List<Labeled> texts = robot.from(panel).lookup((Node n) -> n instanceof Labeled).queryAllAs(Labeled.class).stream().toList();
        assertFalse(texts.isEmpty());
        for (Labeled l : texts) {
            assertFalse(l.getText().contains("\u0302"), "no text sets the mark beside its letter: " + l.getText());
        }
        List<RuleLine.Hatted> hats = robot.from(panel).lookup((Node n) -> n instanceof RuleLine.Hatted)
                .queryAllAs(RuleLine.Hatted.class).stream().toList();
        // m̂ = …, v̂ = …, and x ← x − lr·m̂ / (√v̂ + ε)
        assertEquals(List.of("m", "v", "m", "v"), hats.stream().map(h -> h.letter().getText()).toList());
        for (RuleLine.Hatted h : hats) {
            Bounds letter = h.letter().localToScene(h.letter().getLayoutBounds());
            Bounds hat = h.hat().localToScene(h.hat().getBoundsInLocal());
            double baseline = h.localToScene(0, h.getBaselineOffset()).getY();
            assertTrue(hat.getMinX() >= letter.getMinX() && hat.getMaxX() <= letter.getMaxX(), "the hat is within its letter's width");
            assertTrue(hat.getMaxY() < baseline - 4, "the hat is well above the baseline, over a small letter");
            assertTrue(h.hat().isVisible() && h.hat().getPoints().size() == 6, "a caret of two strokes");
        }
    }
}
