package org.descentlab.bench;

import java.nio.file.Files;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.scene.Scene;
import javafx.scene.control.MenuBar;
import javafx.stage.Stage;

import org.descentlab.core.preset.PresetLibrary;
import org.descentlab.core.raster.Landscape;
import org.descentlab.ui.app.AppViewModel;
import org.descentlab.ui.app.MainWindow;
import org.descentlab.ui.base.Styles;
import org.descentlab.ui.files.SettingsStore;
import org.descentlab.ui.landscape.LandscapeViewModel;

/**
 * The real window on the headless toolkit, with a 1000×1000 landscape, for the latency probes: do
 * something on the FX thread and time it to the animation pulses that show the landscapes it brings.
 */
final class ProbeWindow {

    final AppViewModel app;

    private ProbeWindow(AppViewModel app) {
        this.app = app;
    }

    static ProbeWindow open() throws Exception {
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        // the headless screen must hold the window, or Monocle cannot paint it
        System.setProperty("headless.geometry", "1600x1300-32");
        CountDownLatch ready = new CountDownLatch(1);
        Platform.startup(ready::countDown);
        ready.await();
        AppViewModel[] vm = new AppViewModel[1];
        var settings = Files.createTempDirectory("descentlab-probe");
        onFx(() -> {
            var first = PresetLibrary.bundled().presets().get(0).scenario();
            vm[0] = new AppViewModel(first, first, null, PresetLibrary.bundled(), new SettingsStore(settings),
                    AppViewModel.Environment.fx());
            Stage stage = new Stage();
            Scene scene = new Scene(new MainWindow(vm[0], new MenuBar()), 1400, 1200);
            // the light theme, as the app starts
            scene.getStylesheets().setAll(Styles.sheets(false));
            stage.setScene(scene);
            stage.show();
        });
        ProbeWindow w = new ProbeWindow(vm[0]);
        onFx(() -> w.app.landscape().setPlotSize(1000, 1000));
        w.settle();
        return w;
    }

    /** Waits until nothing renders. */
    void settle() throws InterruptedException {
        for (int k = 0; k < 500; k++) {
            boolean[] busy = new boolean[1];
            onFx(() -> busy[0] = app.landscape().renderingProperty().get());
            if (!busy[0]) {
                Thread.sleep(50);
                return;
            }
            Thread.sleep(10);
        }
        throw new IllegalStateException("still rendering after 5 s");
    }

    /** Milliseconds from an action to the pulse showing the first landscape after it, and to the pulse showing a full one. */
    record Times(double first, double full, double action) {
    }

    /**
     * Runs {@code action} on the FX thread and times it to the pulses that show the first new landscape and
     * the first that passes {@code full}.
     */
    /** CPU time of each kind of thread (numbers in names dropped), summed over all timings, in ms. */
    static final Map<String, Double> CPU = new TreeMap<>();

    private static Map<String, Long> threadCpu() {
        ThreadMXBean bean = ManagementFactory.getThreadMXBean();
        Map<String, Long> m = new HashMap<>();
        for (var info : bean.getThreadInfo(bean.getAllThreadIds())) {
            if (info == null) {
                continue;
            }
            String name = info.getThreadName().replaceAll("[0-9]+", "N");
            m.merge(name, Math.max(0, bean.getThreadCpuTime(info.getThreadId())), Long::sum);
        }
        return m;
    }

    Times time(Runnable action, Predicate<Landscape> full) throws InterruptedException {
        var cpuBefore = threadCpu();
        CountDownLatch shown = new CountDownLatch(1);
        long[] at = new long[4];
        Platform.runLater(() -> {
            LandscapeViewModel vm = app.landscape();
            Landscape before = vm.landscapeProperty().get();
            vm.landscapeProperty().addListener(new InvalidationListener() {
                private boolean firstSeen;

                @Override
                public void invalidated(Observable o) {
                    Landscape now = vm.landscapeProperty().get();
                    if (now == before || now == null) {
                        return;
                    }
                    if (!firstSeen) {
                        firstSeen = true;
                        onNextPulse(() -> at[1] = System.nanoTime());
                    }
                    if (full.test(now)) {
                        vm.landscapeProperty().removeListener(this);
                        onNextPulse(() -> {
                            at[2] = System.nanoTime();
                            shown.countDown();
                        });
                    }
                }
            });
            at[0] = System.nanoTime();
            action.run();
            at[3] = System.nanoTime();
        });
        if (!shown.await(20, TimeUnit.SECONDS)) {
            throw new IllegalStateException("no full landscape within 20 s");
        }
        settle();
        threadCpu().forEach((k, v) -> CPU.merge(k, (v - cpuBefore.getOrDefault(k, 0L)) / 1e6, Double::sum));
        return new Times((at[1] - at[0]) / 1e6, (at[2] - at[0]) / 1e6, (at[3] - at[0]) / 1e6);
    }

    /** Runs {@code r} at the start of the next animation pulse: the one that draws what has changed. */
    private static void onNextPulse(Runnable r) {
        new AnimationTimer() {
            @Override
            public void handle(long now) {
                stop();
                r.run();
            }
        }.start();
    }

    static void onFx(Runnable r) throws InterruptedException {
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

    /** "median M ms, 90th percentile P ms, max X ms". */
    static String summary(List<Double> values) {
        List<Double> v = new ArrayList<>(values);
        Collections.sort(v);
        return String.format(Locale.ROOT, "median %6.1f ms, 90th percentile %6.1f ms, max %6.1f ms", v.get(v.size() / 2),
                v.get(Math.min(v.size() - 1, (int) (v.size() * 0.9))), v.get(v.size() - 1));
    }

    static double median(List<Double> values) {
        List<Double> v = new ArrayList<>(values);
        Collections.sort(v);
        return v.get(v.size() / 2);
    }
}
