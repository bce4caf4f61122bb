package org.descentlab.core.preset;

import static java.util.Map.entry;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.descentlab.core.Vec2;
import org.descentlab.core.expr.CompiledFunction;
import org.descentlab.core.expr.Expressions;
import org.descentlab.core.expr.ParseResult;
import org.descentlab.core.raster.Domain;
import org.descentlab.core.raster.Grid;
import org.descentlab.core.scenario.KnownMinimum;
import org.descentlab.core.scenario.Scenario;

import org.junit.jupiter.api.Test;

/**
 * The minima the presets mark: each is a minimum, the global ones are the lowest, and every local
 * minimum in the view is marked, checked against a search that does not know them.
 */
class PresetMinimaTest {

    /** Per preset: how many minima it marks, and how many of them are global. */
    private static final Map<String, List<Integer>> MARKED = Map.ofEntries(
            entry("learning-rate-story", List.of(1, 1)), entry("sphere", List.of(1, 1)),
            entry("elongated-bowl", List.of(1, 1)), entry("rosenbrock", List.of(1, 1)),
            entry("himmelblau", List.of(4, 4)), entry("rastrigin", List.of(1, 1)), entry("ackley", List.of(1, 1)),
            entry("beale", List.of(1, 1)), entry("booth", List.of(1, 1)), entry("goldstein-price", List.of(4, 1)),
            entry("six-hump-camel", List.of(6, 2)), entry("three-hump-camel", List.of(3, 1)),
            entry("matyas", List.of(1, 1)), entry("levi-n13", List.of(1, 1)), entry("mccormick", List.of(2, 1)),
            entry("styblinski-tang", List.of(4, 1)), entry("saddle", List.of(0, 0)), entry("monkey-saddle", List.of(0, 0)));

    /** Presets with more local minima in view than it makes sense to mark: they mark the global one and say so. */
    private static final Set<String> TOO_MANY_TO_MARK = Set.of("rastrigin", "ackley", "levi-n13");

    private static CompiledFunction fn(Scenario s) {
        return ((ParseResult.Success) Expressions.parse(s.function())).function();
    }

    @Test
    void everyPresetMarksAsManyMinimaAsItHasAndSaysWhichAreGlobal() {
        Set<String> ids = FunctionPresets.all().stream().map(Preset::id).collect(Collectors.toSet());
        assertEquals(new TreeSet<>(MARKED.keySet()), new TreeSet<>(ids), "every preset has its count here");
        for (Preset p : FunctionPresets.all()) {
            List<KnownMinimum> minima = p.scenario().minima();
            long global = minima.stream().filter(KnownMinimum::global).count();
            assertEquals(MARKED.get(p.id()), List.of(minima.size(), (int) global), p.id() + ": minima, global");
        }
    }

    @Test
    void everyMarkedMinimumIsALocalMinimumInsideTheView() {
        for (Preset p : FunctionPresets.all()) {
            CompiledFunction f = fn(p.scenario());
            Domain d = p.scenario().view().domain();
            List<KnownMinimum> minima = p.scenario().minima();
            for (KnownMinimum m : minima) {
                String where = p.id() + " at " + m.at();
                assertTrue(d.contains(m.at().x(), m.at().y()), where + " is in the view");
                // the point is where the gradient vanishes, to about 1e-9: its digits are written that closely
                Vec2 step = MinimumSearch.newtonStep(f, m.at());
                assertNotNull(step, where);
                assertTrue(MinimumSearch.norm(step) <= 1e-9 * Math.max(1, MinimumSearch.norm(m.at())),
                        where + ": the stationary point is " + MinimumSearch.norm(step) + " away");
                assertTrue(MinimumSearch.positiveDefinite(f, m.at()), where + ": the Hessian is not positive definite");
                for (KnownMinimum other : minima) {
                    assertTrue(other == m || MinimumSearch.distance(other.at(), m.at()) > 1e-3, where + " is marked twice");
                }
            }
        }
    }

    @Test
    void globalMinimaAreEquallyLowAndEveryLocalOneIsHigher() {
        for (Preset p : FunctionPresets.all()) {
            CompiledFunction f = fn(p.scenario());
            List<KnownMinimum> minima = p.scenario().minima();
            double lowest = minima.stream().mapToDouble(m -> f.value(m.at().x(), m.at().y())).min().orElse(0);
            double tolerance = 1e-9 * Math.max(1, Math.abs(lowest));
            for (KnownMinimum m : minima) {
                double at = f.value(m.at().x(), m.at().y());
                if (m.global()) {
                    assertEquals(lowest, at, tolerance, p.id() + ": global at " + m.at());
                } else {
                    assertTrue(at > lowest + 1e-6 * Math.max(1, Math.abs(lowest)), p.id() + ": local at " + m.at()
                            + " is as low as a global one (" + at + ")");
                }
            }
        }
    }

    @Test
    void aMinimumMarkedGlobalIsNoHigherThanAnyPointOfTheView() {
        for (Preset p : FunctionPresets.all()) {
            CompiledFunction f = fn(p.scenario());
            Grid grid = p.scenario().view().domain().grid(401, 401);
            double lowest = Double.POSITIVE_INFINITY;
            for (int j = 0; j < grid.ny(); j++) {
                for (int i = 0; i < grid.nx(); i++) {
                    lowest = Math.min(lowest, f.value(grid.x(i), grid.y(j)));
                }
            }
            for (KnownMinimum m : p.scenario().minima()) {
                double at = f.value(m.at().x(), m.at().y());
                if (m.global()) {
                    assertTrue(at <= lowest + 1e-6 * Math.max(1, Math.abs(lowest)), p.id() + ": f " + at + " > " + lowest);
                }
            }
        }
    }

    @Test
    void everyLocalMinimumInTheViewIsMarkedUnlessThereAreTooManyToMark() {
        for (Preset p : FunctionPresets.all()) {
            CompiledFunction f = fn(p.scenario());
            List<Vec2> found = MinimumSearch.minima(f, p.scenario().view().domain(), 61);
            List<KnownMinimum> marked = p.scenario().minima();
            if (TOO_MANY_TO_MARK.contains(p.id())) {
                assertTrue(found.size() >= 100, p.id() + ": " + found.size() + " local minima found");
                assertTrue(p.scenario().notes().contains("only the global minimum is marked"), p.id() + " says so");
                continue;
            }
            for (Vec2 q : found) {
                assertTrue(marked.stream().anyMatch(m -> MinimumSearch.distance(m.at(), q) < 1e-5 * Math.max(1,
                        MinimumSearch.norm(q))), p.id() + ": the minimum at " + q + " (f = " + f.value(q.x(), q.y())
                        + ") is not marked");
            }
            assertEquals(marked.size(), found.size(), p.id() + ": found " + found);
        }
    }
}
