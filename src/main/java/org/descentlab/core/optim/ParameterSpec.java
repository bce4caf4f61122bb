package org.descentlab.core.optim;

import java.util.List;
import java.util.Locale;

import org.descentlab.core.NumberText;
import org.descentlab.core.Texts;
import org.descentlab.core.Validate;

/**
 * One hyper-parameter: its name (PyTorch's spelling), what it takes, its default, accepted range and
 * meaning. Flags are stored as 0 and 1, a choice as the index of its word ({@code line_search_fn}: 0 for
 * none, 1 for strong_wolfe).
 *
 * @param kind    what it takes
 * @param choices the words of a choice, in order; empty for other kinds
 */
public record ParameterSpec(String name, Kind kind, double defaultValue, double min, boolean minInclusive,
        double max, boolean maxInclusive, List<String> choices, String description) {

    /** What a hyper-parameter takes. */
    public enum Kind {
        /** A real number. */
        NUMBER,
        /** A whole number. */
        WHOLE,
        /** true or false. */
        FLAG,
        /** One of a few words. */
        CHOICE
    }

    public ParameterSpec {
        Validate.notNull("name", name);
        Validate.notNull("kind", kind);
        Validate.notNull("description", description);
        choices = List.copyOf(choices);
        Validate.isTrue(kind == Kind.CHOICE ? choices.size() >= 2 : choices.isEmpty(), name + ": only a choice has words");
    }

    /** A real number in [min, ∞). */
    public static ParameterSpec atLeast(String name, double defaultValue, double min, String description) {
        return number(name, defaultValue, min, true, Double.POSITIVE_INFINITY, false, description);
    }

    /** A real number in (min, ∞). */
    public static ParameterSpec above(String name, double defaultValue, double min, String description) {
        return number(name, defaultValue, min, false, Double.POSITIVE_INFINITY, false, description);
    }

    /** A real number in [min, max). */
    public static ParameterSpec closedOpen(String name, double defaultValue, double min, double max, String description) {
        return number(name, defaultValue, min, true, max, false, description);
    }

    /** A real number in (min, max). */
    public static ParameterSpec open(String name, double defaultValue, double min, double max, String description) {
        return number(name, defaultValue, min, false, max, false, description);
    }

    /** A real number in (min, max]. */
    public static ParameterSpec openClosed(String name, double defaultValue, double min, double max, String description) {
        return number(name, defaultValue, min, false, max, true, description);
    }

    /** A real number in [min, max]. */
    public static ParameterSpec closed(String name, double defaultValue, double min, double max, String description) {
        return number(name, defaultValue, min, true, max, true, description);
    }

    private static ParameterSpec number(String name, double defaultValue, double min, boolean minInclusive, double max,
            boolean maxInclusive, String description) {
        return new ParameterSpec(name, Kind.NUMBER, defaultValue, min, minInclusive, max, maxInclusive, List.of(), description);
    }

    /** A whole number in [min, ∞). */
    public static ParameterSpec whole(String name, int defaultValue, int min, String description) {
        return new ParameterSpec(name, Kind.WHOLE, defaultValue, min, true, Double.POSITIVE_INFINITY, false, List.of(),
                description);
    }

    /** true or false. */
    public static ParameterSpec flag(String name, boolean defaultValue, String description) {
        return new ParameterSpec(name, Kind.FLAG, defaultValue ? 1 : 0, 0, true, 1, true, List.of(), description);
    }

    /** One of {@code choices}; the first is the default. */
    public static ParameterSpec choice(String name, List<String> choices, String description) {
        return new ParameterSpec(name, Kind.CHOICE, 0, 0, true, choices.size() - 1, true, choices, description);
    }

    /** Whether it is a flag, true or false. */
    public boolean bool() {
        return kind == Kind.FLAG;
    }

    /** Whether it is a number, real or whole: what a sweep or a map can vary. */
    public boolean numeric() {
        return kind == Kind.NUMBER || kind == Kind.WHOLE;
    }

    public boolean accepts(double value) {
        if (!Double.isFinite(value)) {
            return false;
        }
        if (kind != Kind.NUMBER && value != Math.rint(value)) {
            return false;
        }
        boolean aboveMin = minInclusive ? value >= min : value > min;
        boolean belowMax = Double.isInfinite(max) || (maxInclusive ? value <= max : value < max);
        return aboveMin && belowMax;
    }

    /** What is accepted, in words: "true or false", "a number >= 0", "a number in [0, 1)", "none or strong_wolfe". */
    public String accepted() {
        return switch (kind) {
            case FLAG -> "true or false";
            case CHOICE -> String.join(", ", choices.subList(0, choices.size() - 1)) + " or " + choices.get(choices.size() - 1);
            case WHOLE -> "a whole number >= " + format(min);
            case NUMBER -> Double.isInfinite(max) ? "a number " + (minInclusive ? ">= " : "> ") + format(min)
                    : "a number in " + (minInclusive ? "[" : "(") + format(min) + ", " + format(max) + (maxInclusive ? "]" : ")");
        };
    }

    /** The default as text: true/false for flags, the word of a choice, the shortest exact form for numbers (1e-8). */
    public String defaultText() {
        return text(defaultValue);
    }

    /** A stored value as a spec writes it: true/false, the choice's word, or the number (1e-8, 100). */
    public String text(double value) {
        return switch (kind) {
            case FLAG -> String.valueOf(value != 0);
            case CHOICE -> choices.get((int) value);
            default -> format(value);
        };
    }

    /** Reads a value as typed; throws with a message naming the parameter and what it accepts. */
    public double parse(String optimizer, String text) {
        String t = Texts.strip(text);
        String bad = optimizer + ": " + name + " must be " + accepted() + ", got '" + text + "'";
        if (kind == Kind.FLAG) {
            String lower = t.toLowerCase(Locale.ROOT);
            if (lower.equals("true") || lower.equals("false")) {
                return lower.equals("true") ? 1 : 0;
            }
            throw new IllegalArgumentException(bad);
        }
        if (kind == Kind.CHOICE) {
            int index = choices.indexOf(t);
            if (index < 0) {
                throw new IllegalArgumentException(bad);
            }
            return index;
        }
        double value;
        try {
            value = Double.parseDouble(t);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(bad);
        }
        check(optimizer, value);
        return value;
    }

    /** Throws unless accepted, with a message naming the parameter, the range and the value. */
    public void check(String optimizer, double value) {
        if (!accepts(value)) {
            throw new IllegalArgumentException(optimizer + ": " + name + " must be " + accepted() + ", got "
                    + (bool() ? String.valueOf(value) : format(value)));
        }
    }

    /** A value or bound as people read and type it: 1e-8, not Java's 1.0E-8. */
    static String format(double v) {
        return NumberText.exact(v);
    }
}
