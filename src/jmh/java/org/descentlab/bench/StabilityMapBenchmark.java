package org.descentlab.bench;

import java.util.concurrent.TimeUnit;

import org.descentlab.core.analysis.Progress;
import org.descentlab.core.analysis.StabilityMap;
import org.descentlab.core.expr.CompiledFunction;
import org.descentlab.core.expr.Expressions;
import org.descentlab.core.expr.ParseResult;
import org.descentlab.core.optim.Momentum;
import org.descentlab.core.run.RunConfig;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * A stability map of 128² cells × 500 steps: momentum on Himmelblau from (0, 0), lr from 1e-5 to 3e-3 in log across and
 * momentum from 0 to 0.9 up (no cell diverges there), tolerance 0 so that every run makes all 500 steps; on all cores.
 * Goal: at most 1 s.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class StabilityMapBenchmark {

    private CompiledFunction f;
    private RunConfig run;

    @Setup
    public void setUp() {
        f = ((ParseResult.Success) Expressions.parse(ClassicFunction.HIMMELBLAU.text())).function();
        run = RunConfig.of(new Momentum(0.001, 0.9, 0, 0), 0, 0).withMaxSteps(500).withTolerance(0);
    }

    @Benchmark
    public StabilityMap map() {
        return StabilityMap.compute(f, run, new StabilityMap.Axis("lr", 1e-5, 3e-3, 128, true),
                new StabilityMap.Axis("momentum", 0, 0.9, 128, false), Progress.NONE);
    }
}
