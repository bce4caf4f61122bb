package org.descentlab.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.descentlab.core.Vec2;
import org.descentlab.core.preset.PresetLibrary;
import org.descentlab.core.raster.Domain;
import org.descentlab.core.raster.Landscape;
import org.descentlab.core.scenario.Layout;
import org.descentlab.ui.Fakes;
import org.descentlab.ui.experiment.Experiment;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The function, the landscape and playback, through the view-models, with time moved by hand. No toolkit. */
class AppViewModelTest {

    @TempDir
    Path dir;

    private final Fakes fakes = new Fakes();
    private AppViewModel app;

    @BeforeEach
    void start() {
        app = fakes.app("learning-rate-story", dir);
        rendered();
    }

    private Landscape rendered() {
        fakes.scheduler.runDue();
        assertFalse(app.landscape().renderingProperty().get());
        return app.landscape().landscapeProperty().get();
    }

    @Test
    void aTypoKeepsTheLastGoodFunctionAndSaysWhere() {
        Landscape good = app.landscape().landscapeProperty().get();
        app.function().setText("x^2 + 4*yy +");
        assertEquals("'+' needs something after it", app.function().errorProperty().get().message());
        assertEquals("x^2 + 4*y^2", app.experiment().scenario().function(), "the scenario keeps the last good function");
        fakes.scheduler.advanceMillis(100);
        assertSame(good, app.landscape().landscapeProperty().get(), "and the picture stays");
        app.function().setText("sin x*cos y");
        assertNull(app.function().errorProperty().get());
        assertTrue(app.function().warnings().contains("read as: sin(x*cos(y))"), app.function().warnings().toString());
        assertNotSame(good, rendered(), "a function that reads is drawn");
    }

    @Test
    void aNewFunctionDropsTheMinimaAndTheStoryOfTheOldOneAndUndoBringsThemBack() {
        assertFalse(app.function().notesProperty().get().isEmpty());
        app.function().setText("x^2 + 5*y^2");
        assertEquals(List.of(), app.landscape().minimaProperty().get());
        assertEquals("", app.function().notesProperty().get());
        app.experiment().undo();
        assertEquals("x^2 + 4*y^2", app.function().textProperty().get(), "the field follows the scenario");
        assertEquals(1, app.landscape().minimaProperty().get().size());
        assertFalse(app.function().notesProperty().get().isEmpty());
    }

    @Test
    void changesCloseTogetherRenderOnceAndASupersededRenderIsNeverShown() {
        app.landscape().setColormap(org.descentlab.core.raster.Colormap.MAGMA);
        app.landscape().setContours(3);
        assertTrue(app.landscape().renderingProperty().get(), "waiting out the debounce");
        Landscape l = rendered();
        assertEquals(org.descentlab.core.raster.Colormap.MAGMA, l.colormap());
        assertEquals(3, l.contours().levels().length);
    }

    @Test
    void aBadDomainSaysSoAndKeepsTheView() {
        Domain before = app.landscape().shownProperty().get();
        assertFalse(app.landscape().setDomain("2", "-2", "0", "1"));
        assertEquals("xmin must be less than xmax, got xmin 2 and xmax -2", app.landscape().errorProperty().get());
        assertSame(before, app.landscape().shownProperty().get());
        assertFalse(app.landscape().setDomain("0", "1", "1.000002", "1.000001"));
        assertEquals("ymin must be less than ymax, got ymin 1.000002 and ymax 1.000001", app.landscape().errorProperty().get(),
                "numbers as typed, not rounded to look equal");
        assertFalse(app.landscape().setDomain("0", "1", "zero", "1"));
        assertEquals("ymin must be a number, got 'zero'", app.landscape().errorProperty().get());
        assertTrue(app.landscape().setDomain("0", "1", "0", "1"));
        assertEquals("", app.landscape().errorProperty().get());
        assertEquals(new Domain(0, 1, 0, 1), app.landscape().shownProperty().get());
        app.landscape().resetView();
        assertEquals(before, app.landscape().shownProperty().get(), "reset goes back to the preset's view");
    }

    @Test
    void equalScaleIsOnByDefaultAndWidensTheShorterSideToThePlotsShape() {
        app.landscape().setPlotSize(800, 400);
        Domain asked = app.experiment().scenario().view().domain();
        assertTrue(app.experiment().scenario().view().equalScale(), "on by default");
        Domain shown = app.landscape().shownProperty().get();
        assertEquals(2.0, shown.width() / shown.height(), 1e-12, "one unit as long on both axes of an 800 by 400 plot");
        assertEquals(asked.height(), shown.height(), 1e-12, "the domain asked for is 4 by 4: y is the side that fits");
        assertEquals(asked, app.experiment().scenario().view().domain(), "the scenario keeps the domain asked for");
        assertEquals(shown.grid(800, 400), rendered().grid());
        app.landscape().setEqualScale(false);
        assertEquals(asked, app.landscape().shownProperty().get(), "off: the domain as asked");
    }

    @Test
    void nudgesMoveTheSelectedRunsOwnStartOrTheSharedOneAndABurstIsOneUndoEntry() {
        Vec2 shared = app.experiment().scenario().start();
        Domain shown = app.landscape().shownProperty().get();
        app.nudgeStart(0.01, 0);
        fakes.scheduler.advanceMillis(100);
        app.nudgeStart(0, -0.1);
        Vec2 moved = app.experiment().scenario().start();
        assertEquals(shared.x() + shown.width() / 100, moved.x(), shown.width() / 1000);
        assertEquals(shared.y() - shown.height() / 10, moved.y(), shown.height() / 1000);
        app.experiment().undo();
        assertEquals(shared, app.experiment().scenario().start(), "one undo entry");
        app.experiment().update(s -> s.withRun(s.selected(), r -> r.withStart(new Vec2(1, 1))), Experiment.Change.STEP);
        app.nudgeStart(-0.01, 0);
        Vec2 own = app.experiment().scenario().selectedRun().start();
        assertEquals(1 - shown.width() / 100, own.x(), shown.width() / 1000, "its own start");
        assertEquals(1, own.y());
    }

    @Test
    void zoomAndPanKeepEqualScale() {
        app.landscape().setPlotSize(900, 300);
        app.landscape().zoom(1, 1, 0.5);
        Domain zoomed = app.landscape().shownProperty().get();
        assertEquals(3.0, zoomed.width() / zoomed.height(), 1e-12);
        Domain asked = app.experiment().scenario().view().domain();
        assertEquals(asked.fit(3.0), zoomed, "the domain asked for zoomed, then widened");
        assertTrue(asked.width() < zoomed.width(), "the scenario keeps the narrower domain asked for");
        app.landscape().beginPan();
        app.landscape().pan(0.5, 0.25);
        app.landscape().endPan();
        Domain panned = app.landscape().shownProperty().get();
        assertEquals(3.0, panned.width() / panned.height(), 1e-12);
        assertEquals(zoomed.xmin() + 0.5, panned.xmin(), 1e-12);
        assertEquals(zoomed.ymin() + 0.25, panned.ymin(), 1e-12);
    }

    @Test
    void zoomIsAtThePointAndAPanIsOneUndoEntry() {
        app.landscape().setPlotSize(600, 400);
        Domain before = app.landscape().shownProperty().get();
        app.landscape().zoom(1, 1, 0.5);
        Domain zoomed = app.landscape().shownProperty().get();
        assertEquals(before.width() / 2, zoomed.width(), 1e-12);
        assertEquals(1 - (1 - before.xmin()) / 2, zoomed.xmin(), 1e-12, "(1, 1) stays where it was");
        app.landscape().beginPan();
        for (int k = 0; k < 10; k++) {
            app.landscape().pan(0.1, 0);
        }
        app.landscape().endPan();
        assertEquals(zoomed.xmin() + 1, app.landscape().shownProperty().get().xmin(), 1e-9);
        app.experiment().undo();
        assertEquals(zoomed, app.landscape().shownProperty().get());
    }

    @Test
    void playbackStepsAndStopsAtTheEndOfTheLongestRun() {
        app.playback().rewind();
        app.playback().stepForward();
        app.playback().stepForward();
        assertEquals(2, app.playback().playheadProperty().get());
        app.playback().stepBack();
        assertEquals(1, app.playback().playheadProperty().get());
        app.playback().speedProperty().set(1000);
        app.playback().togglePlay();
        assertTrue(fakes.frames.running);
        long t = 0;
        for (int k = 0; k < 100 && app.playback().playingProperty().get(); k++) {
            fakes.frames.frame(t += 16_000_000L);
        }
        assertFalse(app.playback().playingProperty().get());
        assertFalse(fakes.frames.running);
        assertEquals(app.runs().lastStepProperty().get(), app.playback().playheadProperty().get());
        app.playback().rewind();
        app.playback().speedProperty().set(10);
        app.playback().advance(0.35);
        assertEquals(3, app.playback().playheadProperty().get(), "10 steps/s for 0.35 s is 3 steps");
        app.playback().advance(0.05);
        assertEquals(4, app.playback().playheadProperty().get(), "the half step left over counts");
        assertTrue(app.playback().counterProperty().get().startsWith("step 4 of " + app.runs().lastStepProperty().get()),
                app.playback().counterProperty().get());
    }

    @Test
    void aNewStartRewindsAndTheLayoutIsPartOfTheScenario() {
        app.editor().moveStart(1, 1);
        app.playback().rewind();
        assertEquals(0, app.playback().playheadProperty().get());
        assertEquals(1.0, app.runs().items().get(0).trajectory().x(0));
        app.landscape().toggleLayout();
        assertEquals(Layout.GRID, app.experiment().scenario().layout());
    }

    @Test
    void theHoverLineFollowsANewFunctionUnderAStillMouse() {
        app.landscape().hover(1, 1);
        assertTrue(app.landscape().hoverProperty().get().contains("f = 5"), app.landscape().hoverProperty().get());
        app.function().setText("x^2 + y^2 + 10");
        assertTrue(app.landscape().hoverProperty().get().contains("f = 12"), app.landscape().hoverProperty().get());
    }

    @Test
    void aNoticeLastsUntilTheNextChangeAndNewsIsNoWarning() {
        app.notice("first line\nsecond line");
        assertEquals("first line — hover to read all", app.noticeProperty().get());
        assertTrue(app.noticeWarnsProperty().get());
        app.playback().seek(3);
        assertEquals("first line — hover to read all", app.noticeProperty().get(), "playback is no change");
        app.editor().setParameter("lr", "0.02");
        assertEquals("", app.noticeProperty().get(), "old news once the experiment changed");
        app.inform("Saved to somewhere");
        assertFalse(app.noticeWarnsProperty().get());
    }

    @Test
    void aPresetLoadedIsOneUndoEntryAndSetsTheHomeView() {
        var rosenbrock = PresetLibrary.bundled().byId("rosenbrock").orElseThrow();
        app.applyPreset(rosenbrock);
        assertSame(rosenbrock, app.presetProperty().get());
        assertFalse(app.experiment().dirtyProperty().get(), "a preset as it loads, in no file, is nothing to save");
        assertEquals(rosenbrock.scenario().view().domain(), app.experiment().home());
        assertEquals(4, app.runs().items().size());
        app.experiment().undo();
        assertEquals("x^2 + 4*y^2", app.experiment().scenario().function());
        assertNotNull(app.runs().selectedProperty().get());
        assertEquals("learning-rate-story", app.presetProperty().get().id(), "the picker names the preset undo went back to");
        app.experiment().redo();
        assertSame(rosenbrock, app.presetProperty().get());
        app.function().setText("x^2 + y^2");
        assertNull(app.presetProperty().get(), "another function is no longer the preset");
    }
}
