package org.descentlab.bench;

import java.util.concurrent.TimeUnit;

import org.descentlab.core.analysis.GradientField;
import org.descentlab.core.expr.CompiledFunction;
import org.descentlab.core.expr.Expressions;
import org.descentlab.core.expr.ParseResult;
import org.descentlab.core.raster.Domain;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The gradient field at its densest, 64 arrows across a plot 5:4 wide (64 × 51 cells), as the window
 * samples it: milliseconds per field. Whether it may run on the FX thread.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class GradientFieldBenchmark {

    @Param
    ClassicFunction function;

    private CompiledFunction f;
    private final Domain domain = new Domain(-5, 5, -4, 4);

    @Setup
    public void setUp() {
        f = ((ParseResult.Success) Expressions.parse(function.text())).function();
    }

    @Benchmark
    public GradientField field() {
        return GradientField.sample(f, domain, 64, 51);
    }
}
