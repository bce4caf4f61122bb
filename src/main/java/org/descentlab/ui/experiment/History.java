package org.descentlab.ui.experiment;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Undo and redo over values. A change that settles is one entry: edits closer together than
 * {@link #BURST_NANOS} (typing a number, dragging a slider) make one, a gesture (a pan) makes one, a
 * step (adding a run) always makes its own; transient changes (the playhead) make none.
 */
final class History<T> {

    /** Edits closer together than this are one entry. */
    static final long BURST_NANOS = 600_000_000L;
    /** The oldest entries go past this many. */
    static final int LIMIT = 200;

    private final Deque<T> past = new ArrayDeque<>();
    private final Deque<T> future = new ArrayDeque<>();
    private long lastEdit = Long.MIN_VALUE;
    private boolean gesture;
    private boolean gestureRecorded;

    /** Called before {@code before} is replaced by a change of {@code kind} at time {@code now}. */
    void record(T before, Experiment.Change kind, long now) {
        switch (kind) {
            case TRANSIENT -> {
                return;
            }
            case GESTURE -> {
                if (!(gesture && gestureRecorded)) {
                    push(before);
                    gestureRecorded = true;
                }
                lastEdit = Long.MIN_VALUE;
            }
            case EDIT -> {
                if (lastEdit == Long.MIN_VALUE || now - lastEdit >= BURST_NANOS) {
                    push(before);
                }
                lastEdit = now;
            }
            default -> {
                push(before);
                lastEdit = Long.MIN_VALUE;
            }
        }
        future.clear();
    }

    void beginGesture() {
        gesture = true;
        gestureRecorded = false;
    }

    void endGesture() {
        gesture = false;
        gestureRecorded = false;
    }

    boolean canUndo() {
        return !past.isEmpty();
    }

    boolean canRedo() {
        return !future.isEmpty();
    }

    /** The value before the last entry, with {@code current} kept for redo; null when there is none. */
    T undo(T current) {
        if (past.isEmpty()) {
            return null;
        }
        future.push(current);
        lastEdit = Long.MIN_VALUE;
        return past.pop();
    }

    T redo(T current) {
        if (future.isEmpty()) {
            return null;
        }
        past.push(current);
        lastEdit = Long.MIN_VALUE;
        return future.pop();
    }

    void clear() {
        past.clear();
        future.clear();
        lastEdit = Long.MIN_VALUE;
    }

    private void push(T value) {
        past.push(value);
        while (past.size() > LIMIT) {
            past.removeLast();
        }
    }
}
