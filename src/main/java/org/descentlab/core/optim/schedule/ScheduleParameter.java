package org.descentlab.core.optim.schedule;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.descentlab.core.NumberText;
import org.descentlab.core.Texts;
import org.descentlab.core.Validate;

/**
 * One parameter of a learning-rate schedule: its name (the library's spelling), what it takes, its default
 * and meaning. A default is a value, the run's own learning rate or step limit, another parameter's value, or
 * none (the parameter must be given).
 *
 * @param name        as written in a spec: {@code step_size}
 * @param kind        what it takes
 * @param min         the least accepted number (numbers, whole numbers, lists)
 * @param minInclusive whether {@code min} itself is accepted
 * @param max         the greatest accepted number, +∞ for none
 * @param maxInclusive whether {@code max} itself is accepted
 * @param choices     the accepted words of a choice; empty otherwise
 * @param defaultText the default as a spec writes it; null when the default is not a value
 * @param from        where a default that is not a value comes from
 * @param description its meaning, in a few words
 */
public record ScheduleParameter(String name, Kind kind, double min, boolean minInclusive, double max, boolean maxInclusive,
        List<String> choices,
        String defaultText, From from, String description) {

    /** What a parameter takes. */
    public enum Kind {
        /** A real number. */
        NUMBER,
        /** A whole number. */
        WHOLE,
        /** true or false. */
        FLAG,
        /** One of a few words. */
        CHOICE,
        /** Numbers separated by semicolons ({@code 30;80}), none of them below min; whole unless said. */
        WHOLE_LIST,
        /** Real numbers separated by semicolons. */
        NUMBER_LIST
    }

    /** Where a default that is not a value comes from. */
    public enum From {
        /** The default is {@link #defaultText()}. */
        VALUE,
        /** No default: the parameter must be given. */
        REQUIRED,
        /** The run's learning rate. */
        RUN_LR,
        /** The run's step limit. */
        RUN_STEPS,
        /** The value of the parameter named in {@link #defaultText()}. */
        PARAMETER
    }

    public ScheduleParameter {
        Validate.notNull("name", name);
        Validate.notNull("kind", kind);
        Validate.notNull("from", from);
        Validate.notNull("description", description);
        choices = List.copyOf(choices);
    }

    /** A real number in [min, max]; {@link #above} and {@link #below} leave a bound out. */
    static ScheduleParameter number(String name, String defaultText, double min, double max, String description) {
        return new ScheduleParameter(name, Kind.NUMBER, min, true, max, true, List.of(), defaultText, From.VALUE, description);
    }

    /** The same parameter without its least value. */
    ScheduleParameter above() {
        return new ScheduleParameter(name, kind, min, false, max, maxInclusive, choices, defaultText, from, description);
    }

    /** The same parameter without its greatest value. */
    ScheduleParameter below() {
        return new ScheduleParameter(name, kind, min, minInclusive, max, false, choices, defaultText, from, description);
    }

    /** The same parameter taking numbers separated by semicolons. */
    ScheduleParameter list() {
        return new ScheduleParameter(name, kind == Kind.WHOLE ? Kind.WHOLE_LIST : Kind.NUMBER_LIST, min, minInclusive, max,
                maxInclusive, choices, defaultText, from, description);
    }

    /** A whole number ≥ min. */
    static ScheduleParameter whole(String name, String defaultText, int min, String description) {
        return new ScheduleParameter(name, Kind.WHOLE, min, true, Double.POSITIVE_INFINITY, false, List.of(), defaultText,
                From.VALUE, description);
    }

    static ScheduleParameter flag(String name, boolean defaultValue, String description) {
        return new ScheduleParameter(name, Kind.FLAG, 0, true, 1, true, List.of(), String.valueOf(defaultValue), From.VALUE,
                description);
    }

    static ScheduleParameter choice(String name, List<String> choices, String description) {
        return new ScheduleParameter(name, Kind.CHOICE, 0, true, 0, true, choices, choices.get(0), From.VALUE, description);
    }

    /** The same parameter with its default taken from {@code from} (naming {@code other} for {@link From#PARAMETER}). */
    ScheduleParameter defaultFrom(From where, String other) {
        return new ScheduleParameter(name, kind, min, minInclusive, max, maxInclusive, choices, other, where, description);
    }

    /** What is accepted, in words: "a number > 0", "a whole number >= 1", "triangular, triangular2 or exp_range". */
    public String accepted() {
        return switch (kind) {
            case FLAG -> "true or false";
            case CHOICE -> String.join(", ", choices.subList(0, choices.size() - 1)) + " or " + choices.get(choices.size() - 1);
            case WHOLE -> "a whole number >= " + NumberText.exact(min);
            case WHOLE_LIST -> "whole numbers >= " + NumberText.exact(min) + " separated by ';' (30;80)";
            case NUMBER_LIST -> "numbers " + range() + " separated by ';'";
            case NUMBER -> Double.isInfinite(min) && Double.isInfinite(max) ? "a number" : "a number " + range();
        };
    }

    private String range() {
        if (Double.isInfinite(max) && Double.isInfinite(min)) {
            return "(any)";
        }
        if (Double.isInfinite(max)) {
            return (minInclusive ? ">= " : "> ") + NumberText.exact(min);
        }
        return "in " + (minInclusive ? "[" : "(") + NumberText.exact(min) + ", " + NumberText.exact(max) + (maxInclusive ? "]" : ")");
    }

    /** The default in words, for help and documents: "0.1", "the run's lr", "required", "step_size_up". */
    public String defaultWords() {
        return switch (from) {
            // PyTorch's signature writes LinearLR's start_factor 1/3, as the warm-up's default is written
            case VALUE -> defaultText.equals(NumberText.exact(1.0 / 3)) ? "1/3" : defaultText;
            case REQUIRED -> "required";
            case RUN_LR -> "the run's lr";
            case RUN_STEPS -> "the run's step limit";
            case PARAMETER -> "as " + defaultText;
        };
    }

    /**
     * The value as typed, in its canonical form ("0.1", "30;80", "true", "exp_range"); throws, naming the
     * schedule, the parameter and what it accepts, for a value it does not accept.
     */
    public String canonical(String schedule, String text) {
        String t = Texts.strip(text);
        String bad = schedule + ": " + name + " must be " + accepted() + ", got '" + text + "'";
        switch (kind) {
            case FLAG -> {
                String lower = t.toLowerCase(Locale.ROOT);
                if (!lower.equals("true") && !lower.equals("false")) {
                    throw new IllegalArgumentException(bad);
                }
                return lower;
            }
            case CHOICE -> {
                if (!choices.contains(t)) {
                    throw new IllegalArgumentException(bad);
                }
                return t;
            }
            case WHOLE_LIST, NUMBER_LIST -> {
                List<String> out = new ArrayList<>();
                for (String part : t.split(";", -1)) {
                    out.add(one(part, bad));
                }
                return String.join(";", out);
            }
            default -> {
                return one(t, bad);
            }
        }
    }

    private String one(String text, String bad) {
        boolean whole = kind == Kind.WHOLE || kind == Kind.WHOLE_LIST;
        double v;
        try {
            v = whole ? Integer.parseInt(Texts.strip(text)) : Double.parseDouble(Texts.strip(text));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(bad);
        }
        boolean aboveMin = minInclusive ? v >= min : v > min;
        boolean belowMax = maxInclusive ? v <= max : v < max;
        if (!Double.isFinite(v) || !aboveMin || !belowMax) {
            throw new IllegalArgumentException(bad);
        }
        return whole ? String.valueOf((int) v) : NumberText.exact(v);
    }
}
