package org.descentlab.core.run;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.descentlab.core.Validate;
import org.descentlab.core.optim.Convention;
import org.descentlab.core.optim.Optimizer;
import org.descentlab.core.optim.OptimizerType;
import org.descentlab.core.optim.Optimizers;

/**
 * One run written as text, the grammar every command and preset shares:
 * {@code "OPTIMIZER [start=X,Y] [lr=V] [steps=N] [tol=T] [noise=S] [clip=C] [seed=S] [defaults=pytorch|keras]
 * [name=value ...]"}. Settings it leaves out come from {@link Defaults}; {@code defaults} picks whose
 * default hyper-parameters and update rule apply; any other name is a hyper-parameter of the optimizer.
 *
 * @param text      as written
 * @param optimizer the optimizer with its hyper-parameters (validated)
 * @param settings  the run settings it names (start, steps, tol, noise, clip, seed), as text
 */
public record RunSpec(String text, Optimizer optimizer, Map<String, String> settings) {

    /** The keys that are run settings rather than hyper-parameters. */
    public static final Set<String> SETTINGS = Set.of("start", "steps", "tol", "noise", "clip", "seed", "defaults");

    /** What a spec does not say: the command's own options, or a preset's. */
    public record Defaults(double x0, double y0, int steps, double tol, long seed, double noise, double clip) {
        public static Defaults at(double x0, double y0) {
            return new Defaults(x0, y0, RunConfig.DEFAULT_MAX_STEPS, RunConfig.DEFAULT_TOLERANCE, 0, 0, 0);
        }
    }

    public RunSpec {
        Validate.notNull("text", text);
        Validate.notNull("optimizer", optimizer);
        settings = Map.copyOf(settings);
    }

    /**
     * Reads a spec; throws {@link IllegalArgumentException} with a message that names the spec and says
     * what is accepted.
     */
    public static RunSpec parse(String text) {
        return parse(text, Convention.PYTORCH);
    }

    /**
     * Reads a spec whose convention, unless it names one with {@code defaults=}, is {@code convention};
     * throws {@link IllegalArgumentException} with a message that names the spec and what is accepted.
     */
    public static RunSpec parse(String text, Convention convention) {
        List<String> words = List.of(text.strip().split("\\s+"));
        if (text.isBlank()) {
            throw new IllegalArgumentException("empty run: start with an optimizer name (" + Optimizers.names() + ")");
        }
        OptimizerType type;
        try {
            type = Optimizers.require(words.get(0));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("run '" + text + "': " + e.getMessage());
        }
        Map<String, String> parameters = new LinkedHashMap<>();
        Map<String, String> settings = new LinkedHashMap<>();
        for (String word : words.subList(1, words.size())) {
            int eq = word.indexOf('=');
            if (eq <= 0 || eq == word.length() - 1) {
                throw new IllegalArgumentException("run '" + text + "': '" + word + "' is not name=value");
            }
            String name = word.substring(0, eq);
            String value = word.substring(eq + 1);
            Map<String, String> target = SETTINGS.contains(name) ? settings : parameters;
            if (target.put(name, value) != null) {
                throw new IllegalArgumentException("run '" + text + "': " + name + " is given twice");
            }
        }
        try {
            Convention chosen = settings.containsKey("defaults") ? Convention.require(settings.get("defaults")) : convention;
            Optimizer optimizer = type.create(parameters, chosen);
            RunSpec spec = new RunSpec(text.strip(), optimizer, settings);
            spec.config(Defaults.at(0, 0));
            return spec;
        } catch (IllegalArgumentException e) {
            String message = e.getMessage();
            if (message.contains("has no parameter")) {
                message += " (and the run settings start, steps, tol, noise, clip, seed, defaults)";
            }
            throw new IllegalArgumentException("run '" + text.strip() + "': " + message);
        }
    }

    /** The full configuration, with what the spec leaves out taken from {@code defaults}. */
    public RunConfig config(Defaults defaults) {
        double x0 = defaults.x0();
        double y0 = defaults.y0();
        String start = settings.get("start");
        if (start != null) {
            String[] xy = start.split(",", -1);
            Validate.isTrue(xy.length == 2, "start must be X,Y, got '" + start + "'");
            x0 = number("start x", xy[0]);
            y0 = number("start y", xy[1]);
        }
        int steps = settings.containsKey("steps") ? integer("steps", settings.get("steps")) : defaults.steps();
        double tol = settings.containsKey("tol") ? number("tol", settings.get("tol")) : defaults.tol();
        double noise = settings.containsKey("noise") ? number("noise", settings.get("noise")) : defaults.noise();
        double clip = settings.containsKey("clip") ? number("clip", settings.get("clip")) : defaults.clip();
        long seed = settings.containsKey("seed") ? longInteger("seed", settings.get("seed")) : defaults.seed();
        return new RunConfig(optimizer, x0, y0, steps, tol, noise, seed, clip);
    }

    private static double number(String name, String text) {
        try {
            return Validate.finite(name, Double.parseDouble(text.strip()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a number, got '" + text + "'");
        }
    }

    private static int integer(String name, String text) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a whole number, got '" + text + "'");
        }
    }

    private static long longInteger(String name, String text) {
        try {
            return Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a whole number, got '" + text + "'");
        }
    }
}
