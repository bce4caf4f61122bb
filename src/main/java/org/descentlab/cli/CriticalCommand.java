package org.descentlab.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.descentlab.core.NumberText;
import org.descentlab.core.analysis.CriticalPoints;
import org.descentlab.core.raster.Domain;
import org.descentlab.core.scenario.Scenario;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "critical", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Finds the critical points of a function inside a domain (where its gradient is zero) and says"
                + " what each is: CSV 'kind,x,y,f', kind one of minimum, saddle, maximum, degenerate (a zero eigenvalue"
                + " of the Hessian), sorted by x then y.",
            "Seeds come from a grid of samples and are refined by Newton's method; a preset or scenario gives its view's"
                + " domain."})
final class CriticalCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--function", paramLabel = "EXPR", description = "f(x, y); replaces the scenario's or preset's")
    String function;

    @Option(names = "--preset", paramLabel = "NAME", description = "a preset's function and domain (see 'presets')")
    String preset;

    @Option(names = "--scenario", paramLabel = "FILE", description = "a scenario file's function and domain")
    Path scenario;

    @Option(names = "--domain", paramLabel = "XMIN,XMAX,YMIN,YMAX", description = "the rectangle searched")
    String domain;

    @Option(names = "--grid", paramLabel = "N", defaultValue = "" + CriticalPoints.DEFAULT_CELLS,
            description = "cells per side of the grid that seeds the search, 2 to 4000 (default ${DEFAULT-VALUE})")
    int grid;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if (scenario != null && preset != null) {
            throw new InputException("give --scenario or --preset, not both");
        }
        Scenario s = scenario != null ? ScenarioOptions.read(scenario) : preset != null ? PresetsCommand.require(preset).scenario() : null;
        if (s == null && function == null) {
            throw new InputException("give --function, --scenario or --preset");
        }
        if (grid < 2 || grid > 4000) {
            throw new InputException("--grid must be between 2 and 4000, got " + grid);
        }
        Domain d = domain != null ? RenderCommand.parseDomain(domain) : s != null ? s.view().domain() : null;
        if (d == null) {
            throw new InputException("give --domain XMIN,XMAX,YMIN,YMAX, --scenario or --preset");
        }
        var f = Inputs.function(function != null ? function : s.function(), err);
        PrintWriter out = spec.commandLine().getOut();
        out.println("kind,x,y,f");
        for (CriticalPoints.Point p : CriticalPoints.find(f, d, grid)) {
            out.println(p.kind().id() + "," + NumberText.exact(p.x()) + "," + NumberText.exact(p.y()) + "," + NumberText.exact(p.f()));
        }
        out.flush();
        return Cli.OK;
    }
}
