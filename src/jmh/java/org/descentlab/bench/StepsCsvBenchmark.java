package org.descentlab.bench;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.descentlab.core.AtomicFiles;
import org.descentlab.core.Vec2;
import org.descentlab.core.analysis.Progress;
import org.descentlab.core.export.StepsCsv;
import org.descentlab.core.expr.CompiledFunction;
import org.descentlab.core.expr.Expressions;
import org.descentlab.core.expr.ParseResult;
import org.descentlab.core.run.RunConfig;
import org.descentlab.core.scenario.RunGrammar;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The steps CSV of eight runs of 100,000 steps each on Rosenbrock (800,008 rows, every optimizer's state):
 * made and formatted into nothing, and written to a file as the window writes it.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class StepsCsvBenchmark {

    private static final String[] RUNS = {
        "gd lr=0.0001", "momentum lr=0.0001", "nesterov lr=0.0001", "adagrad lr=0.5", "rmsprop lr=0.001 centered=true",
        "adam lr=0.001 amsgrad=true", "adam lr=0.001 defaults=keras", "nadam lr=0.001",
    };

    private CompiledFunction function;
    private final List<RunConfig> configs = new ArrayList<>();
    private Path folder;

    @Setup
    public void setUp() throws IOException {
        function = ((ParseResult.Success) Expressions.parse("(1-x)^2 + 100*(y-x^2)^2")).function();
        for (String run : RUNS) {
            // tol 0: all 100,000 steps
            configs.add(RunGrammar.parse(run + " steps=100000 tol=0").config(new Vec2(-1.2, 1), RunConfig.DEFAULT_MAX_STEPS,
                    RunConfig.DEFAULT_TOLERANCE));
        }
        folder = Files.createTempDirectory("steps-csv-bench");
    }

    @TearDown
    public void tearDown() throws IOException {
        Files.deleteIfExists(folder.resolve("steps.csv"));
        Files.deleteIfExists(folder);
    }

    /** The runs and the text, to a writer that keeps nothing: what making and formatting cost. */
    @Benchmark
    public long formatted() throws IOException {
        Counting out = new Counting();
        StepsCsv.write(function, configs, out, Progress.NONE);
        return out.chars;
    }

    /** As the window writes it: UTF-8, to a temporary file forced to disk and moved over the target. */
    @Benchmark
    public long toFile() throws IOException {
        Path file = folder.resolve("steps.csv");
        AtomicFiles.write(file, stream -> {
            Writer w = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
            StepsCsv.write(function, configs, w, Progress.NONE);
            w.flush();
        });
        return Files.size(file);
    }

    /** Counts what it is given. */
    private static final class Counting extends Writer {
        long chars;

        @Override
        public void write(char[] buffer, int offset, int length) {
            chars += length;
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }
}
