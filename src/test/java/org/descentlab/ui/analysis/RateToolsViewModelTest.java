package org.descentlab.ui.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.descentlab.core.Vec2;
import org.descentlab.core.analysis.RateSweep;
import org.descentlab.core.optim.GradientDescent;
import org.descentlab.core.optim.Momentum;
import org.descentlab.core.scenario.RunSettings;
import org.descentlab.core.scenario.Scenario;
import org.descentlab.ui.base.Background;
import org.descentlab.ui.base.Numbers;
import org.descentlab.ui.base.Text;
import org.descentlab.ui.experiment.Experiment;

import org.junit.jupiter.api.Test;

/** The learning-rate tools without a window: what they refuse, Cancel, and what a click changes. */
class RateToolsViewModelTest {

    private final Background.Manual background = new Background.Manual();
    private final Experiment experiment = new Experiment(Scenario.of("x^2 + y^2").withStart(new Vec2(-4, 3))
            .withRuns(List.of(RunSettings.of(new Momentum(0.1, 0.5, 0, 0), 0), RunSettings.of(new GradientDescent(0.2, 0), 1))),
            () -> 0L);

    private double lr(int run) {
        return experiment.scenario().runs().get(run).optimizer().parameters().get("lr");
    }

    @Test
    void aSweepOfTheSelectedRunRunsOffTheThreadAndAClickSetsItsRateOnThatRun() {
        SweepViewModel vm = new SweepViewModel(experiment, background);
        vm.run("0.01", "3", "12");
        assertTrue(vm.runningProperty().get());
        assertEquals(Text.get("rate.computing"), vm.statusProperty().get());
        background.runAll();
        RateSweep sweep = vm.resultProperty().get();
        assertEquals(12, sweep.points().size());
        assertEquals(0.5, sweep.run().optimizer().parameters().get("momentum"), "the selected run's settings");
        assertFalse(vm.runningProperty().get());
        assertFalse(vm.staleProperty().get());
        // a click sets the rate as the window shows it, to four digits
        double picked = sweep.points().get(3).lr();
        vm.apply(picked);
        assertEquals(Numbers.asShown(picked), lr(0));
        assertTrue(Numbers.exact(lr(0)).length() <= 7, Numbers.exact(lr(0)));
        assertFalse(vm.staleProperty().get(), "the rate the sweep varies keeps it current");
        experiment.undo();
        assertEquals(0.1, lr(0));
    }

    @Test
    void aResultGoesOutOfDateWhenTheRunItsSettingsTheFunctionOrTheViewChangeAndThenSetsNothing() {
        SweepViewModel vm = new SweepViewModel(experiment, background);
        vm.run("0.01", "3", "12");
        background.runAll();
        double picked = vm.resultProperty().get().points().get(3).lr();
        experiment.update(s -> s.withSelected(1), Experiment.Change.STEP);
        assertTrue(vm.staleProperty().get(), "another run selected");
        vm.apply(picked);
        assertEquals(0.1, lr(0));
        assertEquals(0.2, lr(1));
        assertEquals(Text.get("rate.staleApply"), vm.statusProperty().get());
        experiment.update(s -> s.withSelected(0), Experiment.Change.STEP);
        assertFalse(vm.staleProperty().get(), "the run it was of, as it was");
        experiment.update(s -> s.withRun(0, r -> r.withOptimizer(new Momentum(0.1, 0.9, 0, 0))), Experiment.Change.STEP);
        assertTrue(vm.staleProperty().get(), "momentum changed");
        experiment.undo();
        assertFalse(vm.staleProperty().get());
        experiment.update(s -> s.withFunction("x^2 + 2*y^2"), Experiment.Change.STEP);
        assertTrue(vm.staleProperty().get(), "another function");
        experiment.undo();
        experiment.update(s -> s.withSteps(50), Experiment.Change.STEP);
        assertTrue(vm.staleProperty().get(), "another step limit");
        experiment.undo();
        assertFalse(vm.staleProperty().get());
        vm.apply(picked);
        assertEquals(Numbers.asShown(picked), lr(0));
    }

    @Test
    void theDefaultAxesAreTheRateAgainstWhatMovesItsEdgeMost() {
        assertEquals(List.of("lr", "momentum"), names(StabilityViewModel.defaults(Momentum.TYPE)));
        assertEquals(List.of("lr", "beta1"), names(StabilityViewModel.defaults(org.descentlab.core.optim.Adam.TYPE)));
        StabilityViewModel.AxisText[] gd = StabilityViewModel.defaults(GradientDescent.TYPE);
        assertEquals(List.of("lr", "weight_decay"), names(gd));
        assertEquals("1", gd[1].max(), "weight decay up to 1, so that 2/(L + wd) moves");
        assertEquals("10", gd[0].max(), "past 2/L");
    }

    private static List<String> names(StabilityViewModel.AxisText[] axes) {
        return java.util.Arrays.stream(axes).map(StabilityViewModel.AxisText::name).toList();
    }

    @Test
    void aRefusalKeepsTheResultShownBeforeOutOfDateUntilTheFieldsHoldAgain() {
        FinderViewModel vm = new FinderViewModel(experiment, background);
        vm.run("1e-7", "10", "100");
        background.runAll();
        var first = vm.resultProperty().get();
        String summary = vm.statusProperty().get();
        vm.run("1e-7", "abc", "100");
        assertSame(first, vm.resultProperty().get(), "the work done stays");
        assertTrue(vm.staleProperty().get(), "but it is not of the settings typed");
        assertEquals("To must be a number, got 'abc'", vm.statusProperty().get());
        vm.run("1e-7", "1e-8", "100");
        assertEquals("To must be above From (1e-7), got 1e-8: the finder grows the rate", vm.statusProperty().get());
        vm.fieldsHold();
        assertEquals(summary, vm.statusProperty().get(), "the refusal is old news once the fields hold");
        vm.apply(0.01);
        assertEquals(0.1, lr(0), "an out-of-date curve sets nothing");
    }

    @Test
    void textThatDoesNotReadStartsNothingAndSaysWhy() {
        SweepViewModel vm = new SweepViewModel(experiment, background);
        vm.run("abc", "3", "12");
        assertEquals(0, background.waiting());
        assertEquals("From must be a number, got 'abc'", vm.statusProperty().get());
        vm.run("0.1", "3", "2.5");
        assertEquals(Text.format("error.wholeNumber", Text.get("sweep.count"), "2.5"), vm.statusProperty().get());
        vm.run("0", "3", "5");
        assertEquals(0, background.waiting());
        assertEquals("From must be above 0, got 0", vm.statusProperty().get());
        vm.run("1e-5", "1e-6", "5");
        assertEquals("To must be at least From (1e-5), got 1e-6", vm.statusProperty().get(), "the window's numbers, not 1.0E-5");
        vm.run("0.1", "3", "10001");
        assertEquals("the number of rates must be 1 to 10000, got 10001", vm.statusProperty().get());
    }

    @Test
    void cancelKeepsWhatWasShownAndNothingOfTheCancelledRunArrives() {
        StabilityViewModel vm = new StabilityViewModel(experiment, background);
        StabilityViewModel.AxisText lr = new StabilityViewModel.AxisText("lr", "0.1", "2", "4", false);
        vm.run(lr, new StabilityViewModel.AxisText("momentum", "0", "0.9", "3", false));
        background.runAll();
        var first = vm.resultProperty().get();
        assertEquals(12, first.cells().size());
        vm.run(lr, new StabilityViewModel.AxisText("momentum", "0", "0.5", "3", false));
        vm.cancel();
        background.runAll();
        assertSame(first, vm.resultProperty().get());
        assertEquals(Text.get("rate.cancelledKept"), vm.statusProperty().get());
        vm.apply(2, 1);
        assertEquals(Numbers.asShown(first.x().value(2)), lr(0));
        assertEquals(0.45, experiment.scenario().runs().get(0).optimizer().parameters().get("momentum"));
        assertFalse(vm.staleProperty().get(), "both values set are the map's own axes");
        vm.run(lr, new StabilityViewModel.AxisText("beta1", "0", "0.5", "3", false));
        assertTrue(vm.statusProperty().get().contains("momentum has no parameter 'beta1'"), vm.statusProperty().get());
        assertSame(first, vm.resultProperty().get(), "a refusal keeps the map");
        assertTrue(vm.staleProperty().get(), "out of date");
    }

    @Test
    void theFinderRefusesWhatFastaiWouldNotTakeAndWithNoRunSaysSo() {
        FinderViewModel vm = new FinderViewModel(experiment, background);
        vm.run("1e-7", "-1", "100");
        assertEquals(0, background.waiting());
        assertEquals("To must be above From (1e-7), got -1: the finder grows the rate", vm.statusProperty().get());
        vm.run("1e-7", "10", "100");
        background.runAll();
        assertEquals(0, vm.resultProperty().get().rows().get(0).step());
        experiment.update(s -> s.withRuns(List.of()), Experiment.Change.STEP);
        FinderViewModel none = new FinderViewModel(experiment, background);
        none.run("1e-7", "10", "100");
        assertEquals(Text.get("rate.noRun"), none.statusProperty().get());
        assertNull(none.resultProperty().get());
    }
}
