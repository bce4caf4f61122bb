package org.descentlab.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import org.descentlab.core.preset.Preset;
import org.descentlab.core.preset.PresetLibrary;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "presets", mixinStandardHelpOptions = true,
        description = "Lists the presets (use the first column with --preset), their functions and what they teach.")
final class PresetsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PresetLibrary.Loaded loaded = PresetLibrary.bundled();
        for (Preset p : loaded.presets()) {
            // a dataset's landscape is its loss's mean over the CSV's rows, not a function f
            out.println(p.id() + "  " + p.name() + (p.scenario().isDataset()
                    ? "  loss = " + p.scenario().function() + " over " + p.scenario().data() : "  f = " + p.scenario().function()));
            out.println("    " + p.scenario().notes());
        }
        for (String problem : loaded.problems()) {
            spec.commandLine().getErr().println("warning: preset " + problem);
        }
        return Cli.OK;
    }

    /** The preset with this id, or an input error that says why it did not load or lists the ids. */
    static Preset require(String id) {
        return require(id, PresetLibrary.bundled());
    }

    static Preset require(String id, PresetLibrary.Loaded loaded) {
        String failure = loaded.failures().get(id);
        if (failure != null) {
            throw new InputException("preset '" + id + "' did not load: " + failure);
        }
        return loaded.byId(id).orElseThrow(() -> new InputException(
                "unknown preset '" + id + "'; accepted: " + loaded.ids()));
    }
}
