package org.descentlab.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javafx.application.Platform;

import org.descentlab.core.preset.Preset;
import org.descentlab.core.preset.PresetLibrary;

/**
 * Time from a keystroke to the new landscape on screen, at 1000×1000, in the real window on the headless
 * toolkit: set the function text (as the editor does on a key), then time it to the animation pulse that
 * shows the first new landscape (the coarse one) and the one that shows it at full resolution. Every edit
 * counts, the first of each function's two texts included (new code for the JIT). Not a test.
 *
 * <p>Run: {@code mvn -Pbench test-compile exec:exec -Dbench.main=org.descentlab.bench.EditLatencyProbe -Djmh.args=}
 */
public final class EditLatencyProbe {

    private static final int ROUNDS = 15;

    private EditLatencyProbe() {
    }

    public static void main(String[] args) throws Exception {
        ProbeWindow w = ProbeWindow.open();
        List<Double> first = new ArrayList<>();
        List<Double> full = new ArrayList<>();
        List<Double> newShapeFirst = new ArrayList<>();
        List<Double> actions = new ArrayList<>();
        String only = System.getProperty("probe.presets", "");
        for (Preset p : PresetLibrary.bundled().presets()) {
            if (!only.isEmpty() && !List.of(only.split(",")).contains(p.id())) {
                continue;
            }
            ProbeWindow.onFx(() -> w.app.applyPreset(p));
            w.settle();
            List<Double> f1 = new ArrayList<>();
            List<Double> f2 = new ArrayList<>();
            for (int round = 0; round < ROUNDS; round++) {
                // alternate between two texts so every edit is a real change
                String text = p.scenario().function() + (round % 2 == 0 ? " + 0" : "");
                ProbeWindow.Times t = w.time(() -> w.app.function().setText(text), l -> l.grid().nx() == 1000);
                f1.add(t.first());
                f2.add(t.full());
                actions.add(t.action());
                if (round < 2) {
                    newShapeFirst.add(t.first());
                }
            }
            first.addAll(f1);
            full.addAll(f2);
            System.out.printf(Locale.ROOT, "%-20s first frame: median %5.1f ms (new texts %5.1f, %5.1f)   full: median %5.1f ms, max %5.1f ms%n",
                    p.id(), ProbeWindow.median(f1), f1.get(0), f1.get(1), ProbeWindow.median(f2), f2.stream().mapToDouble(d -> d).max().orElse(0));
        }
        System.out.printf(Locale.ROOT, "keystroke to first frame, all %d edits: %s%n", first.size(), ProbeWindow.summary(first));
        System.out.printf(Locale.ROOT, "  of which the first edit of each text (%d): %s%n", newShapeFirst.size(), ProbeWindow.summary(newShapeFirst));
        System.out.printf(Locale.ROOT, "keystroke to full-resolution frame: %s%n", ProbeWindow.summary(full));
        System.out.printf(Locale.ROOT, "the keystroke's own work on the FX thread: %s%n", ProbeWindow.summary(actions));
        ProbeWindow.CPU.forEach((k, v) -> {
            if (v / first.size() >= 0.5) {
                System.out.printf(Locale.ROOT, "CPU per edit, %-40s %7.1f ms%n", k, v / first.size());
            }
        });
        Platform.exit();
    }
}
