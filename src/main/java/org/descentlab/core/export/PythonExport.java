package org.descentlab.core.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.descentlab.core.NumberText;
import org.descentlab.core.Validate;
import org.descentlab.core.Version;
import org.descentlab.core.expr.CompiledFunction;
import org.descentlab.core.expr.PythonFunction;
import org.descentlab.core.field.Derivatives;
import org.descentlab.core.field.Differences;
import org.descentlab.core.optim.Hyperparameters;
import org.descentlab.core.optim.Optimizer;
import org.descentlab.core.optim.ParameterSpec;
import org.descentlab.core.run.RunConfig;
import org.descentlab.core.run.Runner;
import org.descentlab.core.run.Stop;

/**
 * A run as a short Python script in PyTorch or Keras 3 that walks the same path: the same f, start,
 * optimizer with every hyper-parameter by the framework's own name, float64 throughout, the gradient by
 * the app's own finite differences (same scheme, same h), the run's noise values written out, its
 * clipping, and its stop rules; it prints the trajectory as {@code descentlab run} does
 * ({@code step,x,y,f,grad_x,grad_y}, numbers as Java writes them) and then {@code stop: REASON at step K}
 * on stderr. A run the framework cannot reproduce is refused ({@link #refusal}).
 */
public final class PythonExport {

    /** The app's stop rule: a run this far from its start, relative to max(1, ‖x₀‖), has diverged. */
    static final double MAX_TRAVEL = 1e8;

    private static final Pattern VALUE = Pattern.compile("\\{([a-z_0-9]+)([?!])?}");

    /**
     * What to export.
     *
     * @param framework PyTorch or Keras
     * @param source    where the run comes from, for the header: "preset rosenbrock, run 1"
     * @param function  f, compiled
     * @param spec      the run as a spec, for the header
     * @param config    everything that decides the path, with any step limit applied
     */
    public record Request(Framework framework, String source, CompiledFunction function, String spec, RunConfig config) {
        public Request {
            Validate.notNull("framework", framework);
            Validate.notNull("source", source);
            Validate.notNull("function", function);
            Validate.notNull("spec", spec);
            Validate.notNull("config", config);
        }
    }

    private PythonExport() {
    }

    /**
     * Why {@code framework} cannot walk a run of {@code o}'s path, naming the optimizer or parameter it lacks
     * or the setting to change; empty when it can.
     */
    public static Optional<String> refusal(Optimizer o, Framework framework) {
        return Compatibility.refusal(o, framework, code(framework).optimizers());
    }

    /** As {@link #refusal(Optimizer, Framework)}, and also for the run's learning-rate schedule. */
    public static Optional<String> refusal(RunConfig c, Framework framework) {
        return refusal(c.optimizer(), framework).or(() -> ScheduleCode.refusal(c, framework));
    }

    /**
     * The script.
     *
     * @throws IllegalArgumentException with the {@link #refusal} when the framework cannot reproduce the run
     */
    public static String script(Request r) {
        Optimizer o = r.config().optimizer();
        refusal(r.config(), r.framework()).ifPresent(message -> {
            throw new IllegalArgumentException(message);
        });
        FrameworkCode code = code(r.framework());
        PythonFunction python = PythonFunction.of(r.function(), code.module());
        RunConfig c = r.config();
        Script s = new Script();
        s.line("# " + Version.NAME + ": " + oneLine(r.source()) + ", as " + r.framework().label() + " code (float64).");
        s.line("# f(x, y) = " + oneLine(r.function().text()));
        s.line("# run: " + oneLine(r.spec()));
        s.line("# It prints the path `descentlab run` prints for this run, every number the same to about six digits");
        s.line("# (unless the run diverges), in the same CSV: step,x,y,f,grad_x,grad_y, then \"stop: REASON at step K\"");
        s.line("# on stderr. The gradient is DescentLab's finite differences, not autograd, so that the paths agree;");
        s.line("# the optimizer is the framework's own, every hyper-parameter written out.");
        s.line("import decimal");
        s.line("import math");
        s.line("import sys");
        s.line("");
        code.imports().forEach(s::line);
        s.line("");
        for (String helper : python.helpers()) {
            s.line("");
            s.block(code.helper(helper));
        }
        s.line("");
        s.line("def f(x, y):");
        s.line("    \"\"\"f on " + code.values() + ": inf and nan where DescentLab has them, where Python's math raises.\"\"\"");
        s.line("    return " + python.expression());
        s.line("");
        s.line("");
        s.line("def value(x, y):");
        s.line("    " + code.value());
        s.line("");
        s.line("");
        gradient(s, c.differences());
        s.line("");
        s.line("");
        s.block(JAVA_NUMBERS);
        s.line("");
        s.line("");
        constants(s, r);
        s.line("");
        s.line("");
        s.block(STOP);
        s.line("");
        s.line("");
        code.parameter().forEach(s::line);
        code.notes(o.type().name()).forEach(s::line);
        String constructor = fill(code.optimizers().get(o.type().name()), o.parameters());
        if (r.framework() == Framework.KERAS && !c.schedule().isNone()) {
            s.line("# learning-rate schedule: " + c.schedule() + ", as the same formula in Keras's own schedule");
            s.line("schedule = " + ScheduleCode.keras(c));
            constructor = constructor.replaceFirst("learning_rate=[^,)]+", "learning_rate=schedule");
        }
        s.line(code.optimizer(constructor));
        if (r.framework() == Framework.PYTORCH) {
            ScheduleCode.torch(c).forEach(s::line);
        } else if (c.schedule().isNone()) {
            s.line("# learning-rate schedule: none, the rate stays " + NumberText.exact(o.parameters().get("lr")));
        }
        s.line("");
        s.line("step, x, y = 0, X0, Y0");
        s.line("fx, g = value(x, y), gradient(x, y)");
        s.line("print(\"step,x,y,f,grad_x,grad_y\")");
        s.line("print(step, *map(java, (x, y, fx, *g)), sep=\",\")");
        s.line("while (reason := stop(step, x, y, fx, g)) is None:");
        s.line("    step += 1");
        if (c.noise() > 0) {
            s.line("    if step > len(NOISE):");
            s.line("        sys.exit(f\"the noise list ends at step {len(NOISE)}, where DescentLab's run stopped; this one went on\")");
            s.line("    grad = (g[0] + NOISE[step - 1][0], g[1] + NOISE[step - 1][1])");
        } else {
            s.line("    grad = g");
        }
        code.update(o.type().name(), c.clip() > 0).forEach(line -> s.line(line.isEmpty() ? "" : "    " + line));
        if (r.framework() == Framework.PYTORCH) {
            ScheduleCode.torchStep(c, scheduleEnds(r)).forEach(line -> s.line("    " + line));
        }
        s.line("    fx, g = value(x, y), gradient(x, y)");
        s.line("    print(step, *map(java, (x, y, fx, *g)), sep=\",\")");
        s.line("print(f\"stop: {reason} at step {step}\", file=sys.stderr)");
        return s.text();
    }

    private static FrameworkCode code(Framework framework) {
        return framework == Framework.PYTORCH ? new TorchCode() : new KerasCode();
    }

    /** The run's gradient: the same scheme, step and divisor as {@link Differences#gradient}. */
    private static void gradient(Script s, Differences d) {
        boolean central = d.scheme() == Differences.Scheme.CENTRAL;
        String factor = central ? "cbrt(2**-52)" : "sqrt(2**-52)";
        double h = d.isAuto() ? (central ? Derivatives.GRADIENT_STEP : Differences.FORWARD_STEP) : d.h();
        s.line("H = " + PythonFunction.literal(h) + "  # " + (d.isAuto()
                ? "DescentLab's automatic step for " + d.scheme().id() + " differences, " + factor + ", times max(1, |x|)"
                : "the run's fixed step h, the same along x and y"));
        s.line("");
        s.line("");
        s.line("def gradient(x, y):");
        s.line("    \"\"\"As DescentLab: " + d.scheme().id() + " differences, divided by the distance between the points evaluated.\"\"\"");
        s.line(d.isAuto() ? "    hx, hy = H * max(1.0, abs(x)), H * max(1.0, abs(y))" : "    hx = hy = H");
        if (central) {
            s.line("    xp, xm, yp, ym = x + hx, x - hx, y + hy, y - hy");
            s.line("    return (value(xp, y) - value(xm, y)) / (xp - xm), (value(x, yp) - value(x, ym)) / (yp - ym)");
        } else {
            s.line("    f0, xp, yp = value(x, y), x + hx, y + hy");
            s.line("    return (value(xp, y) - f0) / (xp - x), (value(x, yp) - f0) / (yp - y)");
        }
    }

    private static void constants(Script s, Request r) {
        RunConfig c = r.config();
        s.line("X0, Y0 = " + PythonFunction.real(c.x0()) + ", " + PythonFunction.real(c.y0()) + "  # the start");
        Stop end = c.schedule().isNone() ? null : Runner.run(r.function(), c).stop();
        if (scheduleEnds(r)) {
            s.line("STEPS = " + end.step() + "  # the step limit: " + end.detail() + " (the run's own limit is " + c.maxSteps() + ")");
        } else {
            s.line("STEPS = " + c.maxSteps() + "  # the step limit");
        }
        s.line("TOL = " + PythonFunction.real(c.tolerance()) + "  # converged once |grad f| <= TOL; 0 never stops early");
        double travel = MAX_TRAVEL * Math.max(1.0, Math.hypot(c.x0(), c.y0()));
        s.line("TRAVEL = " + PythonFunction.real(travel) + "  # diverged once further than this from the start: 1e8*max(1, |start|)");
        if (c.clip() > 0) {
            s.line("CLIP = " + PythonFunction.real(c.clip()) + "  # the gradient's norm is clipped to this before each update");
        }
        if (c.noise() > 0) {
            noise(s, r);
        }
    }

    /**
     * The noise the run adds to each update's gradient: sigma·N(0, 1) for x then y, from java.util.Random
     * seeded as the run is, for each update the run made.
     */
    private static void noise(Script s, Request r) {
        RunConfig c = r.config();
        int updates = Runner.run(r.function(), c).lastStep();
        s.line("# The noise DescentLab adds to the gradient at each update: sigma*N(0, 1) for x, then y, with sigma "
                + PythonFunction.literal(c.noise()) + ",");
        s.line("# from java.util.Random(" + c.seed() + ").nextGaussian(), for the " + updates + " updates its run made.");
        s.line("NOISE = [");
        Random random = new Random(c.seed());
        for (int k = 0; k < updates; k++) {
            double nx = c.noise() * random.nextGaussian();
            double ny = c.noise() * random.nextGaussian();
            s.line("    (" + PythonFunction.literal(nx) + ", " + PythonFunction.literal(ny) + "),");
        }
        s.line("]");
    }

    /** Whether the run ends where its schedule does (OneCycleLR past total_steps, Caffe's poly past max_iter). */
    private static boolean scheduleEnds(Request r) {
        return !r.config().schedule().isNone()
                && Runner.run(r.function(), r.config()).stop().scheduleEnded();
    }

    /**
     * A constructor template with the optimizer's values: numbers as Python reads them, flags True or False, a
     * choice as a string ('strong_wolfe'), or None for the word none; {@code {name?}} is None for 0, and
     * {@code {name!}} is {@code , name=True} for a true flag and nothing for false (an argument older versions lack,
     * written only when it is set).
     */
    static String fill(String template, Hyperparameters p) {
        Matcher m = VALUE.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            ParameterSpec spec = p.type().parameter(name).orElseThrow();
            String text;
            if (spec.bool() && "!".equals(m.group(2))) {
                text = p.flag(name) ? ", " + name + "=True" : "";
            } else if (spec.bool()) {
                text = p.flag(name) ? "True" : "False";
            } else if (spec.kind() == ParameterSpec.Kind.CHOICE) {
                text = p.choice(name).equals("none") ? "None" : "'" + p.choice(name) + "'";
            } else {
                double v = p.get(name);
                // the rate as a float always: Keras 3 refuses learning_rate=1
                text = m.group(2) != null && v == 0 ? "None" : name.equals("lr") ? PythonFunction.real(v) : PythonFunction.literal(v);
            }
            m.appendReplacement(out, Matcher.quoteReplacement(text));
        }
        m.appendTail(out);
        return out.toString();
    }


    private static String oneLine(String text) {
        return text.replaceAll("[\\r\\n\\t]+", " ");
    }

    /** Java's Double.toString in Python, so that the rows are run's rows digit for digit. */
    private static final String JAVA_NUMBERS = """
            # Numbers as DescentLab writes them, so that the output can be compared with its CSV line by line.
            def java(v):
                \"""v as Java's Double.toString writes it, as `descentlab run` does: 0.001, 1.0E-4, 1.0E7, NaN.\"""
                if not math.isfinite(v):
                    return "NaN" if v != v else "Infinity" if v > 0 else "-Infinity"
                if v == 0:
                    return "-0.0" if math.copysign(1.0, v) < 0 else "0.0"
                _, digits, exponent = decimal.Decimal(repr(abs(v))).normalize().as_tuple()
                d = "".join(map(str, digits))
                e = len(d) - 1 + exponent
                sign = "-" if v < 0 else ""
                if -3 <= e < 7:
                    whole = d[:e + 1].ljust(e + 1, "0") if e >= 0 else "0"
                    fraction = d[e + 1:] if e >= 0 else "0" * (-e - 1) + d
                    return sign + whole + "." + (fraction or "0")
                return sign + d[0] + "." + (d[1:] or "0") + "E" + str(e)
            """;

    /** The app's stop rules, in its order. */
    private static final String STOP = """
            def stop(step, x, y, fx, g):
                \"""DescentLab's stop rules, in its order: diverged, converged, the step limit; None to go on.\"""
                dx, dy = x - X0, y - Y0
                if not all(map(math.isfinite, (x, y, fx, *g))) or dx * dx + dy * dy > TRAVEL * TRAVEL:
                    return "diverged"
                if TOL > 0 and math.hypot(*g) <= TOL:
                    return "converged"
                return "max-steps" if step >= STEPS else None
            """;

    /** Lines of text. */
    private static final class Script {
        private final List<String> lines = new ArrayList<>();

        void line(String line) {
            lines.add(line);
        }

        /** A text block's lines, without its last line break. */
        void block(String text) {
            text.strip().lines().forEach(lines::add);
        }

        String text() {
            return String.join("\n", lines) + "\n";
        }
    }
}
