package org.descentlab.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.descentlab.core.analysis.CriticalPoints;
import org.descentlab.core.expr.CompiledFunction;
import org.descentlab.core.expr.Expressions;
import org.descentlab.core.expr.ParseResult;
import org.descentlab.core.raster.Domain;
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
 * Critical points over a 1000×1000 grid: from scratch (sampling included), and from a grid the landscape
 * has already sampled (seeding and Newton only).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class CriticalPointsBenchmark {

    @Param({"HIMMELBLAU", "ROSENBROCK", "RASTRIGIN", "GOLDSTEIN_PRICE"})
    ClassicFunction function;

    private CompiledFunction f;
    private SampledGrid sampled;
    private Domain domain;

    @Setup
    public void setUp() {
        f = ((ParseResult.Success) Expressions.parse(function.text())).function();
        sampled = GridSampler.sample(f, function.grid(1000));
        Grid g = sampled.grid();
        domain = new Domain(g.xmin(), g.xmax(), g.ymin(), g.ymax());
    }

    @Benchmark
    public List<CriticalPoints.Point> fromScratch() {
        return CriticalPoints.find(f, domain, 999);
    }

    @Benchmark
    public List<CriticalPoints.Point> fromTheSampledGrid() {
        return CriticalPoints.find(f, sampled);
    }
}
