package org.descentlab.core.run;

import java.util.Map;

import org.descentlab.core.Vec2;
import org.descentlab.core.optim.OptimizerState;

/**
 * One update of a run, replayed with its trace on ({@link Runner#trace}).
 *
 * @param step   t, the update that led from row t − 1 to row t
 * @param run    the replay, up to row t: the same rows as an untraced run of the same config
 * @param before the optimizer's state before update t
 * @param after  its state after update t
 * @param from   x_{t−1}
 * @param taken  x_t
 * @param scheduled the hyper-parameters the run's schedule set for update t, by name: "lr", and "momentum" or
 *               "beta1" for a schedule that cycles it; empty for a run without a schedule
 */
public record TracedStep(int step, Trajectory run, OptimizerState before, OptimizerState after, Vec2 from, Vec2 taken,
        Map<String, Double> scheduled) {

    public TracedStep {
        scheduled = Map.copyOf(scheduled);
    }
}
