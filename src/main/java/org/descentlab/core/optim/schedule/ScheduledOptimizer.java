package org.descentlab.core.optim.schedule;

import java.util.Map;
import java.util.Optional;

import org.descentlab.core.optim.Momentum;
import org.descentlab.core.optim.Optimizer;
import org.descentlab.core.optim.OptimizerType;
import org.descentlab.core.optim.Stepper;

/**
 * An optimizer with a learning-rate schedule, as torch.optim pairs them: which hyper-parameter a cycling
 * schedule changes (momentum for SGD and RMSprop, beta1 for the Adam family, as PyTorch picks "momentum" or
 * "betas" from the optimizer's defaults), whether PyTorch accepts the pair, what the user should be told, and
 * the start of a run. Plain descent is {@code torch.optim.SGD} with momentum 0, and so a schedule that cycles
 * momentum makes it SGD with momentum, as in PyTorch.
 */
public final class ScheduledOptimizer {

    /** For each optimizer with one, the hyper-parameter a cycling schedule sets. */
    private static final Map<String, String> CYCLED = Map.ofEntries(Map.entry("gd", "momentum"), Map.entry("momentum", "momentum"),
            Map.entry("nesterov", "momentum"), Map.entry("rmsprop", "momentum"), Map.entry("adam", "beta1"),
            Map.entry("adamw", "beta1"), Map.entry("adamax", "beta1"), Map.entry("nadam", "beta1"), Map.entry("radam", "beta1"),
            Map.entry("lion", "beta1"), Map.entry("lamb", "beta1"));

    /**
     * A run's optimizer state and its schedule.
     *
     * @param stepper   the optimizer's rule, its lr (and momentum) set for the first update
     * @param scheduler the schedule, or null when there is none
     */
    public record Start(Stepper stepper, Scheduler scheduler) {
    }

    private ScheduledOptimizer() {
    }

    /** "momentum" or "beta1": what a cycling schedule changes on this optimizer; empty when it has neither. */
    public static Optional<String> cycled(OptimizerType type) {
        return Optional.ofNullable(CYCLED.get(type.name()));
    }

    /**
     * Throws where PyTorch refuses the pair: a schedule that cycles momentum on an optimizer with neither
     * momentum nor beta1 (fastai's one-cycle leaves such an optimizer alone, as fastai does).
     */
    public static void check(Optimizer o, Schedule s) {
        if (s.cyclesMomentum() && !s.type().name().equals("fit_one_cycle") && cycled(o.type()).isEmpty()) {
            throw new IllegalArgumentException(s.type().name() + " cycles momentum (cycle_momentum=true, PyTorch's default) and "
                    + o.type().name() + " has neither momentum nor beta1: PyTorch raises \"" + CyclingSchedulers.NO_MOMENTUM
                    + "\"; add cycle_momentum=false to the schedule");
        }
    }

    /**
     * What a run of the pair should say once, at its first step: that momentum or beta1 is cycled, or that Rprop
     * reads the rate only for its first step sizes; empty otherwise.
     */
    public static Optional<String> note(Optimizer o, Schedule s) {
        if (o.type().name().equals("rprop") && !s.isNone()) {
            return Optional.of("rprop reads lr once, as its first step sizes (as torch.optim.Rprop does):"
                    + " the schedule changes nothing after the first update");
        }
        Optional<String> what = cycled(o.type());
        if (!s.cyclesMomentum() || what.isEmpty()) {
            return Optional.empty();
        }
        Values v = s.values(1, 1);
        boolean fastai = s.type().name().equals("fit_one_cycle");
        String range = fastai ? String.join(" → ", v.text("moms").split(";"))
                : "between base_momentum=" + v.text("base_momentum") + " and max_momentum=" + v.text("max_momentum");
        String becomes = o.type().name().equals("gd") ? ", so plain descent runs as SGD with momentum" : "";
        return Optional.of(s.type().name() + " cycles " + what.get() + " " + range
                + (fastai ? " (fastai's moms)" : " (cycle_momentum=true, PyTorch's default)") + becomes
                + (fastai ? "" : "; cycle_momentum=false turns it off"));
    }

    /**
     * The run's stepper with the schedule's first rate (and momentum) set, and the schedule.
     *
     * @param steps the run's step limit, for the defaults that are the run's
     * @throws ScheduleEnd where PyTorch raises at the scheduler's first step
     */
    public static Start start(Optimizer o, Schedule s, int steps) {
        if (s.isNone()) {
            return new Start(o.start(), null);
        }
        check(o, s);
        double lr = o.parameters().get("lr");
        boolean hasMomentum = cycled(o.type()).isPresent();
        Scheduler scheduler = s.start(lr, hasMomentum, steps);
        Stepper stepper = stepper(o, s);
        apply(scheduler, stepper);
        return new Start(stepper, scheduler);
    }

    /**
     * A fresh stepper of the rule the run uses: the optimizer's, or SGD with momentum for plain descent under
     * a schedule that cycles momentum (its lr and momentum as the schedule sets them before the first update).
     */
    public static Stepper stepper(Optimizer o, Schedule s) {
        return o.type().name().equals("gd") && s.cyclesMomentum()
                ? new Momentum(o.parameters().get("lr"), 0, 0, o.parameters().get("weight_decay"), o.parameters().flag("maximize"),
                        o.convention()).start()
                : o.start();
    }

    /** Sets the scheduler's rate, and its momentum when it sets one, on the stepper. */
    public static void apply(Scheduler scheduler, Stepper stepper) {
        stepper.setLearningRate(scheduler.lr());
        if (!Double.isNaN(scheduler.momentum())) {
            stepper.setMomentum(scheduler.momentum());
        }
    }
}
