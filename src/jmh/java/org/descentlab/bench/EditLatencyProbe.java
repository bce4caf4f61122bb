package org.descentlab.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.MenuBar;
import javafx.stage.Stage;

import org.descentlab.core.preset.Preset;
import org.descentlab.core.preset.PresetLibrary;
import org.descentlab.ui.app.AppViewModel;
import org.descentlab.ui.app.MainWindow;
import org.descentlab.ui.files.SettingsStore;

/**
 * Time from a keystroke to the new landscape on screen, at 1000×1000, in the real view-model and view
 * on the headless toolkit: set the function text (as the editor does on a key), then wait for the
 * landscape to arrive and for the next frame to be drawn. Prints per-preset medians; not a test.
 *
 * <p>Run: {@code mvn -Pbench test-compile exec:exec -Dbench.main=org.descentlab.bench.EditLatencyProbe -Djmh.args=}
 */
public final class EditLatencyProbe {

    private static final int ROUNDS = 15;
    private static final int WARM_UP = 3;
    /** Keystroke to landscape delivered on the FX thread (before it is drawn), per edit. */
    private static final List<Double> ARRIVALS = new ArrayList<>();

    private EditLatencyProbe() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        // the headless screen must hold the window, or Monocle cannot paint it
        System.setProperty("headless.geometry", "1600x1300-32");
        CountDownLatch ready = new CountDownLatch(1);
        Platform.startup(ready::countDown);
        ready.await();
        AppViewModel[] vm = new AppViewModel[1];
        Path settings = Files.createTempDirectory("descentlab-probe");
        onFx(() -> {
            var first = PresetLibrary.bundled().presets().get(0).scenario();
            vm[0] = new AppViewModel(first, first, null, PresetLibrary.bundled(), new SettingsStore(settings),
                    AppViewModel.Environment.fx());
            Stage stage = new Stage();
            stage.setScene(new Scene(new MainWindow(vm[0], new MenuBar()), 1400, 1200));
            stage.show();
        });
        List<Double> all = new ArrayList<>();
        for (Preset p : PresetLibrary.bundled().presets()) {
            onFx(() -> vm[0].applyPreset(p));
            List<Double> times = new ArrayList<>();
            ARRIVALS.clear();
            for (int round = 0; round < ROUNDS; round++) {
                // alternate between two texts so every edit is a real change
                String text = p.scenario().function() + (round % 2 == 0 ? " + 0" : "");
                times.add(editToFrame(vm[0], text));
            }
            // the first rounds of each preset include compiling its function's code: reported, not mixed in
            List<Double> warm = new ArrayList<>(times.subList(WARM_UP, times.size()));
            Collections.sort(warm);
            all.addAll(warm);
            List<Double> arrivals = new ArrayList<>(ARRIVALS.subList(WARM_UP, ARRIVALS.size()));
            Collections.sort(arrivals);
            System.out.printf(Locale.ROOT, "%-20s first %6.1f ms   then median %6.1f ms, max %6.1f ms   (landscape delivered: median %5.1f ms)%n",
                    p.id(), times.get(0), warm.get(warm.size() / 2), warm.get(warm.size() - 1), arrivals.get(arrivals.size() / 2));
        }
        Collections.sort(all);
        System.out.printf(Locale.ROOT, "all presets: median %.1f ms, 90th percentile %.1f ms, max %.1f ms (n = %d)%n",
                all.get(all.size() / 2), all.get((int) (all.size() * 0.9)), all.get(all.size() - 1), all.size());
        Platform.exit();
    }

    private static double editToFrame(AppViewModel app, String text) throws InterruptedException {
        CountDownLatch shown = new CountDownLatch(1);
        long[] start = new long[1];
        long[] end = new long[1];
        long[] arrived = new long[1];
        Platform.runLater(() -> {
            var vm = app.landscape();
            vm.setPlotSize(1000, 1000);
            var before = vm.landscapeProperty().get();
            start[0] = System.nanoTime();
            app.function().setText(text);
            vm.landscapeProperty().addListener(new javafx.beans.InvalidationListener() {
                @Override
                public void invalidated(javafx.beans.Observable o) {
                    if (vm.landscapeProperty().get() == before || vm.landscapeProperty().get().grid().nx() != 1000) {
                        return;
                    }
                    vm.landscapeProperty().removeListener(this);
                    arrived[0] = System.nanoTime();
                    new AnimationTimer() {
                        @Override
                        public void handle(long now) {
                            // the frame with the new image is being drawn
                            end[0] = System.nanoTime();
                            stop();
                            shown.countDown();
                        }
                    }.start();
                }
            });
        });
        if (!shown.await(10, TimeUnit.SECONDS)) {
            throw new IllegalStateException("no new landscape within 10 s");
        }
        Thread.sleep(50);
        ARRIVALS.add((arrived[0] - start[0]) / 1e6);
        return (end[0] - start[0]) / 1e6;
    }

    private static void onFx(Runnable r) throws InterruptedException {
        CountDownLatch done = new CountDownLatch(1);
        Platform.runLater(() -> {
            try {
                r.run();
            } finally {
                done.countDown();
            }
        });
        done.await();
    }
}
