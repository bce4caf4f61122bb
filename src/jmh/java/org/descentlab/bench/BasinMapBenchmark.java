package org.descentlab.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.descentlab.core.Vec2;
import org.descentlab.core.analysis.CriticalPoints;
import org.descentlab.core.analysis.Endings;
import org.descentlab.core.analysis.ManyStarts;
import org.descentlab.core.analysis.Progress;
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
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * A basin-of-attraction map: gradient descent (lr 0.01, at most 500 steps) from every cell centre of an
 * N×N grid of starts on Himmelblau over [−5, 5]², each end matched with the critical minima.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class BasinMapBenchmark {

    @Param({"256"})
    int cells;

    private CompiledFunction f;
    private List<Vec2> starts;
    private List<CriticalPoints.Point> minima;
    private RunConfig run;

    @Setup
    public void setUp() {
        f = ((ParseResult.Success) Expressions.parse(ClassicFunction.HIMMELBLAU.text())).function();
        Domain d = new Domain(-5, 5, -5, 5);
        starts = ManyStarts.grid(d, cells);
        minima = CriticalPoints.find(f, d).stream().filter(p -> p.kind() == CriticalPoints.Kind.MINIMUM).toList();
        run = RunConfig.of(new GradientDescent(0.01, 0), 0, 0).withMaxSteps(500);
    }

    @Benchmark
    public Endings basinMap() {
        return ManyStarts.run(f, run, starts, 1, minima, ManyStarts.MATCH_RADIUS * Math.hypot(10, 10), Progress.NONE);
    }
}
