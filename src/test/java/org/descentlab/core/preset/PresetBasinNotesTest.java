package org.descentlab.core.preset;

import static java.util.Map.entry;
import static org.descentlab.core.preset.PresetRuns.at;
import static org.descentlab.core.preset.PresetRuns.end;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.descentlab.core.Vec2;
import org.descentlab.core.raster.GridSampler;
import org.descentlab.core.raster.SampledGrid;
import org.descentlab.core.raster.Scale;
import org.descentlab.core.raster.ScaleChoice;
import org.descentlab.core.run.StopReason;
import org.descentlab.core.run.Trajectory;
import org.descentlab.core.scenario.KnownMinimum;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The notes of the presets with several minima, checked as {@link PresetNotesTest} checks the others:
 * which basin each suggested run ends in, and what the notes say of the minima.
 */
class PresetBasinNotesTest {

    static final Map<String, Consumer<PresetRuns>> CHECKS = Map.ofEntries(
            entry("himmelblau", PresetBasinNotesTest::himmelblau), entry("rastrigin", PresetBasinNotesTest::rastrigin),
            entry("ackley", PresetBasinNotesTest::ackley), entry("goldstein-price", PresetBasinNotesTest::goldsteinPrice),
            entry("six-hump-camel", PresetBasinNotesTest::sixHumpCamel),
            entry("three-hump-camel", PresetBasinNotesTest::threeHumpCamel), entry("levi-n13", PresetBasinNotesTest::levi),
            entry("mccormick", PresetBasinNotesTest::mccormick), entry("styblinski-tang", PresetBasinNotesTest::styblinskiTang));

    static Stream<String> presets() {
        return CHECKS.keySet().stream().sorted();
    }

    @ParameterizedTest
    @MethodSource("presets")
    void everyClaimInTheNotesIsWhatTheRunsDo(String id) {
        CHECKS.get(id).accept(new PresetRuns(id));
    }

    private static void himmelblau(PresetRuns p) {
        p.says("Four minima of equal height (f = 0)");
        assertEquals(4, p.scenario.minima().size());
        for (KnownMinimum m : p.scenario.minima()) {
            assertTrue(m.global() && p.value(m.at()) < 1e-12, m.toString());
        }
        p.says("where descent ends depends only on where it starts");
        List<Trajectory> fromThreeStarts = List.of(p.run(0, "gd lr=0.01"), p.run(2, "gd lr=0.01 start=-1,1"),
                p.run(3, "gd lr=0.01 start=-1,-1"));
        assertEquals(3, fromThreeStarts.stream().map(p::endsAtMarked).distinct().count(), "three starts, three minima");
        assertEquals(p.endsAtMarked(p.run(0, "gd lr=0.01")), p.endsAtMarked(p.run(1, "adam lr=0.1")), "one start, one minimum");
    }

    private static void rastrigin(PresetRuns p) {
        p.says("a local minimum near every integer point");
        List<Vec2> found = MinimumSearch.minima(p.f, p.scenario.view().domain(), 61);
        Set<Vec2> integers = new HashSet<>();
        for (Vec2 q : found) {
            Vec2 integer = new Vec2(Math.rint(q.x()), Math.rint(q.y()));
            assertTrue(MinimumSearch.distance(q, integer) < 0.01 * Math.max(1, MinimumSearch.norm(q)), q.toString());
            integers.add(integer);
        }
        assertEquals(121, integers.size(), "one at each integer point from -5 to 5");
        p.says("121 in view, so only the global minimum is marked");
        assertEquals(121, found.size());
        assertEquals(List.of(new KnownMinimum(new Vec2(0, 0), true)), p.scenario.minima());
        Vec2 nearest = found.stream().min(Comparator.comparingDouble(q -> MinimumSearch.distance(q, p.scenario.start())))
                .orElseThrow();
        p.says("Descent stops in the nearest");
        Trajectory gd = p.run(0, "gd lr=0.002");
        assertEquals(StopReason.CONVERGED, gd.stop().reason());
        assertTrue(MinimumSearch.distance(end(gd), nearest) < 1e-4, end(gd) + ", not " + nearest);
        p.says("momentum 0.95 rolls over bumps to a much lower one");
        Trajectory momentum = p.run(1, "momentum lr=0.002 momentum=0.95");
        assertEquals(StopReason.CONVERGED, momentum.stop().reason());
        assertTrue(found.stream().anyMatch(q -> MinimumSearch.distance(q, end(momentum)) < 1e-4), "at a minimum");
        assertTrue(p.value(end(momentum)) < p.value(nearest) / 4, "f " + p.value(end(momentum)) + " against " + p.value(nearest));
        p.says("noise shakes it into a neighbour");
        Trajectory noisy = p.run(3, "gd lr=0.002 noise=50 seed=2");
        Vec2 basin = new Vec2(Math.rint(end(noisy).x()), Math.rint(end(noisy).y()));
        Vec2 home = new Vec2(Math.rint(nearest.x()), Math.rint(nearest.y()));
        assertEquals(1, Math.max(Math.abs(basin.x() - home.x()), Math.abs(basin.y() - home.y())), "ended by " + basin);
    }

    private static void ackley(PresetRuns p) {
        Vec2 centre = new Vec2(0, 0);
        p.says("a sharp funnel at the centre");
        assertTrue(p.gradientNorm(new Vec2(1e-3, 0)) > 2, "the slope does not level off into the centre");
        p.says("Dips all over");
        p.says("There are about 120 dips in view, so only the global minimum is marked");
        List<Vec2> found = MinimumSearch.minima(p.f, p.scenario.view().domain(), 61);
        assertTrue(found.size() >= 110 && found.size() <= 130, found.size() + " dips");
        assertEquals(List.of(new KnownMinimum(centre, true)), p.scenario.minima());
        p.says("local methods stop in a dip unless they start close");
        for (Trajectory t : List.of(p.run(0, "gd lr=0.02"), p.run(1, "adam lr=0.1"), p.run(2, "momentum lr=0.05"))) {
            assertEquals(StopReason.CONVERGED, t.stop().reason());
            assertTrue(found.stream().anyMatch(q -> MinimumSearch.distance(q, end(t)) < 1e-4), "in a dip: " + end(t));
            assertTrue(MinimumSearch.norm(end(t)) > 1, "far from the centre: " + end(t));
        }
        Trajectory close = p.run(3, "adam lr=0.05 start=0.3,-0.2");
        assertTrue(MinimumSearch.distance(end(close), centre) < 0.01, "from close by, in the funnel: " + end(close));
    }

    private static void goldsteinPrice(PresetRuns p) {
        p.says("Values from 3 to a million");
        SampledGrid grid = GridSampler.sample(p.f, p.scenario.view().domain().grid(401, 401));
        assertEquals(3, grid.min(), 1e-3);
        assertTrue(grid.max() > 0.9e6 && grid.max() < 1.1e6, "max " + grid.max());
        p.says("the log colour scale shows its shape");
        assertEquals(ScaleChoice.AUTO, p.scenario.view().scale());
        assertEquals(Scale.LOG, ScaleChoice.AUTO.resolve(grid));
        p.says("Global minimum f = 3 at (0, -1); three local ones, f = 30, 84, 840");
        List<KnownMinimum> minima = p.scenario.minima();
        assertEquals(new KnownMinimum(new Vec2(0, -1), true), minima.get(0));
        assertEquals(3, p.value(minima.get(0).at()), 1e-9);
        assertEquals(List.of(30.0, 84.0, 840.0), minima.stream().filter(m -> !m.global())
                .map(m -> (double) Math.round(p.value(m.at()))).sorted().toList());
        p.says("From (-0.5, 1) tiny descent steps head for the global one");
        assertEquals(new Vec2(-0.5, 1), p.scenario.start());
        assertTrue(MinimumSearch.distance(end(p.run(1, "gd lr=0.00001")), new Vec2(0, -1)) < 0.01);
        p.says("RMSprop and Adam settle at f = 30");
        for (Trajectory t : List.of(p.run(2, "rmsprop lr=0.01"), p.run(0, "adam lr=0.05"))) {
            assertTrue(MinimumSearch.distance(end(t), new Vec2(-0.6, -0.4)) < 0.01, end(t).toString());
            assertEquals(30, p.value(end(t)), 0.1);
        }
    }

    private static void sixHumpCamel(PresetRuns p) {
        p.says("Six minima, two of them global (f = -1.0316)");
        assertEquals(6, p.scenario.minima().size());
        List<KnownMinimum> global = p.scenario.minima().stream().filter(KnownMinimum::global).toList();
        assertEquals(2, global.size());
        for (KnownMinimum m : global) {
            assertEquals(-1.0316, p.value(m.at()), 5e-5);
        }
        p.says("which one you reach depends on the start");
        List<Trajectory> fromThreeStarts = List.of(p.run(0, "gd lr=0.01"), p.run(1, "gd lr=0.01 start=-1,1"),
                p.run(2, "gd lr=0.01 start=1,-1"));
        assertEquals(3, fromThreeStarts.stream().map(p::endsAtMarked).distinct().count(), "three starts, three minima");
        assertEquals(p.endsAtMarked(p.run(0, "gd lr=0.01")), p.endsAtMarked(p.run(3, "adam lr=0.05")), "one start, one minimum");
    }

    private static void threeHumpCamel(PresetRuns p) {
        p.says("One global minimum at the origin and two local ones beside it");
        assertEquals(3, p.scenario.minima().size());
        assertEquals(List.of(new Vec2(0, 0)), p.scenario.minima().stream().filter(KnownMinimum::global).map(KnownMinimum::at).toList());
        p.says("starts out on the shoulders stop there");
        for (Trajectory t : p.runs()) {
            assertTrue(Math.abs(t.x(0)) >= 2.5, "starts on a shoulder: " + at(t, 0));
            assertTrue(!p.endsAtMarked(t).global(), "stops at a local minimum: " + end(t));
        }
    }

    private static void levi(PresetRuns p) {
        Vec2 centre = new Vec2(1, 1);
        p.says("Ripples over a bowl centred at (1, 1)");
        assertEquals(List.of(new KnownMinimum(centre, true)), p.scenario.minima());
        assertTrue(p.value(centre) < 1e-12);
        p.says("There are hundreds of local minima in view, so only the global minimum is marked");
        assertTrue(MinimumSearch.minima(p.f, p.scenario.view().domain(), 61).size() >= 200);
        p.says("every run stops in a ripple far from the centre");
        for (Trajectory t : p.runs()) {
            assertEquals(StopReason.CONVERGED, t.stop().reason());
            assertTrue(MinimumSearch.positiveDefinite(p.f, end(t)), "at a local minimum: " + end(t));
            assertTrue(MinimumSearch.distance(end(t), centre) > 3 && p.value(end(t)) > 10, "far off: " + end(t));
        }
    }

    private static void mccormick(PresetRuns p) {
        p.says("A tilted valley with a wave along it");
        for (KnownMinimum m : p.scenario.minima()) {
            assertEquals(1, m.at().x() - m.at().y(), 1e-9, "on the valley floor x − y = 1: " + m);
        }
        p.says("a local minimum, f = 1.2284 at (2.594, 1.594), and the global one, f = -1.9132 at (-0.547, -1.547)");
        KnownMinimum local = p.scenario.minima().stream().filter(m -> !m.global()).findFirst().orElseThrow();
        KnownMinimum global = p.scenario.minima().stream().filter(KnownMinimum::global).findFirst().orElseThrow();
        assertRounded(local.at(), 2.594, 1.594, 1.2284, p.value(local.at()));
        assertRounded(global.at(), -0.547, -1.547, -1.9132, p.value(global.at()));
        p.says("From (3, 3) descent and Adam stop in the local one");
        assertEquals(new Vec2(3, 3), p.scenario.start());
        assertEquals(local, p.endsAtMarked(p.run(0, "gd lr=0.05")));
        assertEquals(local, p.endsAtMarked(p.run(1, "adam lr=0.1")));
        p.says("Newton reaches the global one");
        assertEquals(global, p.endsAtMarked(p.run(2, "newton")));
    }

    private static void styblinskiTang(PresetRuns p) {
        p.says("Four minima, one per quadrant");
        assertEquals(4, p.scenario.minima().stream().map(m -> Math.signum(m.at().x()) + "," + Math.signum(m.at().y()))
                .distinct().count());
        p.says("only the one at (-2.90, -2.90) is global (f = -78.33)");
        KnownMinimum global = p.scenario.minima().stream().filter(KnownMinimum::global).findFirst().orElseThrow();
        assertEquals(-2.90, global.at().x(), 0.005);
        assertEquals(-2.90, global.at().y(), 0.005);
        assertEquals(-78.33, p.value(global.at()), 0.005);
        p.says("Near the centre a start picks its basin by a hair: starts 0.1 apart end in different corners");
        List<Trajectory> starts = List.of(p.run(0, "gd lr=0.01"), p.run(1, "gd lr=0.01 start=0.1,0.1"),
                p.run(2, "gd lr=0.01 start=0.2,0.1"));
        for (Trajectory a : starts) {
            assertTrue(MinimumSearch.norm(at(a, 0)) < 0.3, "near the centre: " + at(a, 0));
            for (Trajectory b : starts) {
                assertTrue(Math.abs(a.x(0) - b.x(0)) <= 0.1 + 1e-12 && Math.abs(a.y(0) - b.y(0)) <= 0.1 + 1e-12);
                assertTrue(a == b || !p.endsAtMarked(a).equals(p.endsAtMarked(b)), at(a, 0) + " and " + at(b, 0));
            }
        }
    }

    private static void assertRounded(Vec2 at, double x, double y, double f, double value) {
        assertEquals(x, at.x(), 5e-4, "x");
        assertEquals(y, at.y(), 5e-4, "y");
        assertEquals(f, value, 5e-5, "f");
    }
}
