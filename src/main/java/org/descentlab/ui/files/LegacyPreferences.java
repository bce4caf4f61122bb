package org.descentlab.ui.files;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

import org.descentlab.core.Vec2;
import org.descentlab.core.optim.Optimizers;
import org.descentlab.core.preset.PresetLibrary;
import org.descentlab.core.raster.Colormap;
import org.descentlab.core.raster.Domain;
import org.descentlab.core.raster.ScaleChoice;
import org.descentlab.core.scenario.Layout;
import org.descentlab.core.scenario.LineStyle;
import org.descentlab.core.scenario.RunGrammar;
import org.descentlab.core.scenario.RunSettings;
import org.descentlab.core.scenario.Scenario;

/**
 * The state the versions before files kept in Java Preferences, key by key, read once into a scenario
 * and settings on the first start after the change. A value that does not read is skipped, as those
 * versions did.
 */
public final class LegacyPreferences {

    /** The old state as a scenario, and the settings it held. */
    public record Imported(Scenario scenario, AppSettings settings) {
    }

    private static final String NODE = "org/descentlab";

    private LegacyPreferences() {
    }

    /** The user's old preferences, if there are any with a function in them. */
    public static Optional<Function<String, String>> user() {
        try {
            if (!Preferences.userRoot().nodeExists(NODE)) {
                return Optional.empty();
            }
            Preferences node = Preferences.userRoot().node(NODE);
            return node.get("function", null) == null ? Optional.empty() : Optional.of(key -> node.get(key, null));
        } catch (BackingStoreException | SecurityException | IllegalStateException e) {
            return Optional.empty();
        }
    }

    /** Converts the old keys; {@code get} answers null for a key that is not there. */
    public static Optional<Imported> read(Function<String, String> get, PresetLibrary.Loaded presets, AppSettings base) {
        String function = get.apply("function");
        if (function == null || function.isBlank()) {
            return Optional.empty();
        }
        String presetId = Optional.ofNullable(get.apply("preset")).orElse("");
        Scenario s = presets.byId(presetId).map(p -> p.scenario()).orElse(Scenario.of(Scenario.DEFAULT_FUNCTION));
        s = quietly(s, x -> x.withFunction(function));
        List<RunSettings> runs = new ArrayList<>();
        for (String line : Optional.ofNullable(get.apply("runs")).orElse("").split("\n")) {
            try {
                String[] f = line.split("\t", -1);
                RunSettings r = RunGrammar.parse(f[4], RunGrammar.Base.DEFAULT, runs.size()).withName(f[0])
                        .withColour(Math.floorMod(Integer.parseInt(f[1]), RunSettings.COLOURS))
                        .withLine(LineStyle.valueOf(f[2])).withVisible(Boolean.parseBoolean(f[3]));
                if (runs.size() < Scenario.MAX_RUNS) {
                    runs.add(r);
                }
            } catch (RuntimeException skipped) {
                // a run that no longer reads is left out
            }
        }
        if (runs.isEmpty() && get.apply("optimizer") != null) {
            // written by a version with one run
            StringBuilder spec = new StringBuilder(get.apply("optimizer"));
            for (String pair : Optional.ofNullable(get.apply("parameters")).orElse("").split(" ")) {
                if (pair.contains("=")) {
                    spec.append(' ').append(pair);
                }
            }
            try {
                runs.add(RunGrammar.parse(spec.toString()));
            } catch (IllegalArgumentException skipped) {
                runs.add(RunSettings.of(Optimizers.all().get(0).defaults(), 0));
            }
        }
        if (!runs.isEmpty()) {
            s = s.withRuns(runs);
            int selected = integer(get.apply("selected"), 0);
            s = s.withSelected(Math.max(0, Math.min(runs.size() - 1, selected)));
        }
        String colormap = get.apply("colormap");
        String scale = get.apply("scale");
        s = quietly(s, x -> x.withView(x.view().withColormap(Colormap.byId(colormap).orElseThrow())));
        s = quietly(s, x -> x.withView(x.view().withScale(ScaleChoice.byId(scale).orElseThrow())));
        s = quietly(s, x -> x.withView(x.view().withContours(Integer.parseInt(get.apply("contours")))));
        s = quietly(s, x -> x.withLayout(Layout.valueOf(get.apply("layout").toUpperCase(Locale.ROOT))));
        s = quietly(s, x -> x.withSteps(Integer.parseInt(get.apply("steps"))));
        s = quietly(s, x -> x.withTolerance(Double.parseDouble(get.apply("tol"))));
        s = quietly(s, x -> {
            String[] d = get.apply("domain").split(",");
            Domain domain = new Domain(Double.parseDouble(d[0]), Double.parseDouble(d[1]), Double.parseDouble(d[2]),
                    Double.parseDouble(d[3]));
            return domain.isDrawable() ? x.withView(x.view().withDomain(domain)) : x;
        });
        s = quietly(s, x -> {
            String[] xy = get.apply("start").split(",");
            return x.withStart(new Vec2(Double.parseDouble(xy[0]), Double.parseDouble(xy[1])));
        });
        if (!presets.byId(presetId).map(p -> p.scenario().function().equals(function)).orElse(false)) {
            // the minima and the story were the preset's, for its function
            s = s.withMinima(List.of()).withNotes("");
        }
        AppSettings settings = base.withDark(Boolean.parseBoolean(get.apply("dark")))
                .withGhostTrails(!"false".equals(get.apply("ghosts"))).withImportedPreferences(true);
        try {
            String[] w = get.apply("window").split(",");
            double width = Double.parseDouble(w[2]);
            double height = Double.parseDouble(w[3]);
            if (width >= 640 && height >= 480) {
                settings = settings.withWindow(new AppSettings.Window(Double.parseDouble(w[0]), Double.parseDouble(w[1]), width,
                        height, false));
            }
        } catch (RuntimeException skipped) {
            // the default window
        }
        return Optional.of(new Imported(s, settings));
    }

    private static Scenario quietly(Scenario s, java.util.function.UnaryOperator<Scenario> change) {
        try {
            return change.apply(s);
        } catch (RuntimeException e) {
            return s;
        }
    }

    private static int integer(String text, int otherwise) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            return otherwise;
        }
    }
}
