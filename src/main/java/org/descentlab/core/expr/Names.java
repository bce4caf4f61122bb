package org.descentlab.core.expr;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.descentlab.core.Texts;

/** The names an expression may use, and suggestions for the names people type instead. */
final class Names {

    static final Set<String> VARIABLES = Set.of("x", "y");

    /** exp4j 0.4.8's constants, with exp4j's values (its golden ratio is rounded to 12 digits). */
    static final Map<String, Double> CONSTANTS = Map.of(
            "pi", Math.PI, "π", Math.PI, "e", Math.E, "φ", 1.61803398874d);

    /** Names from other tools, mapped to ours. */
    private static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("ln", "log"), Map.entry("lg", "log10"), Map.entry("arcsin", "asin"),
            Map.entry("arccos", "acos"), Map.entry("arctan", "atan"), Map.entry("atan2", "atan"),
            Map.entry("sign", "signum"), Map.entry("sgn", "signum"), Map.entry("fabs", "abs"),
            Map.entry("sqr", "sqrt"), Map.entry("power", "pow"), Map.entry("exponent", "exp"));

    /** The longest name there is: a name is looked for no further than this into a run of letters. */
    static final int LONGEST = all().stream().mapToInt(String::length).max().orElse(1);

    private Names() {
    }

    static boolean isKnown(String name) {
        return VARIABLES.contains(name) || CONSTANTS.containsKey(name) || MathFunction.byName(name).isPresent();
    }

    /** All names, variables first. */
    static List<String> all() {
        List<String> names = new ArrayList<>(List.of("x", "y", "pi", "e"));
        for (MathFunction f : MathFunction.values()) {
            names.add(f.functionName());
        }
        return names;
    }

    /**
     * A sentence that helps with an unknown name, e.g. "did you mean sin?" or "the variables are x and
     * y"; empty when nothing is close.
     */
    static Optional<String> suggestionFor(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        if (lower.equals("x") || lower.equals("y")) {
            return Optional.of("variables are x and y (lower case)");
        }
        if (lower.equals("ln")) {
            return Optional.of("did you mean log? (log is the natural logarithm)");
        }
        if (ALIASES.containsKey(lower)) {
            return Optional.of("did you mean " + ALIASES.get(lower) + "?");
        }
        if (!lower.equals(word) && isKnown(lower)) {
            return Optional.of("did you mean " + lower + "? (names are lower case)");
        }
        Optional<String> best = Texts.nearest(lower, all().stream().filter(c -> c.length() >= 2).toList());
        if (best.isPresent()) {
            return Optional.of("did you mean " + best.get() + "?");
        }
        if (word.length() == 1) {
            return Optional.of("variables are x and y");
        }
        return Optional.empty();
    }
}
