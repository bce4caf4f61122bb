package org.descentlab.core.scenario;

import java.util.List;

import org.descentlab.core.Texts;
import org.descentlab.core.Vec2;
import org.descentlab.core.scenario.JsonTree.Arr;
import org.descentlab.core.scenario.JsonTree.Bool;
import org.descentlab.core.scenario.JsonTree.Field;
import org.descentlab.core.scenario.JsonTree.Node;
import org.descentlab.core.scenario.JsonTree.Num;
import org.descentlab.core.scenario.JsonTree.Obj;
import org.descentlab.core.scenario.JsonTree.Str;

/**
 * Typed reads of JSON values for {@link ScenarioReader}: each returns the value or refuses the file with
 * a message that names the line, the field and what was expected.
 */
final class JsonFields {

    private JsonFields() {
    }

    static Obj object(Node n, String path) throws ScenarioException {
        if (n instanceof Obj o) {
            return o;
        }
        throw wrongType(n, path, "an object");
    }

    static void allow(Obj o, String what, List<String> fields) throws ScenarioException {
        for (Field f : o.fields().values()) {
            if (!fields.contains(f.name())) {
                throw new ScenarioException("line " + f.line() + ": '" + shorten(f.name()) + "' is not a field of " + what
                        + " (the fields are " + String.join(", ", fields) + ")");
            }
        }
    }

    static String string(Node n, String path) throws ScenarioException {
        if (n instanceof Str s) {
            return s.value();
        }
        throw wrongType(n, path, "a string");
    }

    static double number(Node n, String path) throws ScenarioException {
        if (n instanceof Num x) {
            return x.value();
        }
        throw wrongType(n, path, "a number");
    }

    /**
     * A whole number; one too large for a long comes back as the nearest long, so that a range check
     * resets it (say it with {@link #shown(Node)}, as it was written).
     */
    static long whole(Node n, String path) throws ScenarioException {
        if (n instanceof Num x && x.whole()) {
            return x.longValue();
        }
        if (n instanceof Num x && x.value() == Math.rint(x.value())) {
            return (long) x.value();
        }
        throw wrongType(n, path, "a whole number");
    }

    static boolean bool(Node n, String path) throws ScenarioException {
        if (n instanceof Bool b) {
            return b.value();
        }
        throw wrongType(n, path, "true or false");
    }

    static Vec2 pair(Node n, String path) throws ScenarioException {
        double[] xy = numbers(n, path, 2, "[x, y]");
        if (!Double.isFinite(xy[0]) || !Double.isFinite(xy[1])) {
            throw new ScenarioException("line " + n.line() + ": " + path + " must be two finite numbers [x, y]");
        }
        return new Vec2(xy[0], xy[1]);
    }

    static double[] numbers(Node n, String path, int count, String shape) throws ScenarioException {
        if (!(n instanceof Arr a) || a.items().size() != count || !a.items().stream().allMatch(Num.class::isInstance)) {
            throw wrongType(n, path, shape + ", " + count + " numbers");
        }
        double[] out = new double[count];
        for (int k = 0; k < count; k++) {
            out[k] = ((Num) a.items().get(k)).value();
        }
        return out;
    }

    static ScenarioException wrongType(Node n, String path, String expected) {
        String got = n instanceof Str s ? "the string \"" + shorten(s.value()) + "\""
                : n instanceof Num x ? RunGrammar.number(x.value())
                : n instanceof Arr a ? "a list of " + a.items().size() : n.kind();
        return new ScenarioException("line " + n.line() + ": " + path + " must be " + expected + ", got " + got);
    }

    /** Whether a whole number is one a long holds exactly. */
    static boolean fitsLong(Node n) {
        return n instanceof Num x && (x.whole() || Math.abs(x.value()) < 0x1p63);
    }

    /** A number as the file has it, for a message. */
    static String shown(Node n) {
        return n instanceof Num x ? x.whole() ? Long.toString(x.longValue()) : RunGrammar.number(x.value()) : n.kind();
    }

    /** "a, b or c". */
    static String oneOf(List<String> words) {
        if (words.size() < 2) {
            return String.join("", words);
        }
        return String.join(", ", words.subList(0, words.size() - 1)) + " or " + words.get(words.size() - 1);
    }

    /** At most 40 characters of what a file says, for a message, control characters shown escaped. */
    static String shorten(String s) {
        return Texts.escapeControls(s.length() <= 40 ? s : s.substring(0, 37) + "…");
    }
}
