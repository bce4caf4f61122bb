package org.descentlab.core.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import org.descentlab.core.Validate;
import org.descentlab.core.Vec2;
import org.descentlab.core.expr.Expressions;
import org.descentlab.core.expr.ParseResult;
import org.descentlab.core.run.RunConfig;

/**
 * One experiment, whole: a function, how it is viewed, the runs on it and what they share, where playback
 * is, and the story around it. Presets, saved files and the app's remembered session are all scenarios,
 * in one JSON form ({@link ScenarioJson}). Immutable; every change gives a new value.
 *
 * @param title     shown in the picker and the title bar; may be empty
 * @param notes     what it teaches; may be empty
 * @param function  f(x, y), text that reads
 * @param view      the domain and how it is coloured
 * @param start     the start of every run that has none of its own
 * @param steps     the step limit of every run that has none of its own, 0 to {@link #MAX_STEPS}
 * @param tolerance stop a run once ‖∇f‖ ≤ this, for every run that has none of its own; 0 never stops early
 * @param runs      at most {@link #MAX_RUNS}
 * @param selected  the run the side panel edits, an index into {@code runs} (0 when there are none)
 * @param playhead  the shared step playback is at
 * @param layout    overlay or grid
 * @param minima    the minima its author knows of
 * @param analysis  what is drawn over the landscape besides the runs: critical points, basins, …
 * @param data      a dataset scenario's CSV, a path relative to the scenario file ("" for a plain function); then
 *                  {@code function} is the per-sample loss in x, y and the CSV's columns, and the landscape is
 *                  its mean over the rows
 */
public record Scenario(String title, String notes, String function, ViewSettings view, Vec2 start, int steps,
        double tolerance, List<RunSettings> runs, int selected, int playhead, Layout layout, List<KnownMinimum> minima,
        Analysis analysis, String data) {

    /**
     * The newest version of the file format, which this code reads: 2 added datasets and batches, 3 lessons.
     * A file is written at the oldest version that holds what it uses.
     */
    public static final int FORMAT = 3;
    public static final int MAX_RUNS = RunSettings.COLOURS;
    public static final int MAX_STEPS = 100_000;
    public static final int MAX_TITLE_LENGTH = 200;
    public static final int MAX_NOTES_LENGTH = 10_000;
    public static final String DEFAULT_FUNCTION = "x^2 + y^2";

    public Scenario {
        Validate.notNull("title", title);
        Validate.notNull("notes", notes);
        Validate.notNull("function", function);
        Validate.notNull("view", view);
        Validate.notNull("start", start);
        Validate.notNull("layout", layout);
        Validate.isTrue(title.length() <= MAX_TITLE_LENGTH, "title is at most " + MAX_TITLE_LENGTH + " characters");
        Validate.isTrue(notes.length() <= MAX_NOTES_LENGTH, "notes are at most " + MAX_NOTES_LENGTH + " characters");
        Validate.notNull("data", data);
        if (data.isEmpty()) {
            checkFunction(function);
        } else {
            // the columns are the CSV's, known where it is read (DatasetScenarios)
            Validate.isTrue(!function.isBlank(), "a dataset scenario needs a loss");
            Validate.isTrue(!data.isBlank() && !data.contains("\n"), "data must be a CSV file's path");
        }
        Validate.isTrue(start.isFinite(), "start must be two finite numbers, got " + start);
        Validate.isTrue(steps >= 0 && steps <= MAX_STEPS, "steps must be between 0 and " + MAX_STEPS + ", got " + steps);
        Validate.atLeast("tol", tolerance, 0);
        runs = List.copyOf(runs);
        Validate.isTrue(runs.size() <= MAX_RUNS, "at most " + MAX_RUNS + " runs, got " + runs.size());
        Validate.isTrue(selected >= 0 && (selected < runs.size() || selected == 0),
                "selected must be a run's index, got " + selected + " of " + runs.size());
        Validate.isTrue(playhead >= 0, "playhead must be >= 0, got " + playhead);
        minima = List.copyOf(minima);
        Validate.notNull("analysis", analysis);
    }

    /** A plain function's scenario. */
    public Scenario(String title, String notes, String function, ViewSettings view, Vec2 start, int steps,
            double tolerance, List<RunSettings> runs, int selected, int playhead, Layout layout, List<KnownMinimum> minima,
            Analysis analysis) {
        this(title, notes, function, view, start, steps, tolerance, runs, selected, playhead, layout, minima, analysis, "");
    }

    /** Whether it is a dataset scenario: a loss over the rows of a CSV. */
    public boolean isDataset() {
        return !data.isEmpty();
    }

    /** Reading is remembered (see {@link Expressions#parse}): every {@code with…} copy checks its function cheaply. */
    private static void checkFunction(String function) {
        if (Expressions.parse(function) instanceof ParseResult.Failure failure) {
            throw new IllegalArgumentException("function does not read: " + failure.error().describe());
        }
    }

    /** A function on the default view, with no runs: what File ▸ New starts from before it adds one. */
    public static Scenario of(String function) {
        return new Scenario("", "", function, ViewSettings.DEFAULT, Vec2.ZERO, RunConfig.DEFAULT_MAX_STEPS,
                RunConfig.DEFAULT_TOLERANCE, List.of(), 0, 0, Layout.OVERLAY, List.of(), Analysis.NONE);
    }

    /** The run the side panel edits, or null when there are none. */
    public RunSettings selectedRun() {
        return runs.isEmpty() ? null : runs.get(selected);
    }

    /** The full configuration of run {@code index}. */
    public RunConfig config(int index) {
        return runs.get(index).config(this);
    }

    public Scenario withTitle(String t) {
        return new Scenario(t, notes, function, view, start, steps, tolerance, runs, selected, playhead, layout, minima, analysis, data);
    }

    public Scenario withNotes(String n) {
        return new Scenario(title, n, function, view, start, steps, tolerance, runs, selected, playhead, layout, minima, analysis, data);
    }

    public Scenario withFunction(String f) {
        return new Scenario(title, notes, f, view, start, steps, tolerance, runs, selected, playhead, layout, minima, analysis, data);
    }

    /** A dataset scenario: the per-sample {@code loss} over the CSV at {@code csv}; "" and a function for a plain one. */
    public Scenario withData(String csv, String loss) {
        return new Scenario(title, notes, loss, view, start, steps, tolerance, runs, selected, playhead, layout, minima, analysis, csv);
    }

    public Scenario withView(ViewSettings v) {
        return new Scenario(title, notes, function, v, start, steps, tolerance, runs, selected, playhead, layout, minima, analysis, data);
    }

    public Scenario withStart(Vec2 s) {
        return new Scenario(title, notes, function, view, s, steps, tolerance, runs, selected, playhead, layout, minima, analysis, data);
    }

    public Scenario withSteps(int n) {
        return new Scenario(title, notes, function, view, start, n, tolerance, runs, selected, playhead, layout, minima, analysis, data);
    }

    public Scenario withTolerance(double t) {
        return new Scenario(title, notes, function, view, start, steps, t, runs, selected, playhead, layout, minima, analysis, data);
    }

    /** With these runs; the selection stays where it was, or moves to the last run if that is gone. */
    public Scenario withRuns(List<RunSettings> r) {
        int s = Math.max(0, Math.min(selected, r.size() - 1));
        return new Scenario(title, notes, function, view, start, steps, tolerance, r, s, playhead, layout, minima, analysis, data);
    }

    /** With run {@code index} changed. */
    public Scenario withRun(int index, UnaryOperator<RunSettings> change) {
        List<RunSettings> r = new ArrayList<>(runs);
        r.set(index, change.apply(r.get(index)));
        return withRuns(r);
    }

    public Scenario withSelected(int index) {
        return new Scenario(title, notes, function, view, start, steps, tolerance, runs, index, playhead, layout, minima, analysis, data);
    }

    public Scenario withPlayhead(int step) {
        return new Scenario(title, notes, function, view, start, steps, tolerance, runs, selected, step, layout, minima, analysis, data);
    }

    public Scenario withLayout(Layout l) {
        return new Scenario(title, notes, function, view, start, steps, tolerance, runs, selected, playhead, l, minima, analysis, data);
    }

    public Scenario withMinima(List<KnownMinimum> m) {
        return new Scenario(title, notes, function, view, start, steps, tolerance, runs, selected, playhead, layout, m, analysis, data);
    }

    public Scenario withAnalysis(Analysis a) {
        return new Scenario(title, notes, function, view, start, steps, tolerance, runs, selected, playhead, layout, minima, a, data);
    }
}
