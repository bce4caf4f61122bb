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
import picocli.CommandLine.Option;
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

    @Option(names = "--preset", paramLabel = "NAME", description = "take function, start and runs from a preset")
    String preset;

    @Option(names = "--function", paramLabel = "EXPR", description = "f(x, y)")
    String function;

    @Option(names = "--start", paramLabel = "X,Y", description = "the start of every run that does not name its own")
    String start;

    @Option(names = "--run", paramLabel = "SPEC", description = "a run, repeatable")
    List<String> runs = new ArrayList<>();

    @Option(names = "--steps", paramLabel = "N", defaultValue = "1000", description = "default step limit (default ${DEFAULT-VALUE})")
    int steps;

    @Option(names = "--tol", paramLabel = "T", defaultValue = "1e-6", description = "default tolerance (default ${DEFAULT-VALUE})")
    double tol;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "0", description = "default noise seed (default ${DEFAULT-VALUE})")
    long seed;

    @Mixin
    DefaultsOption defaults = new DefaultsOption();

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        Preset p = preset == null ? null : PresetsCommand.require(preset);
        String text = function != null ? function : p != null ? p.expression() : null;
        if (text == null) {
            throw new InputException("give --function or --preset");
        }
        List<String> specs = !runs.isEmpty() ? runs : p != null ? p.runs() : List.of();
        if (specs.isEmpty()) {
            throw new InputException("give at least one --run SPEC, e.g. --run \"adam lr=0.05\"");
        }
        double[] s = start != null ? Inputs.point("--start", start) : p != null ? p.start() : null;
        List<RunSpec> parsed = new ArrayList<>();
        for (String run : specs) {
            RunSpec r = RunSpec.parse(run, defaults.convention());
            if (s == null && !r.settings().containsKey("start")) {
                throw new InputException("run '" + run + "' has no start: give --start X,Y or start=X,Y in the run");
            }
            parsed.add(r);
        }
        CompiledFunction f = Inputs.function(text, err);
        RunSpec.Defaults d = new RunSpec.Defaults(s == null ? 0 : s[0], s == null ? 0 : s[1], steps, tol, seed, 0, 0);
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
