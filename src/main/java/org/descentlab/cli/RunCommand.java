package org.descentlab.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.descentlab.core.expr.CompiledFunction;
import org.descentlab.core.optim.Optimizer;
import org.descentlab.core.optim.OptimizerType;
import org.descentlab.core.optim.Optimizers;
import org.descentlab.core.preset.Preset;
import org.descentlab.core.run.RunConfig;
import org.descentlab.core.run.RunSpec;
import org.descentlab.core.run.Runner;
import org.descentlab.core.run.Trajectory;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "run", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Runs one optimizer from a start point and prints the trajectory as CSV:",
            "step,x,y,f,grad_x,grad_y, one row per step from 0 (the start) to K.",
            "Then on stderr: 'stop: REASON at step K' (converged, max-steps or diverged),",
            "after any 'warning:' and 'note:' lines."})
final class RunCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--preset", paramLabel = "NAME",
            description = "take function, start and (without --optimizer) the first suggested run from a preset")
    String preset;

    @Option(names = "--function", paramLabel = "EXPR", description = "f(x, y)")
    String function;

    @Option(names = "--optimizer", paramLabel = "NAME",
            description = "one of: gd, momentum, nesterov, adam, rmsprop, adagrad, adamw, adamax, nadam, adadelta, newton")
    String optimizer;

    @Option(names = "--start", paramLabel = "X,Y", description = "start point, e.g. -1.5,2")
    String start;

    @Option(names = "--lr", paramLabel = "V", description = "learning rate; short for --param lr=V")
    String lr;

    @Option(names = "--param", paramLabel = "NAME=VALUE",
            description = "a hyper-parameter, repeatable; booleans are true or false (see 'optimizers')")
    List<String> params = new ArrayList<>();

    @Option(names = "--steps", paramLabel = "N", defaultValue = "1000", description = "most updates (default ${DEFAULT-VALUE})")
    int steps;

    @Option(names = "--tol", paramLabel = "T", defaultValue = "1e-6",
            description = "stop when |grad f| <= T; 0 never stops early (default ${DEFAULT-VALUE})")
    double tol;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "0", description = "seed of the gradient noise (default ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--noise", paramLabel = "SIGMA", defaultValue = "0",
            description = "Gaussian noise added to each gradient component (default ${DEFAULT-VALUE})")
    double noise;

    @picocli.CommandLine.Mixin
    DefaultsOption defaults = new DefaultsOption();

    @Option(names = "--clip", paramLabel = "C", defaultValue = "0",
            description = "clip the gradient to norm C before each update; 0 for none (default ${DEFAULT-VALUE})")
    double clip;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        Preset fromPreset = preset == null ? null : PresetsCommand.require(preset);
        String text = function != null ? function : fromPreset != null ? fromPreset.expression() : null;
        if (text == null) {
            throw new InputException("give --function or --preset");
        }
        CompiledFunction f = Inputs.function(text, err);
        double[] p = start != null ? Inputs.point("--start", start) : fromPreset != null ? fromPreset.start() : null;
        if (p == null) {
            throw new InputException("give --start X,Y or --preset");
        }
        if (clip < 0 || !Double.isFinite(clip)) {
            throw new InputException("--clip must be a finite number >= 0, got " + clip);
        }
        RunConfig config;
        if (optimizer == null) {
            if (fromPreset == null || fromPreset.runs().isEmpty()) {
                throw new InputException("give --optimizer NAME (one of " + Optimizers.names() + ")");
            }
            if (lr != null || !params.isEmpty()) {
                throw new InputException("--lr and --param need --optimizer");
            }
            RunSpec suggested = RunSpec.parse(fromPreset.runs().get(0), defaults.convention());
            config = suggested.config(new RunSpec.Defaults(p[0], p[1], steps, tol, seed, noise, clip));
            err.println("note: preset run: " + suggested.text());
        } else {
            OptimizerType type = Optimizers.require(optimizer);
            Optimizer o = type.create(parameters(), defaults.convention());
            config = new RunConfig(o, p[0], p[1], steps, tol, noise, seed, clip);
        }
        Trajectory t = Runner.run(f, config);
        TrajectoryCsv.write(t, spec.commandLine().getOut());
        printNotes(t, err);
        err.println("stop: " + t.stop().reason().id() + " at step " + t.stop().step());
        return Cli.OK;
    }

    private Map<String, String> parameters() {
        Map<String, String> values = new LinkedHashMap<>();
        for (String pair : params) {
            int eq = pair.indexOf('=');
            if (eq <= 0) {
                throw new InputException("--param must be NAME=VALUE, got '" + pair + "'");
            }
            String name = pair.substring(0, eq).strip();
            if (values.put(name, pair.substring(eq + 1)) != null) {
                throw new InputException("--param " + name + " is given twice");
            }
        }
        if (lr != null) {
            if (values.containsKey("lr")) {
                throw new InputException("give the learning rate once: --lr or --param lr=..., not both");
            }
            values.put("lr", lr);
        }
        return values;
    }

    /** Notes grouped by message, so a thousand Newton fallbacks are one line. */
    static void printNotes(Trajectory t, PrintWriter err) {
        Map<String, List<Integer>> byMessage = new LinkedHashMap<>();
        for (Trajectory.Note n : t.notes()) {
            byMessage.computeIfAbsent(n.message(), m -> new ArrayList<>()).add(n.step());
        }
        byMessage.forEach((message, stepsWithIt) -> err.println("note: " + message
                + (stepsWithIt.size() == 1 ? " (step " + stepsWithIt.get(0) + ")"
                        : " (" + stepsWithIt.size() + " steps, first at step " + stepsWithIt.get(0) + ")")));
        if (t.stop().reason() == org.descentlab.core.run.StopReason.DIVERGED) {
            err.println("note: diverged at step " + t.stop().step() + ": " + t.stop().detail()
                    + "; try a smaller learning rate");
        }
    }
}
