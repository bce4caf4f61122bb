package org.descentlab.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

import org.descentlab.core.expr.CompiledFunction;
import org.descentlab.core.raster.Domain;
import org.descentlab.core.run.RunConfig;
import org.descentlab.core.scenario.RunGrammar;
import org.descentlab.core.scenario.Scenario;

import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * What {@code sweep}, {@code stability} and {@code lrfind} share: the function and view, and the one run whose
 * hyper-parameters they vary (its start included).
 */
final class OneRunOptions {

    @Mixin
    ScenarioOptions options = new ScenarioOptions();

    @Option(names = "--run", paramLabel = "SPEC", description = "the run (with its start); default: the scenario's selected run")
    String run;

    @Option(names = "--run-index", paramLabel = "N", description = "which of the scenario's runs, counting from 1")
    Integer runIndex;

    @Option(names = "--domain", paramLabel = "XMIN,XMAX,YMIN,YMAX",
            description = "the view (default: the scenario's, or -5,5,-5,5 for a bare function)")
    String domain;

    /**
     * The function, the view, and the run; and the {@code warning:} and {@code note:} lines reading them gave,
     * held back so that a command that then fails prints its one {@code error:} line alone.
     */
    record Setup(Scenario scenario, CompiledFunction function, Domain view, RunConfig run, String notes) {

        /** Prints the lines held back: once the command has checked all it takes. */
        void printNotes(PrintWriter err) {
            err.print(notes);
            err.flush();
        }
    }

    Setup setup() {
        if (options.steps != null && options.steps < 1) {
            throw new InputException("--steps must be at least 1, got " + options.steps + ": a run of no steps never moves,"
                    + " so every value would be too slow");
        }
        Domain d = domain != null ? RenderCommand.parseDomain(domain) : null;
        StringWriter held = new StringWriter();
        PrintWriter notes = new PrintWriter(held);
        ScenarioOptions.Resolved resolved = options.resolve(run == null ? List.of() : List.of(run), notes);
        Scenario s = resolved.scenario();
        int index = pick(options, s, run != null, runIndex, notes);
        notes.flush();
        return new Setup(s, resolved.function(), d != null ? d : s.view().domain(), s.config(index), held.toString());
    }

    /**
     * The index of the run a command takes: the one --run gave, the --run-index'th, or the scenario's selected run
     * (named in a note).
     */
    static int pick(ScenarioOptions options, Scenario s, boolean runGiven, Integer runIndex, PrintWriter err) {
        if (runGiven && runIndex != null) {
            throw new InputException("give --run SPEC or --run-index N, not both");
        }
        if (s.runs().isEmpty()) {
            throw new InputException("give --run SPEC, e.g. --run \"gd lr=0.01\"");
        }
        int index = s.selected();
        if (runIndex != null) {
            if (runIndex < 1 || runIndex > s.runs().size()) {
                throw new InputException("--run-index must be between 1 and " + s.runs().size() + ", got " + runIndex);
            }
            index = runIndex - 1;
        }
        if (!runGiven) {
            err.println("note: " + (options.source.scenario == null ? "preset" : "scenario") + " run " + (index + 1) + ": "
                    + RunGrammar.print(s.runs().get(index)));
        }
        return index;
    }
}
