package org.descentlab.ui.base;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.DoubleConsumer;

import javafx.application.Platform;

/**
 * Long work (critical points, many starts, basin maps) away from the thread the view-models live on,
 * with progress and Cancel. The result, a failure and progress arrive on that thread; once a job is
 * cancelled nothing more of it arrives, not even its cancellation.
 */
public interface Background {

    /** What the work can see of its job. */
    interface Progress {
        /** Whether the job was cancelled: work polls this and gives up (throwing CancellationException is fine). */
        boolean cancelled();

        /** How far the work is, 0 to 1. */
        void progress(double fraction);

        /** This job as the core's long work sees it: its parts done as a fraction, its cancellation polled. */
        default org.descentlab.core.analysis.Progress counted() {
            Progress job = this;
            return new org.descentlab.core.analysis.Progress() {
                @Override
                public boolean cancelled() {
                    return job.cancelled();
                }

                @Override
                public void done(int finished, int total) {
                    job.progress(finished / (double) total);
                }
            };
        }
    }

    /** The work itself; it runs on another thread and must touch no node. */
    @FunctionalInterface
    interface Work<T> {
        T run(Progress progress);
    }

    /** A job submitted; cancelling after it finished does nothing. */
    interface Job {
        void cancel();
    }

    /**
     * Starts {@code work}. {@code done} gets its result, {@code failed} what it threw, {@code progress} how
     * far it is (not more often than a frame or so).
     */
    <T> Job submit(Work<T> work, Consumer<? super T> done, Consumer<Throwable> failed, DoubleConsumer progress);

    /**
     * The app's: a thread per job, so that a short job need not wait for a long one (the work may use all
     * cores itself); results reach the FX thread.
     */
    static Background fx() {
        return FxBackground.INSTANCE;
    }

    /** At once, on the calling thread: for tests. */
    static Background immediate() {
        return new Background() {
            @Override
            public <T> Job submit(Work<T> work, Consumer<? super T> done, Consumer<Throwable> failed, DoubleConsumer progress) {
                AtomicBoolean cancelled = new AtomicBoolean();
                T result;
                try {
                    result = work.run(new Progress() {
                        @Override
                        public boolean cancelled() {
                            return cancelled.get();
                        }

                        @Override
                        public void progress(double fraction) {
                            progress.accept(fraction);
                        }
                    });
                } catch (RuntimeException e) {
                    failed.accept(e);
                    return () -> cancelled.set(true);
                }
                done.accept(result);
                return () -> cancelled.set(true);
            }
        };
    }

    /** Jobs held until a test runs them, one by one, so that it can cancel one in between. */
    final class Manual implements Background {
        private final Deque<Runnable> queue = new ArrayDeque<>();

        @Override
        public <T> Job submit(Work<T> work, Consumer<? super T> done, Consumer<Throwable> failed, DoubleConsumer progress) {
            AtomicBoolean cancelled = new AtomicBoolean();
            queue.add(() -> {
                if (cancelled.get()) {
                    return;
                }
                Background.immediate().submit(p -> work.run(new Progress() {
                    @Override
                    public boolean cancelled() {
                        return cancelled.get();
                    }

                    @Override
                    public void progress(double fraction) {
                        p.progress(fraction);
                    }
                }), r -> {
                    if (!cancelled.get()) {
                        done.accept(r);
                    }
                }, e -> {
                    if (!cancelled.get()) {
                        failed.accept(e);
                    }
                }, f -> {
                    if (!cancelled.get()) {
                        progress.accept(f);
                    }
                });
            });
            return () -> cancelled.set(true);
        }

        /** How many jobs wait. */
        public int waiting() {
            return queue.size();
        }

        /** Runs the oldest waiting job (a cancelled one does nothing); false when none waits. */
        public boolean runNext() {
            Runnable r = queue.poll();
            if (r == null) {
                return false;
            }
            r.run();
            return true;
        }

        /** Runs every waiting job. */
        public void runAll() {
            while (runNext()) {
                // next
            }
        }
    }

    /** The FX one. */
    final class FxBackground implements Background {
        static final FxBackground INSTANCE = new FxBackground();
        /** Progress is handed on at most this often. */
        private static final long PROGRESS_NANOS = 30_000_000L;
        private final ExecutorService worker = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "descentlab-background");
            t.setDaemon(true);
            return t;
        });

        private FxBackground() {
        }

        @Override
        public <T> Job submit(Work<T> work, Consumer<? super T> done, Consumer<Throwable> failed, DoubleConsumer progress) {
            AtomicBoolean cancelled = new AtomicBoolean();
            AtomicLong lastProgress = new AtomicLong(System.nanoTime() - PROGRESS_NANOS);
            Progress p = new Progress() {
                @Override
                public boolean cancelled() {
                    return cancelled.get();
                }

                @Override
                public void progress(double fraction) {
                    long now = System.nanoTime();
                    long last = lastProgress.get();
                    if (now - last >= PROGRESS_NANOS && lastProgress.compareAndSet(last, now)) {
                        later(cancelled, () -> progress.accept(fraction));
                    }
                }
            };
            worker.execute(() -> {
                if (cancelled.get()) {
                    return;
                }
                try {
                    T result = work.run(p);
                    later(cancelled, () -> done.accept(result));
                } catch (RuntimeException | OutOfMemoryError | StackOverflowError e) {
                    later(cancelled, () -> failed.accept(e));
                }
            });
            return () -> cancelled.set(true);
        }

        /** On the FX thread, unless the job was cancelled by then (the flag is read there). */
        private static void later(AtomicBoolean cancelled, Runnable r) {
            Platform.runLater(() -> {
                if (!cancelled.get()) {
                    r.run();
                }
            });
        }
    }
}
