package org.descentlab.ui.playback;

import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleDoubleProperty;

import org.descentlab.core.run.Trajectory;
import org.descentlab.ui.base.FrameClock;
import org.descentlab.ui.base.Text;
import org.descentlab.ui.experiment.Experiment;
import org.descentlab.ui.runs.RunItem;
import org.descentlab.ui.runs.RunsViewModel;

/**
 * One playhead for every run: play and pause, a step either way, back to the start or on to the end, at
 * 1 to 1000 steps a second. The playhead is the scenario's (saved with it, never undone) and stays within
 * the longest shown run.
 */
public final class PlaybackViewModel {

    public static final double MIN_SPEED = 1;
    public static final double MAX_SPEED = 1000;

    private final Experiment experiment;
    private final RunsViewModel runs;
    private final FrameClock clock;
    private final ReadOnlyIntegerWrapper playhead = new ReadOnlyIntegerWrapper(this, "playhead", 0);
    private final ReadOnlyBooleanWrapper playing = new ReadOnlyBooleanWrapper(this, "playing", false);
    private final DoubleProperty speed = new SimpleDoubleProperty(this, "speed", 30);
    private final ReadOnlyStringWrapper counter = new ReadOnlyStringWrapper(this, "counter", "");
    private long lastFrame = -1;
    private double carry;

    public PlaybackViewModel(Experiment experiment, RunsViewModel runs, FrameClock clock) {
        this.experiment = experiment;
        this.runs = runs;
        this.clock = clock;
        experiment.scenarioProperty().addListener(o -> show());
        // a playhead past the longest run shows as its end (no change is made while others are told of one)
        runs.lastStepProperty().addListener(o -> show());
        runs.selectedProperty().addListener(o -> show());
        speed.addListener((o, was, now) -> {
            double v = now.doubleValue();
            if (!(v >= MIN_SPEED && v <= MAX_SPEED)) {
                speed.set(Double.isNaN(v) ? 30 : Math.max(MIN_SPEED, Math.min(MAX_SPEED, v)));
            }
        });
        show();
    }

    public void togglePlay() {
        if (playing.get()) {
            stop();
            return;
        }
        if (runs.items().isEmpty()) {
            return;
        }
        if (playhead.get() >= lastStep()) {
            seek(0);
        }
        playing.set(true);
        lastFrame = -1;
        carry = 0;
        clock.start(this::frame);
    }

    public void stepForward() {
        stop();
        seek(playhead.get() + 1);
    }

    public void stepBack() {
        stop();
        seek(playhead.get() - 1);
    }

    /** Back to step 0. */
    public void rewind() {
        stop();
        seek(0);
    }

    /** On to the last step of the longest run: the whole path shows. */
    public void end() {
        stop();
        seek(lastStep());
    }

    /** Moves the playhead (a click in the loss chart); playback goes on from there if it was playing. */
    public void seek(int step) {
        int k = Math.max(0, Math.min(lastStep(), step));
        experiment.update(s -> s.withPlayhead(k), Experiment.Change.TRANSIENT);
    }

    /** Advances by {@code seconds} of time at the current speed, until the longest run ends. */
    public void advance(double seconds) {
        carry += seconds * speed.get();
        int steps = (int) carry;
        carry -= steps;
        int next = Math.min(lastStep(), playhead.get() + steps);
        seek(next);
        if (next >= lastStep()) {
            stop();
        }
    }

    private void frame(long now) {
        if (lastFrame >= 0) {
            advance((now - lastFrame) / 1e9);
        }
        lastFrame = now;
    }

    private void stop() {
        if (playing.get()) {
            playing.set(false);
            clock.stop();
        }
    }

    private int lastStep() {
        return runs.lastStepProperty().get();
    }

    private void show() {
        int k = Math.min(experiment.scenario().playhead(), lastStep());
        playhead.set(k);
        RunItem item = runs.selectedProperty().get();
        if (item == null) {
            counter.set("");
            return;
        }
        Trajectory t = item.trajectory();
        int at = Math.min(k, t.lastStep());
        // "of" the selected run's own end: another run may go on longer
        counter.set(k > t.lastStep() ? Text.format("playback.counterEnded", k, t.lastStep(), t.f(at), t.gradNorm(at))
                : Text.format("playback.counter", k, t.lastStep(), t.f(at), t.gradNorm(at)));
    }

    public ReadOnlyIntegerProperty playheadProperty() {
        return playhead.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty playingProperty() {
        return playing.getReadOnlyProperty();
    }

    /** Steps a second, 1 to 1000. */
    public DoubleProperty speedProperty() {
        return speed;
    }

    /** "step 12 of 300   f = 0.25   ‖∇f‖ = 1.2" for the selected run, 300 being its own last step. */
    public ReadOnlyStringProperty counterProperty() {
        return counter.getReadOnlyProperty();
    }
}
