package org.descentlab.ui.base;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import javafx.application.Platform;

/**
 * Runs work later on the thread the view-models live on. The app's runs it on the FX thread after a
 * delay kept by a timer thread (not by animation pulses, which would round the delay up to whole frames);
 * tests use a manual one and move time by hand.
 */
public interface Scheduler {

    /** Work scheduled and not yet run; cancelling after it ran does nothing. */
    interface Task {
        void cancel();
    }

    /** Runs {@code work} after {@code millis} milliseconds. */
    Task schedule(Runnable work, long millis);

    /** The app's: a daemon timer thread hands the work to the FX thread. */
    static Scheduler fx() {
        return FxScheduler.INSTANCE;
    }

    /** The FX one, with one timer thread for the whole app. */
    final class FxScheduler implements Scheduler {
        static final FxScheduler INSTANCE = new FxScheduler();
        private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "descentlab-timer");
            t.setDaemon(true);
            return t;
        });

        private FxScheduler() {
        }

        @Override
        public Task schedule(Runnable work, long millis) {
            // cancelled after the timer handed it on, it must still not run: the flag is read on the FX thread
            AtomicBoolean cancelled = new AtomicBoolean();
            ScheduledFuture<?> f = timer.schedule(() -> Platform.runLater(() -> {
                if (!cancelled.get()) {
                    work.run();
                }
            }), millis, TimeUnit.MILLISECONDS);
            return () -> {
                cancelled.set(true);
                f.cancel(false);
            };
        }
    }
}
