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
import org.descentlab.ui.base.Numbers;

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
        assertEquals("step takes no parameter 'gama'; did you mean gamma? (its parameters: step_size, gamma); in effect:"
                + " step(step_size=2)",
                schedule.errorProperty().get());
        assertEquals("step(step_size=2)", run(0).settings().schedule().text());
        assertFalse(schedule.setText("cosin"));
        assertEquals("unknown schedule 'cosin'; did you mean cosine? (see the Schedule field's tooltip); in effect:"
                + " step(step_size=2)", schedule.errorProperty().get(), "no command-line advice in the window");
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

    @Test
    void aRunWhoseScheduleBroughtTheRateToAboutZeroIsFrozenNotStillMoving() {
        // 0.1·0.01^k: the sixth update's rate is 1e-11, a 1e-10th of the first; x ← x·(1 − 2·lr) stops near 0.798
        assertTrue(schedule.setText("exponential(gamma=0.01)"));
        String grad = Numbers.label(2 * Math.sqrt(2) * 0.8 * 0.998 * 0.99998 * 0.9999998 * 0.999999998);
        assertEquals("Stopped at the step limit (6): frozen, the learning rate fell to ~0 (1e-11, peak 0.1), ‖∇f‖ = "
                + grad, run(0).status());
        assertTrue(schedule.setText(""));
        assertEquals("Stopped at the step limit (6): still moving, ‖∇f‖ = "
                + Numbers.label(2 * Math.sqrt(2) * Math.pow(0.8, 6)), run(0).status());
    }

    @Test
    void aRunTheScheduleEndedSaysSoWithHowItStood() {
        // OneCycleLR(total_steps=100) raises at its 101st step: the run ends at row 101, before its limit of 200. The
        // last update ran at e = 100, its anneal (from e = 29 to 99) just past its end: 4e-7 + (0.1 − 4e-7)/2·(1 − cos(π/70))
        app.editor().setSteps("200");
        assertTrue(schedule.setText("onecycle(max_lr=0.1,total_steps=100,cycle_momentum=false)"));
        assertTrue(run(0).status().startsWith("Stopped at step 101, where the schedule ends: frozen, the learning rate fell to ~0 ("
                + Numbers.label(4e-7 + (0.1 - 4e-7) / 2 * (1 - Math.cos(Math.PI / 70))) + ", peak 0.1), ‖∇f‖ = "),
                run(0).status());
    }

    @Test
    void theUpdateRuleShowsTheRateTheScheduleSetForTheStep() {
        assertTrue(schedule.setText("exponential(gamma=0.5)"));
        app.playback().seek(3);
        // update 3 uses 0.1·0.5², not the optimizer's lr
        assertTrue(app.explanation().parametersProperty().get().replace('\u00a0', ' ').contains("   lr = 0.025 (scheduled)   "),
                app.explanation().parametersProperty().get());
    }
}
