package org.descentlab.core.scenario;

import java.util.List;

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
                throw new ScenarioException("line " + f.line() + ": '" + f.name() + "' is not a field of " + what
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

    static long whole(Node n, String path) throws ScenarioException {
        if (n instanceof Num x && x.whole()) {
            return x.longValue();
        }
        if (n instanceof Num x && x.value() == Math.rint(x.value()) && Math.abs(x.value()) < 0x1p53) {
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

    static String shorten(String s) {
        return s.length() <= 40 ? s : s.substring(0, 37) + "…";
    }
}
