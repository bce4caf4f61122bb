package org.descentlab.ui.landscape;

import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

import javafx.animation.AnimationTimer;
import javafx.application.Platform;

import org.descentlab.core.field.RowSampler;
import org.descentlab.core.raster.Grid;
import org.descentlab.core.raster.Landscape;

/**
 * Renders landscapes on one background thread (each render itself on all cores) and hands each one to the
 * FX thread as it is done. A new request supersedes the one before: the pipeline polls between rows and
 * stops, and nothing more of the old request is delivered.
 */
final class LandscapeService implements LandscapeRenderer {

    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "descentlab-landscape");
        t.setDaemon(true);
        return t;
    });
    private final AtomicLong latest = new AtomicLong();
    /** How long a finer render waits at most for the pulse that shows the coarser one. */
    private static final long SHOW_WAIT_MILLIS = 50;

    /** Counts down at the next animation pulse: the one that draws what was just set. */
    private static void afterNextPulse(CountDownLatch latch) {
        new AnimationTimer() {
            @Override
            public void handle(long now) {
                stop();
                latch.countDown();
            }
        }.start();
    }

    @Override
    public void request(RowSampler function, List<Grid> grids, Landscape.Style style, Consumer<Landscape> each,
            Consumer<Throwable> failed) {
        long id = latest.incrementAndGet();
        BooleanSupplier superseded = () -> latest.get() != id;
        worker.execute(() -> {
            for (Grid g : grids) {
                if (superseded.getAsBoolean()) {
                    return;
                }
                Landscape l;
                try {
                    l = Landscape.render(function, g, style, superseded);
                } catch (CancellationException e) {
                    return;
                } catch (RuntimeException | OutOfMemoryError e) {
                    Platform.runLater(() -> {
                        if (!superseded.getAsBoolean()) {
                            failed.accept(e);
                        }
                    });
                    return;
                }
                boolean last = g == grids.get(grids.size() - 1);
                CountDownLatch onScreen = new CountDownLatch(1);
                Platform.runLater(() -> {
                    if (!superseded.getAsBoolean()) {
                        each.accept(l);
                    }
                    if (!last) {
                        afterNextPulse(onScreen);
                    }
                });
                if (!last) {
                    // the finer render waits for the frame that shows this one, which would otherwise share the cores
                    try {
                        onScreen.await(SHOW_WAIT_MILLIS, TimeUnit.MILLISECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
            }
        });
    }
}
