package org.descentlab.core.optim.schedule;

import org.descentlab.core.optim.schedule.OtherSchedulers.LossRule;

/**
 * A schedule running for one run: the rate (and momentum) the next update uses, and the step after an update.
 * Mutable; made by {@link Schedule#start}.
 */
public final class Scheduler {

    private final ParamGroup group;
    private final LrScheduler scheduler;
    private final LossRule lossRule;

    Scheduler(ParamGroup group, Object rule) {
        this.group = group;
        this.scheduler = rule instanceof LrScheduler s ? s : null;
        this.lossRule = rule instanceof LossRule r ? r : null;
    }

    /** The group's lr: the rate of the next update. */
    public double lr() {
        return group.lr;
    }

    /** The momentum (or beta1) the next update uses, or NaN when the schedule leaves it as the optimizer has it. */
    public double momentum() {
        return group.momentum;
    }

    /**
     * {@code sched.step()} after an update, or {@code sched.step(loss)} for a schedule that reads the loss.
     *
     * @param loss f where that update's gradient was taken
     * @throws ScheduleEnd where the schedule cannot go on (PyTorch raises, or scikit-learn ends the fit)
     */
    public void step(double loss) {
        if (scheduler != null) {
            scheduler.step();
        } else if (lossRule != null) {
            lossRule.step(loss);
        }
    }
}
