package org.descentlab.core.data;

import java.util.Arrays;

import org.descentlab.core.Validate;

/**
 * The batches of a run, as PyTorch's {@code DataLoader(shuffle=True, drop_last=False)} takes them: each epoch
 * shuffles the N rows anew and cuts the order into batches of B, the last of an epoch short when B does not
 * divide N; update t uses the t-th batch. The shuffle is ours, not torch's (its RandomPermutation cannot be
 * reproduced outside torch), and fully specified so that any language can repeat it: a Fisher–Yates shuffle,
 * {@code for i = N−1 … 1: j = ⌊(r >>> 32)·(i + 1) / 2³²⌋, swap(i, j)}, where r is the next 64-bit output of
 * SplitMix64 seeded with the run's seed; one stream runs through every epoch. A batch's rows are handed out
 * ascending, the order they are summed in.
 */
public final class BatchOrder {

    private final int rows;
    private final int batch;
    private final int[] order;
    private long state;
    private int next;

    /**
     * @param rows  N, the rows of the data, at least 1
     * @param batch B, from 1 to N
     * @param seed  the run's seed
     */
    public BatchOrder(int rows, int batch, long seed) {
        Validate.isTrue(rows >= 1, "a dataset has at least one row");
        Validate.isTrue(batch >= 1 && batch <= rows, "batch must be between 1 and " + rows + " (the rows), got " + batch);
        this.rows = rows;
        this.batch = batch;
        this.order = new int[rows];
        this.state = seed;
        this.next = rows;
    }

    /** The rows (0-based, ascending) of the next update's batch. */
    public int[] next() {
        if (next >= rows) {
            shuffle();
            next = 0;
        }
        int end = Math.min(rows, next + batch);
        int[] rowsOfBatch = Arrays.copyOfRange(order, next, end);
        next = end;
        Arrays.sort(rowsOfBatch);
        return rowsOfBatch;
    }

    private void shuffle() {
        for (int i = 0; i < rows; i++) {
            order[i] = i;
        }
        for (int i = rows - 1; i >= 1; i--) {
            int j = (int) (((nextLong() >>> 32) * (i + 1)) >>> 32);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
    }

    /** SplitMix64 (Steele, Lea and Flood 2014), as java.util.SplittableRandom's generator. */
    private long nextLong() {
        long z = state += 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
