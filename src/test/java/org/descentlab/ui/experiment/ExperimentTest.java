package org.descentlab.ui.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.descentlab.core.Vec2;
import org.descentlab.core.raster.Domain;
import org.descentlab.core.scenario.RunGrammar;
import org.descentlab.core.scenario.Scenario;
import org.descentlab.ui.Fakes;
import org.descentlab.ui.experiment.Experiment.Change;

import org.junit.jupiter.api.Test;

/** The app's state as one value, with undo over the changes that settle. No toolkit. */
class ExperimentTest {

    private final Fakes.Clock clock = new Fakes.Clock();
    private final Scenario start = Scenario.of("x^2 + y^2").withRuns(List.of(RunGrammar.parse("gd lr=0.1")));
    private final Experiment e = new Experiment(start, () -> clock.now);

    private static double lr(Scenario s) {
        return s.runs().get(0).optimizer().parameters().get("lr");
    }

    private void setLr(String text) {
        e.update(s -> s.withRun(0, r -> r.withOptimizer(r.type().create(r.optimizer().parameters().withText("lr", text),
                r.optimizer().convention()))), Change.EDIT);
    }

    @Test
    void editsLessThanSixTenthsOfASecondApartAreOneUndoEntry() {
        setLr("0.2");
        clock.advanceMillis(200);
        setLr("0.25");
        clock.advanceMillis(500);
        setLr("0.255");
        clock.advanceMillis(700);
        setLr("0.3");
        assertEquals(0.3, lr(e.scenario()));
        e.undo();
        assertEquals(0.255, lr(e.scenario()), "the last edit came 0.7 s after the burst: an entry of its own");
        e.undo();
        assertEquals(0.1, lr(e.scenario()), "0.2, 0.25 and 0.255 were typed in one burst");
        assertFalse(e.canUndoProperty().get());
        e.redo();
        assertEquals(0.255, lr(e.scenario()));
        e.redo();
        assertEquals(0.3, lr(e.scenario()));
        assertFalse(e.canRedoProperty().get());
    }

    @Test
    void aGestureIsOneEntryHoweverLongItTakes() {
        e.beginGesture();
        for (int k = 1; k <= 20; k++) {
            clock.advanceMillis(1000);
            double x = k;
            e.update(s -> s.withStart(new Vec2(x, 0)), Change.GESTURE);
        }
        e.endGesture();
        e.update(s -> s.withStart(new Vec2(99, 0)), Change.GESTURE);
        e.undo();
        assertEquals(new Vec2(20, 0), e.scenario().start());
        e.undo();
        assertEquals(Vec2.ZERO, e.scenario().start(), "the whole drag at once");
    }

    @Test
    void commandsAreEntriesOfTheirOwnAndTheFutureIsDroppedByANewChange() {
        e.update(s -> s.withSteps(10), Change.STEP);
        e.update(s -> s.withSteps(20), Change.STEP);
        e.undo();
        assertTrue(e.canRedoProperty().get());
        e.update(s -> s.withSteps(30), Change.STEP);
        assertFalse(e.canRedoProperty().get(), "a new change after undo drops what was undone");
        e.undo();
        assertEquals(10, e.scenario().steps());
    }

    @Test
    void thePlayheadIsNeverUndoneAndNeverAnUnsavedChange() {
        e.update(s -> s.withSteps(10), Change.STEP);
        e.markSaved();
        e.update(s -> s.withPlayhead(7), Change.TRANSIENT);
        assertFalse(e.dirtyProperty().get(), "playback is not an unsaved change");
        e.undo();
        assertEquals(1000, e.scenario().steps());
        assertEquals(7, e.scenario().playhead(), "undo keeps the playhead where it is");
        assertTrue(e.dirtyProperty().get(), "the scenario now differs from the saved one");
        e.redo();
        assertFalse(e.dirtyProperty().get());
    }

    @Test
    void theSelectionIsNeverUndoneButMovesWhenItsRunIsGone() {
        e.update(s -> s.withRuns(List.of(s.runs().get(0), RunGrammar.parse("adam lr=0.1"))), Change.STEP);
        e.update(s -> s.withRuns(List.of(s.runs().get(0), s.runs().get(1), RunGrammar.parse("momentum lr=0.1"))), Change.STEP);
        e.update(s -> s.withSelected(1), Change.TRANSIENT);
        e.undo();
        assertEquals(1, e.scenario().selected(), "the run the user picked stays picked");
        e.update(s -> s.withSelected(1), Change.TRANSIENT);
        e.undo();
        assertEquals(0, e.scenario().selected(), "its run went with the undo: the last one left");
        e.redo();
        e.redo();
        assertEquals(3, e.scenario().runs().size());
        assertEquals(0, e.scenario().selected());
    }

    @Test
    void theSelectedRunStaysSelectedWhereverUndoPutsItAndHomeComesBackWithTheLoad() {
        var a = RunGrammar.parse("gd lr=0.1");
        var b = RunGrammar.parse("adam lr=0.1");
        var c = RunGrammar.parse("momentum lr=0.1");
        e.update(s -> s.withRuns(List.of(a, b, c)).withSelected(2), Change.STEP);
        e.update(s -> s.withRuns(List.of(b, c)).withSelected(1), Change.STEP);
        e.undo();
        assertEquals(2, e.scenario().selected(), "momentum, back at its old place, is still the one selected");

        Domain before = e.home();
        Domain loaded = new Domain(-1, 1, -1, 1);
        e.update(s -> s.withView(s.view().withDomain(loaded)), Change.LOAD);
        assertEquals(loaded, e.home());
        e.undo();
        assertEquals(before, e.home(), "Reset view goes where it went before the load");
        e.redo();
        assertEquals(loaded, e.home());
    }

    @Test
    void openingStartsTheHistoryOverAndCountsAsSaved() {
        setLr("0.5");
        assertTrue(e.dirtyProperty().get());
        Scenario other = Scenario.of("x*y").withRuns(List.of(RunGrammar.parse("adam")));
        e.open(other);
        assertEquals(other, e.scenario());
        assertFalse(e.canUndoProperty().get());
        assertFalse(e.dirtyProperty().get());
        assertEquals("x*y", e.function().text());
        assertEquals(Change.OPEN, e.lastChange());
    }

    @Test
    void aScenarioWithNoRunsOpensWithOneWhichItsFileDoesNotHave() {
        e.open(Scenario.of("x*y"));
        assertEquals(1, e.scenario().runs().size(), "the window always has a run to edit");
        assertTrue(e.dirtyProperty().get(), "and so differs from the file");
    }

    @Test
    void aChangeThatGivesAnInvalidScenarioChangesNothing() {
        assertThrows(IllegalArgumentException.class, () -> e.update(s -> s.withSteps(-1), Change.EDIT));
        assertEquals(start, e.scenario());
        assertFalse(e.canUndoProperty().get());
    }

    @Test
    void aListenersOwnChangeWaitsUntilEveryListenerHeardTheFirst() {
        List<Integer> seen = new ArrayList<>();
        e.scenarioProperty().addListener((o, was, now) -> {
            if (now.steps() == 5) {
                e.update(s -> s.withSteps(6), Change.STEP);
            }
        });
        e.scenarioProperty().addListener((o, was, now) -> seen.add(now.steps()));
        e.update(s -> s.withSteps(5), Change.STEP);
        assertEquals(List.of(5, 6), seen, "in order, each once");
        assertEquals(6, e.scenario().steps());
    }
}
