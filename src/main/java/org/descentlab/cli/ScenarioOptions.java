package org.descentlab.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.descentlab.core.Texts;
import org.descentlab.core.Vec2;
import org.descentlab.core.data.DatasetLoss;
import org.descentlab.core.data.ScenarioData;
import org.descentlab.core.expr.CompiledFunction;
import org.descentlab.core.field.RowSampler;
import org.descentlab.core.field.ScalarField;
import org.descentlab.core.preset.Preset;
import org.descentlab.core.scenario.RunGrammar;
import org.descentlab.core.scenario.RunSettings;
import org.descentlab.core.scenario.Scenario;
import org.descentlab.core.scenario.ScenarioException;
import org.descentlab.core.scenario.ScenarioJson;

import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Where a command's experiment comes from (a scenario file, a preset, or a function) and the options that
 * override it. What they resolve to is one {@link Scenario}, the same model the app saves.
 */
final class ScenarioOptions {

    @Mixin
    SourceOptions source = new SourceOptions();

    @Option(names = "--start", paramLabel = "X,Y", description = "the start of every run that does not name its own")
    String start;

    @Option(names = "--steps", paramLabel = "N", description = "the step limit of every run (default 1000; at most "
            + Scenario.MAX_STEPS + " where rows are kept, as in compare and render)")
    Integer steps;

    @Option(names = "--tol", paramLabel = "T", description = "stop a run once |grad f| <= T; 0 never stops early (default 1e-6)")
    Double tol;

    @Option(names = "--seed", paramLabel = "S",
            description = "the noise seed of every run; a --run spec may name its own (default 0, or the scenario's)")
    Long seed;

    @Option(names = "--batch", paramLabel = "B",
            description = "on a dataset, the rows of every run's mini-batch per update (1 to all, shuffled each epoch by the"
                    + " seed), or all; sets every run's batch, a --run spec's batch= included (default all, or the run's)")
    String batch;

    @Mixin
    DefaultsOption defaults = new DefaultsOption();

    /** Why a command that needs a function refuses a dataset scenario. */
    static final String FUNCTION_ONLY = "this command takes a function; a dataset scenario runs with run, compare, render and gif";

    /**
     * The resolved experiment, its landscape, and whether any start was given.
     *
     * @param compiled the compiled function, or null for a dataset scenario
     * @param data     a dataset scenario's landscape, or null for a function
     */
    record Resolved(Scenario scenario, CompiledFunction compiled, DatasetLoss data, boolean startGiven, Preset preset) {

        /** What the runs descend: the function, or the mean loss over the data. */
        ScalarField field() {
            return data != null ? data : compiled;
        }

        /** The landscape as a picture samples it. */
        RowSampler sampler() {
            return data != null ? data : compiled;
        }

        /** The compiled function of a command that needs one. */
        CompiledFunction function() {
            if (compiled == null) {
                throw new InputException(FUNCTION_ONLY);
            }
            return compiled;
        }
    }

    /**
     * Reads the scenario or preset, applies the options, and compiles the function (printing its
     * warnings). {@code runs}, when not empty, replaces every run of the scenario.
     */
    Resolved resolve(List<String> runs, PrintWriter warnings) {
        return resolve(runs, warnings, true, false);
    }

    /**
     * As {@link #resolve(List, PrintWriter)}, but {@code --steps} is left for the command, which streams its
     * rows and so is not held to {@link Scenario#MAX_STEPS}: see {@link #streamedSteps()}.
     */
    Resolved resolveStreamed(PrintWriter warnings) {
        return resolve(List.of(), warnings, false, false);
    }

    /** As {@link #resolve(List, PrintWriter)}, for a command that gives every run starts of its own. */
    Resolved resolveWithoutStarts(List<String> runs, PrintWriter warnings) {
        return resolve(runs, warnings, true, true);
    }

    /** The most steps of a command that streams its rows: two billion, hours of rows. */
    static final int MAX_STREAMED_STEPS = 2_000_000_000;

    /** {@code --steps} for a command that streams its rows: null when not given. */
    Integer streamedSteps() {
        if (steps != null && (steps < 0 || steps > MAX_STREAMED_STEPS)) {
            throw new InputException("--steps must be between 0 and " + MAX_STREAMED_STEPS + ", got " + steps);
        }
        return steps;
    }

    private Resolved resolve(List<String> runs, PrintWriter warnings, boolean stepsInScenario, boolean startsElsewhere) {
        SourceOptions.Source from = source.source();
        Scenario s = from.scenario();
        Preset p = from.preset();
        boolean startGiven = !from.functionOnly();
        if (start != null) {
            double[] xy = Inputs.point("--start", start);
            s = s.withStart(new Vec2(xy[0], xy[1]));
            startGiven = true;
        }
        if (steps != null && stepsInScenario) {
            if (steps < 0 || steps > Scenario.MAX_STEPS) {
                throw new InputException("--steps must be between 0 and " + Scenario.MAX_STEPS + " (every row of every run is"
                        + " kept; 'run' streams its rows and takes more), got " + steps);
            }
            s = s.withSteps(steps).withRuns(s.runs().stream().map(r -> r.withSteps(null)).toList());
        }
        if (tol != null) {
            s = s.withTolerance(tol).withRuns(s.runs().stream().map(r -> r.withTolerance(null)).toList());
        }
        if (seed != null) {
            s = s.withRuns(s.runs().stream().map(r -> r.withSeed(seed)).toList());
        }
        if (defaults.given()) {
            s = s.withRuns(s.runs().stream().map(r -> r.withConvention(defaults.convention())).toList());
        }
        if (!runs.isEmpty()) {
            s = s.withRuns(parse(runs, startGiven || startsElsewhere)).withSelected(0);
        }
        Integer b = batch();
        if (b != null) {
            s = s.withRuns(s.runs().stream().map(r -> r.withBatch(b)).toList());
        }
        if (!s.isDataset()) {
            if (batch != null || s.runs().stream().anyMatch(r -> r.batch() != 0)) {
                throw new InputException("batch needs a dataset: give --data FILE.csv and --loss, or a dataset scenario");
            }
            return new Resolved(s, Inputs.function(s.function(), warnings), null, startGiven, p);
        }
        try {
            DatasetLoss data = from.folder() == null && p != null ? ScenarioData.loadBundled(s)
                    : ScenarioData.load(s, from.folder() == null ? Path.of("") : from.folder());
            return new Resolved(s, null, data, startGiven, p);
        } catch (IllegalArgumentException e) {
            throw new InputException(e.getMessage());
        }
    }

    /** --batch as a number of rows, 0 for all; null when not given. */
    Integer batch() {
        try {
            return batch == null ? null : RunGrammar.batch(batch);
        } catch (IllegalArgumentException e) {
            throw new InputException("--" + e.getMessage());
        }
    }

    /**
     * The {@code --run} specs, with this command's --defaults and --seed as what they leave out; without a
     * shared start each must name its own.
     */
    private List<RunSettings> parse(List<String> specs, boolean startGiven) {
        if (specs.size() > Scenario.MAX_RUNS) {
            throw new InputException("at most " + Scenario.MAX_RUNS + " runs, got " + specs.size());
        }
        RunGrammar.Base base = new RunGrammar.Base(defaults.convention(), seed == null ? 0 : seed, 0, 0);
        List<RunSettings> out = new ArrayList<>();
        for (String spec : specs) {
            RunSettings run = RunGrammar.parse(spec, base, out.size());
            if (!startGiven && run.start() == null) {
                throw new InputException("run '" + Texts.strip(spec) + "' has no start: give --start X,Y or start=X,Y in the run");
            }
            out.add(run);
        }
        return out;
    }

    /** A scenario file, whole: any problem, a reset value included, is an input error naming the file. */
    static Scenario read(Path file) {
        try {
            ScenarioJson.Read read = ScenarioJson.read(file);
            if (!read.resets().isEmpty()) {
                // the app opens such a file with the values reset; a command runs only what the file says
                boolean one = read.resets().size() == 1;
                throw new InputException(file + ": " + (one ? "a value" : read.resets().size() + " values") + " cannot be used as "
                        + "written (the app would open the file with " + (one ? "it" : "them") + " changed): "
                        + String.join("; ", read.resets()));
            }
            return read.scenario();
        } catch (ScenarioException e) {
            throw new InputException(file + ": " + e.getMessage());
        }
    }
}
