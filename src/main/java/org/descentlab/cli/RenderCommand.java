package org.descentlab.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.descentlab.core.expr.CompiledFunction;
import org.descentlab.core.preset.Preset;
import org.descentlab.core.raster.Colormap;
import org.descentlab.core.raster.Domain;
import org.descentlab.core.raster.Landscape;
import org.descentlab.core.raster.ScaleChoice;
import org.descentlab.core.run.RunConfig;
import org.descentlab.core.run.RunSpec;
import org.descentlab.core.run.Runner;
import org.descentlab.ui.Palette;
import org.descentlab.ui.PathLayer;
import org.descentlab.ui.PictureWriter;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "render", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Writes the picture the app shows (heatmap, contours, colour bar, axes, each run's path)",
            "as a PNG of exactly the given size, with no display needed.",
            "A run is \"OPTIMIZER [start=X,Y] [lr=V] [steps=N] [tol=T] [noise=S] [clip=C] [seed=S] [defaults=pytorch|keras]"
                + " [name=value ...]\"."})
final class RenderCommand implements Callable<Integer> {

    private static final int MIN_WIDTH = 240;
    private static final int MIN_HEIGHT = 120;
    private static final int MAX_SIDE = 8192;

    @Spec
    CommandSpec spec;

    @picocli.CommandLine.Mixin
    RunsOptions options = new RunsOptions();

    @Option(names = "--domain", paramLabel = "XMIN,XMAX,YMIN,YMAX", description = "the rectangle to draw")
    String domain;

    @Option(names = "--out", required = true, paramLabel = "FILE.png", description = "where to write the PNG")
    Path out;

    @Option(names = "--size", paramLabel = "WxH", defaultValue = "800x600", description = "picture size (default ${DEFAULT-VALUE})")
    String size;

    @Option(names = "--colormap", paramLabel = "NAME", defaultValue = "viridis",
            description = "viridis, magma, inferno, plasma, cividis, turbo or grayscale (default ${DEFAULT-VALUE})")
    String colormap;

    @Option(names = "--scale", paramLabel = "auto|linear|log", defaultValue = "auto", description = "colour scale (default ${DEFAULT-VALUE})")
    String scale;

    @Option(names = "--contours", paramLabel = "N", defaultValue = "15", description = "number of contour lines (default ${DEFAULT-VALUE})")
    int contours;

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter err = spec.commandLine().getErr();
        Preset p = options.preset();
        String text = options.functionText(p);
        Domain d;
        if (domain != null) {
            d = parseDomain(domain);
        } else if (p != null) {
            d = Domain.of(p.domain());
        } else {
            throw new InputException("give --domain XMIN,XMAX,YMIN,YMAX or --preset");
        }
        int[] wh = parseSize(size);
        Colormap map = Colormap.byId(colormap).orElseThrow(() -> new InputException(
                "unknown colormap '" + colormap + "'; accepted: viridis, magma, inferno, plasma, cividis, turbo, grayscale"));
        ScaleChoice scaleChoice = switch (scale) {
            case "auto" -> ScaleChoice.AUTO;
            case "linear" -> ScaleChoice.LINEAR;
            case "log" -> ScaleChoice.LOG;
            default -> throw new InputException("--scale must be auto, linear or log, got '" + scale + "'");
        };
        if (contours < 0 || contours > 200) {
            throw new InputException("--contours must be between 0 and 200, got " + contours);
        }
        Path parent = out.toAbsolutePath().getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            throw new InputException("cannot write " + out + ": the folder " + parent + " does not exist");
        }
        CompiledFunction f = Inputs.function(text, err);
        double[] s = options.start(p);
        List<String> specs = options.specs(p);
        if (!specs.isEmpty() && s == null) {
            throw new InputException("runs need a start: give --start X,Y (or start=X,Y in each run)");
        }
        List<PathLayer> paths = new ArrayList<>();
        RunSpec.Defaults runDefaults = options.runDefaults(s);
        for (int k = 0; k < specs.size(); k++) {
            RunSpec run = RunSpec.parse(specs.get(k), options.defaults.convention());
            RunConfig config = run.config(runDefaults);
            var t = Runner.run(f, config);
            paths.add(new PathLayer(t, Palette.path(k), run.text()));
            err.println("stop: " + (k + 1) + " " + t.stop().reason().id() + " at step " + t.stop().step());
        }
        List<double[]> minima = p != null && options.function == null ? p.minima() : List.of();
        PictureWriter.write(new PictureWriter.Picture(f, d, new Landscape.Style(map, scaleChoice, contours), s, minima, paths),
                wh[0], wh[1], out);
        return Cli.OK;
    }

    static Domain parseDomain(String text) {
        String[] parts = text.split(",", -1);
        if (parts.length != 4) {
            throw new InputException("--domain must be XMIN,XMAX,YMIN,YMAX, got '" + text + "'");
        }
        double[] v = new double[4];
        for (int k = 0; k < 4; k++) {
            try {
                v[k] = Double.parseDouble(parts[k].strip());
            } catch (NumberFormatException e) {
                throw new InputException("--domain must be four numbers XMIN,XMAX,YMIN,YMAX, got '" + text + "'");
            }
        }
        try {
            return Domain.of(v);
        } catch (IllegalArgumentException e) {
            throw new InputException("--domain: " + e.getMessage());
        }
    }

    private static int[] parseSize(String text) {
        String[] parts = text.toLowerCase(java.util.Locale.ROOT).split("x", -1);
        try {
            if (parts.length == 2) {
                int w = Integer.parseInt(parts[0].strip());
                int h = Integer.parseInt(parts[1].strip());
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
