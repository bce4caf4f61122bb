package org.descentlab.core.optim.schedule;

/**
 * {@code torch.optim.lr_scheduler.LRScheduler}, step for step: the constructor sets the group's
 * {@code initial_lr} unless a scheduler before it did, takes it as the base rate and makes the initial
 * step; {@link #step()} is {@code scheduler.step()}; {@link #updateLr(int)} is the milestone step
 * SequentialLR makes ({@code _update_lr(0)}), which uses the closed form where there is one.
 */
abstract class LrScheduler {

    final ParamGroup group;
    double baseLr;
    int lastEpoch = -1;
    int stepCount;
    boolean initial;

    LrScheduler(ParamGroup group) {
        this.group = group;
    }

    /** The end of the constructor: PyTorch's {@code super().__init__(optimizer)}. */
    final LrScheduler begin() {
        if (Double.isNaN(group.initialLr)) {
            group.initialLr = group.lr;
        }
        baseLr = group.initialLr;
        initialStep();
        return this;
    }

    final void initialStep() {
        stepCount = 0;
        initial = true;
        step();
        initial = false;
    }

    void step() {
        stepCount++;
        lastEpoch++;
        group.lr = lr();
    }

    /** {@code _update_lr(epoch)}: the closed form at that epoch where the scheduler has one, else its rule. */
    void updateLr(int epoch) {
        lastEpoch = epoch;
        double closed = closedForm();
        group.lr = Double.isNaN(closed) ? lr() : closed;
    }

    /**
     * {@code get_lr()}: the rate at {@link #lastEpoch}, from the group's current rate where the rule is chainable.
     *
     * @throws ScheduleEnd where PyTorch raises (OneCycleLR past total_steps)
     */
    abstract double lr();

    /** {@code _get_closed_form_lr()}, or NaN for a scheduler without one. */
    double closedForm() {
        return Double.NaN;
    }
}
