package org.descentlab.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import org.descentlab.core.NumberText;
import org.descentlab.core.analysis.Behaviour;
import org.descentlab.core.analysis.Progress;
import org.descentlab.core.analysis.Quadratic;
import org.descentlab.core.analysis.RateSweep;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "sweep", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Runs one run's settings at N learning rates spaced evenly in log from --lr-min to --lr-max (both"
                + " included), everything else as it is, and prints per rate as CSV: lr,final_f,steps,stop,cause,region.",
            "stop is converged, max-steps or diverged, cause the divergence's (see 'run --help'). region is diverges for a"
                + " divergence; else oscillates when, for x or for y, the step reversed sign in more than half of that"
                + " coordinate's pairs of consecutive steps (counting a coordinate's step only where it is more than 1e-3 of"
                + " the whole step, and a whole step only above 1e-12*max(1, |x|)); else converges when it converged,"
                + " too-slow when it reached the step limit.",
            "Then on stderr, when f is a quadratic on the view (its values at a 5 x 5 grid over the view are a quadratic's"
                + " to 1e-9) and the run is gd or momentum without dampening, noise or clipping: 'theory: 2/L = V' (or"
                + " 2(1+mu)/L), L the Hessian's largest eigenvalue, where descent stops converging; for a quadratic with no"
                + " minimum (a saddle) no theory but a note saying so. A note also says when the run's schedule takes its rates"
                + " (all or some) from elsewhere than lr (onecycle from max_lr), so that the swept lr changes nothing or only part."})
final class SweepCommand implements Callable<Integer> {

    static final String HEADER = "lr,final_f,steps,stop,cause,region";

    @Spec
    CommandSpec spec;

    @Mixin
    OneRunOptions run = new OneRunOptions();

    @Option(names = "--lr-min", required = true, paramLabel = "A", description = "the smallest rate, > 0")
    String minText;

    @Option(names = "--lr-max", required = true, paramLabel = "B", description = "the largest rate, at least A")
    String maxText;

    @Option(names = "--count", required = true, paramLabel = "N",
            description = "how many rates, 2 to " + RateSweep.MAX_COUNT + " (1 when A = B)")
    int count;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        double min = Inputs.positive("--lr-min", minText);
        double max = Inputs.positive("--lr-max", maxText);
        if (!(max >= min)) {
            throw new InputException("--lr-max must be a number at least --lr-min (" + NumberText.exact(min) + "), got '"
                    + maxText + "'");
        }
        if (count < 1 || count > RateSweep.MAX_COUNT) {
            throw new InputException("--count must be between 2 and " + RateSweep.MAX_COUNT + ", got " + count);
        }
        if (count < 2 && max > min) {
            throw new InputException("--count must be at least 2 for a range of rates, one at each end, got 1; for one rate"
                    + " give --lr-min and --lr-max the same");
        }
        OneRunOptions.Setup setup = run.setup();
        RateSweep sweep = RateSweep.compute(setup.function(), setup.run(), setup.view(), min, max, count, Progress.NONE);
        setup.printNotes(err);
        sweep.notes().forEach(n -> err.println("note: " + n));
        PrintWriter out = spec.commandLine().getOut();
        out.println(HEADER);
        for (RateSweep.Point p : sweep.points()) {
            Behaviour b = p.behaviour();
            // numbers as run's CSV writes them: Java's Double.toString
            out.println(p.lr() + "," + b.finalF() + "," + b.steps() + "," + b.stop().reason().id()
                    + "," + (b.cause() == null ? "" : b.cause().id()) + "," + b.region().id());
        }
        out.flush();
        if (sweep.theory().isPresent()) {
            Quadratic.Limit t = sweep.theory().get();
            // as the CSV writes its rates: the shortest text that reads back as the double
            err.println("theory: " + t.formula() + " = " + NumberText.exact(t.limit()) + " (f is a quadratic on the view, L = "
                    + NumberText.exact(t.largest()) + ")");
        }
        return Cli.OK;
    }
}
