package org.descentlab.ui.base;

import java.util.function.LongConsumer;

import javafx.animation.AnimationTimer;

/**
 * Calls back once per animation frame with the frame's time in nanoseconds, while started. The app's is
 * JavaFX's pulse; tests step frames by hand.
 */
public interface FrameClock {

    void start(LongConsumer onFrame);

    void stop();

    /** JavaFX's animation pulse. Needs the toolkit. */
    static FrameClock fx() {
        return new FrameClock() {
            private LongConsumer frame = now -> { };
            private final AnimationTimer timer = new AnimationTimer() {
                @Override
                public void handle(long now) {
                    frame.accept(now);
                }
            };

            @Override
            public void start(LongConsumer onFrame) {
                frame = onFrame;
                timer.start();
            }

            @Override
            public void stop() {
                timer.stop();
            }
        };
    }
}
