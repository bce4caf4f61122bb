package org.descentlab.bench;

import java.util.concurrent.TimeUnit;

import org.descentlab.core.expr.CompiledFunction;
import org.descentlab.core.expr.Expressions;
import org.descentlab.core.expr.ParseResult;
import org.descentlab.core.raster.Grid;
import org.descentlab.core.raster.GridSampler;
import org.descentlab.core.raster.SampledGrid;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The first sampling of 1000×1000 points after a number in the function was edited (x^2 + 4*y^2 to
 * x^2 + 4.001*y^2: a text not read before, of a shape read before), against sampling a function already
 * sampled many times ("warm"). Each measured shot is one edit.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 10)
@Measurement(iterations = 40)
public class EditNumberBenchmark {

    @Param({"x^2 + K*y^2", "(1-x)^2 + K*(y-x^2)^2", "20 + x^2 - K*cos(2*pi*x) + y^2 - 10*cos(2*pi*y)"})
    String shape;

    @Param({"edited", "warm"})
    String kind;

    private final Grid grid = ClassicFunction.ROSENBROCK.grid(1000);
    private CompiledFunction function;
    private int edits;

    @Setup(Level.Iteration)
    public void edit() {
        if (function == null || kind.equals("edited")) {
            edits++;
            String text = shape.replace("K", Double.toString(4 + edits / 1000.0));
            function = ((ParseResult.Success) Expressions.parse(text)).function();
        }
    }

    @Benchmark
    public SampledGrid firstSampling() {
        return GridSampler.sample(function, grid);
    }
}
