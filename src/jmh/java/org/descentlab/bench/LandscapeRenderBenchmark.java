package org.descentlab.bench;

import java.util.concurrent.TimeUnit;

import org.descentlab.core.expr.CompiledFunction;
import org.descentlab.core.expr.Expressions;
import org.descentlab.core.expr.ParseResult;
import org.descentlab.core.preset.Preset;
import org.descentlab.core.preset.PresetLibrary;
import org.descentlab.core.raster.Grid;
import org.descentlab.core.raster.Landscape;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** The app's whole re-render of a preset at 1000×1000: sample, choose the scale, colour, 15 contours. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class LandscapeRenderBenchmark {

    @Param({"learning-rate-story", "sphere", "elongated-bowl", "rosenbrock", "himmelblau", "rastrigin", "ackley", "beale",
        "booth", "goldstein-price", "six-hump-camel", "three-hump-camel", "matyas", "levi-n13", "mccormick",
        "styblinski-tang", "saddle", "monkey-saddle"})
    String preset;

    private CompiledFunction function;
    private Grid grid;

    @Setup
    public void setUp() {
        Preset p = PresetLibrary.bundled().byId(preset).orElseThrow();
        function = ((ParseResult.Success) Expressions.parse(p.scenario().function())).function();
        grid = p.scenario().view().domain().grid(1000, 1000);
    }

    /** What the app does after each keystroke: compile the text, then render. */
    @Benchmark
    public Landscape render() {
        return Landscape.render(function, grid, Landscape.Style.defaults(), () -> false);
    }
}
