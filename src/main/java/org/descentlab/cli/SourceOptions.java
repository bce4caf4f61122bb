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

    @Option(names = "--data", paramLabel = "FILE.csv",
            description = "a dataset: a CSV with a header of column names; the landscape is --loss's mean over its rows")
    Path data;

    @Option(names = "--loss", paramLabel = "EXPR",
            description = "the per-sample loss in x, y and the CSV's columns, e.g. (x*u + y - v)^2; replaces a dataset scenario's")
    String loss;

    /**
     * What the options name.
     *
     * @param scenario     the scenario, with the function given in place of its own (and so no known minima)
     * @param preset       the preset it came from, or null
     * @param functionOnly whether it came from a bare {@code --function} or {@code --data}, with nothing else of a scenario
     * @param folder       where a dataset scenario's CSV path starts: the scenario file's folder, null for a preset's
     */
    record Source(Scenario scenario, Preset preset, boolean functionOnly, Path folder) {
    }

    Source source() {
        if (scenario != null && preset != null) {
            throw new InputException("give --scenario or --preset, not both");
        }
        if (data != null && function != null) {
            throw new InputException("give --function or --data with --loss, not both");
        }
        Preset p = preset == null ? null : PresetsCommand.require(preset);
        Scenario s;
        if (scenario != null) {
            s = ScenarioOptions.read(scenario);
        } else if (p != null) {
            s = p.scenario();
        } else if (function != null) {
            return new Source(Scenario.of(text(function)), null, true, null);
        } else if (data != null) {
            if (loss == null) {
                throw new InputException("--data needs --loss EXPR, the per-sample loss in x, y and the CSV's columns");
            }
            return new Source(Scenario.of(Scenario.DEFAULT_FUNCTION).withData(csv(), loss), null, true, null);
        } else {
            throw new InputException("give --function, --data, --scenario or --preset");
        }
        Path folder = scenario == null ? null : scenario.toAbsolutePath().getParent();
        if (data != null || loss != null) {
            if (!s.isDataset() && (data == null || loss == null)) {
                throw new InputException(data == null ? "--loss goes with --data or a dataset scenario; a function is --function"
                        : "--data needs --loss EXPR, the per-sample loss in x, y and the CSV's columns");
            }
            // new data or a new loss: the known minima were of the old landscape
            s = s.withData(data != null ? csv() : s.data(), loss != null ? loss : s.function()).withMinima(List.of());
            return new Source(s, p, false, data != null ? null : folder);
        }
        if (function != null && s.isDataset()) {
            throw new InputException("a dataset scenario has a loss, not a function: give --loss EXPR");
        }
        if (function != null) {
            // a new function: the known minima were of the old one
            s = s.withFunction(text(function)).withMinima(List.of());
        }
        return new Source(s, p, false, folder);
    }

    /** The --data file as an absolute path, which a scenario's folder leaves as it is. */
    private String csv() {
        return data.toAbsolutePath().toString();
    }

    /** The function as it reads (its warnings are printed when it is compiled). */
    private static String text(String function) {
        return Inputs.function(function, new PrintWriter(PrintWriter.nullWriter())).text();
    }
}
