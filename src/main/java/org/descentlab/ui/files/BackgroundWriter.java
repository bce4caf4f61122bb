package org.descentlab.ui.files;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;

import org.descentlab.core.AtomicFiles;

/**
 * Writes files atomically on a thread of its own, in the order asked, so the window never waits for
 * the disk. Every failure is told, on the writer's thread: the status line shows the latest, so a disk
 * that keeps refusing keeps saying so.
 */
final class BackgroundWriter {

    private final Executor executor;
    private volatile Consumer<String> onFailure = message -> { };

    /** On a daemon thread named {@code name}. */
    static BackgroundWriter thread(String name) {
        return new BackgroundWriter(Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        }));
    }

    /** With {@code executor}: tests write at once, on their own thread. */
    BackgroundWriter(Executor executor) {
        this.executor = executor;
    }

    void onFailure(Consumer<String> failures) {
        this.onFailure = failures;
    }

    /** Whether it still takes work: not once {@link #finish()} has run. */
    boolean open() {
        return !(executor instanceof ExecutorService service && service.isShutdown());
    }

    /**
     * Writes {@code bytes} to {@code file}, making its folder if need be, soon.
     *
     * @param failure the sentence that says a write failed, from its exception
     */
    void write(Path file, byte[] bytes, Function<IOException, String> failure) {
        run(() -> {
            Files.createDirectories(file.getParent());
            AtomicFiles.write(file, bytes);
        }, failure);
    }

    /** Deletes {@code file}, soon; a delete that fails leaves it, unsaid. */
    void delete(Path file) {
        run(() -> Files.deleteIfExists(file), e -> null);
    }

    private interface Work {
        void run() throws IOException;
    }

    private void run(Work work, Function<IOException, String> failure) {
        if (!open()) {
            return;
        }
        executor.execute(() -> {
            try {
                work.run();
            } catch (IOException e) {
                String message = failure.apply(e);
                if (message != null) {
                    onFailure.accept(message);
                }
            }
        });
    }

    /** Takes no more work and waits (up to ten seconds) for what was asked: on close. */
    void finish() {
        if (executor instanceof ExecutorService service) {
            service.shutdown();
            try {
                service.awaitTermination(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
