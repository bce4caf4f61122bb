package org.descentlab.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import org.descentlab.core.NumberText;
import org.descentlab.core.analysis.CriticalPoints;
import org.descentlab.core.raster.Domain;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
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

    @Mixin
    SourceOptions source = new SourceOptions();

    @Option(names = "--domain", paramLabel = "XMIN,XMAX,YMIN,YMAX", description = "the rectangle searched")
    String domain;

    @Option(names = "--grid", paramLabel = "N", defaultValue = "" + CriticalPoints.DEFAULT_CELLS,
            description = "cells per side of the grid that seeds the search, 2 to 4000 (default ${DEFAULT-VALUE})")
    int grid;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        SourceOptions.Source from = source.source();
        if (grid < 2 || grid > 4000) {
            throw new InputException("--grid must be between 2 and 4000, got " + grid);
        }
        if (domain == null && from.functionOnly()) {
            throw new InputException("give --domain XMIN,XMAX,YMIN,YMAX, --scenario or --preset");
        }
        Domain d = domain != null ? RenderCommand.parseDomain(domain) : from.scenario().view().domain();
        if (from.scenario().isDataset()) {
            throw new InputException(ScenarioOptions.FUNCTION_ONLY);
        }
        var f = Inputs.function(from.scenario().function(), err);
        PrintWriter out = spec.commandLine().getOut();
        out.println("kind,x,y,f");
        for (CriticalPoints.Point p : CriticalPoints.find(f, d, grid)) {
            out.println(p.kind().id() + "," + NumberText.exact(p.x()) + "," + NumberText.exact(p.y()) + "," + NumberText.exact(p.f()));
        }
        out.flush();
        return Cli.OK;
    }
}
