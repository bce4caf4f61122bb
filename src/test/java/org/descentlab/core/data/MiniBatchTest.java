package org.descentlab.core.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.descentlab.core.optim.Convention;
import org.descentlab.core.optim.Optimizers;
import org.descentlab.core.run.RunConfig;
import org.descentlab.core.run.Runner;
import org.descentlab.core.run.Trajectory;

import org.junit.jupiter.api.Test;

class MiniBatchTest {

    static final DatasetLoss LINEAR = DatasetLoss.of(DatasetCsv.read(Path.of("sample-functions/linear-regression.csv")),
            "(x*u + y - v)^2");

    static RunConfig gd(double lr, int batch, long seed, int steps) {
        return RunConfig.of(Optimizers.require("gd").create(java.util.Map.of("lr", String.valueOf(lr)), Convention.PYTORCH),
                -0.5, 3.5).withMaxSteps(steps).withSeed(seed).withBatch(batch);
    }

    /** Mean distance of the last {@code n} points from (mx, my). */
    static double wander(Trajectory t, int n, double mx, double my) {
        double sum = 0;
        for (int k = t.lastStep() - n + 1; k <= t.lastStep(); k++) {
            sum += Math.hypot(t.x(k) - mx, t.y(k) - my);
        }
        return sum / n;
    }

    @Test
    void aBatchOfEveryRowIsTheFullLossRunPointForPoint() {
        for (String optimizer : List.of("gd", "adam", "newton")) {
            RunConfig c = RunConfig.of(Optimizers.require(optimizer).create(java.util.Map.of(), Convention.PYTORCH), -0.5, 3.5)
                    .withMaxSteps(200).withSeed(7);
            Trajectory full = Runner.run(LINEAR, c);
            Trajectory batched = Runner.run(LINEAR, c.withBatch(200));
            assertEquals(full.lastStep(), batched.lastStep(), optimizer);
            assertEquals(full.stop(), batched.stop(), optimizer);
            for (int k = 0; k <= full.lastStep(); k++) {
                assertEquals(full.x(k), batched.x(k), optimizer + " x at " + k);
                assertEquals(full.y(k), batched.y(k), optimizer + " y at " + k);
                assertEquals(full.f(k), batched.f(k), optimizer + " f at " + k);
                assertEquals(full.gradX(k), batched.gradX(k), optimizer + " grad x at " + k);
                assertEquals(full.gradY(k), batched.gradY(k), optimizer + " grad y at " + k);
            }
        }
    }

    @Test
    void theSameSeedGivesTheSamePathAndAnotherSeedAnother() {
        Trajectory a = Runner.run(LINEAR, gd(0.05, 8, 3, 300));
        Trajectory b = Runner.run(LINEAR, gd(0.05, 8, 3, 300));
        Trajectory c = Runner.run(LINEAR, gd(0.05, 8, 4, 300));
        for (int k = 0; k <= 300; k++) {
            assertEquals(a.x(k), b.x(k));
            assertEquals(a.y(k), b.y(k));
        }
        assertNotEquals(a.x(300), c.x(300));
    }

    @Test
    void batchOneWandersMeasurablyMoreThanBatch32OnTheLinearRegressionSet() {
        Trajectory full = Runner.run(LINEAR, gd(0.05, 0, 0, 2000));
        double mx = full.x(full.lastStep());
        double my = full.y(full.lastStep());
        double one = 0;
        double many = 0;
        for (long seed = 1; seed <= 5; seed++) {
            one += wander(Runner.run(LINEAR, gd(0.05, 1, seed, 500)), 100, mx, my) / 5;
            many += wander(Runner.run(LINEAR, gd(0.05, 32, seed, 500)), 100, mx, my) / 5;
        }
        // measured: about 0.16 for batch 1, 0.018 for batch 32 (noise of a mean of B rows shrinks as 1/√B)
        assertTrue(one > 0.1 && one < 0.25, "batch 1 wanders " + one);
        assertTrue(many > 0.005 && many < 0.03, "batch 32 wanders " + many);
        assertTrue(one > 5 * many, one + " vs " + many);
    }

    @Test
    void eachUpdateIsTheGradientOfItsBatchMean() {
        // gd's first step is −lr·∇(batch mean); the first batch is BatchOrder's first
        RunConfig c = gd(0.05, 4, 9, 1);
        Trajectory t = Runner.run(LINEAR, c);
        int[] rows = new BatchOrder(200, 4, 9).next();
        double[] g = c.differences().gradient(LINEAR.batch(rows), -0.5, 3.5);
        assertEquals(-0.5 - 0.05 * g[0], t.x(1), 1e-15);
        assertEquals(3.5 - 0.05 * g[1], t.y(1), 1e-15);
        assertEquals(g[0], t.usedGradX(1));
    }

    @Test
    void everyEpochTakesEveryRowOnceInBatchesOfBTheLastShort() {
        BatchOrder order = new BatchOrder(10, 4, 42);
        for (int epoch = 0; epoch < 3; epoch++) {
            List<Integer> seen = new ArrayList<>();
            int[] sizes = new int[3];
            for (int b = 0; b < 3; b++) {
                int[] rows = order.next();
                sizes[b] = rows.length;
                int[] sorted = rows.clone();
                Arrays.sort(sorted);
                assertArrayEquals(sorted, rows, "a batch's rows are ascending");
                Arrays.stream(rows).forEach(seen::add);
            }
            assertArrayEquals(new int[] {4, 4, 2}, sizes);
            seen.sort(null);
            assertEquals(List.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9), seen);
        }
    }

    @Test
    void theShuffleIsTheDocumentedSplitMixFisherYates() {
        // from the Javadoc, with the JDK's SplitMix64: its first outputs from seed 1 drive swaps i = 4 … 1 of [0 … 4]
        java.util.SplittableRandom random = new java.util.SplittableRandom(1);
        int[] order = {0, 1, 2, 3, 4};
        for (int i = 4; i >= 1; i--) {
            long z = random.nextLong();
            int j = (int) (((z >>> 32) * (i + 1)) >>> 32);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        BatchOrder two = new BatchOrder(5, 2, 1);
        assertArrayEquals(sorted(order[0], order[1]), two.next());
        assertArrayEquals(sorted(order[2], order[3]), two.next());
        assertArrayEquals(new int[] {order[4]}, two.next());
        assertTrue(!Arrays.equals(order, new int[] {0, 1, 2, 3, 4}), "the shuffle moved something");
    }

    private static int[] sorted(int a, int b) {
        return new int[] {Math.min(a, b), Math.max(a, b)};
    }

    @Test
    void aBatchNeedsADatasetAndNoMoreRowsThanItHas() {
        RunConfig c = gd(0.05, 4, 0, 10);
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Runner.run((x, y) -> x * x + y * y, c)).getMessage()
                .contains("needs a dataset"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Runner.run(LINEAR, c.withBatch(201))).getMessage()
                .contains("between 1 and 200"));
    }
}
