package org.descentlab.ui.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;

import org.descentlab.core.Vec2;
import org.descentlab.core.analysis.BasinMap;
import org.descentlab.core.analysis.ManyStarts;
import org.descentlab.core.optim.GradientDescent;
import org.descentlab.core.preset.PresetLibrary;
import org.descentlab.core.raster.Domain;
import org.descentlab.core.run.RunConfig;
import org.descentlab.core.run.Runner;
import org.descentlab.core.run.Trajectory;
import org.descentlab.core.scenario.Analysis;
import org.descentlab.core.scenario.RunGrammar;
import org.descentlab.core.scenario.Layout;
import org.descentlab.core.scenario.Scenario;
import org.descentlab.ui.Fakes;
import org.descentlab.ui.app.AppViewModel;
import org.descentlab.ui.base.Numbers;
import org.descentlab.ui.experiment.Experiment;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Basin maps in the window, through the view-models, with time and the background work moved by hand. The
 * Himmelblau preset: gd lr=0.01 (selected), adam lr=0.1, and two more gd runs from their own starts. No toolkit.
 */
class BasinsViewModelTest {

    private static final Domain SQUARE = new Domain(-5, 5, -5, 5);

    @TempDir
    Path dir;

    private final Fakes fakes = new Fakes();
    private AppViewModel app;
    private BasinsViewModel basins;

    @BeforeEach
    void start() {
        app = fakes.app("himmelblau", dir);
        basins = app.basins();
        fakes.scheduler.advanceMillis(100);
    }

    private void analysis(UnaryOperator<Analysis> change) {
        app.analysis().toggle(change);
    }

    /** Waits out the debounce and runs what the background was given. */
    private List<BasinsViewModel.RunMap> computed() {
        fakes.scheduler.advanceMillis(BasinsViewModel.DEBOUNCE_MILLIS);
        fakes.background.runAll();
        assertFalse(basins.runningProperty().get(), basins.statusProperty().get());
        return basins.mapsProperty().get();
    }

    private BasinMap on(int cells) {
        analysis(a -> a.withBasins(true).withBasinGrid(cells));
        List<BasinsViewModel.RunMap> maps = computed();
        assertEquals(1, maps.size());
        return maps.get(0).map();
    }

    @Test
    void everyCellIsTheSelectedRunFromTheCellsCentreOverTheShownDomain() {
        BasinMap map = on(32);
        assertEquals(SQUARE, map.domain());
        assertEquals(0, basins.mapsProperty().get().get(0).run());
        List<Vec2> centres = ManyStarts.grid(SQUARE, 32);
        RunConfig gd = app.experiment().scenario().config(0);
        for (int k : new int[] {0, 31, 100, 517, 700, 1023}) {
            assertEquals(centres.get(k), map.centre(k));
            Trajectory t = Runner.run(app.experiment().function(), gd.withStart(centres.get(k).x(), centres.get(k).y()));
            ManyStarts.Ending e = map.endings().endings().get(k);
            assertEquals(t.stop(), e.stop(), "cell " + k);
            assertEquals(t.x(t.lastStep()), e.endX(), 0, "cell " + k);
            assertEquals(t.y(t.lastStep()), e.endY(), 0, "cell " + k);
        }
    }

    @Test
    void gradientDescentOnHimmelblauHasFourBasinsOfEquallyLowMinima() {
        BasinMap map = on(32);
        assertEquals(4, map.minima().size());
        int total = 0;
        for (int m = 0; m < 4; m++) {
            assertTrue(map.endings().count(m) > 100, "minimum " + m + ": " + map.endings().count(m));
            total += map.endings().count(m);
        }
        assertEquals(1024, total, "every start reaches one of the four");
        assertEquals("4 basins; 100% of starts reach one of the 4 lowest minima (equally low)", basins.statusProperty().get());
    }

    @Test
    void editingTheFunctionComputesAgainAndTheOldMapStaysUntilTheNewOneIsReady() {
        BasinMap before = on(16);
        app.function().setText("(x^2+y-11)^2 + (x+y^2-7)^2 + 8*x");
        assertTrue(basins.runningProperty().get());
        assertEquals("computing… 0%", basins.statusProperty().get());
        fakes.scheduler.advanceMillis(BasinsViewModel.DEBOUNCE_MILLIS);
        assertSame(before, basins.mapsProperty().get().get(0).map(), "the old map stays while the new one computes");
        fakes.background.runAll();
        BasinMap after = basins.mapsProperty().get().get(0).map();
        assertNotEquals(before.endings(), after.endings());
        assertFalse(basins.runningProperty().get());
    }

    @Test
    void cancelKeepsThePreviousMapAndSaysSo() {
        analysis(a -> a.withBasins(true).withBasinGrid(16));
        basins.cancel();
        assertEquals("", basins.statusProperty().get(), "nothing to show yet: nothing to say");
        assertEquals(List.of(), basins.mapsProperty().get());
        fakes.background.runAll();
        fakes.scheduler.advanceMillis(1000);
        assertEquals(List.of(), basins.mapsProperty().get());

        analysis(a -> a.withBasinGrid(20));
        BasinMap shown = computed().get(0).map();
        analysis(a -> a.withBasinGrid(24));
        fakes.scheduler.advanceMillis(BasinsViewModel.DEBOUNCE_MILLIS);
        assertEquals(1, fakes.background.waiting());
        basins.cancel();
        assertFalse(basins.runningProperty().get());
        assertEquals("cancelled; showing the previous map", basins.statusProperty().get());
        fakes.background.runAll();
        assertSame(shown, basins.mapsProperty().get().get(0).map());
        assertEquals(20, basins.mapsProperty().get().get(0).map().cells());
    }

    @Test
    void aNewRequestSupersedesTheOldWhoseResultNeverArrives() {
        analysis(a -> a.withBasins(true).withBasinGrid(16));
        fakes.scheduler.advanceMillis(BasinsViewModel.DEBOUNCE_MILLIS);
        analysis(a -> a.withBasinGrid(24));
        fakes.scheduler.advanceMillis(BasinsViewModel.DEBOUNCE_MILLIS);
        assertEquals(2, fakes.background.waiting());
        fakes.background.runNext();
        assertEquals(List.of(), basins.mapsProperty().get(), "the 16² job was cancelled");
        assertTrue(basins.runningProperty().get());
        fakes.background.runNext();
        assertEquals(24, basins.mapsProperty().get().get(0).map().cells());
    }

    @Test
    void changesCloserThanTheDebounceComputeOnceAndThePlayheadComputesNothing() {
        analysis(a -> a.withBasins(true).withBasinGrid(16));
        fakes.scheduler.advanceMillis(BasinsViewModel.DEBOUNCE_MILLIS / 2);
        app.landscape().pan(0.5, 0);
        fakes.scheduler.advanceMillis(BasinsViewModel.DEBOUNCE_MILLIS / 2);
        app.landscape().pan(0.5, 0);
        fakes.scheduler.advanceMillis(BasinsViewModel.DEBOUNCE_MILLIS);
        assertEquals(1, fakes.background.waiting());
        fakes.background.runAll();
        assertEquals(new Domain(-4, 6, -5, 5), basins.mapsProperty().get().get(0).map().domain());
        List<BasinsViewModel.RunMap> maps = basins.mapsProperty().get();
        app.playback().seek(5);
        app.runs().select(0);
        app.experiment().update(s -> s.withRun(0, r -> r.withName("plain")), Experiment.Change.EDIT);
        fakes.scheduler.advanceMillis(1000);
        assertEquals(0, fakes.background.waiting());
        assertFalse(basins.runningProperty().get());
        assertSame(maps, basins.mapsProperty().get());
    }

    @Test
    void theGridLayoutMapsEveryShownRunAndTheOptimizerChangesTheBasins() {
        analysis(a -> a.withBasins(true).withBasinGrid(24));
        computed();
        app.landscape().setLayout(Layout.GRID);
        app.runs().setVisible(3, false);
        List<BasinsViewModel.RunMap> maps = computed();
        assertEquals(List.of(0, 1, 2), maps.stream().map(BasinsViewModel.RunMap::run).toList());
        // runs 0 and 2 are both gd lr=0.01, from other starts: the same map
        assertSame(maps.get(0).map(), maps.get(2).map());
        BasinMap gd = basins.mapFor(0).map();
        BasinMap adam = basins.mapFor(1).map();
        assertEquals(gd.minima(), adam.minima());
        int differ = 0;
        for (int k = 0; k < 24 * 24; k++) {
            differ += gd.endings().endings().get(k).minimum() != adam.endings().endings().get(k).minimum() ? 1 : 0;
        }
        assertTrue(differ > 24, "adam ends elsewhere than gd from " + differ + " cells");
        assertNull(basins.mapFor(3), "a hidden run has no pane and no map");
        assertTrue(basins.statusProperty().get().startsWith("gd lr=0.01: 4 basins; "), basins.statusProperty().get());
        app.runs().select(1);
        assertTrue(basins.statusProperty().get().startsWith("adam lr=0.1: "), basins.statusProperty().get());
    }

    @Test
    void withNoiseACellRunsKSeedsWhoseSharesSumToOneAndTheSameSeedGivesTheSameMap() {
        app.experiment().update(s -> s.withRun(0, r -> r.withNoise(20).withSeed(7)).withSteps(200), Experiment.Change.EDIT);
        analysis(a -> a.withBasins(true).withBasinGrid(16).withBasinSeeds(6));
        BasinMap noisy = computed().get(0).map();
        assertEquals(6, noisy.seeds());
        assertEquals(16 * 16 * 6, noisy.endings().endings().size());
        int blended = 0;
        for (int k = 0; k < 256; k++) {
            double[] shares = noisy.endings().shares(k);
            double sum = 0;
            int parts = 0;
            for (double share : shares) {
                sum += share;
                parts += share > 0 ? 1 : 0;
            }
            assertEquals(1, sum, 1e-12);
            blended += parts > 1 ? 1 : 0;
        }
        assertTrue(blended > 10, "noise sends the seeds of some cells to different minima: " + blended);
        assertTrue(basins.statusProperty().get().contains("of runs (6 seeds a cell)"), basins.statusProperty().get());
        basins.hover(3.1, 2.1, -1);
        String cell = basins.hoverProperty().get().text();
        assertTrue(cell.matches("6 seeds: \\d \\w.*; seed 7: (minimum \\d \\(.*\\) in 200 steps|still moving after 200 steps)"), cell);
        int seeds = 0;
        for (String part : cell.substring("6 seeds: ".length(), cell.indexOf(';')).split(", ")) {
            seeds += Integer.parseInt(part.substring(0, part.indexOf(' ')));
        }
        assertEquals(6, seeds, cell);
        analysis(a -> a.withBasins(false));
        analysis(a -> a.withBasins(true));
        assertEquals(noisy, computed().get(0).map());
        // without noise, K plays no part
        app.experiment().update(s -> s.withRun(0, r -> r.withNoise(0)), Experiment.Change.EDIT);
        assertEquals(1, computed().get(0).map().seeds());
    }

    @Test
    void aScenarioSavedWithBasinsOnHasItsMapComputedWhenItOpens() {
        Scenario s = PresetLibrary.bundled().byId("himmelblau").orElseThrow().scenario();
        s = s.withAnalysis(s.analysis().withBasins(true).withBasinGrid(16).withBasinOpacity(0.3));
        app = fakes.app(s, dir);
        basins = app.basins();
        assertTrue(basins.runningProperty().get(), "the map is not in the file: it is computed");
        List<BasinsViewModel.RunMap> maps = computed();
        assertEquals(16, maps.get(0).map().cells());
        assertEquals(0.3, basins.opacityProperty().get(), 0);
        app.experiment().open(s.withAnalysis(s.analysis().withBasinGrid(20)));
        assertEquals(20, computed().get(0).map().cells());
    }

    @Test
    void tooManyRunsAreRefusedInWords() {
        app.experiment().update(s -> s.withRun(0, r -> r.withNoise(1)), Experiment.Change.EDIT);
        analysis(a -> a.withBasins(true).withBasinGrid(512).withBasinSeeds(4));
        assertFalse(basins.runningProperty().get());
        assertEquals("512² cells with 4 seeds each is 1048576 runs, more than the 262144 a map may take: choose fewer cells"
                + " or seeds", basins.statusProperty().get());
        assertEquals(0, fakes.background.waiting());
    }

    @Test
    void theMapsOfTheGridAreRefusedWhenTogetherTheyWouldTakeTooMuch() {
        app.experiment().update(s -> s.withRuns(List.of(RunGrammar.parse("gd lr=0.01"), RunGrammar.parse("adam lr=0.1"),
                RunGrammar.parse("momentum lr=0.01"), RunGrammar.parse("nesterov lr=0.01"))), Experiment.Change.STEP);
        app.landscape().setLayout(Layout.GRID);
        analysis(a -> a.withBasins(true).withBasinGrid(512));
        assertTrue(basins.runningProperty().get(), "four maps of 512² are 1048576 runs: as many as the window keeps");
        app.experiment().update(s -> s.withRuns(java.util.stream.Stream.concat(s.runs().stream(),
                java.util.stream.Stream.of(RunGrammar.parse("rmsprop lr=0.01"))).toList()), Experiment.Change.STEP);
        assertFalse(basins.runningProperty().get());
        assertEquals("The maps of the runs shown are 1310720 runs in all, more than the 1048576 the window keeps: choose fewer"
                + " cells, or show fewer runs", basins.statusProperty().get());
    }

    @Test
    void turnedOffThereIsNothingAndNothingArrives() {
        on(16);
        analysis(a -> a.withBasinGrid(20));
        fakes.scheduler.advanceMillis(BasinsViewModel.DEBOUNCE_MILLIS);
        analysis(a -> a.withBasins(false));
        assertEquals(List.of(), basins.mapsProperty().get());
        assertEquals("", basins.statusProperty().get());
        assertFalse(basins.runningProperty().get());
        fakes.background.runAll();
        fakes.scheduler.advanceMillis(1000);
        assertEquals(List.of(), basins.mapsProperty().get());
        assertNull(basins.mapFor(-1));
    }

    @Test
    void hoveringACellRunsItAgainAndSaysWhereItEnded() {
        BasinMap map = on(32);
        basins.hover(3.1, 2.1, -1);
        BasinsViewModel.Hover h = basins.hoverProperty().get();
        assertNotNull(h);
        assertEquals(-1, h.pane());
        int cell = map.cellAt(3.1, 2.1);
        Vec2 c = map.centre(cell);
        assertEquals(c.x(), h.path().x(0), 0);
        assertEquals(map.endings().endings().get(cell).steps(), h.path().stop().step());
        assertEquals("basin of minimum 3 (3, 2): from " + pair(c) + " in " + h.path().stop().step() + " steps", h.text());
        basins.hover(9, 0, -1);
        assertNull(basins.hoverProperty().get(), "outside the map");
        assertNull(basins.mapFor(1), "no pane of run 1 in the overlay layout");

        app.experiment().update(s -> s.withRun(0, r -> r.withOptimizer(new GradientDescent(0.1, 0))),
                Experiment.Change.EDIT);
        computed();
        basins.hover(4.9, 4.9, -1);
        assertTrue(basins.hoverProperty().get().text().matches("diverged \\(overshoot\\) at step \\d+, from \\(4\\.84\\d*, 4\\.84\\d*\\)"),
                basins.hoverProperty().get().text());
    }

    private static String pair(Vec2 v) {
        return Numbers.pair(v.x(), v.y());
    }
}
