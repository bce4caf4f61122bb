package org.descentlab.core.analysis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;

import org.descentlab.core.Vec2;
import org.descentlab.core.analysis.CriticalPoints.Kind;
import org.descentlab.core.expr.CompiledFunction;
import org.descentlab.core.expr.Expressions;
import org.descentlab.core.expr.ParseResult;
import org.descentlab.core.field.Differences;
import org.descentlab.core.optim.Adam;
import org.descentlab.core.optim.GradientDescent;
import org.descentlab.core.raster.Domain;
import org.descentlab.core.run.RunConfig;
import org.descentlab.core.run.Runner;
import org.descentlab.core.run.StopReason;
import org.descentlab.core.run.Trajectory;

import org.junit.jupiter.api.Test;

class ManyStartsTest {

    private static final String HIMMELBLAU = "(x^2+y-11)^2 + (x+y^2-7)^2";
    private static final Domain SQUARE = new Domain(-5, 5, -5, 5);
    private static final double RADIUS = ManyStarts.MATCH_RADIUS * Math.hypot(10, 10);

    private static CompiledFunction f(String text) {
        return ((ParseResult.Success) Expressions.parse(text)).function();
    }

    private static List<CriticalPoints.Point> minima(CompiledFunction f, Domain d) {
        return CriticalPoints.find(f, d).stream().filter(p -> p.kind() == Kind.MINIMUM).toList();
    }

    @Test
    void aGridOfStartsIsTheCellCentresRowByRowFromTheBottom() {
        List<Vec2> g = ManyStarts.grid(new Domain(0, 4, -1, 1), 2);
        assertEquals(List.of(new Vec2(1, -0.5), new Vec2(3, -0.5), new Vec2(1, 0.5), new Vec2(3, 0.5)), g);
        List<Vec2> r = ManyStarts.random(SQUARE, 100, 7);
        assertEquals(r, ManyStarts.random(SQUARE, 100, 7));
        assertNotEquals(r, ManyStarts.random(SQUARE, 100, 8));
        assertTrue(r.stream().allMatch(p -> SQUARE.contains(p.x(), p.y())));
        assertThrows(IllegalArgumentException.class, () -> ManyStarts.grid(SQUARE, 513));
    }

    @Test
    void everyCellIsExactlyTheSingleRunFromItsCentre() {
        CompiledFunction f = f(HIMMELBLAU);
        // forward differences with a coarse step: every cell must take the run's own gradient
        RunConfig run = RunConfig.of(new Adam(0.1, 0.9, 0.999, 1e-8, 0, false), 0, 0).withMaxSteps(300)
                .withDifferences(new Differences(Differences.Scheme.FORWARD, 0.05));
        List<Vec2> starts = ManyStarts.grid(SQUARE, 12);
        Endings endings = ManyStarts.run(f, run, starts, 1, minima(f, SQUARE), RADIUS, Progress.NONE);
        assertEquals(144, endings.endings().size());
        for (int k = 0; k < starts.size(); k++) {
            Trajectory t = Runner.run(f, new RunConfig(run.optimizer(), starts.get(k).x(), starts.get(k).y(), 300,
                    RunConfig.DEFAULT_TOLERANCE, 0, 0, 0, run.differences()));
            ManyStarts.Ending e = endings.endings().get(k);
            int last = t.lastStep();
            assertEquals(t.stop(), e.stop(), "cell " + k);
            assertEquals(last, e.steps(), "cell " + k);
            assertEquals(t.x(last), e.endX(), 0, "cell " + k);
            assertEquals(t.y(last), e.endY(), 0, "cell " + k);
            assertEquals(t.f(last), e.f(), 0, "cell " + k);
        }
    }

    @Test
    void aGradientDescentBasinMapOfHimmelblauHasFourRegionsEachHoldingItsMinimum() {
        CompiledFunction f = f(HIMMELBLAU);
        List<CriticalPoints.Point> minima = minima(f, SQUARE);
        assertEquals(4, minima.size());
        int n = 64;
        RunConfig run = RunConfig.of(new GradientDescent(0.01, 0), 0, 0);
        Endings endings = ManyStarts.run(f, run, ManyStarts.grid(SQUARE, n), 1, minima, RADIUS, Progress.NONE);
        int[] label = endings.endings().stream().mapToInt(ManyStarts.Ending::minimum).toArray();
        for (int m = 0; m < 4; m++) {
            CriticalPoints.Point p = minima.get(m);
            int i = (int) ((p.x() + 5) / 10 * n);
            int j = (int) ((p.y() + 5) / 10 * n);
            assertEquals(m, label[j * n + i], "the cell of minimum " + m + " at (" + p.x() + ", " + p.y() + ")");
            assertEquals(1, regions(label, n, m), "minimum " + m + "'s basin is one region");
            assertTrue(endings.count(m) > n * n / 10, "minimum " + m + " has a basin of its own: " + endings.count(m));
        }
        assertEquals(n * n, endings.count(0) + endings.count(1) + endings.count(2) + endings.count(3)
                + endings.count(ManyStarts.DIVERGED) + endings.count(ManyStarts.MOVING) + endings.count(ManyStarts.ELSEWHERE));
        // all four minima are global (f = 0, or a rounding of it): every run that reached one found the lowest
        for (int m = 0; m < 4; m++) {
            assertTrue(endings.isLowest(m), "minimum " + m);
        }
        assertEquals((endings.count(0) + endings.count(1) + endings.count(2) + endings.count(3)) / (double) (n * n),
                endings.shareOfLowest(), 1e-15);
    }

    /** How many 4-connected regions of cells carry {@code label}. */
    private static int regions(int[] labels, int n, int label) {
        boolean[] seen = new boolean[labels.length];
        int regions = 0;
        for (int start = 0; start < labels.length; start++) {
            if (labels[start] != label || seen[start]) {
                continue;
            }
            regions++;
            Deque<Integer> todo = new ArrayDeque<>(List.of(start));
            seen[start] = true;
            while (!todo.isEmpty()) {
                int c = todo.pop();
                int i = c % n;
                int j = c / n;
                int[][] next = {{i - 1, j}, {i + 1, j}, {i, j - 1}, {i, j + 1}};
                for (int[] q : next) {
                    int k = q[1] * n + q[0];
                    if (q[0] >= 0 && q[0] < n && q[1] >= 0 && q[1] < n && !seen[k] && labels[k] == label) {
                        seen[k] = true;
                        todo.push(k);
                    }
                }
            }
        }
        return regions;
    }

    @Test
    void withNoiseEachStartRunsItsSeedsAndTheMapIsTheSameForTheSameSeed() {
        CompiledFunction f = f(HIMMELBLAU);
        RunConfig run = RunConfig.of(new GradientDescent(0.01, 0), 0, 0).withMaxSteps(200).withNoise(20, 40);
        List<Vec2> starts = ManyStarts.grid(new Domain(-1, 1, -1, 1), 4);
        List<CriticalPoints.Point> minima = minima(f, SQUARE);
        double radius = ManyStarts.radius(SQUARE, run);
        assertEquals(0.05 * Math.hypot(10, 10), radius, 1e-15);
        Endings a = ManyStarts.run(f, run, starts, 5, minima, radius, Progress.NONE);
        Endings b = ManyStarts.run(f, run, starts, 5, minima, radius, Progress.NONE);
        assertEquals(a, b);
        assertEquals(80, a.endings().size());
        assertEquals(List.of(40L, 41L, 42L, 43L, 44L, 40L), a.endings().subList(0, 6).stream().map(ManyStarts.Ending::seed).toList());
        Trajectory single = Runner.run(f, run.withStart(starts.get(1).x(), starts.get(1).y()).withSeed(43));
        assertEquals(single.x(single.lastStep()), a.endings().get(5 + 3).endX(), 0);
        Endings other = ManyStarts.run(f, run.withSeed(41), starts, 5, minima, radius, Progress.NONE);
        assertNotEquals(a.endings(), other.endings());
        for (int s = 0; s < a.starts(); s++) {
            double sum = 0;
            for (double share : a.shares(s)) {
                sum += share;
            }
            assertEquals(1, sum, 1e-12);
        }
        // noise this strong sends starts near the middle to more than one minimum
        assertTrue(a.count(ManyStarts.MOVING) <= 4, "nearly every run jitters about a minimum: " + a.count(ManyStarts.MOVING));
        assertTrue(java.util.stream.IntStream.range(0, 4).filter(m -> a.count(m) > 0).count() >= 2);
    }

    @Test
    void endsAreDivergedStillMovingOrElsewhereWhenTheyAreAtNoMinimum() {
        CompiledFunction f = f("x^2 - y^2");
        List<Vec2> starts = List.of(new Vec2(1, 0), new Vec2(1, 0.5));
        Endings saddle = ManyStarts.run(f, RunConfig.of(new GradientDescent(0.1, 0), 0, 0), starts, 1, List.of(), RADIUS,
                Progress.NONE);
        // on the x axis descent converges to the saddle; off it, y runs away
        assertEquals(ManyStarts.ELSEWHERE, saddle.endings().get(0).minimum());
        assertEquals(ManyStarts.DIVERGED, saddle.endings().get(1).minimum());
        CompiledFunction bowl = f("x^2 + y^2");
        Endings slow = ManyStarts.run(bowl, RunConfig.of(new GradientDescent(1e-4, 0), 0, 0).withMaxSteps(10), List.of(new Vec2(3, 4)),
                1, minima(bowl, SQUARE), RADIUS, Progress.NONE);
        assertEquals(ManyStarts.MOVING, slow.endings().get(0).minimum());
        assertEquals(StopReason.MAX_STEPS, slow.endings().get(0).stop().reason());
        assertArrayEquals(new double[] {0, 0, 1, 0}, slow.shares(0));
    }

    @Test
    void cancellingStopsTheWorkAndSaysSo() {
        CompiledFunction f = f(HIMMELBLAU);
        AtomicInteger reported = new AtomicInteger();
        Progress cancelAfterTen = new Progress() {
            @Override
            public boolean cancelled() {
                return reported.get() >= 10;
            }

            @Override
            public void done(int finished, int total) {
                reported.incrementAndGet();
                assertEquals(4096, total);
            }
        };
        assertThrows(CancellationException.class, () -> ManyStarts.run(f, RunConfig.of(new GradientDescent(0.01, 0), 0, 0),
                ManyStarts.grid(SQUARE, 64), 1, List.of(), RADIUS, cancelAfterTen));
        assertTrue(reported.get() < 4096 / 2, "stopped early: " + reported.get());
    }

    @Test
    void tracedRunsKeepTheirPathsThinnedToAboutTheGivenPointsWithTheLastRowAlways() {
        CompiledFunction f = f(HIMMELBLAU);
        RunConfig run = RunConfig.of(new GradientDescent(0.01, 0), 0, 0).withMaxSteps(95);
        List<Vec2> starts = List.of(new Vec2(0, 0), new Vec2(-1, 1));
        ManyStarts.Traced traced = ManyStarts.traced(f, run, starts, List.of(), RADIUS, 10, Progress.NONE);
        assertEquals(ManyStarts.run(f, run, starts, 1, List.of(), RADIUS, Progress.NONE), traced.endings());
        for (int k = 0; k < 2; k++) {
            Trajectory t = Runner.run(f, run.withStart(starts.get(k).x(), starts.get(k).y()));
            double[] path = traced.paths().get(k);
            // every 10th row of the 95 steps (0, 10, …, 90), then the last
            int rows = t.lastStep() / 10 + 1 + (t.lastStep() % 10 == 0 ? 0 : 1);
            assertEquals(2 * rows, path.length, "run " + k + " of " + t.lastStep() + " steps");
            assertEquals(t.x(10), path[2], 0);
            assertEquals(t.y(t.lastStep()), path[path.length - 1], 0);
        }
    }

    @Test
    void onTheSixHumpCamelTwoOfTheSixMinimaAreTheLowest() {
        CompiledFunction f = f("(4 - 2.1*x^2 + x^4/3)*x^2 + x*y + (-4 + 4*y^2)*y^2");
        Domain d = new Domain(-2, 2, -1, 1);
        List<CriticalPoints.Point> minima = minima(f, d);
        Endings e = ManyStarts.run(f, RunConfig.of(new GradientDescent(0.02, 0), 0, 0), ManyStarts.grid(d, 16), 1, minima,
                ManyStarts.radius(d, RunConfig.of(new GradientDescent(0.02, 0), 0, 0)), Progress.NONE);
        assertEquals(2, java.util.stream.IntStream.range(0, minima.size()).filter(e::isLowest).count(), minima.toString());
        double lowest = java.util.stream.IntStream.range(0, minima.size()).filter(e::isLowest).map(e::count).sum() / 256.0;
        assertEquals(lowest, e.shareOfLowest(), 1e-15);
        assertTrue(lowest > 0.1 && lowest < 0.9, "some starts find the lowest, not all: " + lowest);
    }
}
