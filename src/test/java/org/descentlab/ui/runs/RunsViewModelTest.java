package org.descentlab.ui.runs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.descentlab.core.Vec2;
import org.descentlab.core.analysis.RunOutcome;
import org.descentlab.core.optim.Adam;
import org.descentlab.core.optim.Convention;
import org.descentlab.core.optim.Optimizers;
import org.descentlab.core.preset.PresetLibrary;
import org.descentlab.core.run.Runner;
import org.descentlab.core.run.StopReason;
import org.descentlab.core.run.Trajectory;
import org.descentlab.core.scenario.LineStyle;
import org.descentlab.core.scenario.Scenario;
import org.descentlab.ui.Fakes;
import org.descentlab.ui.app.AppViewModel;
import org.descentlab.ui.experiment.Experiment;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Several runs on one landscape, through the view-models and without a window. */
class RunsViewModelTest {

    @TempDir
    Path dir;

    private final Fakes fakes = new Fakes();
    private AppViewModel app;
    private RunsViewModel runs;
    private RunEditorViewModel editor;
    private Scenario himmelblau;

    @BeforeEach
    void start() {
        himmelblau = PresetLibrary.bundled().byId("himmelblau").orElseThrow().scenario();
        app = fakes.app(himmelblau, dir);
        runs = app.runs();
        editor = app.editor();
    }

    private RunItem run(int k) {
        return runs.items().get(k);
    }

    private void later(long millis) {
        fakes.clock.advanceMillis(millis);
    }

    @Test
    void aPresetLoadsEverySuggestedRunWithItsOwnStart() {
        assertEquals(4, runs.items().size());
        assertNull(run(0).settings().start(), "gd lr=0.01 starts from the shared start");
        assertEquals(new Vec2(-1, 1), run(2).settings().start());
        assertEquals("gd lr=0.01 from (-1, 1)", run(2).label());
        assertEquals(-1.0, run(2).trajectory().x(0));
        assertEquals(4, runs.items().stream().map(r -> r.settings().colour()).distinct().count(), "distinct colours");
        assertEquals(4, runs.items().stream().map(r -> r.settings().line()).distinct().count(), "distinct lines");
        assertEquals(4, runs.pathsProperty().get().size());
    }

    @Test
    void theResultsAgreeWithSingleRunsOfTheSameSettings() {
        List<Trajectory> single = himmelblau.runs().stream()
                .map(r -> Runner.run(app.experiment().function(), r.config(himmelblau))).toList();
        List<RunOutcome> expected = RunOutcome.of(single, app.experiment().function(),
                himmelblau.minima().stream().map(m -> m.at().toArray()).toList(), Math.hypot(10, 10));
        for (int k = 0; k < 4; k++) {
            assertEquals(expected.get(k), run(k).outcome(), "run " + (k + 1));
            assertEquals(k + 1, run(k).number());
        }
        assertEquals("converged at " + expected.get(0).steps(), run(0).stopped());
        assertEquals("(3, 2)", run(0).minimum());
    }

    @Test
    void aRunAddedAfterOneWasRemovedTakesALineNoRunHas() {
        // four runs: solid, dashed, dotted, dash-dot; the dashed one goes, a new one comes
        LineStyle gone = run(1).settings().line();
        assertTrue(runs.remove(1));
        assertTrue(runs.add());
        assertEquals(gone, runs.selectedProperty().get().settings().line(), "the free line, not the fourth run's again");
        assertEquals(4, runs.items().stream().map(r -> r.settings().line()).distinct().count(), "told apart without colour");
    }

    @Test
    void theLearningRateKeysDoubleAndHalveTheSelectedRunsRateAndUndoBringsItBack() {
        double lr = rate();
        assertTrue(editor.scaleLearningRate(2));
        assertEquals(2 * lr, rate(), 1e-15);
        assertTrue(editor.scaleLearningRate(0.5));
        assertTrue(editor.scaleLearningRate(0.5));
        assertEquals(lr / 2, rate(), 1e-15);
        app.experiment().undo();
        assertEquals(lr, rate(), 1e-15, "an edit like typing it: undone");
    }

    private double rate() {
        return app.experiment().scenario().selectedRun().optimizer().parameters().get("lr");
    }

    @Test
    void addDuplicateAndRemoveKeepASelectionAndAtLeastOneRun() {
        assertTrue(runs.add());
        RunItem added = runs.selectedProperty().get();
        assertEquals("momentum", added.settings().type().name(), "the next optimizer not in the list");
        assertEquals(4, added.index());
        assertTrue(runs.duplicate(added.index()));
        RunItem copy = runs.selectedProperty().get();
        assertEquals(5, copy.index());
        assertEquals(added.settings().optimizer(), copy.settings().optimizer());
        assertNotEquals(added.settings().colour(), copy.settings().colour());
        assertNotEquals(added.settings().line(), copy.settings().line());
        assertTrue(runs.add());
        assertTrue(runs.add());
        assertEquals(Scenario.MAX_RUNS, runs.items().size());
        assertFalse(runs.add(), "no more than one run per colour");
        while (runs.items().size() > 1) {
            assertTrue(runs.remove(runs.selectedProperty().get().index()));
            assertNotNull(runs.selectedProperty().get());
        }
        assertFalse(runs.remove(0), "the last run stays");
    }

    @Test
    void renamingChangesTheLabelAndHidingShortensTheSharedPlayhead() {
        editor.setName("fast one");
        assertEquals("fast one", run(0).label());
        editor.setName("");
        assertEquals("gd lr=0.01", run(0).label());
        int longest = runs.items().stream().mapToInt(r -> r.trajectory().lastStep()).max().orElseThrow();
        assertEquals(longest, runs.lastStepProperty().get());
        RunItem slowest = runs.items().stream().filter(r -> r.trajectory().lastStep() == longest).findFirst().orElseThrow();
        Trajectory before = slowest.trajectory();
        runs.setVisible(slowest.index(), false);
        assertTrue(runs.lastStepProperty().get() <= longest);
        assertEquals(3, runs.pathsProperty().get().size());
        assertSame(before, run(slowest.index()).trajectory(), "hiding is not a rerun");
    }

    @Test
    void kerasDefaultsReplaceOnlyValuesStillAtPyTorchDefaults() {
        editor.setType(Optimizers.require("rmsprop"));
        assertTrue(editor.setParameter("lr", "0.005"));
        assertTrue(editor.setConvention(Convention.KERAS));
        var p = editor.runProperty().get().optimizer().parameters();
        assertEquals(0.005, p.get("lr"), "typed by the user: kept");
        assertEquals(0.9, p.get("alpha"), "Keras's rho");
        assertEquals(1e-7, p.get("eps"));
        assertEquals(Convention.KERAS, editor.runProperty().get().optimizer().convention());
        assertTrue(run(0).label().endsWith(" · Keras"), run(0).label());
        assertTrue(editor.conventionNoteProperty().get().startsWith("Keras / TensorFlow defaults: lr 0.001, alpha 0.9, eps 1e-7;"),
                editor.conventionNoteProperty().get());
        assertTrue(editor.setConvention(Convention.PYTORCH));
        assertEquals(0.99, editor.runProperty().get().optimizer().parameters().get("alpha"));
        assertEquals(0.005, editor.runProperty().get().optimizer().parameters().get("lr"));
    }

    @Test
    void kerasRefusesPyTorchOnlySettingsAndKeepsTheLastGoodOptimizer() {
        editor.setType(Optimizers.require("momentum"));
        assertTrue(editor.setParameter("dampening", "0.5"));
        var good = editor.runProperty().get().optimizer();
        assertFalse(editor.setConvention(Convention.KERAS));
        assertTrue(editor.parameterErrorProperty().get().contains("dampening"), editor.parameterErrorProperty().get());
        assertSame(good, editor.runProperty().get().optimizer());
    }

    @Test
    void anOptimizerOfOneFrameworkKeepsItsRuleAndSaysWhose() {
        editor.setType(Optimizers.require("lion"));
        assertEquals("lion is in Keras / TensorFlow only: its rule and defaults, whichever is chosen",
                editor.conventionNoteProperty().get());
        editor.setType(Optimizers.require("rprop"));
        assertTrue(editor.setParameter("maximize", "true"));
        assertTrue(editor.setConvention(Convention.KERAS), "rprop keeps PyTorch's maximize under Keras's convention");
        assertEquals("rprop is in PyTorch only: its rule and defaults, whichever is chosen", editor.conventionNoteProperty().get());
        assertFalse(run(0).label().contains("Keras"), "PyTorch's rule runs, whichever defaults: " + run(0).label());
        assertEquals(Convention.PYTORCH, editor.runProperty().get().type().rule(Convention.KERAS));
        editor.setType(Optimizers.require("adam"));
        assertTrue(RunLabels.applies(editor.runProperty().get(), Adam.TYPE.parameter("amsgrad").orElseThrow()));
        assertFalse(RunLabels.applies(editor.runProperty().get(), Adam.TYPE.parameter("maximize").orElseThrow()), "Keras has no maximize");
    }

    @Test
    void newtonHasOneRuleWhicheverConventionIsAskedFor() {
        editor.setType(Optimizers.require("newton"));
        assertEquals("newton is in neither framework: one rule, whichever is chosen", editor.conventionNoteProperty().get());
        editor.setConvention(Convention.KERAS);
        assertEquals(Convention.PYTORCH, editor.runProperty().get().optimizer().convention(), "nothing to switch to");
    }

    @Test
    void theMemoryOfLastValuesFollowsTheListsPlacesAndForgetsWhenTheyMove() {
        runs.select(2);
        editor.setType(Optimizers.require("adam"));
        editor.setParameter("lr", "0.5");
        editor.setType(Optimizers.require("gd"));
        runs.remove(1);
        runs.select(2);
        assertEquals(new Vec2(-1, -1), editor.runProperty().get().start(), "the run that was fourth is now at place 2");
        editor.setType(Optimizers.require("adam"));
        assertEquals(1e-3, editor.runProperty().get().optimizer().parameters().get("lr"), "not the removed run's 0.5");
    }

    @Test
    void aShorterStepLimitWithThePlayheadPastItExplainsAStepOfTheNewPath() {
        List<Throwable> thrown = new ArrayList<>();
        Thread.UncaughtExceptionHandler before = Thread.currentThread().getUncaughtExceptionHandler();
        Thread.currentThread().setUncaughtExceptionHandler((t, e) -> thrown.add(e));
        try {
            editor.setSteps("300");
            editor.setParameter("lr", "0.0001");
            app.playback().seek(250);
            editor.setSteps("20");
        } finally {
            Thread.currentThread().setUncaughtExceptionHandler(before);
        }
        assertEquals(List.of(), thrown, "no listener failed");
        assertEquals(20, app.explanation().explanationProperty().get().step());
        assertEquals(20, app.playback().playheadProperty().get());
    }

    @Test
    void aBadHyperParameterSaysSoAndKeepsTheLastGoodOptimizer() {
        editor.setType(Optimizers.require("adam"));
        var good = editor.runProperty().get().optimizer();
        assertFalse(editor.setParameter("beta1", "1.5"));
        assertEquals("adam: beta1 must be a number in [0, 1), got 1.5; in effect: 0.9", editor.parameterErrorProperty().get());
        assertSame(good, editor.runProperty().get().optimizer());
        assertTrue(editor.setParameter("beta1", "0.5"));
        assertEquals("", editor.parameterErrorProperty().get());
        assertEquals(0.5, editor.runProperty().get().optimizer().parameters().get("beta1"));
    }

    @Test
    void switchingOptimizerBackBringsBackTheValuesLastUsedForIt() {
        editor.setType(Optimizers.require("adam"));
        editor.setParameter("lr", "0.07");
        editor.setType(Optimizers.require("gd"));
        assertEquals(0.01, editor.runProperty().get().optimizer().parameters().get("lr"), "gd as it was");
        editor.setType(Optimizers.require("adam"));
        assertEquals(0.07, editor.runProperty().get().optimizer().parameters().get("lr"));
    }

    @Test
    void aSettingsChangeLeavesTheOldPathAsAGhostUntilCleared() {
        Trajectory before = run(0).trajectory();
        later(6000);
        editor.setParameter("lr", "0.02");
        assertEquals(List.of(before), run(0).ghosts());
        // typing "0.025" is one burst of edits: one more ghost, the path before the burst
        later(6000);
        Trajectory beforeBurst = run(0).trajectory();
        editor.setParameter("lr", "0.0");
        later(60);
        editor.setParameter("lr", "0.02");
        later(60);
        editor.setParameter("lr", "0.025");
        assertEquals(List.of(beforeBurst, before), run(0).ghosts());
        assertTrue(run(1).ghosts().isEmpty(), "only the changed run has a ghost");
        runs.clearGhosts();
        assertTrue(run(0).ghosts().isEmpty());
        runs.showGhostsProperty().set(false);
        later(6000);
        editor.setParameter("lr", "0.03");
        assertTrue(run(0).ghosts().isEmpty(), "ghost trails switched off");
    }

    @Test
    void aNewFunctionClearsTheGhosts() {
        later(6000);
        editor.setParameter("lr", "0.02");
        assertFalse(run(0).ghosts().isEmpty());
        app.function().setText("x^2 + y^2");
        assertTrue(runs.items().stream().allMatch(r -> r.ghosts().isEmpty()));
    }

    @Test
    void aClickMovesTheSelectedRunsOwnStartOrTheSharedOne() {
        runs.select(2);
        editor.moveStart(0.5, 0.5);
        assertEquals(0.5, run(2).trajectory().x(0));
        assertEquals(0.0, run(0).trajectory().x(0), "the shared start stays");
        editor.setOwnStart(false);
        assertEquals(0.0, run(2).trajectory().x(0), "back on the shared start");
        runs.select(0);
        editor.setOwnStart(true);
        editor.dragStart(0, 2, 2);
        assertEquals(2.0, run(0).trajectory().x(0));
        assertEquals(Vec2.ZERO, app.experiment().scenario().start());
        editor.moveStart(1, -1);
        assertEquals(1.0, run(0).trajectory().x(0), "a run with its own start moves its own");
    }

    @Test
    void theEquationPanelExplainsTheSelectedRunAtThePlayhead() {
        runs.select(1);
        app.playback().seek(3);
        var e = app.explanation().explanationProperty().get();
        assertNotNull(e);
        assertEquals(3, e.step());
        // no-break spaces keep each "name = value" whole when the line wraps
        assertEquals("adam (PyTorch)   t = 3   lr = 0.1   beta1 = 0.9   beta2 = 0.999   eps = 1e-8   weight_decay = 0   amsgrad = false   maximize = false",
                app.explanation().parametersProperty().get().replace('\u00a0', ' '));
        assertTrue(app.explanation().parametersProperty().get().contains("lr\u00a0=\u00a00.1"));
        assertEquals(run(1).trajectory().x(3), e.taken()[0]);
        assertEquals("Update rule — adam lr=0.1   step t = 3", app.explanation().titleProperty().get());
        app.playback().seek(0);
        assertEquals(1, app.explanation().explanationProperty().get().step(), "at step 0 the next step is shown");
        editor.setType(Optimizers.require("lion"));
        assertTrue(app.explanation().parametersProperty().get().startsWith("lion (Keras)"),
                "Keras's rule runs under PyTorch's defaults too: " + app.explanation().parametersProperty().get());
    }

    @Test
    void theStatusSaysHowTheSelectedRunEnded() {
        editor.setParameter("lr", "5");
        assertEquals(StopReason.DIVERGED, run(0).outcome().reason());
        assertEquals("diverged at " + run(0).outcome().steps() + ": overshoot", run(0).stopped());
        assertEquals("none", run(0).minimum());
        assertTrue(runs.statusProperty().get().matches("gd lr=5: Diverged at step \\d+: the steps are too large \\(f grew, or"
                + " the point swung back and forth ever wider, as it ran away\\) — try a smaller learning rate"), runs.statusProperty().get());
        app.experiment().update(s -> s.withRuns(s.runs().subList(0, 1)), Experiment.Change.STEP);
        editor.setParameter("lr", "0.001");
        editor.setSteps("50");
        assertTrue(runs.statusProperty().get().matches("Stopped at the step limit \\(50\\): still moving, ‖∇f‖ = [0-9.]+"),
                runs.statusProperty().get());
        editor.setParameter("lr", "0.01");
        editor.setSteps("1000");
        assertTrue(runs.statusProperty().get().matches("Converged after \\d+ steps \\(‖∇f‖ < 1e-6\\)"),
                runs.statusProperty().get());
    }

    @Test
    void theAdviceFitsWhyTheRunDiverged() {
        app.function().setText("exp(x^2)");
        app.experiment().update(s -> s.withRuns(s.runs().subList(0, 1)), Experiment.Change.STEP);
        editor.setParameter("lr", "1");
        editor.moveStart(2, 0);
        String overshoot = "the steps are too large (f grew, or the point swung back and forth ever wider, as it ran away)"
                + " — try a smaller learning rate";
        assertEquals("Diverged at step 1: " + overshoot, runs.statusProperty().get());
        app.function().setText("log(x) + y^2");
        editor.moveStart(-1, 0);
        assertEquals("Cannot start: f is not defined at (-1, 0) — pick another start", runs.statusProperty().get());
        assertEquals("undefined at the start", run(0).stopped());
        editor.moveStart(0.5, 0);
        String steppedOut = "it stepped out of where f is defined — a smaller learning rate may keep it inside, unless f keeps"
                + " falling towards that edge (as log x does towards 0), where there is no minimum to find";
        assertEquals("Diverged at step 1: " + steppedOut, runs.statusProperty().get());
        assertEquals("diverged at 1: undefined", run(0).stopped());
        app.function().setText("sqrt(x) + y^2");
        editor.moveStart(1, 0);
        assertEquals("Diverged at step 2: " + steppedOut, runs.statusProperty().get());
        app.function().setText("x^2 - y^2");
        editor.setParameter("lr", "0.05");
        editor.moveStart(-1.8, 0.05);
        assertEquals("Diverged at step 231: f has no minimum in that direction (f fell as the point ran away), so running off"
                + " is correct", runs.statusProperty().get());
        assertEquals("diverged at 231: unbounded", run(0).stopped());
        editor.setParameter("lr", "1.5");
        // x swings ever wider while f falls, y running off: too large a rate, and no minimum that way either
        assertEquals("Diverged at step 16: the steps are too large (the point swung back and forth ever wider) — a smaller"
                + " learning rate stops the swing, but f fell as the point ran away, so it may have no minimum that way either",
                runs.statusProperty().get());
        assertEquals("diverged at 16: overshoot", run(0).stopped());
    }

    @Test
    void undoBringsBackARemovedRunAndItsPath() {
        Trajectory third = run(2).trajectory();
        runs.remove(2);
        assertEquals(3, runs.items().size());
        app.experiment().undo();
        assertEquals(4, runs.items().size());
        assertEquals("gd lr=0.01 from (-1, 1)", run(2).label());
        assertEquals(third.lastStep(), run(2).trajectory().lastStep());
    }

    @Test
    void aRunOnABiasedGradientSaysItConvergedByItsOwnGradientAtNoMinimum() {
        app.experiment().update(s -> Scenario.of("x^2 + y^2").withRuns(List.of(
                org.descentlab.core.scenario.RunGrammar.parse("gd lr=0.1 diff=forward h=0.5 start=1,1"))), Experiment.Change.STEP);
        RunItem item = runs.items().get(0);
        assertEquals("Converged after " + item.outcome().steps() + " steps by its own gradient: ‖g‖ < 1e-6, g by forward"
                + " differences with h = 0.5, which is not ∇f (the update rule says how far off)", item.status());
        assertNull(item.outcome().minimum());
    }
}
