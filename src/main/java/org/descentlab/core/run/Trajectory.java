package org.descentlab.core.run;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * The rows of a run, stored by column: row k is the point after k updates (row 0 is the start), with
 * f, the noise-free gradient there, the gradient the optimizer was given (noise and clipping applied)
 * and the length of the step that led to it, and the points an update evaluated on its way (L-BFGS's line
 * search). The optimizer's state is not kept per row: a replay ({@link Runner#trace}) shows it for the step
 * asked about. Read-only once the run has returned it.
 *
 * <p>A streamed run ({@link Runner#stream}) keeps only row 0 and its last {@link #STREAMED_ROWS} rows, all
 * that the stop rules look at, so that it takes the same memory whatever its length; it hands its
 * notes on instead of keeping them.
 */
public final class Trajectory {

    /** Something the user should know about one step, e.g. Newton's fallback. */
    public record Note(int step, String message) {
    }

    /** A point where an update evaluated f besides the point it started from: a line search's trial point. */
    public record Trial(double x, double y, double f) {
    }

    /**
     * The rows a streamed run keeps besides row 0: enough for {@link Divergence}'s last steps, from a last
     * finite point that may be one before the stop.
     */
    static final int STREAMED_ROWS = Divergence.SWING_STEPS + 2;

    private final RowListener listener;
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
    /** The trial points of update k at index k − 1; only as long as the last update that had any. */
    private final List<List<Trial>> trials = new ArrayList<>();
    private Stop stop;

    Trajectory(int expectedRows) {
        this(expectedRows, null);
    }

    /** @param listener null to keep every row and note; else a streamed run that hands them to it */
    Trajectory(int expectedRows, RowListener listener) {
        this.listener = listener;
        int capacity = listener != null ? 1 + STREAMED_ROWS : Math.max(16, Math.min(expectedRows, 4096));
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
        int at = listener != null ? slot(size) : size;
        if (at == x.length) {
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
        x[at] = px;
        y[at] = py;
        f[at] = pf;
        gx[at] = pgx;
        gy[at] = pgy;
        usedX[at] = used == null ? Double.NaN : used[0];
        usedY[at] = used == null ? Double.NaN : used[1];
        stepLength[at] = length;
        size++;
    }

    /** Where a streamed run keeps row k: row 0 first, then the last rows in turn. */
    private static int slot(int k) {
        return k == 0 ? 0 : 1 + (k - 1) % STREAMED_ROWS;
    }

    /** The listener of a streamed run, or null. */
    RowListener listener() {
        return listener;
    }

    void note(int step, String message) {
        if (listener != null) {
            listener.note(step, message);
        } else {
            notes.add(new Note(step, message));
        }
    }

    /** Keeps a trial point of update {@code step}; a streamed run keeps none. */
    void trial(int step, double px, double py, double pf) {
        if (listener != null) {
            return;
        }
        while (trials.size() < step) {
            trials.add(new ArrayList<>());
        }
        trials.get(step - 1).add(new Trial(px, py, pf));
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

    /**
     * The points where update k (the step into row k) evaluated f besides x_{k−1}, in the order evaluated: its
     * line search's trial points. Empty for an update that evaluated nothing else (every optimizer but L-BFGS
     * with strong_wolfe), for row 0 and past the last row, and in a streamed run.
     */
    public List<Trial> trials(int k) {
        return k >= 1 && k <= trials.size() && k < size ? Collections.unmodifiableList(trials.get(k - 1)) : List.of();
    }

    /** The notes, step by step; none for a streamed run, which hands them to its listener. */
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
        if (listener == null) {
            return k;
        }
        if (k != 0 && k < size - STREAMED_ROWS) {
            throw new IndexOutOfBoundsException("row " + k + " of a streamed run of " + size + " rows is not kept");
        }
        return slot(k);
    }
}
