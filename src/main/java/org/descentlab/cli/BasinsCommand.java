package org.descentlab.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

import org.descentlab.core.analysis.BasinMap;
import org.descentlab.core.analysis.ManyStarts;
import org.descentlab.core.analysis.Progress;
import org.descentlab.core.scenario.Analysis;
import org.descentlab.ui.landscape.PictureWriter;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "basins", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Draws the basin-of-attraction map of one run's settings: the run from the centre of every cell of an"
                + " N x N grid over the domain, each cell coloured by the minimum it reached (as the app draws it), over the"
                + " landscape, as a PNG; and where each cell's run ended as CSV, the columns of 'multistart'"
                + " (start_x,start_y,end_x,end_y,f,steps,stop,cause,minimum), cell by cell from the bottom left.",
            "With gradient noise (noise= in the run) each cell runs K seeds, the run's seed and the K - 1 after it: the CSV"
                + " gets a seed column and K rows per cell, and a cell's colour blends the minima its seeds reached."
                + " Then on stderr, as 'multistart', how many reached each minimum."})
final class BasinsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ManyStartsOptions starts = new ManyStartsOptions();

    @Option(names = "--grid", required = true, paramLabel = "N",
            description = "cells per side, " + Analysis.MIN_BASIN_GRID + " to " + Analysis.MAX_BASIN_GRID)
    int grid;

    @Option(names = "--seeds", paramLabel = "K", defaultValue = "1",
            description = "noise seeds per cell, 1 to " + Analysis.MAX_BASIN_SEEDS + ", for a run with gradient noise (default 1)")
    int seeds;

    @Mixin
    MapOutputOptions output = new MapOutputOptions();

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter err = spec.commandLine().getErr();
        if (grid < Analysis.MIN_BASIN_GRID || grid > Analysis.MAX_BASIN_GRID) {
            throw new InputException("--grid must be between " + Analysis.MIN_BASIN_GRID + " and " + Analysis.MAX_BASIN_GRID
                    + ", got " + grid);
        }
        if (seeds < 1 || seeds > Analysis.MAX_BASIN_SEEDS) {
            throw new InputException("--seeds must be between 1 and " + Analysis.MAX_BASIN_SEEDS + ", got " + seeds);
        }
        int[] wh = output.check();
        ManyStartsOptions.Setup setup = starts.setup();
        int k = BasinMap.seedsFor(setup.run(), seeds);
        if ((long) grid * grid * k > ManyStarts.MAX_RUNS) {
            throw new InputException("--grid " + grid + " with --seeds " + k + " is " + (long) grid * grid * k + " runs; at most "
                    + ManyStarts.MAX_RUNS);
        }
        setup.printNotes(err);
        if (k < seeds) {
            err.println("note: the run has no gradient noise, so every seed would run alike: one per cell");
        }
        output.warnExtension(err);
        BasinMap map = BasinMap.compute(setup.function(), setup.run(), setup.domain(), grid, k, setup.minima(), Progress.NONE);
        // the map alone over the landscape: no run's path, no start
        PictureWriter.write(new PictureWriter.Picture(setup.function(), setup.scenario().withRuns(List.of()), List.of(), map),
                wh[0], wh[1], output.out);
        output.writeCsv(spec.commandLine().getOut(), w -> ManyStartsOptions.csv(map.endings(), w));
        ManyStartsOptions.summary(map.endings(), err);
        return Cli.OK;
    }
}
