package org.descentlab.ui.landscape;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.logging.Logger;

import javafx.application.Platform;

import org.descentlab.ui.base.Text;

/**
 * Starts JavaFX with no display (Monocle's headless glass, software rendering) so that the command
 * line can draw the app's picture anywhere. The properties must be set before the toolkit starts.
 */
public final class HeadlessFx {

    /**
     * JavaFX's own logger. It warns "Unsupported JavaFX configuration" whenever JavaFX is loaded from the
     * class path rather than as named modules. The command line loads it so on purpose: {@code java -jar}
     * has no module path, and Monocle's headless glass, which drawing with no display needs, is no module
     * and reaches into javafx.graphics' internal packages, which only the class path opens to it without
     * java command-line flags. So that one warning, and only it, is dropped; every other JavaFX message
     * still shows. Held here: a logger nobody references can be collected, and its filter with it.
     */
    private static final Logger JAVAFX_LOG = Logger.getLogger("javafx");
    private static final String CLASS_PATH_WARNING = "Unsupported JavaFX configuration";

    private static boolean started;

    private HeadlessFx() {
    }

    /** Drops JavaFX's one warning about being loaded from the class path (the window is, too, from the jar). */
    public static void quietClassPathWarning() {
        JAVAFX_LOG.setFilter(r -> r.getMessage() == null || !r.getMessage().startsWith(CLASS_PATH_WARNING));
    }

    /** What a piece of work returned, and what was printed on System.err while it ran. */
    public record Captured<T>(T value, String printed) {
    }

    /** Starts the headless toolkit, if it is not running yet, so that work can be handed to its FX thread. */
    public static void start() throws InterruptedException {
        call(() -> Boolean.TRUE);
    }

    /** Runs {@code work} on the FX thread of a headless toolkit and returns its result. */
    public static synchronized <T> T call(Supplier<T> work) throws InterruptedException {
        if (!started) {
            setIfAbsent("glass.platform", "Monocle");
            setIfAbsent("monocle.platform", "Headless");
            setIfAbsent("prism.order", "sw");
            setIfAbsent("java.awt.headless", "true");
            quietClassPathWarning();
            CountDownLatch ready = new CountDownLatch(1);
            try {
                Platform.startup(ready::countDown);
            } catch (IllegalStateException alreadyRunning) {
                ready.countDown();
            }
            if (!ready.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException(Text.get("headless.noToolkit"));
            }
            started = true;
        }
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.get());
            } catch (RuntimeException | Error e) {
                result.completeExceptionally(e);
            }
        });
        try {
            return result.get(5, TimeUnit.MINUTES);
        } catch (ExecutionException e) {
            throw rethrown(e);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException(Text.get("headless.tooLong"));
        }
    }

    /**
     * As {@link #call}, with System.err held while {@code work} runs. A snapshot is drawn on JavaFX's render
     * thread, and when drawing fails there (out of memory above all) JavaFX catches the error, prints its
     * stack trace on System.err and hands back the image as it was given: what it printed is the only
     * word of the failure, so it is returned for the caller to judge rather than shown.
     */
    public static synchronized <T> Captured<T> callCapturingErrors(Supplier<T> work) throws InterruptedException {
        PrintStream err = System.err;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        System.setErr(new PrintStream(printed, true, StandardCharsets.UTF_8));
        T value;
        try {
            value = call(work);
        } finally {
            System.err.flush();
            System.setErr(err);
        }
        return new Captured<>(value, printed.toString(StandardCharsets.UTF_8));
    }

    private static void setIfAbsent(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }

    /** What work on the FX thread threw, to throw again as it was: an error or a runtime exception, else wrapped. */
    static RuntimeException rethrown(ExecutionException e) {
        if (e.getCause() instanceof Error error) {
            throw error;
        }
        return e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
    }
}
