package org.descentlab.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import javafx.application.Platform;

import org.descentlab.core.preset.Preset;
import org.descentlab.core.preset.PresetLibrary;
import org.descentlab.core.raster.Domain;
import org.descentlab.core.raster.Landscape;

/**
 * Frames while panning and zooming, at 1000×1000, in the real window on the headless toolkit: each step
 * moves the view as a drag does (a few pixels) or as a wheel notch does, and is timed to the animation
 * pulse that shows the landscape rendered for the new view; steps follow one another as soon as it shows.
 * Prints per-preset medians and frames per second; not a test.
 *
 * <p>Run: {@code mvn -Pbench test-compile exec:exec -Dbench.main=org.descentlab.bench.PanLatencyProbe -Djmh.args=}
 */
public final class PanLatencyProbe {

    private static final int STEPS = 20;
    /** A function with no named function in it: a polynomial. */
    private static final Pattern NAMED = Pattern.compile("[a-wz]{2,}");

    private PanLatencyProbe() {
    }

    public static void main(String[] args) throws Exception {
        ProbeWindow w = ProbeWindow.open();
        List<Double> polynomial = new ArrayList<>();
        List<Double> others = new ArrayList<>();
        for (Preset p : PresetLibrary.bundled().presets()) {
            ProbeWindow.onFx(() -> w.app.applyPreset(p));
            w.settle();
            List<Double> pan = new ArrayList<>();
            List<Double> zoom = new ArrayList<>();
            ProbeWindow.onFx(() -> w.app.landscape().beginPan());
            for (int k = 0; k < STEPS; k++) {
                pan.add(w.time(() -> {
                    Domain d = w.app.landscape().shownProperty().get();
                    // about 5 pixels of 1000, to the right and up
                    w.app.landscape().pan(-d.width() / 200, -d.height() / 400);
                }, l -> showsTheView(w, l)).full());
            }
            ProbeWindow.onFx(() -> w.app.landscape().endPan());
            w.settle();
            for (int k = 0; k < STEPS; k++) {
                double factor = k % 2 == 0 ? 0.9 : 1 / 0.9;
                zoom.add(w.time(() -> {
                    Domain d = w.app.landscape().shownProperty().get();
                    w.app.landscape().zoom((d.xmin() + d.xmax()) / 2, (d.ymin() + d.ymax()) / 2, factor);
                }, l -> showsTheView(w, l)).full());
            }
            boolean poly = !NAMED.matcher(p.scenario().function()).find();
            (poly ? polynomial : others).addAll(pan);
            (poly ? polynomial : others).addAll(zoom);
            System.out.printf(Locale.ROOT, "%-20s %-10s pan: median %5.1f ms (%4.0f fps)   zoom: median %5.1f ms (%4.0f fps)%n",
                    p.id(), poly ? "polynomial" : "", ProbeWindow.median(pan), 1000 / ProbeWindow.median(pan),
                    ProbeWindow.median(zoom), 1000 / ProbeWindow.median(zoom));
        }
        System.out.printf(Locale.ROOT, "polynomial presets, %d steps: %s (%.0f fps at the median)%n", polynomial.size(),
                ProbeWindow.summary(polynomial), 1000 / ProbeWindow.median(polynomial));
        System.out.printf(Locale.ROOT, "the others, %d steps: %s (%.0f fps at the median)%n", others.size(),
                ProbeWindow.summary(others), 1000 / ProbeWindow.median(others));
        Platform.exit();
    }

    private static boolean showsTheView(ProbeWindow w, Landscape l) {
        Domain d = w.app.landscape().shownProperty().get();
        return l.grid().nx() == 1000 && l.grid().xmin() == d.xmin() && l.grid().xmax() == d.xmax()
                && l.grid().ymin() == d.ymin() && l.grid().ymax() == d.ymax();
    }
}
