package org.descentlab.core.run;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * The rows of a run, stored by column: row k is the point after k updates (row 0 is the start), with
 * f, the noise-free gradient there, the gradient the optimizer was given (noise and clipping applied)
 * and the length of the step that led to it. The optimizer's state is not kept per row: a replay
 * ({@link Runner#trace}) shows it for the step asked about. Read-only once the run has returned it.
 */
public final class Trajectory {

    /** Something the user should know about one step, e.g. Newton's fallback. */
    public record Note(int step, String message) {
    }

    private int size;
    private double[] x;
    private double[] y;
    private double[] f;
    private double[] gx;
    private double[] gy;
    private double[] usedX;
    private double[] usedY;
    private double[] stepLength;
    private final List<Note> notes = new ArrayList<>();
    private Stop stop;

    Trajectory(int expectedRows) {
        int capacity = Math.max(16, Math.min(expectedRows, 4096));
        x = new double[capacity];
        y = new double[capacity];
        f = new double[capacity];
        gx = new double[capacity];
        gy = new double[capacity];
        usedX = new double[capacity];
        usedY = new double[capacity];
        stepLength = new double[capacity];
    }

    void append(double px, double py, double pf, double pgx, double pgy, double[] used, double length) {
        if (size == x.length) {
            int capacity = x.length * 2;
            x = Arrays.copyOf(x, capacity);
            y = Arrays.copyOf(y, capacity);
            f = Arrays.copyOf(f, capacity);
            gx = Arrays.copyOf(gx, capacity);
            gy = Arrays.copyOf(gy, capacity);
            usedX = Arrays.copyOf(usedX, capacity);
            usedY = Arrays.copyOf(usedY, capacity);
            stepLength = Arrays.copyOf(stepLength, capacity);
        }
        x[size] = px;
        y[size] = py;
        f[size] = pf;
        gx[size] = pgx;
        gy[size] = pgy;
        usedX[size] = used == null ? Double.NaN : used[0];
        usedY[size] = used == null ? Double.NaN : used[1];
        stepLength[size] = length;
        size++;
    }

    void note(int step, String message) {
        notes.add(new Note(step, message));
    }

    void stop(Stop s) {
        this.stop = s;
    }

    /** Number of rows, K + 1. */
    public int size() {
        return size;
    }

    /** K, the index of the last row. */
    public int lastStep() {
        return size - 1;
    }

    public double x(int k) {
        return x[check(k)];
    }

    public double y(int k) {
        return y[check(k)];
    }

    public double f(int k) {
        return f[check(k)];
    }

    public double gradX(int k) {
        return gx[check(k)];
    }

    public double gradY(int k) {
        return gy[check(k)];
    }

    public double gradNorm(int k) {
        return Math.hypot(gx[check(k)], gy[check(k)]);
    }

    /**
     * x of the gradient the optimizer was given for the step that led to row k: the gradient at row k−1
     * with the run's noise and clipping applied. NaN for row 0.
     */
    public double usedGradX(int k) {
        return usedX[check(k)];
    }

    public double usedGradY(int k) {
        return usedY[check(k)];
    }

    /** ‖x_k − x_{k−1}‖; 0 for row 0. */
    public double stepLength(int k) {
        return stepLength[check(k)];
    }

    public List<Note> notes() {
        return Collections.unmodifiableList(notes);
    }

    /** How the run ended; never null on a trajectory a {@link Runner} returned. */
    public Stop stop() {
        return stop;
    }

    private int check(int k) {
        if (k < 0 || k >= size) {
            throw new IndexOutOfBoundsException("row " + k + " of " + size);
        }
        return k;
    }
}
