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
                + " divergence; else oscillates when the step reversed direction (the dot product of consecutive steps below"
                + " 0) in more than half of its pairs of consecutive steps; else converges when it converged, too-slow when it"
                + " reached the step limit.",
            "Then on stderr, when f is a quadratic on the view (its values at a 5 x 5 grid over the view are a quadratic's"
                + " to 1e-9) and the run is gd or momentum without dampening, noise or clipping: 'theory: 2/L = V' (or"
                + " 2(1+mu)/L), L the Hessian's largest eigenvalue, where descent stops converging."})
final class SweepCommand implements Callable<Integer> {

    static final String HEADER = "lr,final_f,steps,stop,cause,region";

    @Spec
    CommandSpec spec;

    @Mixin
    OneRunOptions run = new OneRunOptions();

    @Option(names = "--lr-min", required = true, paramLabel = "A", description = "the smallest rate, > 0")
    double min;

    @Option(names = "--lr-max", required = true, paramLabel = "B", description = "the largest rate, at least A")
    double max;

    @Option(names = "--count", required = true, paramLabel = "N", description = "how many rates, 1 to " + RateSweep.MAX_COUNT)
    int count;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if (!(min > 0) || Double.isInfinite(min)) {
            throw new InputException("--lr-min must be a number > 0, got " + NumberText.exact(min));
        }
        if (!(max >= min) || Double.isInfinite(max)) {
            throw new InputException("--lr-max must be a number at least --lr-min (" + NumberText.exact(min) + "), got "
                    + NumberText.exact(max));
        }
        if (count < 1 || count > RateSweep.MAX_COUNT) {
            throw new InputException("--count must be between 1 and " + RateSweep.MAX_COUNT + ", got " + count);
        }
        OneRunOptions.Setup setup = run.setup(err);
        RateSweep sweep = RateSweep.compute(setup.function(), setup.run(), setup.view(), min, max, count, Progress.NONE);
        PrintWriter out = spec.commandLine().getOut();
        out.println(HEADER);
        for (RateSweep.Point p : sweep.points()) {
            Behaviour b = p.behaviour();
            out.println(NumberText.exact(p.lr()) + "," + NumberText.exact(b.finalF()) + "," + b.steps() + "," + b.stop().reason().id()
                    + "," + (b.stop().cause() == null ? "" : b.stop().cause().id()) + "," + b.region().id());
        }
        out.flush();
        if (sweep.theory().isPresent()) {
            Quadratic.Limit t = sweep.theory().get();
            err.println("theory: " + t.formula() + " = " + NumberText.rounded(t.limit(), 6) + " (f is a quadratic on the view, L = "
                    + NumberText.rounded(t.largest(), 6) + ")");
        }
        return Cli.OK;
    }
}
