package org.descentlab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javafx.scene.Scene;
import javafx.stage.Stage;

import org.descentlab.core.optim.Optimizer;
import org.descentlab.core.optim.Optimizers;
import org.descentlab.core.preset.PresetLibrary;
import org.descentlab.core.raster.Domain;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The view-model without its view (the toolkit runs only for its timers and service). */
@ExtendWith(ApplicationExtension.class)
class MainViewModelTest {

    private MainViewModel vm;

    @Start
    void start(Stage stage) {
        vm = new MainViewModel(PresetLibrary.bundled());
        vm.applyPreset(vm.presets().byId("learning-rate-story").orElseThrow());
        // these tests are about one run; the preset's others are removed
        while (vm.runs().size() > 1) {
            vm.removeRun(vm.runs().get(1));
        }
        stage.setScene(new Scene(new javafx.scene.layout.Pane(), 10, 10));
    }

    @Test
    void theStatusSaysHowTheRunEnded(FxRobot robot) {
        robot.interact(() -> vm.setParameter("lr", "0.1"));
        assertTrue(vm.statusProperty().get().matches("Converged after \\d+ steps \\(‖∇f‖ < 1e-6\\)"), vm.statusProperty().get());
        robot.interact(() -> vm.setParameter("lr", "0.26"));
        assertTrue(vm.statusProperty().get().matches(
                "Diverged at step \\d+: the point ran off to infinity — try a smaller learning rate"), vm.statusProperty().get());
        robot.interact(() -> {
            vm.setParameter("lr", "0.001");
            vm.maxStepsProperty().set(50);
        });
        assertEquals("Stopped at the step limit (50): still moving", vm.statusProperty().get());
        robot.interact(() -> {
            vm.setFunctionText("exp(x^2)");
            vm.setParameter("lr", "1");
            vm.setStart(2, 0);
        });
        assertEquals("Diverged at step 1: f overflowed — try a smaller learning rate", vm.statusProperty().get());
    }

    @Test
    void aBadHyperParameterSaysSoAndKeepsTheLastGoodOptimizer(FxRobot robot) {
        robot.interact(() -> vm.setOptimizerType(Optimizers.require("adam")));
        Optimizer good = vm.optimizerProperty().get();
        robot.interact(() -> assertFalse(vm.setParameter("beta1", "1.5")));
        assertEquals("adam: beta1 must be a number in [0, 1), got 1.5", vm.parameterErrorProperty().get());
        assertSame(good, vm.optimizerProperty().get());
        robot.interact(() -> assertTrue(vm.setParameter("beta1", "0.5")));
        assertEquals("", vm.parameterErrorProperty().get());
        assertEquals("0.5", vm.optimizerProperty().get().describe().get("beta1"));
    }

    @Test
    void aBadDomainSaysSoAndKeepsTheView(FxRobot robot) {
        Domain before = vm.domainProperty().get();
        robot.interact(() -> assertFalse(vm.setDomain("2", "-2", "0", "1")));
        assertEquals("xmin must be less than xmax, got xmin 2.0 and xmax -2.0", vm.domainErrorProperty().get());
        assertSame(before, vm.domainProperty().get());
        robot.interact(() -> assertFalse(vm.setDomain("0", "1", "zero", "1")));
        assertEquals("ymin must be a number, got 'zero'", vm.domainErrorProperty().get());
        robot.interact(() -> assertTrue(vm.setDomain("0", "1", "0", "1")));
        assertEquals("", vm.domainErrorProperty().get());
        assertEquals(new Domain(0, 1, 0, 1), vm.domainProperty().get());
        robot.interact(vm::resetView);
        assertEquals(before, vm.domainProperty().get());
    }

    @Test
    void aTypoKeepsTheLastGoodFunction(FxRobot robot) {
        var good = vm.functionProperty().get();
        robot.interact(() -> vm.setFunctionText("x^2 + 4*yy +"));
        assertEquals("'+' needs something after it", vm.functionErrorProperty().get().message());
        assertSame(good, vm.functionProperty().get());
        robot.interact(() -> vm.setFunctionText("sin x*cos y"));
        assertNull(vm.functionErrorProperty().get());
        assertTrue(vm.warnings().contains("read as: sin(x*cos(y))"), vm.warnings().toString());
    }

    @Test
    void playbackStepsAndStopsAtTheEnd(FxRobot robot) throws TimeoutException {
        robot.interact(() -> {
            vm.setParameter("lr", "0.1");
            vm.rewind();
            vm.stepForward();
            vm.stepForward();
        });
        assertEquals(2, vm.playheadProperty().get());
        robot.interact(vm::stepBack);
        assertEquals(1, vm.playheadProperty().get());
        robot.interact(() -> {
            vm.speedProperty().set(1000);
            vm.togglePlay();
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !vm.playingProperty().get());
        assertEquals(vm.trajectoryProperty().get().lastStep(), vm.playheadProperty().get());
        double[] carry = {0};
        robot.interact(() -> {
            vm.rewind();
            vm.speedProperty().set(10);
            vm.advance(0.35, carry);
        });
        assertEquals(3, vm.playheadProperty().get(), "10 steps/s for 0.35 s is 3 steps");
        assertEquals(0.5, carry[0], 1e-9);
    }

    @Test
    void aNewStartRestartsPlaybackAndADraggedStartShowsTheWholePath(FxRobot robot) {
        robot.interact(() -> {
            vm.setParameter("lr", "0.1");
            vm.setStart(1, 1);
        });
        assertEquals(0, vm.playheadProperty().get());
        assertEquals(1.0, vm.trajectoryProperty().get().x(0));
        robot.interact(() -> vm.dragStart(-1, 0.5));
        assertEquals(-1.0, vm.trajectoryProperty().get().x(0));
        assertEquals(vm.trajectoryProperty().get().lastStep(), vm.playheadProperty().get());
    }
}
