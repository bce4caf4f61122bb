package org.descentlab.core.raster;

/**
 * The colour-table entry of a value under a {@link ColorScale}, found without its logarithm: the same entry
 * as {@code (int) (scale.normalize(v) · (SIZE − 1) + 0.5)}, for every double. The values where the entry
 * steps up are found once, exactly (the mapping is monotone), and a value's entry is looked up among them
 * from a bucket of its linear position.
 */
final class ColorIndex {

    private static final int ENTRIES = Colormap.SIZE;
    private static final int BUCKETS = 4096;

    private final ColorScale scale;
    /** {@code first[k]}: the least value whose entry is k or more, for k = 1 … ENTRIES − 1; +∞ when none is. */
    private final double[] first = new double[ENTRIES + 1];
    /** For each bucket of the linear position, an entry no greater than that of any value in it. */
    private final int[] floor = new int[BUCKETS + 1];
    private final double min;
    private final double perBucket;

    ColorIndex(ColorScale scale) {
        this.scale = scale;
        this.min = scale.min();
        double range = scale.max() - scale.min();
        this.perBucket = range > 0 ? BUCKETS / range : 0;
        first[0] = Double.NEGATIVE_INFINITY;
        first[ENTRIES] = Double.POSITIVE_INFINITY;
        for (int k = 1; k < ENTRIES; k++) {
            first[k] = firstWith(k);
        }
        for (int b = 0; b <= BUCKETS; b++) {
            // one bucket back: a value's bucket, rounded, may be one more than its edge's; below min, min's entry
            floor[b] = entry(b == 0 ? min : min + (b - 1) / perBucket);
        }
    }

    /** The table entry of v; −1 for NaN and ±∞. */
    int of(double v) {
        if (v - v != 0) {
            return -1;
        }
        double at = (v - min) * perBucket;
        int b = at <= 0 ? 0 : at >= BUCKETS ? BUCKETS : (int) at;
        // floor[b] is at most v's entry; a few buckets on, at least it (but for rounding, fixed below)
        int k = floor[b];
        int hi = floor[Math.min(BUCKETS, b + 3)];
        while (k < hi) {
            int mid = (k + hi + 1) >>> 1;
            if (first[mid] <= v) {
                k = mid;
            } else {
                hi = mid - 1;
            }
        }
        while (first[k + 1] <= v) {
            k++;
        }
        return k;
    }

    private int entry(double v) {
        return (int) (scale.normalize(v) * (ENTRIES - 1) + 0.5);
    }

    /** The least double whose entry is at least k, by bisection over the doubles in order; +∞ if none. */
    private double firstWith(int k) {
        double lo = scale.min();
        double hi = scale.max();
        if (entry(hi) < k) {
            return Double.POSITIVE_INFINITY;
        }
        if (entry(lo) >= k) {
            return Double.NEGATIVE_INFINITY;
        }
        // entry(lo) < k <= entry(hi): narrow to neighbours
        long a = ordered(lo);
        long b = ordered(hi);
        while (true) {
            // the floor of the mean, without overflow
            long mid = (a & b) + ((a ^ b) >> 1);
            if (mid == a) {
                return fromOrdered(b);
            }
            if (entry(fromOrdered(mid)) >= k) {
                b = mid;
            } else {
                a = mid;
            }
        }
    }

    /** Doubles as longs in the same order (−0 before +0, which maps the same). */
    private static long ordered(double d) {
        long bits = Double.doubleToRawLongBits(d);
        return bits >= 0 ? bits : Long.MIN_VALUE - bits;
    }

    private static double fromOrdered(long o) {
        return Double.longBitsToDouble(o >= 0 ? o : Long.MIN_VALUE - o);
    }
}
