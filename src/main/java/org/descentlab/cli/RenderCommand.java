package org.descentlab.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import org.descentlab.core.Texts;
import org.descentlab.core.raster.Colormap;
import org.descentlab.core.raster.Domain;
import org.descentlab.core.raster.ScaleChoice;
import org.descentlab.core.run.Trajectory;
import org.descentlab.core.scenario.Scenario;
import org.descentlab.core.scenario.ScenarioJson;
import org.descentlab.core.scenario.ViewSettings;
import org.descentlab.ui.landscape.PictureWriter;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "render", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Writes the picture the app shows (heatmap, contours, colour bar, axes, each run's path) as a PNG"
                + " of exactly the given size, with no display needed.",
            "Then one line per run on stderr: 'stop: RUN REASON at step K', and for a divergence 'stop: RUN diverged at"
                + " step K: CAUSE' (overshoot, unbounded or undefined; see 'run --help').",
            "A run is \"OPTIMIZER [start=X,Y] [lr=V] [steps=N] [tol=T] [noise=S] [clip=C] [seed=S] [defaults=pytorch|keras]"
                + " [name=value ...]\"."})
final class RenderCommand implements Callable<Integer> {

    /** The colormap names for help texts, from the colormaps. */
    static final class ColormapNames implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Arrays.stream(Colormap.values()).map(Colormap::id).iterator();
        }
    }

    private static final int MIN_WIDTH = 240;
    private static final int MIN_HEIGHT = 120;
    private static final int MAX_SIDE = 8192;

    @Spec
    CommandSpec spec;

    @Mixin
    PictureSource source = new PictureSource();

    @Option(names = "--out", required = true, paramLabel = "FILE.png",
            description = "where to write the PNG; checked before any work, and left as it was if drawing fails")
    Path out;

    @Option(names = "--size", paramLabel = "WxH", defaultValue = "800x600", description = "picture size (default"
            + " ${DEFAULT-VALUE}); one this Java has not the memory for (about 40 bytes a pixel) is refused")
    String size;

    @Option(names = "--pixel-scale", paramLabel = "1|2", defaultValue = "1", description = "pixels a unit (default"
            + " ${DEFAULT-VALUE}): 2 draws the same picture with twice the pixels each way, W·2 × H·2, its heatmap sampled"
            + " as finely and its lines and letters as sharp (a HiDPI screen's look)")
    String pixelScale;

    @Option(names = "--colormap", paramLabel = "NAME", completionCandidates = ColormapNames.class,
            description = "one of ${COMPLETION-CANDIDATES}, in any case (default viridis, or the scenario's)")
    String colormap;

    @Option(names = "--scale", paramLabel = "auto|linear|log", description = "colour scale (default auto, or the scenario's)")
    String scale;

    @Option(names = "--equal-scale", paramLabel = "true|false", arity = "1",
            description = "one unit the same length on both axes, the shorter side widened to fill the picture "
                    + "(default true, or the scenario's)")
    Boolean equalScale;

    @Option(names = "--contours", paramLabel = "N", description = "number of contour lines (default 15, or the scenario's)")
    Integer contours;

    @Option(names = "--save-scenario", paramLabel = "FILE",
            description = "also write the scenario these options describe; render --scenario FILE draws the same picture")
    Path saveScenario;

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter err = spec.commandLine().getErr();
        int[] wh = parseSize(size);
        int pixels = parsePixelScale(pixelScale);
        requireSide(wh, pixels);
        requireMemory(wh[0], wh[1], pixels);
        OutputFiles.requireWritable("--out", out);
        if (saveScenario != null) {
            OutputFiles.requireWritable("--save-scenario", saveScenario);
            OutputFiles.requireDifferent(out, saveScenario);
        }
        ScenarioOptions.Resolved resolved = source.resolve(err);
        Scenario s = resolved.scenario().withView(view(resolved));
        // after every check, so that refused input gives its error line alone
        if (!out.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".png")) {
            err.println("warning: --out " + out + " does not end in .png; it is written as a PNG");
        }
        List<Trajectory> trajectories = PictureSource.trajectories(resolved, s);
        PictureWriter.write(new PictureWriter.Picture(resolved.sampler(), s, trajectories), wh[0], wh[1], pixels, out);
        if (saveScenario != null) {
            ScenarioJson.write(s, saveScenario);
        }
        for (int k = 0; k < trajectories.size(); k++) {
            Trajectory t = trajectories.get(k);
            err.println("stop: " + (k + 1) + " " + StopLines.of(t.stop()));
        }
        return Cli.OK;
    }

    /** The scenario's view with the options applied; a bare function needs --domain. */
    private ViewSettings view(ScenarioOptions.Resolved resolved) {
        ViewSettings v = source.view(resolved);
        if (colormap != null) {
            // as the window names them, "Viridis", or as files do, "viridis"
            v = v.withColormap(Colormap.byId(colormap.toLowerCase(Locale.ROOT)).orElseThrow(() -> new InputException(
                    "unknown colormap '" + colormap + "'; accepted: " + String.join(", ", new ColormapNames()))));
        }
        if (scale != null) {
            v = v.withScale(ScaleChoice.byId(scale).orElseThrow(() -> new InputException(
                    "--scale must be one of " + Arrays.stream(ScaleChoice.values()).map(ScaleChoice::id).collect(Collectors.joining(", "))
                            + ", got '" + scale + "'")));
        }
        if (equalScale != null) {
            v = v.withEqualScale(equalScale);
        }
        if (contours != null) {
            if (contours < 0 || contours > ViewSettings.MAX_CONTOURS) {
                throw new InputException("--contours must be between 0 and " + ViewSettings.MAX_CONTOURS + ", got " + contours);
            }
            v = v.withContours(contours);
        }
        return v;
    }

    static int parsePixelScale(String text) {
        return switch (Texts.strip(text)) {
            case "1" -> 1;
            case "2" -> 2;
            default -> throw new InputException("--pixel-scale must be 1 or 2, got '" + text + "'");
        };
    }

    /** The picture drawn, W·s × H·s, must be no wider or taller than one of --size's largest. */
    private static void requireSide(int[] wh, int pixels) {
        if (Math.max(wh[0], wh[1]) * pixels > MAX_SIDE) {
            throw new InputException("--size " + wh[0] + "x" + wh[1] + " at --pixel-scale " + pixels + " is " + wh[0] * pixels
                    + "x" + wh[1] * pixels + " pixels; the largest side drawn is " + MAX_SIDE);
        }
    }

    /** A picture this Java has not the memory to draw is refused before any work. */
    static void requireMemory(int width, int height) {
        requireMemory(width, height, 1);
    }

    /** As {@link #requireMemory(int, int)} for the pixels drawn at {@code pixels} a unit. */
    static void requireMemory(int width, int height, int pixels) {
        requireMemory(PictureWriter.memoryNeeded(width * pixels, height * pixels), width, height, pixels, "render");
    }

    /** Work of {@code needed} bytes that this Java has not the memory for is refused before it starts. */
    static void requireMemory(long needed, int width, int height, String command) {
        requireMemory(needed, width, height, 1, command);
    }

    private static void requireMemory(long needed, int width, int height, int pixels, String command) {
        long most = Runtime.getRuntime().maxMemory();
        if (needed > most) {
            String drawn = pixels == 1 ? "" : " at --pixel-scale " + pixels + " (" + width * pixels + "x" + height * pixels + " pixels)";
            throw new InputException("--size " + width + "x" + height + drawn + " needs about " + OutputFiles.gigabytes(needed)
                    + " of memory to draw, and Java may use " + OutputFiles.gigabytes(most) + " here: ask for a smaller"
                    + " picture, or give Java more memory (java -Xmx" + (needed + (1L << 30) - 1 >> 30) + "g -jar descentlab.jar "
                    + command + " ...)");
        }
    }

    static Domain parseDomain(String text) {
        String[] parts = text.split(",", -1);
        if (parts.length != 4) {
            throw new InputException("--domain must be XMIN,XMAX,YMIN,YMAX, got '" + text + "'");
        }
        double[] v = new double[4];
        for (int k = 0; k < 4; k++) {
            try {
                v[k] = Double.parseDouble(Texts.strip(parts[k]));
            } catch (NumberFormatException e) {
                throw new InputException("--domain must be four numbers XMIN,XMAX,YMIN,YMAX, got '" + text + "'");
            }
        }
        Domain d;
        try {
            d = Domain.of(v);
        } catch (IllegalArgumentException e) {
            throw new InputException("--domain: " + e.getMessage());
        }
        if (!d.isDrawable()) {
            throw new InputException("--domain: " + text + " is too small or too large to draw");
        }
        return d;
    }

    static int[] parseSize(String text) {
        String[] parts = text.toLowerCase(Locale.ROOT).split("x", -1);
        try {
            if (parts.length == 2) {
                int w = Integer.parseInt(Texts.strip(parts[0]));
                int h = Integer.parseInt(Texts.strip(parts[1]));
                if (w >= MIN_WIDTH && h >= MIN_HEIGHT && w <= MAX_SIDE && h <= MAX_SIDE) {
                    return new int[] {w, h};
                }
            }
        } catch (NumberFormatException e) {
            // falls through
        }
        throw new InputException("--size must be WxH with W from " + MIN_WIDTH + " and H from " + MIN_HEIGHT
                + " up to " + MAX_SIDE + ", got '" + text + "'");
    }
}
