package org.descentlab.core.scenario;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.descentlab.core.NumberText;
import org.descentlab.core.Texts;
import org.descentlab.core.Vec2;
import org.descentlab.core.field.Differences;
import org.descentlab.core.optim.Convention;
import org.descentlab.core.optim.Hyperparameters;
import org.descentlab.core.optim.Optimizer;
import org.descentlab.core.optim.OptimizerType;
import org.descentlab.core.optim.Optimizers;
import org.descentlab.core.optim.ParameterSpec;
import org.descentlab.core.optim.schedule.Schedule;
import org.descentlab.core.optim.schedule.ScheduleType;
import org.descentlab.core.optim.schedule.Schedules;

/**
 * The run-spec grammar, read and written here only: {@code "OPTIMIZER [start=X,Y] [lr=V] [steps=N] [tol=T]
 * [noise=S] [clip=C] [seed=S] [defaults=pytorch|keras] [diff=central|forward] [h=auto|H]
 * [schedule=NAME(k=v,...)] [warmup=N] [warmup_start=S] [batch=B|all] [name=value ...]"},
 * where any other name is a hyper-parameter of the optimizer. {@code diff} and {@code h} say how the
 * gradient is taken ({@link Differences}): central or forward differences, with the automatic step or a
 * fixed one H &gt; 0; central with the automatic step unless given. {@code schedule} is the learning-rate
 * schedule ({@link Schedule}, one word with no spaces inside), {@code warmup} and {@code warmup_start} a linear
 * warm-up before it. {@code batch} is a dataset scenario's mini-batch of B rows per update, shuffled each epoch
 * by the seed ({@code all}, the default, is the whole landscape's gradient). A spec says what decides a path; how the run is drawn (name, colour,
 * line) is not part of it.
 */
public final class RunGrammar {

    /** The names that are run settings rather than hyper-parameters. */
    public static final List<String> SETTINGS = List.of("start", "steps", "tol", "noise", "clip", "seed", "defaults", "diff",
            "h", "schedule", "warmup", "warmup_start", "batch");

    /** The batch of every row, the whole landscape's gradient. */
    public static final String ALL_ROWS = "all";

    /** What a spec leaves out: a command's own options. */
    public record Base(Convention convention, long seed, double noise, double clip) {
        public static final Base DEFAULT = new Base(Convention.PYTORCH, 0, 0, 0);
    }

    private RunGrammar() {
    }

    /** As {@link #parse(String, Base, int)} with nothing given beyond the spec, drawn as the first run. */
    public static RunSettings parse(String text) {
        return parse(text, Base.DEFAULT, 0);
    }

    /**
     * Reads a spec; the run is drawn as the run at {@code index} of a list is (its colour and line).
     *
     * @throws IllegalArgumentException with a message that quotes the spec and says what is accepted
     */
    public static RunSettings parse(String text, Base base, int index) {
        // every kind of space separates words, as a plain one does
        String spec = Texts.plainSpaces(text).strip();
        if (spec.isEmpty()) {
            throw new IllegalArgumentException("empty run: start with an optimizer name (" + Optimizers.names() + ")");
        }
        List<String> words;
        OptimizerType type;
        try {
            words = words(spec);
            type = Optimizers.require(words.get(0));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("run '" + spec + "': " + e.getMessage());
        }
        Map<String, String> parameters = new LinkedHashMap<>();
        Map<String, String> settings = new LinkedHashMap<>();
        for (String word : words.subList(1, words.size())) {
            int eq = word.indexOf('=');
            if (eq <= 0 || eq == word.length() - 1) {
                throw new IllegalArgumentException("run '" + spec + "': '" + word + "' is not name=value");
            }
            String name = word.substring(0, eq);
            if (!SETTINGS.contains(name) && type.parameter(name).isEmpty()) {
                Optional<String> misplaced = misplaced(name, word.substring(eq + 1), settings.get("schedule"));
                if (misplaced.isPresent()) {
                    throw new IllegalArgumentException("run '" + spec + "': " + misplaced.get());
                }
            }
            Map<String, String> target = SETTINGS.contains(name) ? settings : parameters;
            if (target.put(name, word.substring(eq + 1)) != null) {
                throw new IllegalArgumentException("run '" + spec + "': " + name + " is given twice");
            }
        }
        try {
            Convention convention = settings.containsKey("defaults") ? Convention.require(settings.get("defaults"))
                    : base.convention();
            Optimizer optimizer = type.create(parameters, convention);
            RunSettings run = RunSettings.of(optimizer, index).withNoise(base.noise()).withSeed(base.seed()).withClip(base.clip());
            if (settings.containsKey("start")) {
                run = run.withStart(point(settings.get("start")));
            }
            if (settings.containsKey("steps")) {
                run = run.withSteps(integer("steps", settings.get("steps")));
            }
            if (settings.containsKey("tol")) {
                run = run.withTolerance(number("tol", settings.get("tol")));
            }
            if (settings.containsKey("noise")) {
                run = run.withNoise(number("noise", settings.get("noise")));
            }
            if (settings.containsKey("clip")) {
                run = run.withClip(number("clip", settings.get("clip")));
            }
            if (settings.containsKey("seed")) {
                run = run.withSeed(longInteger("seed", settings.get("seed")));
            }
            if (settings.containsKey("batch")) {
                run = run.withBatch(batch(settings.get("batch")));
            }
            Differences d = Differences.DEFAULT;
            if (settings.containsKey("diff")) {
                d = d.withScheme(Differences.Scheme.require(settings.get("diff")));
            }
            if (settings.containsKey("h")) {
                d = d.withStepText(settings.get("h"));
            }
            return run.withDifferences(d).withSchedule(schedule(settings));
        } catch (IllegalArgumentException e) {
            String message = e.getMessage();
            if (message.contains("has no parameter")) {
                message += " (and the run settings " + String.join(", ", SETTINGS) + ")";
            }
            throw new IllegalArgumentException("run '" + spec + "': " + message);
        }
    }

    /**
     * The spec of a run: its optimizer, every hyper-parameter that is not at its convention's default
     * (lr always), then the settings that differ from a plain run's. {@code parse(print(r))} walks the
     * same path as {@code r}.
     */
    public static String print(RunSettings run) {
        Optimizer o = run.optimizer();
        Hyperparameters p = o.parameters();
        StringBuilder s = new StringBuilder(o.type().name());
        for (ParameterSpec spec : o.notableParameters()) {
            s.append(' ').append(spec.name()).append('=')
                    .append(spec.numeric() ? number(p.get(spec.name())) : p.word(spec.name()));
        }
        if (o.convention() != Convention.PYTORCH) {
            s.append(" defaults=").append(o.convention().id());
        }
        if (run.start() != null) {
            s.append(" start=").append(number(run.start().x())).append(',').append(number(run.start().y()));
        }
        if (run.steps() != null) {
            s.append(" steps=").append(run.steps());
        }
        if (run.tolerance() != null) {
            s.append(" tol=").append(number(run.tolerance()));
        }
        if (run.noise() != 0) {
            s.append(" noise=").append(number(run.noise()));
        }
        if (run.seed() != 0) {
            s.append(" seed=").append(run.seed());
        }
        if (run.batch() != 0) {
            s.append(" batch=").append(run.batch());
        }
        if (run.clip() != 0) {
            s.append(" clip=").append(number(run.clip()));
        }
        Differences d = run.differences();
        if (d.scheme() != Differences.Scheme.CENTRAL) {
            s.append(" diff=").append(d.scheme().id());
        }
        if (!d.isAuto()) {
            s.append(" h=").append(d.stepText());
        }
        if (!run.schedule().isNone()) {
            String schedule = scheduleText(run.schedule());
            s.append(' ').append(schedule.startsWith("warmup=") ? schedule : "schedule=" + schedule);
        }
        return s.toString();
    }

    /**
     * A schedule as the window's field takes it: {@code NAME(k=v,...)}, then optionally {@code warmup=N} and
     * {@code warmup_start=S}, as in a spec; blank for none.
     *
     * @throws IllegalArgumentException naming what does not read
     */
    public static Schedule schedule(String text) {
        Map<String, String> settings = new LinkedHashMap<>();
        String plain = Texts.plainSpaces(text).strip();
        for (String word : plain.isEmpty() ? List.<String>of() : words(plain)) {
            int eq = word.indexOf('=');
            String name = eq > 0 && word.indexOf('(') < 0 ? word.substring(0, eq) : "schedule";
            if (!List.of("schedule", "warmup", "warmup_start").contains(name)) {
                Optional<String> m = misplaced(name, word.substring(eq + 1), settings.get("schedule"));
                throw new IllegalArgumentException(m.orElse("'" + word + "' is not warmup=N or warmup_start=S"));
            }
            if (settings.put(name, name.equals("schedule") && !word.startsWith("schedule=") ? word : word.substring(eq + 1)) != null) {
                throw new IllegalArgumentException(name + " is given twice");
            }
        }
        return schedule(settings);
    }

    /**
     * The words of a spec, split at spaces; throws where a bracketed group, which is one word, has a space
     * inside, saying which word was meant.
     */
    private static List<String> words(String spec) {
        List<String> words = List.of(spec.split(" +"));
        for (int k = 0; k < words.size(); k++) {
            String w = words.get(k);
            int end = k;
            if (w.indexOf('(') >= 0 && w.indexOf(')', w.indexOf('(')) < 0) {
                while (end + 1 < words.size() && words.get(end).indexOf(')') < 0) {
                    end++;
                }
            }
            if (end > k) {
                String group = String.join(" ", words.subList(k, end + 1));
                throw new IllegalArgumentException(Schedule.spaced(group.startsWith("schedule=") ? group.substring(9) : group));
            }
        }
        return words;
    }

    /**
     * Where {@code name=value} is a parameter of the schedule written (and so was meant inside its brackets),
     * that, with the schedule meant: "t_max is a parameter of cosine: it goes inside its brackets,
     * schedule=cosine(t_max=50)"; empty otherwise.
     */
    private static Optional<String> misplaced(String name, String value, String schedule) {
        if (schedule == null) {
            return Optional.empty();
        }
        int open = schedule.indexOf('(');
        Optional<ScheduleType> type = Schedules.byName((open < 0 ? schedule : schedule.substring(0, open)).toLowerCase(Locale.ROOT));
        if (type.isEmpty() || type.get().parameter(name.toLowerCase(Locale.ROOT)).isEmpty()) {
            return Optional.empty();
        }
        String pair = name + "=" + value;
        String meant = open < 0 ? schedule + "(" + pair + ")"
                : schedule.endsWith("()") ? schedule.substring(0, schedule.length() - 1) + pair + ")"
                : schedule.substring(0, schedule.length() - 1) + "," + pair + ")";
        return Optional.of(name + " is a parameter of " + type.get().name() + ": it goes inside its brackets, one word,"
                + " schedule=" + meant);
    }

    /** The text {@link #schedule(String)} reads back: "cosine(t_max=100) warmup=5"; "constant" for none. */
    public static String scheduleText(Schedule schedule) {
        StringBuilder s = new StringBuilder();
        if (!schedule.type().name().equals("constant") || schedule.warmup() == 0) {
            s.append(schedule.text());
        }
        if (schedule.warmup() > 0) {
            s.append(s.length() > 0 ? " " : "").append("warmup=").append(schedule.warmup());
            if (schedule.warmupStart() != Schedule.WARMUP_START) {
                s.append(" warmup_start=").append(number(schedule.warmupStart()));
            }
        }
        return s.toString();
    }

    /** The schedule and warm-up of a spec's settings; none when it names none. */
    private static Schedule schedule(Map<String, String> settings) {
        Schedule s = settings.containsKey("schedule") ? Schedule.parse(settings.get("schedule")) : Schedule.NONE;
        if (settings.containsKey("warmup_start") && !settings.containsKey("warmup")) {
            throw new IllegalArgumentException("warmup_start needs warmup=N, the updates of the warm-up");
        }
        if (settings.containsKey("warmup")) {
            int n = integer("warmup", settings.get("warmup"));
            if (n < 0) {
                throw new IllegalArgumentException("warmup must be a whole number >= 0, got " + n);
            }
            double start = settings.containsKey("warmup_start") ? number("warmup_start", settings.get("warmup_start"))
                    : Schedule.WARMUP_START;
            s = s.withWarmup(n, start);
        }
        return s;
    }

    /** The shortest text that reads back as exactly {@code v}: "0.05", "1e-7", "-3", "1.5e12". */
    public static String number(double v) {
        return NumberText.exact(v);
    }

    /** "all" (0) or a whole number of rows &gt;= 1, as {@code batch=} and the window's Batch field take it. */
    public static int batch(String text) {
        String t = Texts.strip(text);
        if (t.equals(ALL_ROWS)) {
            return 0;
        }
        int b;
        try {
            b = Integer.parseInt(t);
        } catch (NumberFormatException e) {
            b = -1;
        }
        if (b < 1) {
            throw new IllegalArgumentException("batch must be all or a whole number of rows >= 1, got '" + text + "'");
        }
        return b;
    }

    /** The batch as {@link #batch(String)} reads it back: "all" for 0. */
    public static String batchText(int batch) {
        return batch == 0 ? ALL_ROWS : String.valueOf(batch);
    }

    private static Vec2 point(String text) {
        String[] xy = text.split(",", -1);
        if (xy.length != 2) {
            throw new IllegalArgumentException("start must be X,Y, got '" + text + "'");
        }
        return new Vec2(number("start x", xy[0]), number("start y", xy[1]));
    }

    private static double number(String name, String text) {
        double v;
        try {
            v = Double.parseDouble(Texts.strip(text));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a number, got '" + text + "'");
        }
        if (!Double.isFinite(v)) {
            throw new IllegalArgumentException(name + " must be a finite number, got '" + text + "'");
        }
        return v;
    }

    private static int integer(String name, String text) {
        try {
            return Integer.parseInt(Texts.strip(text));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a whole number, got '" + text + "'");
        }
    }

    private static long longInteger(String name, String text) {
        try {
            return Long.parseLong(Texts.strip(text));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a whole number, got '" + text + "'");
        }
    }
}
