package org.descentlab.ui.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.descentlab.core.analysis.ManyStarts;
import org.descentlab.core.scenario.Analysis;
import org.descentlab.core.scenario.RunGrammar;
import org.descentlab.ui.Fakes;
import org.descentlab.ui.app.AppViewModel;
import org.descentlab.ui.experiment.Experiment;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Many starts through the view-model: what starts them, what they find, and Cancel. No toolkit. */
class ManyStartsViewModelTest {

    @TempDir
    Path dir;

    private final Fakes fakes = new Fakes();
    private AppViewModel app;
    private ManyStartsViewModel starts;

    @BeforeEach
    void start() {
        app = fakes.app("himmelblau", dir);
        starts = app.manyStarts();
    }

    /** Past the debounce, then the job. */
    private void settle() {
        fakes.scheduler.advanceMillis(ManyStartsViewModel.DEBOUNCE_MILLIS);
        fakes.background.runAll();
    }

    @Test
    void offByDefaultAndOnForAGridOfTheSelectedRun() {
        settle();
        assertNull(starts.resultProperty().get());
        app.analysis().toggle(a -> a.withStarts(Analysis.Starts.GRID, 4));
        fakes.scheduler.advanceMillis(ManyStartsViewModel.DEBOUNCE_MILLIS);
        assertTrue(starts.runningProperty().get());
        assertEquals("Running many starts…", starts.statusProperty().get());
        fakes.background.runAll();
        assertFalse(starts.runningProperty().get());
        ManyStartsViewModel.Result r = starts.resultProperty().get();
        assertEquals(16, r.traced().endings().endings().size());
        assertEquals(app.experiment().scenario().view().domain(), r.domain(), "the view's domain, not the window's shape");
        assertEquals(RunGrammar.parse("gd lr=0.01").config(app.experiment().scenario()).withStart(0, 0).optimizer(), r.run().optimizer());
        // himmelblau's four minima, four starts each
        assertEquals("16 of 16 starts (100%) found the lowest minimum; 4 minima in view, 4 reached.", starts.statusProperty().get());
        List<ManyStartsSummary.Row> rows = ManyStartsSummary.rows(r.traced().endings());
        assertEquals(List.of(4, 4, 4, 4), rows.stream().map(ManyStartsSummary.Row::count).toList());
        assertEquals("Minimum 3 (3, 2)", rows.get(2).label());
        app.analysis().toggle(a -> a.withStarts(Analysis.Starts.OFF, 4));
        assertNull(starts.resultProperty().get());
        assertEquals("", starts.statusProperty().get());
    }

    @Test
    void playbackChangesNothingAndTheSelectedRunsSettingsDo() {
        app.analysis().toggle(a -> a.withStarts(Analysis.Starts.RANDOM, 20).withStartSeed(5));
        settle();
        ManyStartsViewModel.Result first = starts.resultProperty().get();
        app.experiment().update(s -> s.withPlayhead(30), Experiment.Change.TRANSIENT);
        settle();
        assertSame(first, starts.resultProperty().get());
        assertEquals(0, fakes.background.waiting());
        app.experiment().update(s -> s.withSelected(1), Experiment.Change.TRANSIENT);
        settle();
        ManyStartsViewModel.Result adam = starts.resultProperty().get();
        assertNotSame(first, adam);
        assertEquals("adam", adam.run().optimizer().type().name());
        // the same seed gives the same starts; another seed others
        assertEquals(first.traced().endings().endings().stream().map(e -> e.startX()).toList(),
                adam.traced().endings().endings().stream().map(e -> e.startX()).toList());
        app.analysis().edit(a -> a.withStartSeed(6));
        settle();
        assertTrue(starts.resultProperty().get().traced().endings().endings().get(0).startX() != adam.traced().endings().endings().get(0).startX());
    }

    @Test
    void cancelKeepsWhatWasShownAndANewRequestSupersedesTheOld() {
        app.analysis().toggle(a -> a.withStarts(Analysis.Starts.GRID, 3));
        settle();
        ManyStartsViewModel.Result shown = starts.resultProperty().get();
        app.function().setText("(x^2+y-11)^2 + (x+y^2-7)^2 + x");
        fakes.scheduler.advanceMillis(ManyStartsViewModel.DEBOUNCE_MILLIS);
        assertTrue(starts.runningProperty().get());
        starts.cancel();
        fakes.background.runAll();
        assertSame(shown, starts.resultProperty().get(), "the previous starts stay");
        assertEquals("Cancelled; the starts shown are from before.", starts.statusProperty().get());
        assertFalse(starts.runningProperty().get());
        // a new request while one runs: only the newest arrives
        app.analysis().edit(a -> a.withStarts(Analysis.Starts.GRID, 5));
        fakes.scheduler.advanceMillis(ManyStartsViewModel.DEBOUNCE_MILLIS);
        app.analysis().edit(a -> a.withStarts(Analysis.Starts.GRID, 6));
        fakes.scheduler.advanceMillis(ManyStartsViewModel.DEBOUNCE_MILLIS);
        assertEquals(2, fakes.background.waiting());
        fakes.background.runAll();
        assertEquals(36, starts.resultProperty().get().traced().endings().endings().size());
        assertTrue(starts.resultProperty().get().traced().endings().endings().stream()
                .allMatch(e -> e.minimum() >= 0 || e.minimum() == ManyStarts.MOVING));
    }
}
