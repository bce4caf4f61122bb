package org.descentlab.core.raster;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Joins one level's segments into polylines, so a line is drawn as one stroke instead of thousands of
 * separate pieces. Neighbouring cells compute a shared edge crossing from the same two corner values,
 * so shared endpoints are bit-identical floats and can be matched exactly.
 */
final class ContourChains {

    private ContourChains() {
    }

    /**
     * Polylines as x0, y0, x1, y1, ... arrays; every segment of non-zero length appears in exactly one of
     * them (zero-length ones, where a level passes exactly through a grid vertex, draw nothing).
     */
    static float[][] join(float[] segments) {
        int n = segments.length / 4;
        if (n == 0) {
            return new float[0][];
        }
        int ends = n * 2;
        int[] link = new int[ends];
        Arrays.fill(link, -1);
        EndpointMap map = new EndpointMap(ends);
        boolean[] used = new boolean[n];
        for (int e = 0; e < ends; e++) {
            if (isPoint(segments, e / 2)) {
                used[e / 2] = true;
                continue;
            }
            // ends meeting at one point are paired in the order they come; where a level passes exactly
            // through a grid vertex more than two meet there, and any pairing is still continuous
            int waiting = map.pair(key(segments, e), e);
            if (waiting >= 0) {
                link[e] = waiting;
                link[waiting] = e;
            }
        }
        List<float[]> lines = new ArrayList<>();
        Points forward = new Points();
        Points backward = new Points();
        for (int s = 0; s < n; s++) {
            if (used[s]) {
                continue;
            }
            used[s] = true;
            forward.clear();
            backward.clear();
            walk(segments, link, used, 2 * s + 1, forward);
            walk(segments, link, used, 2 * s, backward);
            float[] line = new float[(backward.size + forward.size) + 4];
            int at = 0;
            for (int k = backward.size - 2; k >= 0; k -= 2) {
                line[at++] = backward.data[k];
                line[at++] = backward.data[k + 1];
            }
            line[at++] = x(segments, 2 * s);
            line[at++] = y(segments, 2 * s);
            line[at++] = x(segments, 2 * s + 1);
            line[at++] = y(segments, 2 * s + 1);
            System.arraycopy(forward.data, 0, line, at, forward.size);
            lines.add(line);
        }
        return lines.toArray(new float[0][]);
    }

    /** Follows the chain out of end {@code from}, adding the points beyond it. */
    private static void walk(float[] segments, int[] link, boolean[] used, int from, Points out) {
        int end = from;
        while (link[end] >= 0 && !used[link[end] / 2]) {
            int next = link[end];
            used[next / 2] = true;
            int far = next ^ 1;
            out.add(x(segments, far), y(segments, far));
            end = far;
        }
    }

    private static boolean isPoint(float[] s, int segment) {
        return s[segment * 4] == s[segment * 4 + 2] && s[segment * 4 + 1] == s[segment * 4 + 3];
    }

    private static float x(float[] s, int end) {
        return s[end * 2];
    }

    private static float y(float[] s, int end) {
        return s[end * 2 + 1];
    }

    private static long key(float[] s, int end) {
        return (long) Float.floatToIntBits(x(s, end)) << 32 | (Float.floatToIntBits(y(s, end)) & 0xFFFFFFFFL);
    }

    /** A growable list of x, y pairs. */
    private static final class Points {
        float[] data = new float[64];
        int size;

        void add(float x, float y) {
            if (size + 2 > data.length) {
                data = Arrays.copyOf(data, data.length * 2);
            }
            data[size++] = x;
            data[size++] = y;
        }

        void clear() {
            size = 0;
        }
    }

    /** Open addressing from an endpoint's bits to the segment end waiting there for a partner. */
    private static final class EndpointMap {
        private static final int EMPTY = -1;
        private static final int NONE_WAITING = -2;

        private final long[] keys;
        private final int[] values;
        private final int mask;

        EndpointMap(int expected) {
            int capacity = Integer.highestOneBit(Math.max(4, expected * 2 - 1)) << 1;
            keys = new long[capacity];
            values = new int[capacity];
            Arrays.fill(values, EMPTY);
            mask = capacity - 1;
        }

        /** The end waiting at {@code key}, which {@code end} now pairs with; or -1, and {@code end} waits. */
        int pair(long key, int end) {
            int slot = (int) (mix(key) & mask);
            while (values[slot] != EMPTY) {
                if (keys[slot] == key) {
                    int waiting = values[slot];
                    values[slot] = waiting >= 0 ? NONE_WAITING : end;
                    return waiting >= 0 ? waiting : -1;
                }
                slot = (slot + 1) & mask;
            }
            keys[slot] = key;
            values[slot] = end;
            return -1;
        }

        private static long mix(long k) {
            k ^= k >>> 33;
            k *= 0xff51afd7ed558ccdL;
            k ^= k >>> 33;
            return k;
        }
    }
}
