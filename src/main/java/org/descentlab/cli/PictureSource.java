package org.descentlab.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

import org.descentlab.core.run.Runner;
import org.descentlab.core.run.Trajectory;
import org.descentlab.core.scenario.Scenario;
import org.descentlab.core.scenario.ViewSettings;

import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * What a picture or an animation draws, as `render` and `gif` read it: the function or scenario, the runs
 * that replace its own, and the rectangle drawn (which a bare function must be given).
 */
final class PictureSource {

    @Mixin
    ScenarioOptions options = new ScenarioOptions();

    @Option(names = "--run", paramLabel = "SPEC", description = "a run, repeatable; replaces the scenario's runs")
    List<String> runs = new ArrayList<>();

    @Option(names = "--domain", paramLabel = "XMIN,XMAX,YMIN,YMAX", description = "the rectangle to draw")
    String domain;

    /** The scenario these options describe, its runs replaced by --run's. */
    ScenarioOptions.Resolved resolve(PrintWriter err) {
        return options.resolve(runs, err);
    }

    /** The scenario's view on --domain when given; a bare function needs one. */
    ViewSettings view(ScenarioOptions.Resolved resolved) {
        ViewSettings v = resolved.scenario().view();
        if (domain != null) {
            return v.withDomain(RenderCommand.parseDomain(domain));
        }
        if (options.source.scenario == null && resolved.preset() == null) {
            throw new InputException("give --domain XMIN,XMAX,YMIN,YMAX, --scenario or --preset");
        }
        return v;
    }

    /** Each run of {@code s} on the resolved function, in its order. */
    static List<Trajectory> trajectories(ScenarioOptions.Resolved resolved, Scenario s) {
        List<Trajectory> trajectories = new ArrayList<>();
        for (int k = 0; k < s.runs().size(); k++) {
            trajectories.add(Runner.run(resolved.field(), s.config(k)));
        }
        return trajectories;
    }
}
