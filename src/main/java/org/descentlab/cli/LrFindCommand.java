package org.descentlab.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.descentlab.core.NumberText;
import org.descentlab.core.analysis.LrFinder;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "lrfind", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"fastai's learning-rate finder (Learner.lr_find) on one run: the rate at iteration i is"
                + " A*(B/A)^(i/N) for the step from the i-th point; the loss is f - (the least f over the view and the run), smoothed as"
                + " fastai does (beta 0.98, bias-corrected). It stops after the iteration whose smoothed loss exceeds 4x the"
                + " best, or after N iterations (at least 6), or where the run diverges. Prints CSV: step,lr,loss,smoothed.",
            "Then on stderr fastai's suggestions: 'suggestion: valley LR', 'suggestion: minimum LR' (a tenth of the rate at"
                + " the least loss) and 'suggestion: steep LR', from the rows N/10 to the sixth from last; 'none' when too"
                + " few rows are left, and for all three, with a note, when the smoothed loss never falls over those rows. fastai's"
                + " minimum can lie below the rates tried (a note says so); a run's schedule is replaced by the finder's rates."})
final class LrFindCommand implements Callable<Integer> {

    static final String HEADER = "step,lr,loss,smoothed";

    @Spec
    CommandSpec spec;

    @Mixin
    OneRunOptions run = new OneRunOptions();

    @Option(names = "--start-lr", paramLabel = "A", defaultValue = "1e-7", description = "the first rate (default ${DEFAULT-VALUE})")
    String startText;

    @Option(names = "--end-lr", paramLabel = "B", defaultValue = "10", description = "the rate it grows towards (default ${DEFAULT-VALUE})")
    String endText;

    @Option(names = "--num-it", paramLabel = "N", defaultValue = "100",
            description = "iterations, at least 6 as in fastai, at most 100000 (default ${DEFAULT-VALUE})")
    int numIt;

    /**
     * Takes out the shared options the finder has no use for, so that neither its help nor its parser offers them:
     * it takes num_it steps, not --steps, and never stops on the gradient (--tol).
     */
    static void dropUnused(CommandSpec spec) {
        for (String name : List.of("--steps", "--tol")) {
            spec.remove(spec.findOption(name));
        }
    }

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        double start = Inputs.positive("--start-lr", startText);
        double end = Inputs.positive("--end-lr", endText);
        if (numIt < 1 || numIt > LrFinder.MAX_NUM_IT) {
            throw new InputException("--num-it must be between 1 and " + LrFinder.MAX_NUM_IT + ", got " + numIt);
        }
        OneRunOptions.Setup setup = run.setup();
        LrFinder found = LrFinder.find(setup.function(), setup.run(), setup.view(), start, end, numIt);
        setup.printNotes(err);
        if (numIt < LrFinder.MIN_NUM_IT) {
            err.println("note: --num-it " + numIt + " is raised to " + LrFinder.MIN_NUM_IT + ", as fastai does");
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println(HEADER);
        for (LrFinder.Row r : found.rows()) {
            // numbers as run's CSV writes them: Java's Double.toString
            out.println(r.step() + "," + r.lr() + "," + r.loss() + "," + r.smoothed());
        }
        out.flush();
        double floor = found.floor();
        String loss = floor < 0 ? "f + " + NumberText.exact(-floor) : "f - " + NumberText.exact(floor);
        err.println("note: the loss is " + loss + " (the least f over the view and the run); stopped: " + found.ended());
        found.notes().forEach(n -> err.println("note: " + n));
        for (String name : LrFinder.NAMES) {
            Optional<LrFinder.Suggestion> s = found.suggestion(name);
            err.println("suggestion: " + name + " " + s.map(v -> NumberText.exact(v.lr())).orElse("none"));
        }
        return Cli.OK;
    }
}
