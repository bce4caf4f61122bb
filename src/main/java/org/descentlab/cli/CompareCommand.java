package org.descentlab.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.descentlab.core.run.Runner;
import org.descentlab.core.run.Trajectory;
import org.descentlab.core.scenario.Scenario;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "compare", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Runs several optimizers (or one at several settings) on one function and prints every trajectory"
                + " as CSV: run,step,x,y,f,grad_x,grad_y, grouped run by run (run = position of its --run, or of the run in"
                + " the scenario).",
            "Then one line per run on stderr: 'stop: RUN REASON at step K', REASON converged, max-steps or diverged; a"
                + " divergence adds its cause after a colon, 'stop: RUN diverged at step K: CAUSE', CAUSE overshoot,"
                + " unbounded or undefined (see 'run --help').",
            "A run is \"OPTIMIZER [start=X,Y] [lr=V] [steps=N] [tol=T] [noise=S] [clip=C] [seed=S]"
                + " [defaults=pytorch|keras] [name=value ...]\"."})
final class CompareCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ScenarioOptions options = new ScenarioOptions();

    @Option(names = "--run", paramLabel = "SPEC", description = "a run, repeatable; replaces the scenario's runs")
    List<String> runs = new ArrayList<>();

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        ScenarioOptions.Resolved resolved = options.resolve(runs, err);
        Scenario s = resolved.scenario();
        if (s.runs().isEmpty()) {
            throw new InputException("give at least one --run SPEC, e.g. --run \"adam lr=0.05\"");
        }
        List<Trajectory> trajectories = new ArrayList<>();
        for (int k = 0; k < s.runs().size(); k++) {
            trajectories.add(Runner.run(resolved.function(), s.config(k)));
        }
        TrajectoryCsv.writeRuns(trajectories, spec.commandLine().getOut());
        for (int k = 0; k < trajectories.size(); k++) {
            Trajectory t = trajectories.get(k);
            err.println("stop: " + (k + 1) + " " + StopLines.of(t.stop()));
        }
        return Cli.OK;
    }
}
