package org.descentlab.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.descentlab.core.AtomicFiles;
import org.descentlab.core.Texts;
import org.descentlab.core.export.Framework;
import org.descentlab.core.export.PythonExport;
import org.descentlab.core.run.RunConfig;
import org.descentlab.core.scenario.RunGrammar;
import org.descentlab.core.scenario.RunSettings;
import org.descentlab.core.scenario.Scenario;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "export", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Writes a Python script that reproduces one run in PyTorch or Keras 3: the same f, start, optimizer and"
                + " hyper-parameters (by the framework's names), float64, DescentLab's finite differences, the run's noise"
                + " values and clipping, and its stop rules. Running it prints the trajectory as 'run' does.",
            "A run the framework cannot reproduce is refused, naming what is missing or what to change: newton in both,"
                + " a run whose defaults= rules differ from the framework's where they matter, a schedule the framework"
                + " does not have. PyTorch gets the run's torch.optim.lr_scheduler (every parameter; SequentialLR for a"
                + " warm-up; scikit-learn's invscaling and Caffe's policies as LambdaLR), stepped after every update;"
                + " Keras its own schedule where the formula is the same."})
final class ExportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ScenarioOptions options = new ScenarioOptions();

    @Option(names = "--format", required = true, paramLabel = "pytorch|keras", description = "the framework of the script")
    String format;

    @Option(names = "--run", paramLabel = "SPEC", description = "a run, repeatable; replaces the scenario's runs")
    List<String> runs = new ArrayList<>();

    @Option(names = "--run-index", paramLabel = "N", description = "which run, counting from 1 (default 1)")
    Integer runIndex;

    @Option(names = "--out", paramLabel = "FILE.py", description = "where to write the script (default: standard output)")
    Path out;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        // in any case, as --colormap: "PyTorch" as the window names it
        Framework framework = Framework.byId(Texts.strip(format).toLowerCase(Locale.ROOT)).orElseThrow(() -> new InputException(
                "--format must be pytorch or keras, got '" + format + "'"));
        if (out != null) {
            OutputFiles.requireWritable("--out", out);
        }
        ScenarioOptions.Resolved resolved = options.resolve(runs, err);
        Scenario s = resolved.scenario();
        if (s.runs().isEmpty()) {
            throw new InputException("there is no run to export: give --run SPEC, e.g. --run \"adam lr=0.01\"");
        }
        int index = runIndex == null ? 1 : runIndex;
        if (index < 1 || index > s.runs().size()) {
            throw new InputException("--run-index must be between 1 and " + s.runs().size() + ", got " + index);
        }
        RunSettings run = s.runs().get(index - 1);
        RunConfig config = run.config(s);
        String script = PythonExport.script(new PythonExport.Request(framework, source(index), resolved.function(),
                RunGrammar.print(run), config));
        if (out == null) {
            spec.commandLine().getOut().print(script);
        } else {
            if (!out.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".py")) {
                err.println("warning: --out " + out + " does not end in .py");
            }
            AtomicFiles.write(out, script.getBytes(StandardCharsets.UTF_8));
        }
        return Cli.OK;
    }

    /** "preset rosenbrock, run 1", "scenario lesson.descentlab.json, run 2", "function, run 1". */
    private String source(int index) {
        SourceOptions from = options.source;
        String where = from.scenario != null ? "scenario " + from.scenario.getFileName()
                : from.preset != null ? "preset " + from.preset : "function";
        boolean replaced = from.function != null && (from.scenario != null || from.preset != null);
        return where + (replaced ? " with its function replaced" : "") + ", run " + index;
    }
}
