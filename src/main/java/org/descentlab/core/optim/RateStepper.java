package org.descentlab.core.optim;

/**
 * A stepper whose rule reads its learning rate where it reads lr, and nowhere else: the rate a scheduler sets is
 * the rate the next update uses and the rate {@link #learningRate} reports.
 */
abstract class RateStepper implements Stepper {

    /** The learning rate of the next update. */
    protected double lr;

    protected RateStepper(double lr) {
        this.lr = lr;
    }

    @Override
    public final void setLearningRate(double rate) {
        lr = rate;
    }

    @Override
    public final double learningRate() {
        return lr;
    }
}
