package org.descentlab.bench;

import java.util.concurrent.TimeUnit;

import org.descentlab.core.expr.CompiledFunction;
import org.descentlab.core.expr.Expressions;
import org.descentlab.core.expr.ParseResult;
import org.descentlab.core.preset.Preset;
import org.descentlab.core.preset.PresetLibrary;
import org.descentlab.core.run.RunConfig;
import org.descentlab.core.run.Runner;
import org.descentlab.core.run.Trajectory;
import org.descentlab.core.scenario.RunGrammar;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** Recomputing a whole 1000-step path, as dragging the start marker does on every mouse move. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class PathRecomputeBenchmark {

    @Param({"rosenbrock", "ackley", "levi-n13"})
    String preset;

    @Param({"gd", "adam", "newton"})
    String optimizer;

    private CompiledFunction function;
    private RunConfig config;

    @Setup
    public void setUp() {
        Preset p = PresetLibrary.bundled().byId(preset).orElseThrow();
        function = ((ParseResult.Success) Expressions.parse(p.scenario().function())).function();
        // tol 0: all 1000 steps, whatever the landscape
        config = RunGrammar.parse(optimizer + " lr=0.001 steps=1000 tol=0").config(p.scenario());
    }

    @Benchmark
    public Trajectory recompute() {
        return Runner.run(function, config);
    }
}
