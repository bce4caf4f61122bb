package org.descentlab.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;

import org.descentlab.core.analysis.Progress;
import org.descentlab.core.export.StepsCsv;
import org.descentlab.core.field.ScalarField;
import org.descentlab.core.run.RunConfig;
import org.descentlab.core.run.Runner;
import org.descentlab.core.run.Stop;
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
            "With --full, each row also has the gradient the optimizer was given, its learning rate and its state, the"
                + " columns of the window's File > Export > Steps as CSV: run,step,x,y,f,grad_x,grad_y,g_x,g_y,lr and then"
                + " each part of the optimizers' state by name (m_x,m_y for a part m of two numbers, mu_product for one),"
                + " the parts of all runs in the order they first appear, empty where a run has no such part. g_x,g_y is"
                + " the gradient the update into the row was given (grad f at the row before, with noise and clipping),"
                + " lr the rate it used; both are empty at step 0.",
            "A run is \"OPTIMIZER [start=X,Y] [lr=V] [steps=N] [tol=T] [noise=S] [clip=C] [seed=S]"
                + " [defaults=pytorch|keras] [diff=central|forward] [h=auto|H] [schedule=NAME(k=v,...)] [warmup=N]"
                + " [warmup_start=S] [name=value ...]\"; see 'schedules' for the learning-rate schedules."})
final class CompareCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ScenarioOptions options = new ScenarioOptions();

    @Option(names = "--run", paramLabel = "SPEC", description = "a run, repeatable; replaces the scenario's runs")
    List<String> runs = new ArrayList<>();

    @Option(names = "--full", description = "also print each step's given gradient, learning rate and optimizer state"
            + " (the columns of the window's Steps as CSV)")
    boolean full;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        ScenarioOptions.Resolved resolved = options.resolve(runs, err);
        Scenario s = resolved.scenario();
        if (s.runs().isEmpty()) {
            throw new InputException("give at least one --run SPEC, e.g. --run \"adam lr=0.05\"");
        }
        List<RunConfig> configs = new ArrayList<>();
        for (int k = 0; k < s.runs().size(); k++) {
            configs.add(s.config(k));
        }
        List<Stop> stops = new ArrayList<>();
        if (full) {
            try {
                stops.addAll(writeFull(resolved.field(), configs, spec.commandLine().getOut()));
            } catch (TrajectoryCsv.Stream.ReaderClosed e) {
                // as other tools do when the reader has all it wants (compare --full ... | head): stop, quietly
                return Cli.OK;
            }
        } else {
            List<Trajectory> trajectories = new ArrayList<>();
            for (RunConfig c : configs) {
                trajectories.add(Runner.run(resolved.field(), c));
            }
            TrajectoryCsv.writeRuns(trajectories, spec.commandLine().getOut());
            trajectories.forEach(t -> stops.add(t.stop()));
        }
        for (int k = 0; k < stops.size(); k++) {
            err.println("stop: " + (k + 1) + " " + StopLines.of(stops.get(k)));
        }
        return Cli.OK;
    }

    /** The runs' rows with their states, as they are made; stops once the output no longer takes them. */
    private static List<Stop> writeFull(ScalarField field, List<RunConfig> configs, PrintWriter out) {
        Progress watch = new Progress() {
            @Override
            public boolean cancelled() {
                return out.checkError();
            }

            @Override
            public void done(int finished, int total) {
                // nobody watches a command's progress
            }
        };
        try {
            List<Stop> stops = StepsCsv.write(field, configs, out, watch);
            if (!out.checkError()) {
                return stops;
            }
        } catch (CancellationException e) {
            // the output failed: said below
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (out instanceof StandardOutput output && output.readerClosed()) {
            throw new TrajectoryCsv.Stream.ReaderClosed();
        }
        throw new UncheckedIOException(new IOException("could not write the CSV: the output is closed or full; the runs"
                + " stopped there"));
    }
}
