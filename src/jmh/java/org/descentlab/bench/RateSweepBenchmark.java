package org.descentlab.bench;

import java.util.concurrent.TimeUnit;

import org.descentlab.core.analysis.Progress;
import org.descentlab.core.analysis.RateSweep;
import org.descentlab.core.expr.CompiledFunction;
import org.descentlab.core.expr.Expressions;
import org.descentlab.core.expr.ParseResult;
import org.descentlab.core.optim.GradientDescent;
import org.descentlab.core.raster.Domain;
import org.descentlab.core.run.RunConfig;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * A learning-rate sweep of 200 rates × 1000 steps: gradient descent on Himmelblau from (0, 0) at 200 rates from 1e-5
 * to 1e-2 (all stable there), tolerance 0 so that every run makes all 1000 steps; on all cores. Goal: at most 50 ms.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class RateSweepBenchmark {

    private CompiledFunction f;
    private RunConfig run;
    private Domain view;

    @Setup
    public void setUp() {
        f = ((ParseResult.Success) Expressions.parse(ClassicFunction.HIMMELBLAU.text())).function();
        run = RunConfig.of(new GradientDescent(0.01, 0), 0, 0).withMaxSteps(1000).withTolerance(0);
        view = new Domain(-5, 5, -5, 5);
    }

    @Benchmark
    public RateSweep sweep() {
        return RateSweep.compute(f, run, view, 1e-5, 1e-2, 200, Progress.NONE);
    }
}
