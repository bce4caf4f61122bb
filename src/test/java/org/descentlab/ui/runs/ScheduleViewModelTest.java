package org.descentlab.ui.runs;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.descentlab.core.Vec2;
import org.descentlab.core.optim.Adagrad;
import org.descentlab.core.optim.GradientDescent;
import org.descentlab.core.optim.Optimizers;
import org.descentlab.core.optim.schedule.Schedule;
import org.descentlab.core.scenario.RunGrammar;
import org.descentlab.core.scenario.RunSettings;
import org.descentlab.core.scenario.Scenario;
import org.descentlab.ui.Fakes;
import org.descentlab.ui.app.AppViewModel;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The selected run's schedule field and its chart's data, through the view-models and without a window. */
class ScheduleViewModelTest {

    @TempDir
    Path dir;

    private final Fakes fakes = new Fakes();
    private AppViewModel app;
    private ScheduleViewModel schedule;

    @BeforeEach
    void start() {
        // gd lr=0.1 on x² + y² from (1, 1), 6 steps, and an Adagrad run to select
        Scenario bowl = Scenario.of("x^2 + y^2").withStart(new Vec2(1, 1)).withSteps(6).withTolerance(0)
                .withRuns(List.of(RunSettings.of(new GradientDescent(0.1, 0), 0), RunSettings.of(new Adagrad(0.1, 0, 0, 0, 1e-10), 1)));
        app = fakes.app(bowl, dir);
        schedule = app.editor().schedule();
    }

    private RunItem run(int k) {
        return app.runs().items().get(k);
    }

    @Test
    void aScheduleTypedSchedulesTheRunAndItsChartShowsEveryUpdatesRate() {
        assertEquals("constant", schedule.text());
        assertEquals(0, schedule.curveProperty().get().rates().length, "no chart without a schedule");
        assertTrue(schedule.setText("exponential(gamma=0.5) warmup=1"));
        assertEquals(Schedule.parse("exponential(gamma=0.5)").withWarmup(1, Schedule.WARMUP_START), run(0).settings().schedule());
        assertEquals("gd lr=0.1 schedule=exponential(gamma=0.5) warmup=1", RunGrammar.print(run(0).settings()));
        assertEquals("gd lr=0.1 · exponential(gamma=0.5) warmup=1", run(0).label(), "two runs apart only by their schedule read apart");
        // LinearLR(1/3): 0.1/3, then the milestone's 0.1, then halving
        assertArrayEquals(new double[] {0.1 / 3, 0.1, 0.05, 0.025, 0.0125, 0.00625}, schedule.curveProperty().get().rates(), 1e-15);
        // the path: x ← x·(1 − 2·lr)
        assertEquals(1 - 2 * 0.1 / 3, run(0).trajectory().x(1), 1e-9);
        app.playback().seek(3);
        assertEquals(3, schedule.curveProperty().get().step());
        assertEquals("step 3: lr 0.05", schedule.curveProperty().get().caption());
    }

    @Test
    void textThatDoesNotReadSaysWhyAndKeepsTheLastGoodSchedule() {
        assertTrue(schedule.setText("step(step_size=2)"));
        assertFalse(schedule.setText("step(step_size=2,gama=1)"));
        assertEquals("step takes no parameter 'gama' (its parameters: step_size, gamma) (the schedule in effect: step(step_size=2))",
                schedule.errorProperty().get());
        assertEquals("step(step_size=2)", run(0).settings().schedule().text());
        assertFalse(schedule.setText("cosin"));
        assertTrue(schedule.errorProperty().get().startsWith("unknown schedule 'cosin' (accepted: constant, step,"));
        assertTrue(schedule.setText(""));
        assertEquals(Schedule.NONE, run(0).settings().schedule(), "blank is no schedule");
        assertEquals("", schedule.errorProperty().get());
    }

    @Test
    void aPairPyTorchRefusesIsRefusedAndSwitchingToItToo() {
        app.runs().select(1);
        assertFalse(schedule.setText("onecycle(max_lr=1)"));
        assertTrue(schedule.errorProperty().get().startsWith("onecycle cycles momentum (cycle_momentum=true, PyTorch's default) and"
                + " adagrad has neither momentum nor beta1"), schedule.errorProperty().get());
        assertTrue(schedule.setText("onecycle(max_lr=1,cycle_momentum=false)"));
        app.runs().select(0);
        assertTrue(schedule.setText("onecycle(max_lr=1)"));
        app.editor().setType(Optimizers.require("adadelta"));
        assertEquals("gd", run(0).settings().type().name(), "the optimizer stays");
        assertTrue(app.editor().parameterErrorProperty().get().startsWith("onecycle cycles momentum"));
    }

    @Test
    void plateausRatesAreTheRunsOwnSteppedWithItsLoss() {
        // on x² + y² f falls every update, so plateau never lowers the rate
        assertTrue(schedule.setText("plateau(patience=0)"));
        assertArrayEquals(new double[] {0.1, 0.1, 0.1, 0.1, 0.1, 0.1}, schedule.curveProperty().get().rates(), 0);
        // gd with lr=1 on x² + y² swings from (1, 1) to (−1, −1) and back, f = 2 each time: lowered after updates 2 and 3
        // (losses 2, 2, 2), then f falls (1.28 at x = 0.8) and the rate stays
        app.editor().setParameter("lr", "1");
        assertArrayEquals(new double[] {1, 1, 0.1, 0.01, 0.01, 0.01}, schedule.curveProperty().get().rates(), 1e-15);
    }
}
