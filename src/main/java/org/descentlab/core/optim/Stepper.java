package org.descentlab.core.optim;

/** The mutable state of one optimizer in one run, and its update rule. */
public interface Stepper {

    /**
     * Applies update number {@code t} (1-based) in place, writing the rule into
     * {@code context.trace()} as it computes it.
     *
     * @param x       the point, overwritten with the next point
     * @param grad    the gradient to use, noisy and clipped as the run asks; read only (the runner
     *                records it after the step)
     * @param context the field, the step number, a place for notes and the trace
     */
    void step(double[] x, double[] grad, StepContext context);

    /** A snapshot of the state after the last step (before the first: the initial state). */
    OptimizerState state();

    /**
     * The learning rate the last update used (before the first: the rate the first will use). It is the
     * hyper-parameter {@code lr} unless the rule changes it from step to step, as Adagrad's {@code lr_decay}
     * does; whatever sets the rate of a step sets what this reports.
     */
    double learningRate();

    /**
     * Sets the learning rate of the updates from now on, as a learning-rate scheduler sets a param group's
     * {@code lr} between steps; the rule reads it where it reads lr (Adagrad's lr_decay divides it).
     */
    void setLearningRate(double lr);

    /**
     * Sets momentum (SGD, RMSprop) or beta1 (the Adam family) for the updates from now on, as a scheduler that
     * cycles momentum does.
     *
     * @throws UnsupportedOperationException for an optimizer with neither
     */
    default void setMomentum(double value) {
        throw new UnsupportedOperationException("this optimizer has no momentum or beta1");
    }
}
