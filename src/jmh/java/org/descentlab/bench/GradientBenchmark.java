package org.descentlab.bench;

import java.util.concurrent.TimeUnit;

import org.descentlab.core.expr.CompiledFunction;
import org.descentlab.core.expr.Expressions;
import org.descentlab.core.expr.ParseResult;
import org.descentlab.core.field.Derivatives;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** Numerical gradient of a compiled function: nanoseconds per point (four evaluations). */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class GradientBenchmark {

    private static final int POINTS = 1000;

    @Param
    ClassicFunction function;

    private CompiledFunction f;
    private final double[] xs = new double[POINTS];
    private final double[] ys = new double[POINTS];
    private final double[] g = new double[2];

    @Setup
    public void setUp() {
        f = ((ParseResult.Success) Expressions.parse(function.text())).function();
        java.util.Random r = new java.util.Random(1);
        for (int k = 0; k < POINTS; k++) {
            xs[k] = r.nextDouble() * 4 - 2;
            ys[k] = r.nextDouble() * 4 - 2;
        }
    }

    @Benchmark
    @OperationsPerInvocation(POINTS)
    public double gradient() {
        double sum = 0;
        for (int k = 0; k < POINTS; k++) {
            Derivatives.gradient(f, xs[k], ys[k], g);
            sum += g[0] + g[1];
        }
        return sum;
    }
}
