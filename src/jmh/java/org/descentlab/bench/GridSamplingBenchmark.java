package org.descentlab.bench;

import java.util.concurrent.TimeUnit;

import net.objecthunter.exp4j.Expression;
import net.objecthunter.exp4j.ExpressionBuilder;

import org.descentlab.core.expr.CompiledFunction;
import org.descentlab.core.expr.Expressions;
import org.descentlab.core.expr.ParseResult;
import org.descentlab.core.field.RowSampler;
import org.descentlab.core.raster.Grid;
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

/**
 * 1000×1000 grid sampling of the classic functions on all cores, three ways through the same parallel
 * sampler: our compiled function, the naive hand-written Java, and exp4j's evaluate() per point.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class GridSamplingBenchmark {

    @Param
    ClassicFunction function;

    @Param({"compiled", "handwritten", "exp4j"})
    String implementation;

    private RowSampler sampler;
    private Grid grid;

    @Setup
    public void setUp() {
        grid = function.grid(1000);
        switch (implementation) {
            case "compiled" -> {
                CompiledFunction f = ((ParseResult.Success) Expressions.parse(function.text())).function();
                sampler = f;
            }
            case "handwritten" -> sampler = RowSampler.of(function.handWritten());
            default -> {
                Expression template = new ExpressionBuilder(function.text()).variables("x", "y").build();
                sampler = (y, x0, dx, n, out, offset) -> {
                    Expression e = new Expression(template); // exp4j expressions are not thread-safe
                    e.setVariable("y", y);
                    for (int i = 0; i < n; i++) {
                        out[offset + i] = e.setVariable("x", x0 + i * dx).evaluate();
                    }
                };
            }
        }
    }

    @Benchmark
    public SampledGrid sample() {
        return GridSampler.sample(sampler, grid);
    }
}
