package org.descentlab.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.descentlab.core.expr.CompiledFunction;
import org.descentlab.core.preset.Preset;
import org.descentlab.core.run.RunSpec;
import org.descentlab.core.run.Runner;
import org.descentlab.core.run.Trajectory;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "compare", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Runs several optimizers (or one at several settings) on one function and prints every",
            "trajectory as CSV: run,step,x,y,f,grad_x,grad_y, grouped run by run (run = position of its --run).",
            "Then one line per run on stderr: 'stop: RUN REASON at step K'.",
            "A run is \"OPTIMIZER [start=X,Y] [lr=V] [steps=N] [tol=T] [noise=S] [clip=C] [seed=S]"
                + " [defaults=pytorch|keras] [name=value ...]\"."})
final class CompareCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    RunsOptions options = new RunsOptions();

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        Preset p = options.preset();
        String text = options.functionText(p);
        List<String> specs = options.specs(p);
        if (specs.isEmpty()) {
            throw new InputException("give at least one --run SPEC, e.g. --run \"adam lr=0.05\"");
        }
        double[] s = options.start(p);
        List<RunSpec> parsed = new ArrayList<>();
        for (String run : specs) {
            RunSpec r = RunSpec.parse(run, options.defaults.convention());
            if (s == null && !r.settings().containsKey("start")) {
                throw new InputException("run '" + run + "' has no start: give --start X,Y or start=X,Y in the run");
            }
            parsed.add(r);
        }
        CompiledFunction f = Inputs.function(text, err);
        RunSpec.Defaults d = options.runDefaults(s);
        List<Trajectory> trajectories = new ArrayList<>();
        for (RunSpec r : parsed) {
            trajectories.add(Runner.run(f, r.config(d)));
        }
        TrajectoryCsv.writeRuns(trajectories, spec.commandLine().getOut());
        for (int k = 0; k < trajectories.size(); k++) {
            Trajectory t = trajectories.get(k);
            err.println("stop: " + (k + 1) + " " + t.stop().reason().id() + " at step " + t.stop().step());
        }
        return Cli.OK;
    }
}
