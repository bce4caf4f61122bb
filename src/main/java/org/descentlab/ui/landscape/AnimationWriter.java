package org.descentlab.ui.landscape;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.Supplier;

import javafx.application.Platform;

import org.descentlab.core.AtomicFiles;
import org.descentlab.core.analysis.Progress;
import org.descentlab.core.raster.AnimatedGif;
import org.descentlab.core.raster.GifPalette;
import org.descentlab.ui.base.Palette;
import org.descentlab.ui.base.Text;

/**
 * Writes a scenario's descent as an animated GIF: every frame the picture {@code render} draws, with the
 * playhead moving from the start to the end of the longest shown run, all frames in one palette. The still
 * part of the picture is drawn once and only the paths per frame; frames are drawn on the FX thread a few at
 * a time while the ones before are encoded on the calling thread.
 */
public final class AnimationWriter {

    public static final int MIN_FRAMES = 2;
    /** The most frames: 20 s at 50 fps, over 16 minutes at 1 fps. */
    public static final int MAX_FRAMES = 1000;
    /** Frames drawn in one turn of the FX thread: few enough that a window stays responsive. */
    private static final int BATCH = 4;

    /**
     * How the animation looks and plays.
     *
     * @param plays how many times it plays: 0 for forever, 1 for once, up to {@link AnimatedGif#MAX_PLAYS}
     * @param dark  drawn in the dark theme (as the window may be); else as {@code render} draws
     */
    public record Settings(int width, int height, int frames, int fps, int plays, boolean dark) {
        public Settings {
            if (width < 1 || height < 1) {
                throw new IllegalArgumentException(Text.format("animation.noPixel", width, height));
            }
            if (frames < MIN_FRAMES || frames > MAX_FRAMES) {
                throw new IllegalArgumentException(Text.format("animation.frames", MIN_FRAMES, MAX_FRAMES, frames));
            }
            // the delays check fps; plays are checked by the GIF
            AnimatedGif.delays(1, fps);
            if (plays < 0 || plays > AnimatedGif.MAX_PLAYS) {
                throw new IllegalArgumentException(Text.format("animation.plays", AnimatedGif.MAX_PLAYS, plays));
            }
        }

        /** How long one play lasts, in hundredths of a second: frames / fps, to the hundredth. */
        public int hundredths() {
            return Arrays.stream(AnimatedGif.delays(frames, fps)).sum();
        }
    }

    private AnimationWriter() {
    }

    /**
     * About how much heap writing an animation of this size takes: the picture drawn once, and the frames
     * in flight (two batches of layers, the still part, a frame of indices and the GIF's own copy).
     */
    public static long memoryNeeded(int width, int height) {
        return PictureWriter.memoryNeeded(width, height) + (2L * BATCH + 4) * 4 * width * height;
    }

    /**
     * Writes the GIF atomically: a failure or a cancellation (a {@link CancellationException}) leaves the
     * file as it was and no partial file. Runs on any thread, the FX thread's being started (on the FX
     * thread itself the frames are drawn and encoded in turn); progress counts frames written.
     */
    public static void write(PictureWriter.Picture picture, Settings settings, Path out, Progress progress)
            throws IOException, InterruptedException {
        int n = settings.frames();
        AnimationFrames frames = await(onFx(() -> new AnimationFrames(picture, settings.width(), settings.height(), settings.dark())));
        int longest = AnimationFrames.longest(picture.scenario(), picture.trajectories());
        int[] playheads = new int[n];
        for (int i = 0; i < n; i++) {
            playheads[i] = AnimationFrames.playhead(i, n, longest);
        }
        List<int[]> ends = await(onFx(() -> frames.layers(new int[] {playheads[0], playheads[n - 1]})));
        int[] plot = frames.plot();
        int[] still = frames.still();
        int[] exact = AnimationFrames.exactColours(picture.scenario(), settings.dark() ? Palette.AXIS_TEXT_DARK : Palette.AXIS_TEXT);
        GifPalette palette = GifPalette.of(exact, List.of(composed(still, ends.get(0), frames.width(), plot),
                composed(still, ends.get(1), frames.width(), plot)));
        byte[] stillIndices = new byte[still.length];
        palette.indices(still, stillIndices);
        int[] delays = AnimatedGif.delays(n, settings.fps());
        AtomicFiles.write(out, stream -> {
            try (AnimatedGif gif = new AnimatedGif(stream, frames.width(), frames.height(), palette, settings.plays())) {
                CompletableFuture<List<int[]>> next = onFx(() -> frames.layers(Arrays.copyOfRange(playheads, 0, Math.min(BATCH, n))));
                for (int from = 0; from < n; from += BATCH) {
                    List<int[]> layers = awaitInWrite(next);
                    int after = from + BATCH;
                    next = after < n ? onFx(() -> frames.layers(Arrays.copyOfRange(playheads, after, Math.min(after + BATCH, n)))) : null;
                    for (int k = 0; k < layers.size(); k++) {
                        if (progress.cancelled()) {
                            throw new CancellationException();
                        }
                        gif.add(indices(stillIndices, still, layers.get(k), frames.width(), plot, palette), delays[from + k]);
                        progress.done(from + k + 1, n);
                    }
                }
            }
        });
    }

    /** A frame's palette indices: the still part's, with the top layer (premultiplied) over it in the plot. */
    static byte[] indices(byte[] stillIndices, int[] still, int[] layer, int width, int[] plot, GifPalette palette) {
        byte[] out = stillIndices.clone();
        int px = plot[0];
        int pw = plot[2];
        for (int y = 0; y < plot[3]; y++) {
            int row = (plot[1] + y) * width + px;
            int from = y * pw;
            for (int x = 0; x < pw; x++) {
                int s = layer[from + x];
                if (s >>> 24 != 0) {
                    out[row + x] = (byte) palette.index(over(s, still[row + x]));
                }
            }
        }
        return out;
    }

    /** The whole picture, opaque ARGB, with the top layer over the still part: for the palette. */
    static int[] composed(int[] still, int[] layer, int width, int[] plot) {
        int[] out = still.clone();
        for (int y = 0; y < plot[3]; y++) {
            int row = (plot[1] + y) * width + plot[0];
            for (int x = 0; x < plot[2]; x++) {
                out[row + x] = over(layer[y * plot[2] + x], still[row + x]);
            }
        }
        return out;
    }

    /** A premultiplied colour over an opaque one. */
    static int over(int premultiplied, int opaque) {
        int a = premultiplied >>> 24;
        if (a == 0xFF) {
            return premultiplied;
        }
        int rest = 255 - a;
        int r = (premultiplied >> 16 & 0xFF) + ((opaque >> 16 & 0xFF) * rest + 127) / 255;
        int g = (premultiplied >> 8 & 0xFF) + ((opaque >> 8 & 0xFF) * rest + 127) / 255;
        int b = (premultiplied & 0xFF) + ((opaque & 0xFF) * rest + 127) / 255;
        return 0xFF000000 | Math.min(255, r) << 16 | Math.min(255, g) << 8 | Math.min(255, b);
    }

    /** {@code work} on the FX thread: at once when called there, else in its turn. */
    private static <T> CompletableFuture<T> onFx(Supplier<T> work) {
        if (Platform.isFxApplicationThread()) {
            try {
                return CompletableFuture.completedFuture(work.get());
            } catch (RuntimeException | Error e) {
                return CompletableFuture.failedFuture(e);
            }
        }
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.get());
            } catch (RuntimeException | Error e) {
                result.completeExceptionally(e);
            }
        });
        return result;
    }

    private static <T> T await(CompletableFuture<T> future) throws InterruptedException {
        try {
            return future.get();
        } catch (ExecutionException e) {
            throw HeadlessFx.rethrown(e);
        }
    }

    /** As {@link #await}, where only an IOException may be thrown: an interruption becomes one. */
    private static <T> T awaitInWrite(CompletableFuture<T> future) throws IOException {
        try {
            return await(future);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException(e.getMessage());
        }
    }
}
