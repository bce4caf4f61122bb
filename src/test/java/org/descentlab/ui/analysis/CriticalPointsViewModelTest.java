package org.descentlab.ui.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.descentlab.core.analysis.CriticalPoints;
import org.descentlab.core.analysis.CriticalPoints.Kind;
import org.descentlab.core.raster.Domain;
import org.descentlab.core.scenario.KnownMinimum;
import org.descentlab.core.Vec2;
import org.descentlab.ui.Fakes;
import org.descentlab.ui.app.AppViewModel;
import org.descentlab.ui.landscape.CriticalPoint;
import org.descentlab.ui.landscape.CriticalPoint.Note;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Critical points in the window's state: found off the FX thread, debounced, superseded, labelled. No toolkit. */
class CriticalPointsViewModelTest {

    @TempDir
    Path dir;

    private final Fakes fakes = new Fakes();

    private AppViewModel open(String preset) {
        AppViewModel app = fakes.app(preset, dir);
        fakes.scheduler.advanceMillis(100);
        return app;
    }

    /** Waits out the debounce and runs the search it started. */
    private void search() {
        fakes.scheduler.advanceMillis(CriticalPointsViewModel.DEBOUNCE_MILLIS);
        assertEquals(1, fakes.background.waiting(), "one search");
        fakes.background.runAll();
    }

    private static Map<Kind, Long> kinds(List<CriticalPoint> points) {
        return points.stream().collect(Collectors.groupingBy(CriticalPoint::kind, Collectors.counting()));
    }

    private static List<Note> notesOfMinima(List<CriticalPoint> points) {
        return points.stream().filter(p -> p.kind() == Kind.MINIMUM).map(CriticalPoint::note).toList();
    }

    @Test
    void himmelblauHasFourMinimaFourSaddlesAndOneMaximumAllFoundOffTheFxThread() {
        AppViewModel app = open("himmelblau");
        CriticalPointsViewModel vm = app.criticalPoints();
        assertFalse(vm.onProperty().get(), "off in the preset");
        vm.setOn(true);
        assertTrue(app.experiment().scenario().analysis().criticalPoints(), "saved with the scenario");
        assertTrue(vm.computingProperty().get());
        assertEquals("finding…", vm.statusProperty().get());
        assertEquals(List.of(), vm.pointsProperty().get(), "nothing until the search is done");
        search();
        List<CriticalPoint> points = vm.pointsProperty().get();
        assertEquals(Map.of(Kind.MINIMUM, 4L, Kind.SADDLE, 4L, Kind.MAXIMUM, 1L), kinds(points), points.toString());
        assertFalse(vm.computingProperty().get());
        assertEquals("4 minima, 4 saddles, 1 maximum in view", vm.statusProperty().get());
        assertEquals("", vm.messageProperty().get());
        // the preset knows all four as global; each minimum has its index among the minima, in x order
        assertEquals(List.of(Note.GLOBAL, Note.GLOBAL, Note.GLOBAL, Note.GLOBAL), notesOfMinima(points));
        List<CriticalPoint> minima = points.stream().filter(p -> p.kind() == Kind.MINIMUM).toList();
        assertEquals(List.of(0, 1, 2, 3), minima.stream().map(CriticalPoint::minimum).toList());
        assertEquals(-3.779310253377747, minima.get(0).x(), 1e-9);
        assertEquals(3.584428340330, minima.get(3).x(), 1e-9);
        CriticalPoint max = points.stream().filter(p -> p.kind() == Kind.MAXIMUM).findFirst().orElseThrow();
        assertEquals(-0.270845, max.x(), 1e-6);
        assertEquals(181.617, max.point().f(), 1e-3);
        assertTrue(points.stream().filter(p -> p.kind() != Kind.MINIMUM).allMatch(p -> p.minimum() == -1 && p.note() == Note.NONE));
    }

    @Test
    void turnedOffNothingIsFoundOrShown() {
        AppViewModel app = open("himmelblau");
        CriticalPointsViewModel vm = app.criticalPoints();
        app.landscape().zoom(0, 0, 0.5);
        app.landscape().zoom(0, 0, 2);
        fakes.scheduler.advanceMillis(1000);
        assertEquals(0, fakes.background.waiting(), "off: no search");
        vm.setOn(true);
        search();
        assertEquals(9, vm.pointsProperty().get().size());
        vm.selectedProperty().set(vm.pointsProperty().get().get(0));
        vm.setOn(false);
        assertEquals(List.of(), vm.pointsProperty().get());
        assertNull(vm.selectedProperty().get());
        assertEquals("", vm.statusProperty().get());
        assertFalse(vm.computingProperty().get());
        app.function().setText("x^2 - y^2");
        fakes.scheduler.advanceMillis(1000);
        assertEquals(0, fakes.background.waiting());
        app.experiment().undo();
        assertFalse(vm.onProperty().get());
        app.experiment().undo();
        assertTrue(vm.onProperty().get(), "undo turns it back on");
        search();
        assertEquals(9, vm.pointsProperty().get().size(), "and finds Himmelblau's points again");
    }

    @Test
    void aNewFunctionIsSearchedAndTheOldPointsStayUntilItsAreFound() {
        AppViewModel app = open("himmelblau");
        CriticalPointsViewModel vm = app.criticalPoints();
        vm.setOn(true);
        search();
        List<CriticalPoint> old = vm.pointsProperty().get();
        app.function().setText("x^2 - y^2");
        assertTrue(vm.computingProperty().get());
        assertSame(old, vm.pointsProperty().get(), "the old points stay drawn");
        search();
        List<CriticalPoint> now = vm.pointsProperty().get();
        assertEquals(1, now.size(), now.toString());
        assertEquals(Kind.SADDLE, now.get(0).kind());
        assertEquals(0, now.get(0).x(), 1e-9);
        assertEquals("1 saddle in view", vm.statusProperty().get());
    }

    @Test
    void aNewerSearchSupersedesTheOneRunningAndAPanSearchesOnce() {
        AppViewModel app = open("himmelblau");
        CriticalPointsViewModel vm = app.criticalPoints();
        vm.setOn(true);
        fakes.scheduler.advanceMillis(CriticalPointsViewModel.DEBOUNCE_MILLIS);
        assertEquals(1, fakes.background.waiting());
        // while the first search runs, the function changes: the new search cancels it
        app.function().setText("x^2 - y^2");
        fakes.scheduler.advanceMillis(CriticalPointsViewModel.DEBOUNCE_MILLIS);
        assertEquals(2, fakes.background.waiting());
        fakes.background.runNext();
        assertEquals(List.of(), vm.pointsProperty().get(), "the superseded search shows nothing");
        assertTrue(vm.computingProperty().get());
        fakes.background.runNext();
        assertEquals(1, vm.pointsProperty().get().size());
        assertFalse(vm.computingProperty().get());
        // a pan: many views a few milliseconds apart, one search at the end
        app.landscape().beginPan();
        for (int k = 0; k < 20; k++) {
            app.landscape().pan(0.05, 0);
            fakes.scheduler.advanceMillis(16);
        }
        app.landscape().endPan();
        assertEquals(0, fakes.background.waiting(), "no search while panning");
        assertTrue(vm.computingProperty().get());
        search();
        assertFalse(vm.computingProperty().get());
        Domain shown = app.landscape().shownProperty().get();
        assertEquals(-4, shown.xmin(), 1e-9);
    }

    @Test
    void aMinimumIsGlobalOnlyWhenThePresetKnowsItAndTheLowestFoundIsLabelledSo() {
        AppViewModel app = open("six-hump-camel");
        CriticalPointsViewModel vm = app.criticalPoints();
        vm.setOn(true);
        search();
        List<CriticalPoint> points = vm.pointsProperty().get();
        assertEquals(Map.of(Kind.MINIMUM, 6L, Kind.SADDLE, 7L, Kind.MAXIMUM, 2L), kinds(points), points.toString());
        // sorted by x: (−1.70, 0.80) local, (−1.61, −0.57) local, (−0.09, 0.71) global, (0.09, −0.71) global, …
        assertEquals(List.of(Note.LOCAL, Note.LOCAL, Note.GLOBAL, Note.GLOBAL, Note.LOCAL, Note.LOCAL), notesOfMinima(points));
        // typed by hand, the function comes with no known minima: the two lowest tie and none is "global"
        app.function().setText("(4 - 2.1*x^2 + x^4/3)*x^2 + x*y + (-4 + 4*y^2)*y^2 + 0");
        search();
        assertEquals(List.of(Note.LOCAL, Note.LOCAL, Note.LOWEST_FOUND, Note.LOWEST_FOUND, Note.LOCAL, Note.LOCAL),
                notesOfMinima(vm.pointsProperty().get()));
        // a tilted double well: one lowest minimum, on the left
        app.function().setText("(x^2 - 1)^2 + 0.3*x + y^2");
        search();
        assertEquals(List.of(Note.LOWEST_FOUND, Note.LOCAL), notesOfMinima(vm.pointsProperty().get()));
        assertEquals("2 minima, 1 saddle in view", vm.statusProperty().get());
    }

    @Test
    void labelsFollowTheKnownMinimaWithinAThousandthOfTheView() {
        List<CriticalPoints.Point> points = List.of(
                new CriticalPoints.Point(Kind.MINIMUM, -1, 0, 0.5, 1, 2),
                new CriticalPoints.Point(Kind.SADDLE, 0, 0, 1, -1, 2),
                new CriticalPoints.Point(Kind.MINIMUM, 1, 0, 0.2, 1, 2));
        Domain d = new Domain(-3, 3, -4, 4);
        // diagonal 10: within 0.01 of a known minimum counts as at it
        List<CriticalPoint> known = CriticalPointsViewModel.label(points,
                List.of(new KnownMinimum(new Vec2(-1.009, 0), false), new KnownMinimum(new Vec2(1, 0.02), true)), d);
        assertEquals(List.of(Note.LOCAL, Note.NONE, Note.LOWEST_FOUND), known.stream().map(CriticalPoint::note).toList());
        assertEquals(List.of(0, -1, 1), known.stream().map(CriticalPoint::minimum).toList());
        List<CriticalPoint> global = CriticalPointsViewModel.label(points, List.of(new KnownMinimum(new Vec2(1, 0.009), true)), d);
        assertEquals(List.of(Note.LOCAL, Note.NONE, Note.GLOBAL), global.stream().map(CriticalPoint::note).toList());
    }

    @Test
    void noPointOrAnUndefinedFunctionSaysSo() {
        AppViewModel app = open("himmelblau");
        CriticalPointsViewModel vm = app.criticalPoints();
        vm.setOn(true);
        search();
        app.function().setText("x + 2*y");
        search();
        assertEquals(List.of(), vm.pointsProperty().get());
        assertEquals("No critical points in view", vm.messageProperty().get());
        assertEquals("No critical points in view", vm.statusProperty().get());
        app.function().setText("log(x - 50) + y^2");
        search();
        assertEquals("f is undefined everywhere in view", vm.messageProperty().get());
        app.function().setText("x^2 + y^2");
        search();
        assertEquals("", vm.messageProperty().get());
        assertEquals("1 minimum in view", vm.statusProperty().get());
        assertEquals(Note.LOWEST_FOUND, vm.pointsProperty().get().get(0).note());
    }

    @Test
    void theSelectedPointStaysSelectedWhenTheViewMovesAndGoesWhenItLeaves() {
        AppViewModel app = open("himmelblau");
        CriticalPointsViewModel vm = app.criticalPoints();
        vm.setOn(true);
        search();
        CriticalPoint max = vm.pointsProperty().get().stream().filter(p -> p.kind() == Kind.MAXIMUM).findFirst().orElseThrow();
        vm.selectedProperty().set(max);
        app.landscape().zoom(0, 0, 0.9);
        search();
        assertEquals(Kind.MAXIMUM, vm.selectedProperty().get().kind());
        assertTrue(vm.pointsProperty().get().contains(vm.selectedProperty().get()));
        app.landscape().setDomain("1", "5", "0", "4");
        search();
        assertNull(vm.selectedProperty().get(), "the maximum is out of view");
        assertEquals("1 minimum, 1 saddle in view", vm.statusProperty().get(), "(3, 2) and the saddle at (3.39, 0.07)");
    }

    @Test
    void aCoordinateThatIsZeroButForNewtonsLastDigitsIsShownAsZero() {
        CriticalPoint origin = new CriticalPoint(new CriticalPoints.Point(Kind.SADDLE, 3, 1.3e-14, 0, -1, 1), Note.NONE, -1);
        assertEquals(0, origin.shown(origin.y()));
        assertEquals(3, origin.shown(origin.x()));
        CriticalPoint small = new CriticalPoint(new CriticalPoints.Point(Kind.MINIMUM, 2e-8, 0, 0, 1, 1), Note.LOCAL, 0);
        assertEquals(2e-8, small.shown(small.x()), "a small coordinate that is no rounding stays");
    }
}
