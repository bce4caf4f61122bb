package org.descentlab.core.run;

import org.descentlab.core.optim.OptimizerState;

/**
 * One row of a run with what the optimizer held there ({@link Runner#streamStates}): row k is the point
 * after update k, and the state and learning rate are those of that update. Row 0 is the start, with the
 * initial state and no update behind it.
 *
 * @param step         k
 * @param x            x_k
 * @param y            y_k
 * @param f            f(x_k)
 * @param gradX        the noise-free ∇f at x_k, as {@link Trajectory#gradX} holds it
 * @param gradY        its y
 * @param usedGradX    the gradient update k was given: ∇f at x_{k−1} with the run's noise and clipping
 *                     applied ({@link Trajectory#usedGradX}); NaN at row 0
 * @param usedGradY    its y
 * @param learningRate the rate update k used ({@link org.descentlab.core.optim.Stepper#learningRate}); NaN at
 *                     row 0
 * @param state        the optimizer's state after update k (at row 0, its initial state)
 */
public record StateRow(int step, double x, double y, double f, double gradX, double gradY, double usedGradX,
        double usedGradY, double learningRate, OptimizerState state) {
}
