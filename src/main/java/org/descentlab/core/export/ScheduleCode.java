package org.descentlab.core.export;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

import org.descentlab.core.NumberText;
import org.descentlab.core.expr.PythonFunction;
import org.descentlab.core.optim.Optimizer;
import org.descentlab.core.optim.schedule.Schedule;
import org.descentlab.core.optim.schedule.Values;
import org.descentlab.core.run.RunConfig;

/**
 * A run's learning-rate schedule in an exported script. PyTorch: its own scheduler with every parameter,
 * {@code SequentialLR([LinearLR(...), scheduler], milestones=[N])} for a warm-up, stepped after every
 * {@code optimizer.step()} ({@code scheduler.step(loss)} for ReduceLROnPlateau); scikit-learn's invscaling and
 * Caffe's inv, poly and sigmoid as the LambdaLR their rates are here. Keras: the
 * {@code keras.optimizers.schedules} class whose formula is the same, where there is one. Anything else is
 * refused with what is missing.
 */
final class ScheduleCode {

    private ScheduleCode() {
    }

    /** Why {@code framework} cannot schedule the run's rate as the app does; empty if it can. */
    static Optional<String> refusal(RunConfig c, Framework framework) {
        Schedule s = c.schedule();
        if (s.isNone()) {
            return Optional.empty();
        }
        String name = s.type().name();
        Optimizer o = c.optimizer();
        if (o.convention() != framework.convention() && List.of("momentum", "nesterov", "rmsprop").contains(o.type().name())
                && (!o.type().name().equals("rmsprop") || o.parameters().get("momentum") > 0 || s.cyclesMomentum())) {
            return Optional.of("with a schedule, Keras's momentum buffer (m = μ·m − lr·g) and PyTorch's (v = μ·v + g) part"
                    + " as soon as lr changes: set defaults=" + framework.convention().id() + " in the run");
        }
        if (framework == Framework.PYTORCH) {
            return switch (name) {
                case "adaptive" -> Optional.of("PyTorch has no scheduler for scikit-learn's adaptive rate (it reads the loss"
                        + " and ends the fit): export a run without it, or with plateau");
                case "fit_one_cycle" -> Optional.of("PyTorch has no scheduler for fastai's fit_one_cycle (it cycles momentum"
                        + " too, so no LambdaLR can write it): use onecycle, PyTorch's own");
                default -> Optional.empty();
            };
        }
        if (s.warmup() > 0) {
            return Optional.of("Keras has no SequentialLR to put a warm-up before a schedule: export a run without warmup=");
        }
        return switch (name) {
            case "step", "multistep", "exponential", "linear", "polynomial", "constant" -> Optional.empty();
            case "cosine" -> c.maxSteps() <= s.values(lr(c), c.maxSteps()).whole("t_max") + 1 ? Optional.empty()
                    : Optional.of("Keras's CosineDecay stays at eta_min after t_max, where PyTorch's recursion rises again,"
                            + " and this run goes past it: set t_max to at least steps − 1");
            default -> Optional.of("Keras has no schedule that is " + s.type().source() + ": export it to PyTorch");
        };
    }

    private static double lr(RunConfig c) {
        return c.optimizer().parameters().get("lr");
    }

    /** The lines that make the PyTorch scheduler, named {@code scheduler}; a comment when there is none. */
    static List<String> torch(RunConfig c) {
        Schedule s = c.schedule();
        List<String> lines = new ArrayList<>();
        if (s.isNone()) {
            lines.add("# learning-rate schedule: none, the rate stays " + NumberText.exact(lr(c)));
            return lines;
        }
        lines.add("# learning-rate schedule: " + s + ", stepped after every optimizer.step() as DescentLab does");
        if (s.type().name().equals("cyclic") && s.cyclesMomentum()
                && List.of("adam", "adamw", "adamax", "nadam").contains(c.optimizer().type().name())) {
            lines.add("# (CyclicLR cycles beta1 here, as current PyTorch does; 1.13's CyclicLR refuses an optimizer without momentum)");
        }
        String made = s.type().name().equals("constant") ? null : torchScheduler(s.values(lr(c), c.maxSteps()), s.type().name());
        String warmup = "torch.optim.lr_scheduler.LinearLR(optimizer, start_factor=" + PythonFunction.real(s.warmupStart())
                + ", end_factor=1.0, total_iters=" + s.warmup() + ")";
        if (s.warmup() == 0) {
            lines.add("scheduler = " + made);
        } else if (made == null) {
            lines.add("scheduler = " + warmup + "  # warm-up");
        } else {
            lines.add("import warnings  # PyTorch 1.13 warns of its own SequentialLR's step at the milestone; quiet it");
            lines.add("warnings.filterwarnings(\"ignore\", message=\"The epoch parameter\")");
            lines.add("warmup = " + warmup);
            lines.add("main = " + made);
            lines.add("scheduler = torch.optim.lr_scheduler.SequentialLR(optimizer, [warmup, main], milestones=[" + s.warmup() + "])");
        }
        return lines;
    }

    /**
     * The lines that step it after {@code optimizer.step()}, or none; {@code ends} when the schedule ends the
     * run, whose last update is then not followed by the step PyTorch would refuse.
     */
    static List<String> torchStep(RunConfig c, boolean ends) {
        Schedule s = c.schedule();
        if (s.isNone()) {
            return List.of();
        }
        String step = s.type().readsLoss() ? "scheduler.step(fx)  # with the loss at the point the gradient was taken"
                : "scheduler.step()";
        return ends ? List.of("if step < STEPS:  # after the last update the schedule cannot be stepped", "    " + step)
                : List.of(step);
    }

    private static String torchScheduler(Values v, String name) {
        String lr = "torch.optim.lr_scheduler.";
        return switch (name) {
            case "step" -> lr + "StepLR(optimizer, step_size=" + v.whole("step_size") + ", gamma=" + PythonFunction.real(v.number("gamma")) + ")";
            case "multistep" -> lr + "MultiStepLR(optimizer, milestones=" + Arrays.toString(v.wholes("milestones")) + ", gamma="
                    + PythonFunction.real(v.number("gamma")) + ")";
            case "exponential" -> lr + "ExponentialLR(optimizer, gamma=" + PythonFunction.real(v.number("gamma")) + ")";
            case "cosine" -> lr + "CosineAnnealingLR(optimizer, T_max=" + v.whole("t_max") + ", eta_min=" + PythonFunction.real(v.number("eta_min")) + ")";
            case "cyclic" -> lr + "CyclicLR(optimizer, base_lr=" + PythonFunction.real(v.number("base_lr")) + ", max_lr=" + PythonFunction.real(v.number("max_lr"))
                    + ", step_size_up=" + v.whole("step_size_up") + ", step_size_down=" + v.whole("step_size_down") + ", mode=\""
                    + v.text("mode") + "\", gamma=" + PythonFunction.real(v.number("gamma")) + momentum(v) + ")";
            case "onecycle" -> lr + "OneCycleLR(optimizer, max_lr=" + PythonFunction.real(v.number("max_lr")) + ", total_steps=" + v.whole("total_steps")
                    + ", pct_start=" + PythonFunction.real(v.number("pct_start")) + ", anneal_strategy=\"" + v.text("anneal") + "\""
                    + momentum(v) + ", div_factor=" + PythonFunction.real(v.number("div_factor")) + ", final_div_factor="
                    + PythonFunction.real(v.number("final_div_factor")) + ", three_phase=" + python(v.flag("three_phase")) + ")";
            case "linear" -> lr + "LinearLR(optimizer, start_factor=" + PythonFunction.real(v.number("start_factor")) + ", end_factor="
                    + PythonFunction.real(v.number("end_factor")) + ", total_iters=" + v.whole("total_iters") + ")";
            case "polynomial" -> lr + "PolynomialLR(optimizer, total_iters=" + v.whole("total_iters") + ", power="
                    + PythonFunction.real(v.number("power")) + ")";
            case "plateau" -> lr + "ReduceLROnPlateau(optimizer, mode=\"min\", factor=" + PythonFunction.real(v.number("factor")) + ", patience="
                    + v.whole("patience") + ", threshold=" + PythonFunction.real(v.number("threshold")) + ", threshold_mode=\"" + v.text("mode")
                    + "\", cooldown=" + v.whole("cooldown") + ", min_lr=" + PythonFunction.real(v.number("min_lr")) + ", eps=" + PythonFunction.real(v.number("eps")) + ")";
            case "invscaling" -> lambda("1 / (e + 1) ** " + PythonFunction.real(v.number("power_t")), "scikit-learn's eta0 / t^power_t, t = e + 1");
            case "inv" -> lambda("(1 + " + PythonFunction.real(v.number("gamma")) + " * e) ** -" + PythonFunction.real(v.number("power")), "Caffe's inv");
            case "poly" -> lambda("(1 - e / " + v.whole("max_iter") + ") ** " + PythonFunction.real(v.number("power")), "Caffe's poly");
            case "sigmoid" -> lambda("1 / (1 + math.exp(-(" + PythonFunction.real(v.number("gamma")) + ") * (e - " + v.whole("stepsize") + ")))",
                    "Caffe's sigmoid");
            default -> throw new IllegalArgumentException("no PyTorch scheduler for " + name);
        };
    }

    private static String momentum(Values v) {
        return ", cycle_momentum=" + python(v.flag("cycle_momentum")) + ", base_momentum=" + PythonFunction.real(v.number("base_momentum"))
                + ", max_momentum=" + PythonFunction.real(v.number("max_momentum"));
    }

    private static String lambda(String factor, String what) {
        return "torch.optim.lr_scheduler.LambdaLR(optimizer, lambda e: " + factor + ")  # " + what;
    }

    /** The Keras schedule object for {@code learning_rate=}, or null when the rate is constant. */
    static String keras(RunConfig c) {
        Schedule s = c.schedule();
        if (s.isNone()) {
            return null;
        }
        Values v = s.values(lr(c), c.maxSteps());
        String k = "keras.optimizers.schedules.";
        String lr = PythonFunction.real(lr(c));
        return switch (s.type().name()) {
            case "step" -> k + "ExponentialDecay(" + lr + ", decay_steps=" + v.whole("step_size") + ", decay_rate="
                    + PythonFunction.real(v.number("gamma")) + ", staircase=True)";
            case "exponential" -> k + "ExponentialDecay(" + lr + ", decay_steps=1, decay_rate=" + PythonFunction.real(v.number("gamma")) + ")";
            case "multistep" -> piecewise(v, lr(c));
            case "cosine" -> k + "CosineDecay(" + lr + ", decay_steps=" + v.whole("t_max") + ", alpha="
                    + PythonFunction.real(v.number("eta_min") / lr(c)) + ")";
            case "linear" -> k + "PolynomialDecay(" + PythonFunction.real(lr(c) * v.number("start_factor")) + ", decay_steps=" + v.whole("total_iters")
                    + ", end_learning_rate=" + PythonFunction.real(lr(c) * v.number("end_factor")) + ", power=1.0)";
            case "polynomial" -> k + "PolynomialDecay(" + lr + ", decay_steps=" + v.whole("total_iters")
                    + ", end_learning_rate=0.0, power=" + PythonFunction.real(v.number("power")) + ")";
            default -> throw new IllegalArgumentException("no Keras schedule for " + s.type().name());
        };
    }

    /** MultiStepLR as PiecewiseConstantDecay: the rate changes after step m − 1, once per time m is a milestone. */
    private static String piecewise(Values v, double lr) {
        TreeMap<Integer, Integer> counts = new TreeMap<>();
        for (int m : v.wholes("milestones")) {
            counts.merge(m, 1, Integer::sum);
        }
        List<String> boundaries = new ArrayList<>();
        List<String> values = new ArrayList<>(List.of(PythonFunction.real(lr)));
        double rate = lr;
        for (var e : counts.entrySet()) {
            boundaries.add(String.valueOf(e.getKey() - 1));
            rate = rate * Math.pow(v.number("gamma"), e.getValue());
            values.add(PythonFunction.real(rate));
        }
        return "keras.optimizers.schedules.PiecewiseConstantDecay(boundaries=" + boundaries + ", values=" + values + ")";
    }

    private static String python(boolean b) {
        return b ? "True" : "False";
    }

}
