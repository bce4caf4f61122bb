package org.descentlab.core.optim.schedule;

/**
 * The one parameter group a run has, as torch.optim keeps it: the keys the schedulers read and write. A
 * key not set is NaN. {@code momentum} is the group's momentum or, for the Adam family, beta1 (a scheduler
 * that cycles momentum writes whichever the optimizer has).
 */
final class ParamGroup {
    double lr;
    double initialLr = Double.NaN;
    double momentum = Double.NaN;
    /** Whether the optimizer has momentum or beta1 in its defaults, as a cycling scheduler requires. */
    final boolean hasMomentum;
    /** OneCycleLR's keys. */
    double maxLr = Double.NaN;
    double minLr = Double.NaN;
    double maxMomentum = Double.NaN;
    double baseMomentum = Double.NaN;

    ParamGroup(double lr, boolean hasMomentum) {
        this.lr = lr;
        this.hasMomentum = hasMomentum;
    }
}
