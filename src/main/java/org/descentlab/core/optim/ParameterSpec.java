package org.descentlab.core.optim;

import java.util.Locale;

import org.descentlab.core.NumberText;
import org.descentlab.core.Texts;
import org.descentlab.core.Validate;

/**
 * One hyper-parameter: its name (PyTorch's spelling), default, accepted range and meaning. Booleans are
 * stored as 0 and 1.
 */
public record ParameterSpec(String name, boolean bool, double defaultValue, double min, boolean minInclusive,
        double max, boolean maxInclusive, String description) {

    public ParameterSpec {
        Validate.notNull("name", name);
        Validate.notNull("description", description);
    }

    /** A real number in [min, ∞). */
    public static ParameterSpec atLeast(String name, double defaultValue, double min, String description) {
        return new ParameterSpec(name, false, defaultValue, min, true, Double.POSITIVE_INFINITY, false, description);
    }

    /** A real number in (min, ∞). */
    public static ParameterSpec above(String name, double defaultValue, double min, String description) {
        return new ParameterSpec(name, false, defaultValue, min, false, Double.POSITIVE_INFINITY, false, description);
    }

    /** A real number in [min, max). */
    public static ParameterSpec closedOpen(String name, double defaultValue, double min, double max, String description) {
        return new ParameterSpec(name, false, defaultValue, min, true, max, false, description);
    }

    /** A real number in [min, max]. */
    public static ParameterSpec closed(String name, double defaultValue, double min, double max, String description) {
        return new ParameterSpec(name, false, defaultValue, min, true, max, true, description);
    }

    /** true or false. */
    public static ParameterSpec flag(String name, boolean defaultValue, String description) {
        return new ParameterSpec(name, true, defaultValue ? 1 : 0, 0, true, 1, true, description);
    }

    public boolean accepts(double value) {
        if (bool) {
            return value == 0 || value == 1;
        }
        if (!Double.isFinite(value)) {
            return false;
        }
        boolean aboveMin = minInclusive ? value >= min : value > min;
        boolean belowMax = Double.isInfinite(max) || (maxInclusive ? value <= max : value < max);
        return aboveMin && belowMax;
    }

    /** What is accepted, in words: "true or false", "a number >= 0", "a number in [0, 1)". */
    public String accepted() {
        if (bool) {
            return "true or false";
        }
        if (Double.isInfinite(max)) {
            return "a number " + (minInclusive ? ">= " : "> ") + format(min);
        }
        return "a number in " + (minInclusive ? "[" : "(") + format(min) + ", " + format(max) + (maxInclusive ? "]" : ")");
    }

    /** The default as text: true/false for flags, the shortest exact form for numbers (1e-8). */
    public String defaultText() {
        return bool ? String.valueOf(defaultValue != 0) : format(defaultValue);
    }

    /** Reads a value as typed; throws with a message naming the parameter and what it accepts. */
    public double parse(String optimizer, String text) {
        String t = Texts.strip(text);
        if (bool) {
            String lower = t.toLowerCase(Locale.ROOT);
            if (lower.equals("true") || lower.equals("false")) {
                return lower.equals("true") ? 1 : 0;
            }
            throw new IllegalArgumentException(optimizer + ": " + name + " must be true or false, got '" + text + "'");
        }
        double value;
        try {
            value = Double.parseDouble(t);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(optimizer + ": " + name + " must be " + accepted() + ", got '" + text + "'");
        }
        check(optimizer, value);
        return value;
    }

    /** Throws unless accepted, with a message naming the parameter, the range and the value. */
    public void check(String optimizer, double value) {
        if (!accepts(value)) {
            throw new IllegalArgumentException(optimizer + ": " + name + " must be " + accepted() + ", got "
                    + (bool ? String.valueOf(value) : format(value)));
        }
    }

    /** A value or bound as people read and type it: 1e-8, not Java's 1.0E-8. */
    static String format(double v) {
        return NumberText.exact(v);
    }
}
