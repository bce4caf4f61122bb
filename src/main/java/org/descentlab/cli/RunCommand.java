package org.descentlab.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.descentlab.core.NumberText;
import org.descentlab.core.Texts;
import org.descentlab.core.data.ScenarioData;
import org.descentlab.core.optim.Optimizer;
import org.descentlab.core.optim.OptimizerType;
import org.descentlab.core.optim.Optimizers;
import org.descentlab.core.Texts;
import org.descentlab.core.optim.schedule.Schedule;
import org.descentlab.core.optim.schedule.ScheduledOptimizer;
import org.descentlab.core.run.RunConfig;
import org.descentlab.core.run.Runner;
import org.descentlab.core.run.StopReason;
import org.descentlab.core.run.Stop;
import org.descentlab.core.scenario.RunGrammar;
import org.descentlab.core.scenario.RunSettings;
import org.descentlab.core.scenario.Scenario;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "run", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Runs one optimizer from a start point and prints the trajectory as CSV: step,x,y,f,grad_x,grad_y,"
                + " one row per step from 0 (the start) to K.",
            "Then on stderr, after any 'warning:' and 'note:' lines: 'stop: REASON at step K', REASON converged, max-steps"
                + " or diverged. A divergence adds its cause after a colon, 'stop: diverged at step K: CAUSE', CAUSE one of"
                + " overshoot (f grew, or the point swung back and forth ever wider, as it ran away: the steps are too large),"
                + " unbounded (f fell as it ran away, not swinging: f has no minimum that way) or undefined (f or its gradient"
                + " is not finite at the start, or at a point reached"
                + " without f growing); with maximize=true f's rise and fall swap. max-steps adds how the run stood after a colon: still moving, nearly still, or frozen,"
                + " the learning rate fell to ~0 (a schedule brought it to at most 1/1000 of its peak), with |grad f|.",
            "With --data FILE.csv and --loss EXPR (or a dataset scenario) the landscape is the loss's mean over the CSV's"
                + " rows, and --batch B gives each update the gradient of a mini-batch of B rows, shuffled each epoch by"
                + " --seed; f and grad in the rows are the whole landscape's.",
            "Without --optimizer it runs a scenario's or preset's run (the first, or --run-index N).",
            "Each row is printed as it is made and none is kept, so a run of any length takes the same memory: --steps"
                + " is not held to the 100000 of compare and render."})
final class RunCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ScenarioOptions options = new ScenarioOptions();

    @Option(names = "--run-index", paramLabel = "N", description = "which of the scenario's runs, counting from 1 (default 1)")
    Integer runIndex;

    @Option(names = "--optimizer", paramLabel = "NAME", completionCandidates = OptimizerNames.class,
            description = "one of: ${COMPLETION-CANDIDATES}")
    String optimizer;

    @Option(names = "--lr", paramLabel = "V", description = "learning rate; short for --param lr=V")
    String lr;

    @Option(names = "--param", paramLabel = "NAME=VALUE",
            description = "a hyper-parameter, repeatable; booleans are true or false (see 'optimizers')")
    List<String> params = new ArrayList<>();

    @Option(names = "--schedule", paramLabel = "NAME(k=v,...)",
            description = "the learning-rate schedule, one word as in a run spec's schedule= (see 'schedules'); default constant")
    String schedule;

    @Option(names = "--warmup", paramLabel = "N", description = "a linear warm-up of N updates before the schedule (warmup=)")
    Integer warmup;

    @Option(names = "--warmup-start", paramLabel = "S", description = "the warm-up's start factor, in (0, 1] (warmup_start=)")
    Double warmupStart;

    @Option(names = "--noise", paramLabel = "SIGMA",
            description = "Gaussian noise added to each gradient component (default 0, or the run's)")
    Double noise;

    @Option(names = "--clip", paramLabel = "C",
            description = "clip the gradient to norm C before each update; 0 for none (default 0, or the run's)")
    Double clip;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        ScenarioOptions.Resolved resolved = options.resolveStreamed(err);
        Integer steps = options.streamedSteps();
        Scenario s = resolved.scenario();
        if (!resolved.startGiven() && optimizer != null) {
            throw new InputException("give --start X,Y, --scenario or --preset");
        }
        if (noise != null && (!(noise >= 0) || Double.isInfinite(noise))) {
            throw new InputException("--noise must be a finite number >= 0, got " + NumberText.exact(noise));
        }
        if (clip != null && (!(clip >= 0) || Double.isInfinite(clip))) {
            throw new InputException("--clip must be a finite number >= 0, got " + NumberText.exact(clip));
        }
        RunSettings run;
        if (optimizer == null) {
            if (lr != null || !params.isEmpty() || schedule != null || warmup != null || warmupStart != null) {
                throw new InputException("--lr, --param, --schedule and --warmup need --optimizer (a scenario's run has its own)");
            }
            if (s.runs().isEmpty()) {
                throw new InputException("give --optimizer NAME (one of " + Optimizers.names() + ")");
            }
            int index = runIndex == null ? 1 : runIndex;
            if (index < 1 || index > s.runs().size()) {
                throw new InputException("--run-index must be between 1 and " + s.runs().size() + ", got " + index);
            }
            run = s.runs().get(index - 1);
            err.println("note: " + (options.source.scenario == null ? "preset" : "scenario") + " run"
                    + (runIndex == null ? "" : " " + index) + ": " + RunGrammar.print(run));
        } else {
            if (runIndex != null) {
                throw new InputException("--run-index picks one of the scenario's runs; it does not go with --optimizer");
            }
            OptimizerType type = Optimizers.require(optimizer);
            Optimizer o = type.create(parameters(), options.defaults.convention());
            run = RunSettings.of(o, 0).withSeed(options.seed == null ? 0 : options.seed).withSchedule(schedule(o));
        }
        if (noise != null) {
            run = run.withNoise(noise);
        }
        if (clip != null) {
            run = run.withClip(clip);
        }
        Integer batch = options.batch();
        if (batch != null) {
            run = run.withBatch(batch);
        }
        if (resolved.data() != null) {
            try {
                ScenarioData.checkBatch(run, 0, resolved.data().rows());
            } catch (IllegalArgumentException e) {
                throw new InputException(e.getMessage().substring(e.getMessage().indexOf(": ") + 2));
            }
        }
        RunConfig config = run.config(s);
        if (steps != null) {
            config = config.withMaxSteps(steps);
        }
        // rows go out as they are made: a run of any length takes the same memory
        TrajectoryCsv.Stream csv = new TrajectoryCsv.Stream(spec.commandLine().getOut());
        Stop stop;
        try {
            stop = Runner.stream(resolved.field(), config, csv);
            csv.finish();
        } catch (TrajectoryCsv.Stream.ReaderClosed e) {
            // as other tools do when the reader has all it wants (run ... | head): stop, quietly
            return Cli.OK;
        }
        printNotes(csv.notes(), stop, err);
        err.println("stop: " + StopLines.of(stop));
        return Cli.OK;
    }

    /** The --schedule and --warmup options, read as a spec's schedule=, warmup= and warmup_start= are. */
    private Schedule schedule(Optimizer o) {
        // blank is constant, as in the window's Schedule field
        Schedule s = schedule == null || Texts.strip(schedule).isEmpty() ? Schedule.NONE : Schedule.parse(schedule);
        if (warmupStart != null && warmup == null) {
            throw new InputException("--warmup-start needs --warmup N");
        }
        if (warmup != null) {
            s = s.withWarmup(warmup, warmupStart == null ? Schedule.WARMUP_START : warmupStart);
        }
        ScheduledOptimizer.check(o, s);
        return s;
    }

    private Map<String, String> parameters() {
        Map<String, String> values = new LinkedHashMap<>();
        for (String pair : params) {
            int eq = pair.indexOf('=');
            if (eq <= 0) {
                throw new InputException("--param must be NAME=VALUE, got '" + pair + "'");
            }
            String name = Texts.strip(pair.substring(0, eq));
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

    /**
     * Notes grouped by message, so a thousand Newton fallbacks are one line.
     *
     * @param notes each message with how many steps had it and the first of them
     */
    static void printNotes(Map<String, int[]> notes, Stop stop, PrintWriter err) {
        notes.forEach((message, countAndFirst) -> err.println("note: " + message
                + (countAndFirst[0] == 1 ? " (step " + countAndFirst[1] + ")"
                        : " (" + countAndFirst[0] + " steps, first at step " + countAndFirst[1] + ")")));
        if (stop.reason() == StopReason.DIVERGED) {
            err.println("note: diverged at step " + stop.step() + " (" + stop.cause().id() + "): " + stop.detail() + "; "
                    + StopLines.advice(stop));
        }
    }
}
