package org.descentlab.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.descentlab.core.NumberText;
import org.descentlab.core.analysis.Behaviour;
import org.descentlab.core.analysis.Progress;
import org.descentlab.core.analysis.Quadratic;
import org.descentlab.core.analysis.RateSweep;
import org.descentlab.core.analysis.StabilityMap;
import org.descentlab.ui.analysis.StabilityPicture;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "stability", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Draws the stability map of one run over two of its optimizer's hyper-parameters (lr x momentum,"
                + " lr x beta1, ...): the run at every pair of values, everything else as it is, each cell coloured by the"
                + " steps it took to converge, grey where it reached the step limit, black with a cross where it diverged;"
                + " as a PNG, as the app draws it.",
            "An axis is NAME:MIN:MAX:N (N values from MIN to MAX, both included, evenly spaced) or NAME:MIN:MAX:N:log"
                + " (evenly in log). The CSV has a row per cell, x_value,y_value,steps,stop,cause, row by row from the first y"
                + " value up, x increasing in each row.",
            "Then on stderr, where f is a quadratic on the view with a minimum, one axis is lr and the run is gd or momentum"
                + " as for 'sweep': 'theory: lr = 2/L, from A at NAME=V0 to B at NAME=V1 (...)', the edge the picture dashes;"
                + " for a quadratic with no minimum a note saying so."})
final class StabilityCommand implements Callable<Integer> {

    static final String HEADER = "x_value,y_value,steps,stop,cause";

    @Spec
    CommandSpec spec;

    @Mixin
    OneRunOptions run = new OneRunOptions();

    @Option(names = "--x", required = true, paramLabel = "NAME:MIN:MAX:N[:log]", description = "the values across")
    String x;

    @Option(names = "--y", required = true, paramLabel = "NAME:MIN:MAX:N[:log]", description = "the values up")
    String y;

    @Mixin
    MapOutputOptions output = new MapOutputOptions();

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter err = spec.commandLine().getErr();
        StabilityMap.Axis across = axis("--x", x);
        StabilityMap.Axis up = axis("--y", y);
        if ((long) across.count() * up.count() > StabilityMap.MAX_CELLS) {
            throw new InputException(across.count() + " x " + up.count() + " cells is more than " + StabilityMap.MAX_CELLS);
        }
        int[] wh = output.check();
        OneRunOptions.Setup setup = run.setup();
        StabilityMap map = StabilityMap.compute(setup.function(), setup.run(), across, up, Progress.NONE);
        setup.printNotes(err);
        output.warnExtension(err);
        Quadratic q = Quadratic.fit(setup.function(), setup.view()).orElse(null);
        StabilityPicture.write(map, q, wh[0], wh[1], output.out);
        output.writeCsv(spec.commandLine().getOut(), w -> csv(map, w));
        if (q != null) {
            q.noMinimum().ifPresent(n -> err.println("note: " + n));
            theory(map, q).ifPresent(err::println);
        }
        return Cli.OK;
    }

    /**
     * "theory: lr = 2(1+μ)/L, from 1 at momentum=0 to 1.9 at momentum=0.9 (f is a quadratic on the view, L = 2)": the
     * edge the picture dashes, at the other axis's ends; empty unless an axis is lr and theory knows the run's limit.
     */
    static Optional<String> theory(StabilityMap map, Quadratic q) {
        boolean across = map.x().name().equals(RateSweep.LEARNING_RATE);
        if (!across && !map.y().name().equals(RateSweep.LEARNING_RATE)) {
            return Optional.empty();
        }
        StabilityMap.Axis other = across ? map.y() : map.x();
        int last = other.count() - 1;
        Optional<Quadratic.Limit> first = q.limit(map.cellRun(0, 0));
        Optional<Quadratic.Limit> end = q.limit(across ? map.cellRun(0, last) : map.cellRun(last, 0));
        if (first.isEmpty() || end.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("theory: lr = " + first.get().formula() + ", from " + NumberText.exact(first.get().limit()) + " at "
                + other.name() + "=" + NumberText.exact(other.value(0)) + " to " + NumberText.exact(end.get().limit()) + " at "
                + other.name() + "=" + NumberText.exact(other.value(last)) + " (f is a quadratic on the view, L = "
                + NumberText.exact(q.largestEigenvalue()) + ")");
    }

    private static StabilityMap.Axis axis(String option, String text) {
        try {
            return StabilityMap.Axis.parse(text);
        } catch (IllegalArgumentException e) {
            throw new InputException(option + ": " + e.getMessage());
        }
    }

    static void csv(StabilityMap map, PrintWriter out) {
        out.println(HEADER);
        for (int j = 0; j < map.y().count(); j++) {
            for (int i = 0; i < map.x().count(); i++) {
                Behaviour b = map.cell(i, j);
                // numbers as run's CSV writes them: Java's Double.toString
                out.println(map.x().value(i) + "," + map.y().value(j) + "," + b.steps() + ","
                        + b.stop().reason().id() + "," + (b.stop().cause() == null ? "" : b.stop().cause().id()));
            }
        }
        out.flush();
    }
}
