package org.descentlab.core.preset;

import static java.util.Map.entry;
import static org.descentlab.core.preset.PresetRuns.at;
import static org.descentlab.core.preset.PresetRuns.end;
import static org.descentlab.core.preset.PresetRuns.yCrossings;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.descentlab.core.Vec2;
import org.descentlab.core.field.Derivatives;
import org.descentlab.core.run.StopReason;
import org.descentlab.core.run.Trajectory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What each preset's notes say is what its suggested runs do: every factual claim, checked by running
 * the preset's runs with the real Runner. Each check first names the words of the note it checks, so a
 * note that changes fails here until its check changes with it. Bowls, valleys and saddles here; the
 * landscapes with several minima in {@link PresetBasinNotesTest}.
 */
class PresetNotesTest {

    static final Map<String, Consumer<PresetRuns>> CHECKS = Map.ofEntries(
            entry("learning-rate-story", PresetNotesTest::learningRateStory), entry("sphere", PresetNotesTest::sphere),
            entry("elongated-bowl", PresetNotesTest::elongatedBowl), entry("rosenbrock", PresetNotesTest::rosenbrock),
            entry("beale", PresetNotesTest::beale), entry("booth", PresetNotesTest::booth),
            entry("matyas", PresetNotesTest::matyas), entry("saddle", PresetNotesTest::saddle),
            entry("monkey-saddle", PresetNotesTest::monkeySaddle));

    static Stream<String> presets() {
        return CHECKS.keySet().stream().sorted();
    }

    @ParameterizedTest
    @MethodSource("presets")
    void everyClaimInTheNotesIsWhatTheRunsDo(String id) {
        CHECKS.get(id).accept(new PresetRuns(id));
    }

    @Test
    void everyPresetHasItsNotesChecked() {
        Set<String> checked = new TreeSet<>(CHECKS.keySet());
        checked.addAll(PresetBasinNotesTest.CHECKS.keySet());
        assertEquals(new TreeSet<>(FunctionPresets.all().stream().map(Preset::id).collect(Collectors.toSet())),
                checked);
    }

    private static void learningRateStory(PresetRuns p) {
        Trajectory crawls = p.run(0, "gd lr=0.01");
        Trajectory arrives = p.run(1, "gd lr=0.1");
        Trajectory zigzags = p.run(2, "gd lr=0.24");
        Trajectory diverges = p.run(3, "gd lr=0.26");
        p.says("One bowl, four learning rates");
        assertEquals(4, p.runs().size());
        p.says("The curvature along y is 8");
        assertCurvature(p.hessian(new Vec2(-2.5, 1.5)), 2, 0, 8);
        p.says("stable only for lr < 2/8 = 0.25");
        p.says("0.01 crawls");
        assertEquals(StopReason.CONVERGED, crawls.stop().reason());
        assertTrue(crawls.stop().step() > 5 * arrives.stop().step(), "0.01 crawls compared with 0.1");
        p.says("0.1 arrives");
        assertEquals(StopReason.CONVERGED, arrives.stop().reason());
        p.says("0.24 zig-zags across the valley");
        assertEquals(StopReason.CONVERGED, zigzags.stop().reason());
        assertEquals(20, yCrossings(zigzags, 20, 0), "0.24 crosses the valley at every step");
        p.says("0.26 diverges");
        assertEquals(StopReason.DIVERGED, diverges.stop().reason());
    }

    private static void sphere(PresetRuns p) {
        Trajectory gd = p.run(0, "gd lr=0.1");
        p.says("round contours");
        for (Vec2 q : new Vec2[] {new Vec2(-4, 3), new Vec2(1, 1), new Vec2(2.5, -4.5)}) {
            assertCurvature(p.hessian(q), 2, 0, 2);
        }
        p.says("every gradient points straight at the minimum");
        for (double x = -5; x <= 5; x += 0.5) {
            for (double y = -5; y <= 5; y += 0.5) {
                double[] g = Derivatives.gradient(p.f, x, y);
                assertEquals(0, g[0] * y - g[1] * x, 1e-6 * Math.hypot(x, y) * Math.hypot(g[0], g[1]), x + ", " + y);
                assertTrue(g[0] * x + g[1] * y >= 0, "away from the minimum at " + x + ", " + y);
            }
        }
        Vec2 start = at(gd, 0);
        for (int k = 0; k <= gd.lastStep(); k++) {
            assertEquals(0, gd.x(k) * start.y() - gd.y(k) * start.x(), 1e-9, "descent goes straight in: step " + k);
        }
        p.says("The easiest landscape there is");
        for (Trajectory t : p.runs()) {
            assertEquals(StopReason.CONVERGED, t.stop().reason(), "every run arrives");
            assertTrue(MinimumSearch.norm(end(t)) < 1e-6, "at the minimum: " + end(t));
        }
    }

    private static void elongatedBowl(PresetRuns p) {
        Trajectory gd = p.run(0, "gd lr=0.035");
        Trajectory momentum = p.run(1, "momentum lr=0.035 momentum=0.6");
        Trajectory newton = p.run(3, "newton");
        p.says("Curvature 50 across the valley and 2 along it");
        assertCurvature(p.hessian(new Vec2(-4.5, 1.5)), 2, 0, 50);
        p.says("so a rate small enough across crawls along it");
        assertEquals(StopReason.CONVERGED, gd.stop().reason(), "0.035 is below 2/50");
        int across = settles(gd, 1, 1e-3);
        int along = settles(gd, 0, 1e-3);
        assertTrue(along >= 4 * across, "across settles at step " + across + ", along at " + along);
        p.says("Descent zig-zags");
        assertEquals(20, yCrossings(gd, 20, 0), "descent crosses the valley at every step");
        p.says("momentum 0.6 at the same rate swings too");
        assertTrue(yCrossings(momentum, momentum.lastStep(), 1e-3) >= 5, "momentum crosses the valley again and again");
        p.says("arrives in a third of the steps");
        assertEquals(StopReason.CONVERGED, momentum.stop().reason());
        assertTrue(3 * momentum.stop().step() <= gd.stop().step(), momentum.stop().step() + " against " + gd.stop().step());
        p.says("Newton lands in one");
        assertEquals(StopReason.CONVERGED, newton.stop().reason());
        assertEquals(1, newton.stop().step());
    }

    private static void rosenbrock(PresetRuns p) {
        Vec2 minimum = new Vec2(1, 1);
        p.says("A curved, flat-bottomed valley");
        // the floor y = x² is where f = (1 − x)², at most 6.25 in view; the walls rise above 2000
        for (double x = -1.5; x <= 1.5; x += 0.25) {
            assertEquals((1 - x) * (1 - x), p.value(new Vec2(x, x * x)), 1e-12);
        }
        assertTrue(p.value(new Vec2(-2, -1)) > 2000);
        p.says("Finding the valley is easy");
        for (Trajectory t : p.runs()) {
            int floor = -1;
            for (int k = 0; k <= Math.min(10, t.lastStep()) && floor < 0; k++) {
                floor = Math.abs(t.y(k) - t.x(k) * t.x(k)) < 0.05 ? k : -1;
            }
            assertTrue(floor >= 0, "on the valley floor by step 10: " + at(t, Math.min(10, t.lastStep())));
        }
        p.says("following it to (1, 1) is slow for anything without momentum or curvature");
        Trajectory gd = p.run(0, "gd lr=0.001");
        assertEquals(StopReason.MAX_STEPS, gd.stop().reason());
        assertTrue(MinimumSearch.distance(end(gd), minimum) > 1, "descent is still far off after 1000 steps: " + end(gd));
        for (Trajectory withMomentum : new Trajectory[] {p.run(1, "momentum lr=0.001"), p.run(2, "adam lr=0.05")}) {
            assertTrue(MinimumSearch.distance(end(withMomentum), minimum) < 0.05, "with momentum: " + end(withMomentum));
        }
        Trajectory newton = p.run(3, "newton");
        assertEquals(StopReason.CONVERGED, newton.stop().reason());
        assertTrue(newton.stop().step() <= 10 && MinimumSearch.distance(end(newton), minimum) < 1e-6, newton.stop().toString());
    }

    private static void beale(PresetRuns p) {
        p.says("Flat plateaus and steep walls: gradients range over many orders of magnitude");
        double[] norms = new double[37 * 37];
        for (int i = 0; i < 37; i++) {
            for (int j = 0; j < 37; j++) {
                norms[37 * i + j] = p.gradientNorm(new Vec2(-4.5 + 0.25 * i, -4.5 + 0.25 * j));
            }
        }
        Arrays.sort(norms);
        double flat = norms[norms.length / 10];
        double steep = norms[norms.length * 9 / 10];
        assertTrue(steep >= 1000 * flat, "a tenth of the view below " + flat + ", a tenth above " + steep);
        p.says("which adaptive methods handle better");
        Trajectory gd = p.run(0, "gd lr=0.01");
        Trajectory momentum = p.run(1, "momentum lr=0.005");
        Trajectory adam = p.run(2, "adam lr=0.1");
        assertEquals(StopReason.CONVERGED, adam.stop().reason());
        assertEquals(StopReason.MAX_STEPS, gd.stop().reason());
        assertTrue(adam.stop().step() < momentum.stop().step(), adam.stop() + " against " + momentum.stop());
    }

    private static void booth(PresetRuns p) {
        p.says("A tilted quadratic bowl");
        double[] h = p.hessian(new Vec2(-8, 8));
        assertCurvature(p.hessian(new Vec2(5, -3)), h[0], h[1], h[2]);
        assertTrue(h[1] > 1, "its axes are turned: f_xy = " + h[1]);
        p.says("curvature 2 along its valley (x + y = 4) and 18 across it");
        // H·(1, −1) = 2·(1, −1) and H·(1, 1) = 18·(1, 1)
        assertEquals(2, h[0] - h[1], 1e-6);
        assertEquals(18, h[0] + h[1], 1e-6);
        assertEquals(h[0], h[2], 1e-6);
        Vec2 minimum = p.scenario.minima().get(0).at();
        assertEquals(4, minimum.x() + minimum.y(), 1e-12, "the minimum lies on x + y = 4");
        p.says("descent converges for any learning rate below 2/18 ≈ 0.11");
        assertEquals(StopReason.CONVERGED, p.extra("gd lr=0.11 steps=5000").stop().reason());
        assertEquals(StopReason.DIVERGED, p.extra("gd lr=0.112 steps=5000").stop().reason());
        assertEquals(StopReason.CONVERGED, p.run(0, "gd lr=0.05").stop().reason());
        assertEquals(StopReason.CONVERGED, p.run(1, "momentum lr=0.01").stop().reason());
        p.says("Newton lands in one step");
        Trajectory newton = p.run(2, "newton");
        assertEquals(StopReason.CONVERGED, newton.stop().reason());
        assertEquals(1, newton.stop().step());
    }

    private static void matyas(PresetRuns p) {
        p.says("A long, gently sloping valley along the diagonal");
        double[] h = p.hessian(new Vec2(-8, 6));
        assertEquals(0.04, h[0] + h[1], 1e-6, "curvature along (1, 1)");
        assertEquals(1.0, h[0] - h[1], 1e-6, "curvature across");
        Trajectory gd = p.run(0, "gd lr=0.5");
        int onTheDiagonal = -1;
        for (int k = 0; k <= gd.lastStep() && onTheDiagonal < 0; k++) {
            onTheDiagonal = Math.abs(gd.x(k) - gd.y(k)) / Math.sqrt(2) < 0.01 ? k : -1;
        }
        assertTrue(onTheDiagonal >= 0 && onTheDiagonal <= 20, "descent reaches the valley floor at step " + onTheDiagonal);
        p.says("the gradient is small there");
        assertTrue(gd.gradNorm(onTheDiagonal) < gd.gradNorm(0) / 100, gd.gradNorm(onTheDiagonal) + " against " + gd.gradNorm(0));
        p.says("so descent slows to a crawl");
        assertEquals(StopReason.CONVERGED, gd.stop().reason());
        assertTrue(gd.stop().step() - onTheDiagonal > 20 * onTheDiagonal, "then takes " + gd.stop().step() + " steps in all");
    }

    private static void saddle(PresetRuns p) {
        Vec2 origin = new Vec2(0, 0);
        p.says("No minimum: a saddle at the origin");
        assertEquals(0, p.scenario.minima().size());
        assertTrue(p.gradientNorm(origin) < 1e-12);
        assertCurvature(p.hessian(origin), 2, 0, -2);
        Trajectory off = p.run(0, "gd lr=0.05");
        p.says("Descent slows near it");
        int slowest = 1;
        int closest = 0;
        for (int k = 1; k <= off.lastStep(); k++) {
            slowest = off.stepLength(k) < off.stepLength(slowest) ? k : slowest;
            closest = MinimumSearch.norm(at(off, k)) < MinimumSearch.norm(at(off, closest)) ? k : closest;
        }
        // the step from x_k − 1 to x_k is lr·∇f(x_k − 1): shortest from the point nearest the saddle
        assertEquals(closest, slowest - 1, "slowest from " + at(off, slowest - 1) + ", nearest at " + at(off, closest));
        assertTrue(off.stepLength(slowest) < off.stepLength(1) / 4, "its shortest step " + off.stepLength(slowest));
        p.says("then slides off along y");
        assertEquals(StopReason.DIVERGED, off.stop().reason());
        assertTrue(Math.abs(end(off).y()) > 1e6 && Math.abs(end(off).x()) < 1e-3, "ran off at " + end(off));
        p.says("started on the x axis it stops there");
        Trajectory axis = p.run(1, "gd lr=0.05 start=-1.8,0");
        assertEquals(StopReason.CONVERGED, axis.stop().reason());
        assertTrue(MinimumSearch.distance(end(axis), origin) < 1e-6);
        p.says("Newton takes gradient steps where the Hessian is not positive definite and runs off too");
        Trajectory newton = p.run(2, "newton");
        assertEquals(StopReason.DIVERGED, newton.stop().reason());
        assertEquals(newton.lastStep(), newton.notes().size());
        assertTrue(newton.notes().stream().allMatch(n -> n.message().equals("Hessian not positive definite: took a gradient step")));
        p.says("pure=true jumps onto the saddle");
        Trajectory pure = p.run(3, "newton lr=1 pure=true");
        assertEquals(StopReason.CONVERGED, pure.stop().reason());
        assertEquals(1, pure.stop().step());
        assertTrue(MinimumSearch.distance(end(pure), origin) < 1e-6);
    }

    private static void monkeySaddle(PresetRuns p) {
        p.says("A saddle with three valleys");
        int valleys = 0;
        for (int k = 0; k < 3600; k++) {
            double before = onUnitCircle(p, k - 1);
            double here = onUnitCircle(p, k);
            if (here < before && here < onUnitCircle(p, k + 1)) {
                valleys++;
                double fromSixty = Math.floorMod(k - 600, 1200) / 10.0;
                assertTrue(Math.min(fromSixty, 120 - fromSixty) < 0.5, "a valley at " + k / 10.0 + "°, not at 60°, 180° or 300°");
            }
        }
        assertEquals(3, valleys);
        p.says("the gradient vanishes at the origin to second order");
        Vec2 u = new Vec2(Math.cos(0.3), Math.sin(0.3));
        double ratio = p.gradientNorm(new Vec2(0.02 * u.x(), 0.02 * u.y())) / p.gradientNorm(new Vec2(0.01 * u.x(), 0.01 * u.y()));
        assertEquals(4, ratio, 0.01, "twice as far, four times the gradient");
        p.says("so descent there barely moves before it falls down a valley");
        for (Trajectory t : new Trajectory[] {p.run(0, "gd lr=0.02"), p.run(2, "momentum lr=0.01")}) {
            int leaves = firstOutside(t, 1);
            assertTrue(t.stepLength(1) < 1e-3, "first step " + t.stepLength(1));
            assertTrue(leaves > 50, "leaves the unit disc at step " + leaves);
            assertEquals(60, Math.toDegrees(Math.atan2(t.y(leaves), t.x(leaves))), 5, "down the valley at 60°");
            assertEquals(StopReason.DIVERGED, t.stop().reason());
            assertTrue(t.f(t.lastStep()) < -1e6);
        }
        p.says("Adam divides by the gradient's size and does not wait");
        Trajectory adam = p.run(1, "adam lr=0.05");
        assertTrue(adam.stepLength(1) > 0.04, "Adam's first step " + adam.stepLength(1));
        int leaves = firstOutside(adam, 1);
        assertTrue(leaves > 0 && leaves <= 20, "Adam leaves the unit disc at step " + leaves);
    }

    private static double onUnitCircle(PresetRuns p, int tenthsOfADegree) {
        double a = Math.toRadians(tenthsOfADegree / 10.0);
        return p.value(new Vec2(Math.cos(a), Math.sin(a)));
    }

    private static int firstOutside(Trajectory t, double radius) {
        for (int k = 0; k <= t.lastStep(); k++) {
            if (MinimumSearch.norm(at(t, k)) > radius) {
                return k;
            }
        }
        return -1;
    }

    /** The step from which coordinate {@code axis} (0 for x, 1 for y) stays within {@code eps} of 0. */
    private static int settles(Trajectory t, int axis, double eps) {
        int from = 0;
        for (int k = 0; k <= t.lastStep(); k++) {
            if (Math.abs(axis == 0 ? t.x(k) : t.y(k)) > eps) {
                from = k + 1;
            }
        }
        return from;
    }

    private static void assertCurvature(double[] h, double xx, double xy, double yy) {
        assertEquals(xx, h[0], 1e-6, "f_xx");
        assertEquals(xy, h[1], 1e-6, "f_xy");
        assertEquals(yy, h[2], 1e-6, "f_yy");
    }
}
