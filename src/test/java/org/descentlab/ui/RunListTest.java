package org.descentlab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import javafx.scene.Scene;
import javafx.stage.Stage;

import org.descentlab.core.analysis.RunOutcome;
import org.descentlab.core.optim.Convention;
import org.descentlab.core.optim.Optimizers;
import org.descentlab.core.preset.Preset;
import org.descentlab.core.preset.PresetLibrary;
import org.descentlab.core.run.RunSpec;
import org.descentlab.core.run.Runner;
import org.descentlab.core.run.StopReason;
import org.descentlab.core.run.Trajectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Several runs on one landscape, through the view-model: the list, conventions, ghosts and results. */
@ExtendWith(ApplicationExtension.class)
class RunListTest {

    private MainViewModel vm;
    private Preset himmelblau;
    private final long[] now = {0};

    @Start
    void start(Stage stage) {
        vm = new MainViewModel(PresetLibrary.bundled());
        vm.setClock(() -> now[0]);
        himmelblau = vm.presets().byId("himmelblau").orElseThrow();
        vm.applyPreset(himmelblau);
        stage.setScene(new Scene(new javafx.scene.layout.Pane(), 10, 10));
    }

    @Test
    void aPresetLoadsEverySuggestedRunWithItsOwnStart(FxRobot robot) {
        assertEquals(4, vm.runs().size());
        assertNull(vm.runs().get(0).ownStartProperty().get(), "gd lr=0.01 starts from the shared start");
        assertEquals(List.of(-1.0, 1.0), List.of(vm.runs().get(2).ownStartProperty().get()[0],
                vm.runs().get(2).ownStartProperty().get()[1]));
        assertEquals("gd lr=0.01 from (-1, 1)", vm.runs().get(2).label().get());
        assertEquals(-1.0, vm.runs().get(2).trajectoryProperty().get().x(0));
        assertEquals(4, vm.runs().stream().map(r -> r.colourProperty().get()).distinct().count(), "distinct colours");
        assertEquals(4, vm.runs().stream().map(r -> r.lineStyleProperty().get()).distinct().count(), "distinct lines");
    }

    @Test
    void theResultsTableAgreesWithSingleRunsOfTheSameSettings(FxRobot robot) {
        List<Trajectory> single = himmelblau.runs().stream()
                .map(text -> Runner.run(vm.functionProperty().get(), RunSpec.parse(text)
                        .config(RunSpec.Defaults.at(himmelblau.start()[0], himmelblau.start()[1]))))
                .toList();
        List<RunOutcome> expected = RunOutcome.of(single, vm.functionProperty().get(), himmelblau.minima(),
                Math.hypot(10, 10));
        assertEquals(4, vm.results().size());
        for (int k = 0; k < 4; k++) {
            RunOutcome got = vm.results().get(k).outcome();
            assertEquals(expected.get(k), got, "run " + (k + 1));
            assertEquals(k + 1, vm.results().get(k).number());
        }
        assertEquals("converged at " + expected.get(0).steps(), vm.results().get(0).stopped());
        assertEquals("(3, 2)", vm.results().get(0).minimum());
    }

    @Test
    void addDuplicateAndRemoveKeepASelectionAndAtLeastOneRun(FxRobot robot) {
        robot.interact(() -> {
            RunViewModel added = vm.addRun();
            assertEquals("momentum", added.typeProperty().get().name(), "the next optimizer not in the list");
            assertSame(added, vm.selectedRunProperty().get());
            assertEquals(5, vm.results().size());
            RunViewModel copy = vm.duplicateRun(added);
            assertEquals(added.optimizerProperty().get(), copy.optimizerProperty().get());
            assertNotEquals(added.colourProperty().get(), copy.colourProperty().get());
            assertNotEquals(added.lineStyleProperty().get(), copy.lineStyleProperty().get());
            assertEquals(vm.runs().indexOf(added) + 1, vm.runs().indexOf(copy));
            vm.addRun();
            vm.addRun();
            assertEquals(MainViewModel.MAX_RUNS, vm.runs().size());
            assertNull(vm.addRun(), "no more than one run per colour");
            while (vm.runs().size() > 1) {
                assertTrue(vm.removeRun(vm.selectedRunProperty().get()));
                assertTrue(vm.runs().contains(vm.selectedRunProperty().get()));
            }
            assertFalse(vm.removeRun(vm.runs().get(0)), "the last run stays");
        });
    }

    @Test
    void renamingChangesTheLabelAndHidingShortensTheSharedPlayhead(FxRobot robot) {
        robot.interact(() -> {
            RunViewModel r = vm.runs().get(1);
            r.nameProperty().set("fast one");
            assertEquals("fast one", r.label().get());
            r.nameProperty().set("");
            assertEquals("adam lr=0.1", r.label().get());
            int longest = vm.runs().stream().mapToInt(x -> x.trajectoryProperty().get().lastStep()).max().orElseThrow();
            assertEquals(longest, vm.lastStepProperty().get());
            RunViewModel slowest = vm.runs().stream()
                    .filter(x -> x.trajectoryProperty().get().lastStep() == longest).findFirst().orElseThrow();
            slowest.visibleProperty().set(false);
            assertTrue(vm.lastStepProperty().get() <= longest);
        });
    }

    @Test
    void kerasDefaultsReplaceOnlyValuesStillAtPyTorchDefaults(FxRobot robot) {
        robot.interact(() -> {
            vm.setOptimizerType(Optimizers.require("rmsprop"));
            vm.setParameter("lr", "0.005");
            assertTrue(vm.setConvention(Convention.KERAS));
            assertEquals(Convention.KERAS, vm.conventionProperty().get());
            var values = vm.optimizerProperty().get().describe();
            assertEquals("0.005", values.get("lr"), "typed by the user: kept");
            assertEquals("0.9", values.get("alpha"), "Keras's rho");
            assertEquals("1.0E-7", values.get("eps"));
            assertEquals(Convention.KERAS, vm.optimizerProperty().get().convention());
            assertTrue(vm.selectedRunProperty().get().label().get().endsWith(" · Keras"));
            assertTrue(vm.setConvention(Convention.PYTORCH));
            assertEquals("0.99", vm.optimizerProperty().get().describe().get("alpha"));
            assertEquals("0.005", vm.optimizerProperty().get().describe().get("lr"));
        });
    }

    @Test
    void kerasRefusesPyTorchOnlySettingsAndKeepsTheLastGoodOptimizer(FxRobot robot) {
        robot.interact(() -> {
            vm.setOptimizerType(Optimizers.require("momentum"));
            vm.setParameter("dampening", "0.5");
            var good = vm.optimizerProperty().get();
            assertFalse(vm.setConvention(Convention.KERAS));
            assertTrue(vm.parameterErrorProperty().get().contains("dampening"), vm.parameterErrorProperty().get());
            assertSame(good, vm.optimizerProperty().get());
        });
    }

    @Test
    void aSettingsChangeLeavesTheOldPathAsAGhostUntilCleared(FxRobot robot) {
        robot.interact(() -> {
            RunViewModel r = vm.runs().get(0);
            Trajectory before = r.trajectoryProperty().get();
            now[0] += 10 * MainViewModel.GHOST_BURST_NANOS;
            vm.setParameter("lr", "0.02");
            assertEquals(List.of(before), r.ghosts());
            // typing "0.025" is one burst of edits: one more ghost, the path before the burst
            now[0] += 10 * MainViewModel.GHOST_BURST_NANOS;
            Trajectory beforeBurst = r.trajectoryProperty().get();
            vm.setParameter("lr", "0.0");
            now[0] += MainViewModel.GHOST_BURST_NANOS / 10;
            vm.setParameter("lr", "0.02");
            now[0] += MainViewModel.GHOST_BURST_NANOS / 10;
            vm.setParameter("lr", "0.025");
            assertEquals(List.of(beforeBurst, before), r.ghosts());
            assertTrue(vm.runs().get(1).ghosts().isEmpty(), "only the changed run has a ghost");
            vm.clearGhosts();
            assertTrue(r.ghosts().isEmpty());
            vm.showGhostsProperty().set(false);
            now[0] += 10 * MainViewModel.GHOST_BURST_NANOS;
            vm.setParameter("lr", "0.03");
            assertTrue(r.ghosts().isEmpty(), "ghost trails switched off");
        });
    }

    @Test
    void aNewFunctionClearsTheGhosts(FxRobot robot) {
        robot.interact(() -> {
            now[0] += 10 * MainViewModel.GHOST_BURST_NANOS;
            vm.setParameter("lr", "0.02");
            assertFalse(vm.runs().get(0).ghosts().isEmpty());
            vm.setFunctionText("x^2 + y^2");
            assertTrue(vm.runs().stream().allMatch(r -> r.ghosts().isEmpty()));
        });
    }

    @Test
    void aClickMovesTheSelectedRunsOwnStartOrTheSharedOne(FxRobot robot) {
        robot.interact(() -> {
            RunViewModel own = vm.runs().get(2);
            vm.selectedRunProperty().set(own);
            vm.setStart(0.5, 0.5);
            assertEquals(0.5, own.trajectoryProperty().get().x(0));
            assertEquals(0.0, vm.runs().get(0).trajectoryProperty().get().x(0), "the shared start stays");
            vm.setOwnStart(own, false);
            assertEquals(0.0, own.trajectoryProperty().get().x(0), "back on the shared start");
            vm.selectedRunProperty().set(vm.runs().get(0));
            vm.setOwnStart(vm.runs().get(0), true);
            vm.dragStart(vm.runs().get(0), 2, 2);
            assertEquals(2.0, vm.runs().get(0).trajectoryProperty().get().x(0));
            assertEquals(0.0, vm.startProperty().get()[0]);
        });
    }

    @Test
    void theEquationPanelExplainsTheSelectedRunAtThePlayhead(FxRobot robot) {
        robot.interact(() -> {
            vm.selectedRunProperty().set(vm.runs().get(1));
            vm.playheadProperty().set(3);
            var e = vm.explanationProperty().get();
            assertNotNull(e);
            assertEquals(3, e.step());
            assertTrue(e.parameters().startsWith("adam (PyTorch)   t = 3   lr = 0.1"), e.parameters());
            Trajectory t = vm.runs().get(1).trajectoryProperty().get();
            assertEquals(t.x(3), e.taken()[0]);
            vm.playheadProperty().set(0);
            assertEquals(1, vm.explanationProperty().get().step(), "at step 0 the next step is shown");
        });
    }

    @Test
    void stoppedTextNamesTheReason(FxRobot robot) {
        robot.interact(() -> {
            vm.setParameter("lr", "5");
            RunResult r = vm.results().get(0);
            assertEquals(StopReason.DIVERGED, r.outcome().reason());
            assertEquals("diverged at " + r.outcome().steps(), r.stopped());
            assertEquals("none", r.minimum());
        });
    }
}
