package org.descentlab.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.descentlab.core.Vec2;
import org.descentlab.core.expr.CompiledFunction;
import org.descentlab.core.expr.Expressions;
import org.descentlab.core.expr.ParseResult;
import org.descentlab.core.run.RunConfig;
import org.descentlab.core.run.Runner;
import org.descentlab.core.run.Trajectory;
import org.descentlab.core.scenario.RunGrammar;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** Eight runs of 10,000 steps each on Rosenbrock, recomputed as after a change of settings. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class MultiRunRecomputeBenchmark {

    private static final String[] RUNS = {
        "gd lr=0.001", "momentum lr=0.001", "nesterov lr=0.001", "adagrad lr=0.5", "rmsprop lr=0.001", "adam lr=0.05",
        "adam lr=0.05 defaults=keras", "nadam lr=0.01",
    };

    private CompiledFunction function;
    private final List<RunConfig> configs = new ArrayList<>();

    @Setup
    public void setUp() {
        function = ((ParseResult.Success) Expressions.parse("(1-x)^2 + 100*(y-x^2)^2")).function();
        for (String run : RUNS) {
            // tol 0: all 10,000 steps
            configs.add(RunGrammar.parse(run + " steps=10000 tol=0").config(new Vec2(-1.2, 1), RunConfig.DEFAULT_MAX_STEPS,
                    RunConfig.DEFAULT_TOLERANCE));
        }
    }

    @Benchmark
    public List<Trajectory> recomputeAll() {
        List<Trajectory> out = new ArrayList<>(configs.size());
        for (RunConfig c : configs) {
            out.add(Runner.run(function, c));
        }
        return out;
    }
}
