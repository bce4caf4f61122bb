package org.descentlab.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.descentlab.core.Texts;
import org.descentlab.core.analysis.Progress;
import org.descentlab.core.raster.AnimatedGif;
import org.descentlab.core.run.Trajectory;
import org.descentlab.core.scenario.Scenario;
import org.descentlab.ui.landscape.AnimationWriter;
import org.descentlab.ui.landscape.HeadlessFx;
import org.descentlab.ui.landscape.PictureWriter;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "gif", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Writes the descent as an animated GIF: exactly N frames of the picture 'render' draws, each run"
                + " drawn up to the playhead, which moves from the start (the first frame) to the end of the longest"
                + " shown run (the last), all frames in one palette of 255 colours.",
            "A GIF's delays are whole hundredths of a second: frame k ends at round(100 k / F) hundredths, so the"
                + " delays alternate where 100 / F is no whole number (30 fps: 3, 4, 3, 3, 4, 3, ...) and the whole lasts"
                + " N / F seconds, to the hundredth.",
            "Then one line per run on stderr, as render prints: 'stop: RUN REASON at step K'.",
            "A run is \"OPTIMIZER [start=X,Y] [lr=V] [steps=N] [tol=T] [noise=S] [clip=C] [seed=S] [defaults=pytorch|keras]"
                + " [name=value ...]\"."})
final class GifCommand implements Callable<Integer> {

    private static final String FOREVER = "forever";

    @Spec
    CommandSpec spec;

    @Mixin
    PictureSource source = new PictureSource();

    @Option(names = "--out", required = true, paramLabel = "FILE.gif",
            description = "where to write the GIF; checked before any work, and left as it was if writing fails")
    Path out;

    @Option(names = "--size", paramLabel = "WxH", defaultValue = "800x600", description = "frame size (default"
            + " ${DEFAULT-VALUE}); one this Java has not the memory for is refused")
    String size;

    @Option(names = "--frames", paramLabel = "N", defaultValue = "100", description = "number of frames, from "
            + AnimationWriter.MIN_FRAMES + " to " + AnimationWriter.MAX_FRAMES + " (default ${DEFAULT-VALUE})")
    int frames;

    @Option(names = "--fps", paramLabel = "F", defaultValue = "20", description = "frames a second, from 1 to "
            + AnimatedGif.MAX_FPS + " (default ${DEFAULT-VALUE})")
    int fps;

    @Option(names = "--loop", paramLabel = "N|forever", description = "how many times it plays in all, from 1 to "
            + AnimatedGif.MAX_PLAYS + ", or forever (the default)")
    String loop;

    @Option(names = "--no-loop", description = "plays once and stays on the last frame (as --loop 1)")
    boolean noLoop;

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter err = spec.commandLine().getErr();
        int[] wh = RenderCommand.parseSize(size);
        if (frames < AnimationWriter.MIN_FRAMES || frames > AnimationWriter.MAX_FRAMES) {
            throw new InputException("--frames must be from " + AnimationWriter.MIN_FRAMES + " to "
                    + AnimationWriter.MAX_FRAMES + ", got " + frames);
        }
        if (fps < 1 || fps > AnimatedGif.MAX_FPS) {
            throw new InputException("--fps must be from 1 to " + AnimatedGif.MAX_FPS
                    + " (a GIF's delays are whole hundredths of a second), got " + fps);
        }
        int plays = plays();
        RenderCommand.requireMemory(AnimationWriter.memoryNeeded(wh[0], wh[1]), wh[0], wh[1], "gif");
        OutputFiles.requireWritable("--out", out);
        ScenarioOptions.Resolved resolved = source.resolve(err);
        Scenario s = resolved.scenario().withView(source.view(resolved));
        // after every check, so that refused input gives its error line alone
        if (!out.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gif")) {
            err.println("warning: --out " + out + " does not end in .gif; it is written as a GIF");
        }
        List<Trajectory> trajectories = PictureSource.trajectories(resolved, s);
        HeadlessFx.start();
        AnimationWriter.write(new PictureWriter.Picture(resolved.sampler(), s, trajectories),
                new AnimationWriter.Settings(wh[0], wh[1], frames, fps, plays, false), out, Progress.NONE);
        for (int k = 0; k < trajectories.size(); k++) {
            err.println("stop: " + (k + 1) + " " + StopLines.of(trajectories.get(k).stop()));
        }
        return Cli.OK;
    }

    /** 0 for forever, else how many times it plays. */
    private int plays() {
        if (noLoop) {
            if (loop != null) {
                throw new InputException("give --loop or --no-loop, not both");
            }
            return 1;
        }
        if (loop == null || Texts.strip(loop).equalsIgnoreCase(FOREVER)) {
            return 0;
        }
        try {
            int n = Integer.parseInt(Texts.strip(loop));
            if (n >= 1 && n <= AnimatedGif.MAX_PLAYS) {
                return n;
            }
        } catch (NumberFormatException e) {
            // falls through
        }
        throw new InputException("--loop must be forever or how many times it plays, from 1 to "
                + AnimatedGif.MAX_PLAYS + ", got '" + loop + "'");
    }
}
