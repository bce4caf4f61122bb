package org.descentlab.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javafx.stage.Stage;

import org.descentlab.core.optim.OptimizerType;
import org.descentlab.core.optim.Optimizers;
import org.descentlab.core.preset.Preset;
import org.descentlab.core.raster.Colormap;
import org.descentlab.core.raster.Domain;
import org.descentlab.core.raster.ScaleChoice;
import org.descentlab.core.run.RunSpec;

/**
 * Saves and restores the window and the last state: function, preset, view, the runs (each as a run spec
 * with its name, colour, line style and visibility), start and run settings. A value that no longer reads is skipped: the app starts with a preset instead.
 */
final class SessionMemory {

    static final String DEFAULT_PRESET = "rosenbrock";

    private SessionMemory() {
    }

    static void save(AppSettings s, MainViewModel vm, Stage stage, boolean dark) {
        s.put("window", stage.getX() + "," + stage.getY() + "," + stage.getWidth() + "," + stage.getHeight());
        s.put("function", vm.functionTextProperty().get());
        Preset p = vm.presetProperty().get();
        s.put("preset", p == null ? "" : p.id());
        Domain d = vm.domainProperty().get();
        s.put("domain", d.xmin() + "," + d.xmax() + "," + d.ymin() + "," + d.ymax());
        StringBuilder runs = new StringBuilder();
        for (RunViewModel r : vm.runs()) {
            runs.append(r.nameProperty().get().replaceAll("[\\t\\n]", " ")).append('\t').append(r.colourProperty().get())
                    .append('\t').append(r.lineStyleProperty().get().name()).append('\t').append(r.visibleProperty().get())
                    .append('\t').append(spec(r)).append('\n');
        }
        s.put("runs", runs.toString());
        s.put("selected", String.valueOf(vm.runs().indexOf(vm.selectedRunProperty().get())));
        double[] start = vm.startProperty().get();
        s.put("start", start[0] + "," + start[1]);
        s.put("steps", String.valueOf(vm.maxStepsProperty().get()));
        s.put("tol", String.valueOf(vm.toleranceProperty().get()));
        s.put("colormap", vm.colormapProperty().get().id());
        s.put("scale", vm.scaleProperty().get().id());
        s.put("contours", String.valueOf(vm.contoursProperty().get()));
        s.put("dark", String.valueOf(dark));
        s.put("layout", vm.layoutProperty().get().name());
        s.put("ghosts", String.valueOf(vm.showGhostsProperty().get()));
        s.flush();
    }

    /** Restores the last state, or loads the default preset on a first launch. */
    static void restore(AppSettings s, MainViewModel vm) {
        String presetId = s.get("preset", "");
        String function = s.get("function", "");
        vm.presets().byId(presetId.isEmpty() ? DEFAULT_PRESET : presetId)
                .or(() -> vm.presets().byId(DEFAULT_PRESET))
                .or(() -> vm.presets().presets().stream().findFirst())
                .ifPresent(vm::applyPreset);
        if (function.isEmpty()) {
            return;
        }
        List<RunViewModel> runs = new ArrayList<>();
        for (String line : s.get("runs", "").split("\n")) {
            quietly(() -> runs.add(run(line, runs.size())));
        }
        if (!runs.isEmpty()) {
            int selected = parseOr(s.get("selected", "0"), 0);
            vm.setRuns(runs, runs.get(Math.max(0, Math.min(runs.size() - 1, selected))));
        } else {
            quietly(() -> {
                // written by a version with one run
                OptimizerType type = Optimizers.require(s.get("optimizer", "gd"));
                vm.setOptimizerType(type);
                for (String pair : s.get("parameters", "").split(" ")) {
                    int eq = pair.indexOf('=');
                    if (eq > 0) {
                        vm.setParameter(pair.substring(0, eq), pair.substring(eq + 1));
                    }
                }
            });
        }
        quietly(() -> vm.colormapProperty().set(Colormap.byId(s.get("colormap", "viridis")).orElse(Colormap.VIRIDIS)));
        quietly(() -> vm.scaleProperty().set(ScaleChoice.valueOf(s.get("scale", "auto").toUpperCase(Locale.ROOT))));
        quietly(() -> vm.contoursProperty().set(Integer.parseInt(s.get("contours", "15"))));
        quietly(() -> vm.layoutProperty().set(MainViewModel.Layout.valueOf(s.get("layout", "OVERLAY"))));
        vm.showGhostsProperty().set(!"false".equals(s.get("ghosts", "true")));
        quietly(() -> vm.maxStepsProperty().set(Integer.parseInt(s.get("steps", "1000"))));
        quietly(() -> vm.toleranceProperty().set(Double.parseDouble(s.get("tol", "1e-6"))));
        vm.setFunctionText(function);
        quietly(() -> {
            String[] d = s.get("domain", "").split(",");
            vm.setDomain(d[0], d[1], d[2], d[3]);
        });
        quietly(() -> {
            String[] xy = s.get("start", "").split(",");
            double x = Double.parseDouble(xy[0]);
            double y = Double.parseDouble(xy[1]);
            if (Double.isFinite(x) && Double.isFinite(y)) {
                vm.startProperty().set(new double[] {x, y});
            }
        });
    }

    /** A run in the run-spec grammar, with its own start, noise and seed when it has them. */
    static String spec(RunViewModel r) {
        StringBuilder spec = new StringBuilder(r.typeProperty().get().name());
        r.optimizerProperty().get().describe().forEach((k, v) -> spec.append(' ').append(k).append('=').append(v));
        spec.append(" defaults=").append(r.conventionProperty().get().id());
        double[] own = r.ownStartProperty().get();
        if (own != null) {
            spec.append(" start=").append(own[0]).append(',').append(own[1]);
        }
        if (r.noiseProperty().get() > 0) {
            spec.append(" noise=").append(r.noiseProperty().get()).append(" seed=").append(r.seedProperty().get());
        }
        return spec.toString();
    }

    private static RunViewModel run(String line, int index) {
        String[] f = line.split("\t", -1);
        RunViewModel r = MainViewModel.fromSpec(RunSpec.parse(f[4]), index);
        r.nameProperty().set(f[0]);
        r.colourProperty().set(Math.floorMod(Integer.parseInt(f[1]), Palette.PATHS.length));
        r.lineStyleProperty().set(RunViewModel.LineStyle.valueOf(f[2]));
        r.visibleProperty().set(Boolean.parseBoolean(f[3]));
        return r;
    }

    private static int parseOr(String text, int otherwise) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            return otherwise;
        }
    }

    static void placeWindow(AppSettings s, Stage stage) {
        quietly(() -> {
            String[] w = s.get("window", "").split(",");
            double width = Double.parseDouble(w[2]);
            double height = Double.parseDouble(w[3]);
            if (width >= 640 && height >= 480) {
                stage.setX(Double.parseDouble(w[0]));
                stage.setY(Double.parseDouble(w[1]));
                stage.setWidth(width);
                stage.setHeight(height);
            }
        });
    }

    static boolean dark(AppSettings s) {
        return Boolean.parseBoolean(s.get("dark", "false"));
    }

    /** A remembered value that does not read is skipped. */
    private static void quietly(Runnable r) {
        try {
            r.run();
        } catch (RuntimeException e) {
            // keep the state the preset gave
        }
    }
}
