package org.descentlab.core.scenario;

import static org.descentlab.core.scenario.JsonFields.allow;
import static org.descentlab.core.scenario.JsonFields.bool;
import static org.descentlab.core.scenario.JsonFields.fitsLong;
import static org.descentlab.core.scenario.JsonFields.number;
import static org.descentlab.core.scenario.JsonFields.numbers;
import static org.descentlab.core.scenario.JsonFields.object;
import static org.descentlab.core.scenario.JsonFields.oneOf;
import static org.descentlab.core.scenario.JsonFields.pair;
import static org.descentlab.core.scenario.JsonFields.shorten;
import static org.descentlab.core.scenario.JsonFields.shown;
import static org.descentlab.core.scenario.JsonFields.string;
import static org.descentlab.core.scenario.JsonFields.whole;
import static org.descentlab.core.scenario.JsonFields.wrongType;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.descentlab.core.Vec2;
import org.descentlab.core.expr.Expressions;
import org.descentlab.core.expr.ParseResult;
import org.descentlab.core.optim.Convention;
import org.descentlab.core.optim.Hyperparameters;
import org.descentlab.core.optim.Optimizer;
import org.descentlab.core.optim.OptimizerType;
import org.descentlab.core.optim.Optimizers;
import org.descentlab.core.optim.ParameterSpec;
import org.descentlab.core.raster.Colormap;
import org.descentlab.core.raster.Domain;
import org.descentlab.core.raster.ScaleChoice;
import org.descentlab.core.run.RunConfig;
import org.descentlab.core.scenario.JsonTree.Arr;
import org.descentlab.core.scenario.JsonTree.Field;
import org.descentlab.core.scenario.JsonTree.Node;
import org.descentlab.core.scenario.JsonTree.Null;
import org.descentlab.core.scenario.JsonTree.Obj;
import org.descentlab.core.scenario.JsonTree.Str;

/**
 * Reads a scenario from its JSON tree, strictly: an unknown field or a value of the wrong type refuses
 * the whole file; a value of the right type that is out of range (steps −1, a reversed domain, an unknown
 * optimizer) is reset on its own and listed. Every message names the line and the field.
 */
final class ScenarioReader {

    private static final List<String> SCENARIO_FIELDS = List.of("format", "title", "notes", "function", "data", "loss", "view", "start",
            "steps", "tol", "runs", "selected", "playhead", "layout", "minima", "analysis", "lesson");
    private static final List<String> VIEW_FIELDS = List.of("domain", "equalScale", "colormap", "scale", "contours");
    private static final List<String> RUN_FIELDS = List.of("optimizer", "defaults", "params", "start", "noise", "seed",
            "clip", "batch", "diff", "h", "schedule", "warmup", "warmup_start", "steps", "tol", "name", "colour", "line", "visible");

    private final List<String> resets = new ArrayList<>();

    /** What was reset, one sentence each, in file order. */
    List<String> resets() {
        return List.copyOf(resets);
    }

    Scenario read(Node root) throws ScenarioException {
        Obj o = object(root, "the scenario");
        // the version first: a newer file may well have fields this version does not know
        Field format = o.fields().get("format");
        if (format == null) {
            throw new ScenarioException("line " + o.line() + ": 'format' is missing: a DescentLab scenario says \"format\": "
                    + Scenario.FORMAT);
        }
        long version = whole(format.value(), "format");
        if (version > Scenario.FORMAT) {
            throw new ScenarioException("made by a newer DescentLab (format " + version + "); this version reads format "
                    + Scenario.FORMAT + " and older");
        }
        if (version < 1) {
            throw new ScenarioException("line " + format.line() + ": format must be " + Scenario.FORMAT + ", got " + version);
        }
        allow(o, "a scenario", SCENARIO_FIELDS);
        LessonJson.checkFormat(o, version);
        String title = text(o, "title", "title", "", Scenario.MAX_TITLE_LENGTH);
        String notes = text(o, "notes", "notes", "", Scenario.MAX_NOTES_LENGTH);
        String data = DatasetJson.data(o);
        String function = data.isEmpty() ? function(o) : DatasetJson.loss(o);
        ViewSettings view = view(o);
        Vec2 start = o.fields().containsKey("start") ? pair(o.fields().get("start").value(), "start") : Vec2.ZERO;
        int steps = RunConfig.DEFAULT_MAX_STEPS;
        if (o.fields().containsKey("steps")) {
            steps = steps(o.fields().get("steps"), "steps", steps, "reset to " + steps);
        }
        double tol = nonNegative(o.fields().get("tol"), "tol", RunConfig.DEFAULT_TOLERANCE,
                "reset to " + RunGrammar.number(RunConfig.DEFAULT_TOLERANCE));
        List<RunSettings> runs = runs(o);
        int selected = 0;
        if (o.fields().containsKey("selected")) {
            Field f = o.fields().get("selected");
            long s = whole(f.value(), "selected");
            if (s < 0 || s >= Math.max(1, runs.size())) {
                reset(f, "selected", shown(f.value()) + " is not a run's index (0 to " + Math.max(0, runs.size() - 1) + ")", "reset to 0");
            } else {
                selected = (int) s;
            }
        }
        int playhead = 0;
        if (o.fields().containsKey("playhead")) {
            Field f = o.fields().get("playhead");
            long p = whole(f.value(), "playhead");
            if (p < 0 || p > Scenario.MAX_STEPS) {
                reset(f, "playhead", shown(f.value()) + " is out of range (0 to " + Scenario.MAX_STEPS + ")", "reset to 0");
            } else {
                playhead = (int) p;
            }
        }
        Layout layout = choice(o.fields().get("layout"), "layout", Layout.values(), Layout::id, Layout.OVERLAY);
        List<KnownMinimum> minima = MinimaField.read(o);
        Analysis a = o.fields().containsKey("analysis") ? AnalysisJson.read(o.fields().get("analysis").value(), resets) : Analysis.NONE;
        return new Scenario(title, notes, function, view, start, steps, tol, runs, selected, playhead, layout, minima, a, data);
    }

    private String function(Obj o) throws ScenarioException {
        Field f = o.fields().get("function");
        if (f == null) {
            throw new ScenarioException("line " + o.line() + ": 'function' is missing: the f(x, y) to explore");
        }
        String text = string(f.value(), "function");
        if (Expressions.parse(text) instanceof ParseResult.Failure failure) {
            reset(f, "function", "'" + shorten(text) + "' does not read: " + failure.error().describe(),
                    "reset to " + Scenario.DEFAULT_FUNCTION);
            return Scenario.DEFAULT_FUNCTION;
        }
        return text;
    }

    private ViewSettings view(Obj scenario) throws ScenarioException {
        Field f = scenario.fields().get("view");
        if (f == null) {
            return ViewSettings.DEFAULT;
        }
        Obj o = object(f.value(), "view");
        allow(o, "view", VIEW_FIELDS);
        ViewSettings v = ViewSettings.DEFAULT;
        Field domain = o.fields().get("domain");
        if (domain != null) {
            double[] d = numbers(domain.value(), "view.domain", 4, "[xmin, xmax, ymin, ymax]");
            String why = null;
            if (!(d[0] < d[1])) {
                why = "xmin " + RunGrammar.number(d[0]) + " is not less than xmax " + RunGrammar.number(d[1]);
            } else if (!(d[2] < d[3])) {
                why = "ymin " + RunGrammar.number(d[2]) + " is not less than ymax " + RunGrammar.number(d[3]);
            } else if (!Domain.of(d).isDrawable()) {
                why = "it is too small or too large to draw";
            }
            if (why == null) {
                v = v.withDomain(Domain.of(d));
            } else {
                Domain d0 = ViewSettings.DEFAULT_DOMAIN;
                reset(domain, "view.domain", why, "reset to [" + RunGrammar.number(d0.xmin()) + ", " + RunGrammar.number(d0.xmax())
                        + ", " + RunGrammar.number(d0.ymin()) + ", " + RunGrammar.number(d0.ymax()) + "]");
            }
        }
        if (o.fields().containsKey("equalScale")) {
            v = v.withEqualScale(bool(o.fields().get("equalScale").value(), "view.equalScale"));
        }
        v = v.withColormap(choice(o.fields().get("colormap"), "view.colormap", Colormap.values(), Colormap::id, Colormap.VIRIDIS));
        v = v.withScale(choice(o.fields().get("scale"), "view.scale", ScaleChoice.values(), ScaleChoice::id, ScaleChoice.AUTO));
        Field contours = o.fields().get("contours");
        if (contours != null) {
            long n = whole(contours.value(), "view.contours");
            if (n < 0 || n > ViewSettings.MAX_CONTOURS) {
                reset(contours, "view.contours", shown(contours.value()) + " is out of range (0 to " + ViewSettings.MAX_CONTOURS + ")",
                        "reset to " + ViewSettings.DEFAULT_CONTOURS);
            } else {
                v = v.withContours((int) n);
            }
        }
        return v;
    }

    private List<RunSettings> runs(Obj scenario) throws ScenarioException {
        Field f = scenario.fields().get("runs");
        if (f == null) {
            return List.of();
        }
        if (!(f.value() instanceof Arr list)) {
            throw wrongType(f.value(), "runs", "a list of runs");
        }
        List<RunSettings> runs = new ArrayList<>();
        for (int k = 0; k < list.items().size(); k++) {
            Node item = list.items().get(k);
            String path = "runs[" + k + "]";
            if (runs.size() == Scenario.MAX_RUNS) {
                resets.add("line " + item.line() + ": " + path + " and after: a scenario holds at most " + Scenario.MAX_RUNS
                        + " runs; left out");
                break;
            }
            Optional<RunSettings> run = item instanceof Str spec ? spec(spec, path, runs.size()) : run(item, path, runs.size());
            run.ifPresent(runs::add);
        }
        return runs;
    }

    private Optional<RunSettings> spec(Str spec, String path, int index) {
        try {
            return Optional.of(RunGrammar.parse(spec.value(), RunGrammar.Base.DEFAULT, index));
        } catch (IllegalArgumentException e) {
            resets.add("line " + spec.line() + ": " + path + ": " + e.getMessage() + "; left out");
            return Optional.empty();
        }
    }

    private Optional<RunSettings> run(Node node, String path, int index) throws ScenarioException {
        if (!(node instanceof Obj o)) {
            throw wrongType(node, path, "a run: an object, or a run spec such as \"adam lr=0.05\"");
        }
        allow(o, "a run", RUN_FIELDS);
        Field name = o.fields().get("optimizer");
        if (name == null) {
            throw new ScenarioException("line " + o.line() + ": " + path + ".optimizer is missing: one of " + Optimizers.names());
        }
        Optional<OptimizerType> type = Optimizers.byName(string(name.value(), path + ".optimizer"));
        if (type.isEmpty()) {
            resets.add("line " + name.line() + ": " + path + ".optimizer: unknown optimizer '" + shorten(string(name.value(), ""))
                    + "' (accepted: " + Optimizers.names() + "); this run is left out");
            return Optional.empty();
        }
        Convention convention = choice(o.fields().get("defaults"), path + ".defaults", Convention.values(), Convention::id,
                Convention.PYTORCH);
        Optimizer optimizer = optimizer(type.get(), convention, o.fields().get("params"), path);
        RunSettings r = RunSettings.of(optimizer, index).withBatch(DatasetJson.batch(o.fields().get("batch"), path, resets));
        Field start = o.fields().get("start");
        if (start != null && !(start.value() instanceof Null)) {
            r = r.withStart(pair(start.value(), path + ".start"));
        }
        r = r.withNoise(nonNegative(o.fields().get("noise"), path + ".noise", 0, "reset to 0"));
        Field seed = o.fields().get("seed");
        if (seed != null) {
            long value = whole(seed.value(), path + ".seed");
            if (fitsLong(seed.value())) {
                r = r.withSeed(value);
            } else {
                reset(seed, path + ".seed", shown(seed.value()) + " is too large for a seed", "reset to 0");
            }
        }
        r = r.withClip(nonNegative(o.fields().get("clip"), path + ".clip", 0, "reset to 0"));
        r = r.withDifferences(DifferencesJson.read(o.fields().get("diff"), o.fields().get("h"), path, resets)).withSchedule(
                ScheduleJson.read(optimizer, o.fields().get("schedule"), o.fields().get("warmup"), o.fields().get("warmup_start"), path, resets));
        Field steps = o.fields().get("steps");
        if (steps != null && !(steps.value() instanceof Null)) {
            int n = steps(steps, path + ".steps", -1, "reset to the scenario's");
            r = r.withSteps(n < 0 ? null : n);
        }
        Field tol = o.fields().get("tol");
        if (tol != null && !(tol.value() instanceof Null)) {
            double t = nonNegative(tol, path + ".tol", -1, "reset to the scenario's");
            r = r.withTolerance(t < 0 ? null : t);
        }
        r = r.withName(text(o, "name", path + ".name", "", RunSettings.MAX_NAME_LENGTH));
        Field colour = o.fields().get("colour");
        if (colour != null) {
            long c = whole(colour.value(), path + ".colour");
            if (c < 0 || c >= RunSettings.COLOURS) {
                reset(colour, path + ".colour", shown(colour.value()) + " is not a path colour (0 to " + (RunSettings.COLOURS - 1) + ")",
                        "reset to " + r.colour());
            } else {
                r = r.withColour((int) c);
            }
        }
        r = r.withLine(choice(o.fields().get("line"), path + ".line", LineStyle.values(), LineStyle::id, r.line()));
        if (o.fields().containsKey("visible")) {
            r = r.withVisible(bool(o.fields().get("visible").value(), path + ".visible"));
        }
        return Optional.of(r);
    }

    /** The hyper-parameters by name; a value out of range, or one the convention refuses, is reset. */
    private Optimizer optimizer(OptimizerType type, Convention convention, Field params, String path) throws ScenarioException {
        Hyperparameters p = Hyperparameters.defaults(type, convention);
        if (params != null) {
            Obj o = object(params.value(), path + ".params");
            for (Field f : o.fields().values()) {
                String at = path + ".params." + f.name();
                Optional<ParameterSpec> spec = type.parameter(f.name());
                if (spec.isEmpty()) {
                    resets.add("line " + f.line() + ": " + at + ": " + type.name() + " has no parameter '" + f.name()
                            + "' (accepted: " + type.parameterNames() + "); ignored");
                    continue;
                }
                ParameterSpec kind = spec.get();
                try {
                    p = switch (kind.kind()) {
                        case CHOICE -> p.withText(f.name(), string(f.value(), at));
                        case FLAG -> p.with(f.name(), bool(f.value(), at));
                        default -> p.with(f.name(), number(f.value(), at));
                    };
                } catch (IllegalArgumentException e) {
                    String bad = kind.kind() == ParameterSpec.Kind.CHOICE
                            ? "'" + shorten(string(f.value(), at)) + "' is not one of " + oneOf(kind.choices())
                            : RunGrammar.number(number(f.value(), at)) + " is out of range (" + kind.accepted() + ")";
                    reset(f, at, bad, "reset to " + type.defaultText(kind, convention));
                }
            }
        }
        try {
            return type.create(p, convention);
        } catch (IllegalArgumentException refused) {
            // values the convention does not have (Keras has no dampening): each of them is reset, and said
            List<String> reset = new ArrayList<>();
            for (ParameterSpec spec : type.parameters()) {
                if (type.pytorchOnly(spec) && !p.isDefault(spec.name(), convention)) {
                    reset.add("line " + params.line() + ": " + path + ".params." + spec.name() + ": " + type.name() + ": "
                            + spec.name() + " is PyTorch's; Keras has none, so it must be " + type.defaultText(spec, convention)
                            + " with defaults=keras, got " + (spec.bool() ? p.text(spec.name()) : RunGrammar.number(p.get(spec.name())))
                            + "; reset to " + type.defaultText(spec, convention));
                    p = p.withText(spec.name(), type.defaultText(spec, convention));
                }
            }
            try {
                Optimizer o = type.create(p, convention);
                resets.addAll(reset);
                return o;
            } catch (IllegalArgumentException stillRefused) {
                resets.add("line " + params.line() + ": " + path + ".params: " + refused.getMessage() + "; every value reset");
                return type.create(Hyperparameters.defaults(type, convention), convention);
            }
        }
    }

    private int steps(Field f, String path, int fallback, String resetTo) throws ScenarioException {
        long n = whole(f.value(), path);
        if (n < 0 || n > Scenario.MAX_STEPS) {
            reset(f, path, shown(f.value()) + " is out of range (0 to " + Scenario.MAX_STEPS + ")", resetTo);
            return fallback;
        }
        return (int) n;
    }

    /** A finite number >= 0; {@code fallback} when the field is absent or out of range (and then listed). */
    private double nonNegative(Field f, String path, double fallback, String resetTo) throws ScenarioException {
        if (f == null) {
            return fallback;
        }
        double v = number(f.value(), path);
        if (!(v >= 0) || Double.isInfinite(v)) {
            reset(f, path, RunGrammar.number(v) + " is out of range (a number >= 0)", resetTo);
            return fallback;
        }
        return v;
    }

    /** A string field, cut to {@code max} characters (and listed) when longer. */
    private String text(Obj o, String name, String path, String fallback, int max) throws ScenarioException {
        Field f = o.fields().get(name);
        if (f == null) {
            return fallback;
        }
        String s = string(f.value(), path);
        if (s.length() > max) {
            reset(f, path, "is " + s.length() + " characters long (at most " + max + ")", "cut short");
            return s.substring(0, max);
        }
        return s;
    }

    /** One of a closed set of words; an unknown word is reset. */
    private <T> T choice(Field f, String path, T[] values, Function<T, String> id, T fallback) throws ScenarioException {
        if (f == null) {
            return fallback;
        }
        String word = string(f.value(), path);
        for (T v : values) {
            if (id.apply(v).equals(word)) {
                return v;
            }
        }
        reset(f, path, "'" + shorten(word) + "' is not one of " + oneOf(Arrays.stream(values).map(id).toList()),
                "reset to " + id.apply(fallback));
        return fallback;
    }

    private void reset(Field f, String path, String why, String what) {
        resets.add("line " + f.line() + ": " + path + " " + why + "; " + what);
    }
}
