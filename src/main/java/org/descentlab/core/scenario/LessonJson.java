package org.descentlab.core.scenario;

import static org.descentlab.core.scenario.JsonFields.allow;
import static org.descentlab.core.scenario.JsonFields.bool;
import static org.descentlab.core.scenario.JsonFields.number;
import static org.descentlab.core.scenario.JsonFields.object;
import static org.descentlab.core.scenario.JsonFields.oneOf;
import static org.descentlab.core.scenario.JsonFields.pair;
import static org.descentlab.core.scenario.JsonFields.shorten;
import static org.descentlab.core.scenario.JsonFields.string;
import static org.descentlab.core.scenario.JsonFields.whole;
import static org.descentlab.core.scenario.JsonFields.wrongType;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.descentlab.core.analysis.Behaviour;
import org.descentlab.core.lesson.Goal;
import org.descentlab.core.lesson.Hint;
import org.descentlab.core.lesson.Lesson;
import org.descentlab.core.lesson.LocalText;
import org.descentlab.core.scenario.JsonTree.Arr;
import org.descentlab.core.scenario.JsonTree.Field;
import org.descentlab.core.scenario.JsonTree.Node;
import org.descentlab.core.scenario.JsonTree.Obj;
import org.descentlab.core.scenario.JsonTree.Str;

/**
 * A lesson file: a scenario file of format {@value #LESSON_FORMAT} with a {@code "lesson"} object of a
 * {@code title} and a {@code text} (each {@code {"en": …, "ru": …}}), a {@code goal}, {@code hints} (each a
 * {@code text} and, when it states a fact, a {@code check}: {@code runs} specs and the goal they then meet,
 * {@code holds}) and a {@code solution} (run specs for runs 1, 2, …). A goal is an object with a {@code kind}:
 * {@code reach} (run, below, within), {@code beats} (run, other, sameRate), {@code ends-in} (run, target
 * "global", "local" or [x, y], within), {@code ends-apart} (run, other, within), {@code behaves} (run, as
 * too-slow, converges, oscillates or diverges), {@code all} and {@code not} (of). Read as strictly as the
 * scenario: every message names the line and the field.
 */
public final class LessonJson {

    /** The format that added lessons; older files cannot hold one. */
    public static final int LESSON_FORMAT = 3;

    private static final List<String> LESSON_FIELDS = List.of("title", "text", "goal", "hints", "solution");
    private static final List<String> HINT_FIELDS = List.of("text", "check");
    private static final List<String> CHECK_FIELDS = List.of("runs", "holds");
    private static final List<String> TEXT_FIELDS = List.of("en", "ru");
    private static final Map<String, List<String>> GOAL_FIELDS = Map.of(
            "reach", List.of("kind", "run", "below", "within"),
            "beats", List.of("kind", "run", "other", "sameRate"),
            "ends-in", List.of("kind", "run", "target", "within"),
            "ends-apart", List.of("kind", "run", "other", "within"),
            "behaves", List.of("kind", "run", "as"),
            "all", List.of("kind", "of"),
            "not", List.of("kind", "of"));
    private static final List<String> KINDS = List.of("reach", "beats", "ends-in", "ends-apart", "behaves", "all", "not");

    /**
     * A lesson read, and what in its scenario was out of range and reset (empty when nothing was).
     *
     * @param lesson the lesson
     * @param resets one sentence per value reset, naming its line and field
     */
    public record Read(Lesson lesson, List<String> resets) {
        public Read {
            resets = List.copyOf(resets);
        }
    }

    private LessonJson() {
    }

    /**
     * Reads a lesson file.
     *
     * @param id what the lesson is called by (its file name without {@code .json})
     * @throws ScenarioException when it is no scenario, or has no lesson, or its lesson does not read
     */
    public static Read read(byte[] content, String id) throws ScenarioException {
        if (content.length > ScenarioJson.MAX_BYTES) {
            throw new ScenarioException("it is " + content.length + " bytes; a lesson file is at most " + ScenarioJson.MAX_BYTES);
        }
        Node root = JsonTree.parse(content);
        ScenarioReader reader = new ScenarioReader();
        Scenario s = reader.read(root);
        Obj top = (Obj) root;
        Field f = top.fields().get("lesson");
        if (f == null) {
            throw new ScenarioException("line " + top.line() + ": 'lesson' is missing: a lesson file has a \"lesson\" object");
        }
        Obj o = object(f.value(), "lesson");
        allow(o, "a lesson", LESSON_FIELDS);
        LocalText title = text(required(o, "title", "lesson", "its name"), "lesson.title");
        LocalText text = text(required(o, "text", "lesson", "what to do and what to notice"), "lesson.text");
        Goal goal = goal(required(o, "goal", "lesson", "what the runs are to do"), "lesson.goal");
        List<Hint> hints = new ArrayList<>();
        Field h = o.fields().get("hints");
        if (h != null) {
            List<Node> items = list(h.value(), "lesson.hints");
            for (int k = 0; k < items.size(); k++) {
                hints.add(hint(items.get(k), "lesson.hints[" + k + "]"));
            }
        }
        Field solution = o.fields().get("solution");
        List<String> specs = solution == null ? List.of() : specs(solution.value(), "lesson.solution");
        Scenario titled = s.title().isEmpty() ? s.withTitle(title.en()) : s;
        return new Read(new Lesson(id, titled, title, text, goal, hints, specs), reader.resets());
    }

    /** Refuses a lesson in a file of a format before lessons. */
    static void checkFormat(Obj scenario, long version) throws ScenarioException {
        Field f = scenario.fields().get("lesson");
        if (f != null && version < LESSON_FORMAT) {
            throw new ScenarioException("line " + f.line() + ": 'lesson' needs format " + LESSON_FORMAT + ", the file says " + version);
        }
    }

    private static Node required(Obj o, String name, String path, String what) throws ScenarioException {
        Field f = o.fields().get(name);
        if (f == null) {
            throw new ScenarioException("line " + o.line() + ": " + path + "." + name + " is missing: " + what);
        }
        return f.value();
    }

    private static LocalText text(Node n, String path) throws ScenarioException {
        Obj o = object(n, path);
        allow(o, path, TEXT_FIELDS);
        String en = string(required(o, "en", path, "the English text"), path + ".en");
        String ru = string(required(o, "ru", path, "the Russian text"), path + ".ru");
        if (en.isBlank() || ru.isBlank()) {
            throw new ScenarioException("line " + o.line() + ": " + path + " needs both en and ru, not blank");
        }
        return new LocalText(en, ru);
    }

    private static Hint hint(Node n, String path) throws ScenarioException {
        Obj o = object(n, path);
        allow(o, "a hint", HINT_FIELDS);
        LocalText text = text(required(o, "text", path, "what the hint says"), path + ".text");
        Field c = o.fields().get("check");
        if (c == null) {
            return new Hint(text, null);
        }
        Obj check = object(c.value(), path + ".check");
        allow(check, "a hint's check", CHECK_FIELDS);
        List<String> runs = specs(required(check, "runs", path + ".check", "the run specs it is about"), path + ".check.runs");
        Goal holds = goal(required(check, "holds", path + ".check", "what those runs then do"), path + ".check.holds");
        return new Hint(text, new Hint.Check(runs, holds));
    }

    private static List<String> specs(Node n, String path) throws ScenarioException {
        List<Node> items = list(n, path);
        List<String> out = new ArrayList<>();
        for (int k = 0; k < items.size(); k++) {
            Node item = items.get(k);
            String spec = string(item, path + "[" + k + "]");
            try {
                RunGrammar.parse(spec);
            } catch (IllegalArgumentException e) {
                throw new ScenarioException("line " + item.line() + ": " + path + "[" + k + "]: " + e.getMessage());
            }
            out.add(spec);
        }
        if (out.size() > Scenario.MAX_RUNS) {
            throw new ScenarioException("line " + n.line() + ": " + path + " has " + out.size() + " runs, at most " + Scenario.MAX_RUNS);
        }
        return out;
    }

    private static List<Node> list(Node n, String path) throws ScenarioException {
        if (n instanceof Arr a) {
            return a.items();
        }
        throw wrongType(n, path, "a list");
    }

    static Goal goal(Node n, String path) throws ScenarioException {
        Obj o = object(n, path);
        String kind = string(required(o, "kind", path, "one of " + oneOf(KINDS)), path + ".kind");
        if (!KINDS.contains(kind)) {
            throw new ScenarioException("line " + o.line() + ": " + path + ".kind '" + shorten(kind) + "' is not one of " + oneOf(KINDS));
        }
        allow(o, "a " + kind + " goal", GOAL_FIELDS.get(kind));
        try {
            return switch (kind) {
                case "reach" -> new Goal.Reach(run(o, "run", path), number(required(o, "below", path, "the f to get under"), path + ".below"),
                        (int) Math.min(Integer.MAX_VALUE, whole(required(o, "within", path, "the most steps"), path + ".within")));
                case "beats" -> new Goal.Beats(run(o, "run", path), run(o, "other", path),
                        o.fields().containsKey("sameRate") && bool(o.fields().get("sameRate").value(), path + ".sameRate"));
                case "ends-in" -> endsIn(o, path);
                case "ends-apart" -> new Goal.EndsApart(run(o, "run", path), run(o, "other", path), within(o, path));
                case "behaves" -> new Goal.Behaves(run(o, "run", path), region(o, path));
                case "all" -> new Goal.All(goals(required(o, "of", path, "the goals"), path + ".of"));
                default -> new Goal.Not(goal(required(o, "of", path, "the goal that is not met"), path + ".of"));
            };
        } catch (IllegalArgumentException e) {
            throw new ScenarioException("line " + o.line() + ": " + path + ": " + e.getMessage());
        }
    }

    private static Goal endsIn(Obj o, String path) throws ScenarioException {
        Node target = required(o, "target", path, "\"global\", \"local\" or [x, y]");
        int run = run(o, "run", path);
        double within = within(o, path);
        if (target instanceof Str word) {
            for (Goal.Target t : List.of(Goal.Target.GLOBAL, Goal.Target.LOCAL)) {
                if (t.id().equals(word.value())) {
                    return new Goal.EndsIn(run, t, null, within);
                }
            }
            throw new ScenarioException("line " + word.line() + ": " + path + ".target '" + shorten(word.value())
                    + "' is not global, local or [x, y]");
        }
        return new Goal.EndsIn(run, Goal.Target.POINT, pair(target, path + ".target"), within);
    }

    private static List<Goal> goals(Node n, String path) throws ScenarioException {
        List<Node> items = list(n, path);
        List<Goal> out = new ArrayList<>();
        for (int k = 0; k < items.size(); k++) {
            out.add(goal(items.get(k), path + "[" + k + "]"));
        }
        return out;
    }

    private static int run(Obj o, String name, String path) throws ScenarioException {
        long n = whole(required(o, name, path, "a run's number, from 1"), path + "." + name);
        return (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, n));
    }

    private static double within(Obj o, String path) throws ScenarioException {
        return number(required(o, "within", path, "how near, a distance"), path + ".within");
    }

    private static Behaviour.Region region(Obj o, String path) throws ScenarioException {
        String word = string(required(o, "as", path, "too-slow, converges, oscillates or diverges"), path + ".as");
        return Arrays.stream(Behaviour.Region.values()).filter(r -> r.id().equals(word)).findFirst()
                .orElseThrow(() -> new ScenarioException("line " + o.fields().get("as").line() + ": " + path + ".as '" + shorten(word)
                        + "' is not one of " + oneOf(Arrays.stream(Behaviour.Region.values()).map(Behaviour.Region::id).toList())));
    }
}
