package org.descentlab.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.descentlab.core.analysis.Progress;
import org.descentlab.core.expr.CompiledFunction;
import org.descentlab.core.expr.Expressions;
import org.descentlab.core.expr.ParseResult;
import org.descentlab.core.run.Runner;
import org.descentlab.core.run.Trajectory;
import org.descentlab.core.preset.PresetLibrary;
import org.descentlab.core.scenario.Scenario;
import org.descentlab.ui.landscape.AnimationWriter;
import org.descentlab.ui.landscape.HeadlessFx;
import org.descentlab.ui.landscape.PictureWriter;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * {@code gif}'s work for 200 frames at 800×600 on the headless toolkit, once its runs are computed: the
 * landscape rendered and drawn once, each frame's paths drawn and snapshotted, the palette, the encoding and
 * the atomic write. One shot a measurement: the whole export is what a user waits for.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class GifBenchmark {

    /** Himmelblau: four runs of up to 347 steps; Rosenbrock: four of up to 1000, dashed and dotted. */
    @Param({"himmelblau", "rosenbrock"})
    String preset;

    private PictureWriter.Picture picture;
    private Path out;

    @Setup
    public void setUp() throws IOException, InterruptedException {
        Scenario s = PresetLibrary.bundled().byId(preset).orElseThrow().scenario();
        CompiledFunction f = ((ParseResult.Success) Expressions.parse(s.function())).function();
        List<Trajectory> paths = new ArrayList<>();
        for (int k = 0; k < s.runs().size(); k++) {
            paths.add(Runner.run(f, s.config(k)));
        }
        picture = new PictureWriter.Picture(f, s, paths);
        out = Files.createTempFile("descentlab-gif", ".gif");
        HeadlessFx.start();
    }

    @TearDown
    public void tearDown() throws IOException {
        Files.deleteIfExists(out);
    }

    @Benchmark
    public long frames200At800x600() throws IOException, InterruptedException {
        AnimationWriter.write(picture, new AnimationWriter.Settings(800, 600, 200, 20, 0, false), out, Progress.NONE);
        return Files.size(out);
    }
}
