package org.descentlab.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

import org.descentlab.core.Vec2;
import org.descentlab.core.analysis.Endings;
import org.descentlab.core.analysis.ManyStarts;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "multistart", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Runs one run's settings from many starts in a domain (the N x N cell centres, or N seeded random"
                + " starts) and prints where each ended as CSV: start_x,start_y,end_x,end_y,f,steps,stop,cause,minimum.",
            "stop is converged, max-steps or diverged, cause the divergence's (see 'run --help'); minimum is the"
                + " 1-based index of the minimum reached among the minima 'critical' lists for the same function and domain"
                + " (in its order), empty when none was reached. Then on stderr: how many reached each minimum, and the share"
                + " that found the lowest."})
final class MultistartCommand implements Callable<Integer> {

    /** The most starts: the grid's 512 per side. */
    static final int MAX_GRID = 512;

    @Spec
    CommandSpec spec;

    @Mixin
    ManyStartsOptions starts = new ManyStartsOptions();

    @ArgGroup(exclusive = true, multiplicity = "1")
    Pattern pattern;

    static final class Pattern {
        @Option(names = "--grid", paramLabel = "N", description = "start from the N x N cell centres of the domain, N 1 to 512")
        Integer grid;

        @Option(names = "--random", paramLabel = "N", description = "start from N random points of the domain, 1 to 262144")
        Integer random;
    }

    @Option(names = "--start-seed", paramLabel = "S", defaultValue = "0",
            description = "the seed of the random starts (default ${DEFAULT-VALUE})")
    long startSeed;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if (pattern.grid != null && (pattern.grid < 1 || pattern.grid > MAX_GRID)) {
            throw new InputException("--grid must be between 1 and " + MAX_GRID + ", got " + pattern.grid);
        }
        if (pattern.random != null && (pattern.random < 1 || pattern.random > ManyStarts.MAX_RUNS)) {
            throw new InputException("--random must be between 1 and " + ManyStarts.MAX_RUNS + ", got " + pattern.random);
        }
        ManyStartsOptions.Setup setup = starts.setup();
        setup.printNotes(err);
        List<Vec2> from = pattern.grid != null ? ManyStarts.grid(setup.domain(), pattern.grid)
                : ManyStarts.random(setup.domain(), pattern.random, startSeed);
        Endings endings = setup.run(from, 1);
        ManyStartsOptions.csv(endings, spec.commandLine().getOut());
        ManyStartsOptions.summary(endings, err);
        return Cli.OK;
    }
}
