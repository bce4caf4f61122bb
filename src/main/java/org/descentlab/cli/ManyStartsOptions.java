package org.descentlab.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.descentlab.core.NumberText;
import org.descentlab.core.Vec2;
import org.descentlab.core.analysis.CriticalPoints;
import org.descentlab.core.analysis.Endings;
import org.descentlab.core.analysis.ManyStarts;
import org.descentlab.core.analysis.Progress;
import org.descentlab.core.expr.CompiledFunction;
import org.descentlab.core.raster.Domain;
import org.descentlab.core.run.RunConfig;
import org.descentlab.core.scenario.Scenario;

import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * What {@code multistart} and {@code basins} share: the function and domain, the one run every start
 * makes, and the CSV of where each start ended.
 */
final class ManyStartsOptions {

    /** The CSV header; {@code seed} is added when each start runs several seeds. */
    static final String HEADER = "start_x,start_y,end_x,end_y,f,steps,stop,cause,minimum";

    @Mixin
    ScenarioOptions options = new ScenarioOptions();

    @Option(names = "--domain", paramLabel = "XMIN,XMAX,YMIN,YMAX",
            description = "where the starts are, and the minima they are matched with (default: the scenario's view)")
    String domain;

    @Option(names = "--run", paramLabel = "SPEC",
            description = "the run every start makes (its start= is ignored); default: the scenario's selected run")
    String run;

    @Option(names = "--run-index", paramLabel = "N", description = "which of the scenario's runs, counting from 1")
    Integer runIndex;

    /**
     * The scenario (its view on the domain), the function, the domain, the run, and the minima the ends are matched
     * with; and the {@code warning:} and {@code note:} lines reading them gave, held back until the command has
     * checked all it takes, so that a failing one prints its {@code error:} line alone.
     */
    record Setup(Scenario scenario, CompiledFunction function, Domain domain, RunConfig run, List<CriticalPoints.Point> minima,
            String notes) {

        /** Prints the lines held back. */
        void printNotes(PrintWriter err) {
            err.print(notes);
            err.flush();
        }

        /** Runs it from every start, {@code seeds} times each. */
        Endings run(List<Vec2> starts, int seeds) {
            return ManyStarts.run(function, run, starts, seeds, minima, ManyStarts.radius(domain, run), Progress.NONE);
        }
    }

    Setup setup() {
        if (run != null && runIndex != null) {
            throw new InputException("give --run SPEC or --run-index N, not both");
        }
        Domain given = domain != null ? RenderCommand.parseDomain(domain) : null;
        StringWriter held = new StringWriter();
        PrintWriter err = new PrintWriter(held);
        ScenarioOptions.Resolved resolved = options.resolveWithoutStarts(run == null ? List.of() : List.of(run), err);
        Scenario s = resolved.scenario();
        if (domain == null && options.source.scenario == null && resolved.preset() == null) {
            throw new InputException("give --domain XMIN,XMAX,YMIN,YMAX, --scenario or --preset");
        }
        int index = OneRunOptions.pick(options, s, run != null, runIndex, err);
        Domain d = given != null ? given : s.view().domain();
        List<CriticalPoints.Point> minima = CriticalPoints.find(resolved.function(), d).stream()
                .filter(p -> p.kind() == CriticalPoints.Kind.MINIMUM).toList();
        err.flush();
        return new Setup(s.withView(s.view().withDomain(d)), resolved.function(), d, s.config(index), minima, held.toString());
    }

    /** The endings as CSV rows, in the order of the starts; a seed column when each start ran several. */
    static void csv(Endings endings, PrintWriter out) {
        boolean seeds = endings.seeds() > 1;
        out.println(HEADER + (seeds ? ",seed" : ""));
        for (ManyStarts.Ending e : endings.endings()) {
            String cause = e.stop().cause() == null ? "" : e.stop().cause().id();
            String minimum = e.minimum() >= 0 ? Integer.toString(e.minimum() + 1) : "";
            out.println(NumberText.exact(e.startX()) + "," + NumberText.exact(e.startY()) + "," + NumberText.exact(e.endX()) + ","
                    + NumberText.exact(e.endY()) + "," + NumberText.exact(e.f()) + "," + e.steps() + "," + e.stop().reason().id()
                    + "," + cause + "," + minimum + (seeds ? "," + e.seed() : ""));
        }
        out.flush();
    }

    /**
     * On stderr: each minimum (numbered as in the CSV) with how many runs reached it, then those that reached
     * none, then the share that found the lowest.
     */
    static void summary(Endings endings, PrintWriter err) {
        int total = endings.endings().size();
        List<String> lines = new ArrayList<>();
        for (int m = 0; m < endings.minima().size(); m++) {
            CriticalPoints.Point p = endings.minima().get(m);
            lines.add("minimum " + (m + 1) + " (" + NumberText.rounded(p.x(), 4) + ", " + NumberText.rounded(p.y(), 4) + "), f = "
                    + NumberText.rounded(p.f(), 4) + (endings.isLowest(m) ? ", lowest" : "") + ": " + share(endings.count(m), total));
        }
        lines.add("diverged: " + share(endings.count(ManyStarts.DIVERGED), total));
        lines.add("still moving at the step limit: " + share(endings.count(ManyStarts.MOVING), total));
        lines.add("converged at no minimum in the domain: " + share(endings.count(ManyStarts.ELSEWHERE), total));
        for (String line : lines) {
            err.println("ends: " + line);
        }
        err.println("lowest found by: " + (endings.minima().isEmpty() ? "no run (there is no minimum in the domain)"
                : String.format(Locale.ROOT, "%.1f%%", 100 * endings.shareOfLowest()) + " of " + total + " runs"));
        err.flush();
    }

    private static String share(int count, int total) {
        return count + " of " + total + String.format(Locale.ROOT, " (%.1f%%)", total == 0 ? 0.0 : 100.0 * count / total);
    }
}
