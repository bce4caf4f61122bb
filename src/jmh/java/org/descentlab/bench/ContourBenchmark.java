package org.descentlab.bench;

import java.util.concurrent.TimeUnit;

import org.descentlab.core.expr.CompiledFunction;
import org.descentlab.core.expr.Expressions;
import org.descentlab.core.expr.ParseResult;
import org.descentlab.core.raster.ContourLevels;
import org.descentlab.core.raster.ContourSet;
import org.descentlab.core.raster.Contours;
import org.descentlab.core.raster.GridSampler;
import org.descentlab.core.raster.SampledGrid;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** Marching squares for 15 levels over a 1000×1000 grid. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ContourBenchmark {

    @Param({"ROSENBROCK", "HIMMELBLAU", "RASTRIGIN", "EGGHOLDER"})
    ClassicFunction function;

    @Param({"linear", "log"})
    String spacing;

    private SampledGrid sampled;
    private double[] levels;

    @Setup
    public void setUp() {
        CompiledFunction f = ((ParseResult.Success) Expressions.parse(function.text())).function();
        sampled = GridSampler.sample(f, function.grid(1000));
        levels = (spacing.equals("log") ? ContourLevels.LOG : ContourLevels.LINEAR).levels(sampled, 15);
    }

    @Benchmark
    public ContourSet contours() {
        return Contours.trace(sampled, levels);
    }
}
