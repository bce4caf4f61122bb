package org.descentlab.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

import org.descentlab.core.preset.Preset;
import org.descentlab.core.scenario.Scenario;

import picocli.CommandLine.Option;

/** Where a command's function comes from: a scenario file, a preset, or a function typed (which replaces theirs). */
final class SourceOptions {

    @Option(names = "--scenario", paramLabel = "FILE", description = "take everything from a saved scenario (.descentlab.json)")
    Path scenario;

    @Option(names = "--preset", paramLabel = "NAME", description = "take function, domain, start and runs from a preset (see 'presets')")
    String preset;

    @Option(names = "--function", paramLabel = "EXPR", description = "f(x, y); replaces the scenario's or preset's")
    String function;

    /**
     * What the options name.
     *
     * @param scenario     the scenario, with the function given in place of its own (and so no known minima)
     * @param preset       the preset it came from, or null
     * @param functionOnly whether it came from a bare {@code --function}, with nothing else of a scenario
     */
    record Source(Scenario scenario, Preset preset, boolean functionOnly) {
    }

    Source source() {
        if (scenario != null && preset != null) {
            throw new InputException("give --scenario or --preset, not both");
        }
        Preset p = preset == null ? null : PresetsCommand.require(preset);
        Scenario s;
        if (scenario != null) {
            s = ScenarioOptions.read(scenario);
        } else if (p != null) {
            s = p.scenario();
        } else if (function != null) {
            return new Source(Scenario.of(text(function)), null, true);
        } else {
            throw new InputException("give --function, --scenario or --preset");
        }
        if (function != null) {
            // a new function: the known minima were of the old one
            s = s.withFunction(text(function)).withMinima(List.of());
        }
        return new Source(s, p, false);
    }

    /** The function as it reads (its warnings are printed when it is compiled). */
    private static String text(String function) {
        return Inputs.function(function, new PrintWriter(PrintWriter.nullWriter())).text();
    }
}
