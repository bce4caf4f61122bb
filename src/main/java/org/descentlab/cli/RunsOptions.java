package org.descentlab.cli;

import java.util.ArrayList;
import java.util.List;

import org.descentlab.core.preset.Preset;
import org.descentlab.core.run.RunSpec;

import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The options of the commands that take several runs (compare, render), and what they resolve to. */
final class RunsOptions {

    @Option(names = "--preset", paramLabel = "NAME", description = "take function, domain, start and runs from a preset (see 'presets')")
    String preset;

    @Option(names = "--function", paramLabel = "EXPR", description = "f(x, y)")
    String function;

    @Option(names = "--start", paramLabel = "X,Y", description = "the start of every run that does not name its own")
    String start;

    @Option(names = "--run", paramLabel = "SPEC", description = "a run, repeatable")
    List<String> runs = new ArrayList<>();

    @Option(names = "--steps", paramLabel = "N", defaultValue = "1000", description = "default step limit of the runs (default ${DEFAULT-VALUE})")
    int steps;

    @Option(names = "--tol", paramLabel = "T", defaultValue = "1e-6", description = "default tolerance of the runs (default ${DEFAULT-VALUE})")
    double tol;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "0", description = "default noise seed of the runs (default ${DEFAULT-VALUE})")
    long seed;

    @Mixin
    DefaultsOption defaults = new DefaultsOption();

    /** The preset named, or null. */
    Preset preset() {
        return preset == null ? null : PresetsCommand.require(preset);
    }

    /** The function text: --function, else the preset's. */
    String functionText(Preset p) {
        String text = function != null ? function : p != null ? p.expression() : null;
        if (text == null) {
            throw new InputException("give --function or --preset");
        }
        return text;
    }

    /** The shared start: --start, else the preset's, else null. */
    double[] start(Preset p) {
        return start != null ? Inputs.point("--start", start) : p != null ? p.start() : null;
    }

    /** The runs: the --run options, else the preset's suggested runs. */
    List<String> specs(Preset p) {
        return !runs.isEmpty() ? runs : p != null ? p.runs() : List.of();
    }

    /** What the runs leave out. */
    RunSpec.Defaults runDefaults(double[] s) {
        return new RunSpec.Defaults(s == null ? 0 : s[0], s == null ? 0 : s[1], steps, tol, seed, 0, 0);
    }
}
