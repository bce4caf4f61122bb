package org.descentlab.core.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.descentlab.core.field.ScalarField;
import org.descentlab.core.optim.OptimizerState;
import org.descentlab.core.optim.Trace;
import org.descentlab.core.run.RunConfig;
import org.descentlab.core.run.Runner;
import org.descentlab.core.run.TracedStep;

/**
 * One step of a run written out: the optimizer's update rule line by line, each with the value it gave
 * at that step. The lines are the ones the optimizer wrote as it computed the step, in a replay of the
 * run, so there is no second copy of any rule here and every value shown is one the run computed.
 *
 * @param step       t, the update that led from row t − 1 to row t
 * @param lines      the rule, in the order it is computed: the gradient first, the step taken last
 * @param before     the optimizer's state before update t
 * @param after      its state after update t
 * @param from       x_{t−1}
 * @param taken      x_t
 * @param scheduled  the hyper-parameters the run's schedule set for this step, by name ("lr", and "momentum" or
 *                   "beta1" where it cycles one): what the step used instead of the optimizer's own; empty
 *                   without a schedule
 */
public record StepExplanation(int step, List<Line> lines, OptimizerState before,
        OptimizerState after, double[] from, double[] taken, Map<String, Double> scheduled) {

    public StepExplanation {
        lines = List.copyOf(lines);
        scheduled = Map.copyOf(scheduled);
        from = from.clone();
        taken = taken.clone();
    }

    @Override
    public double[] from() {
        return from.clone();
    }

    @Override
    public double[] taken() {
        return taken.clone();
    }

    /**
     * One line of a rule.
     *
     * @param rule  e.g. "m ← β1·m + (1 − β1)·g"
     * @param value its value: a pair (x, y), one number, or Newton's three Hessian entries
     * @param state the part of the optimizer's state it updates (a key of {@link OptimizerState#parts()},
     *              e.g. "m"), or "" for none
     */
    public record Line(String rule, double[] value, String state) {
        public Line {
            value = value.clone();
        }

        @Override
        public double[] value() {
            return value.clone();
        }
    }

    /**
     * Explains step {@code t} (1 ≤ t ≤ K, the last step) of the run of {@code config} on {@code field}, by
     * replaying the run with the optimizer's trace on for that step.
     *
     * @throws IllegalArgumentException when t is out of range
     */
    public static StepExplanation of(RunConfig config, ScalarField field, int t) {
        Recorder recorder = new Recorder();
        TracedStep traced = Runner.trace(field, config, t, recorder);
        return new StepExplanation(t, recorder.lines, traced.before(),
                traced.after(), traced.from().toArray(), traced.taken().toArray(), traced.scheduled());
    }

    /** Keeps every line it is given. */
    private static final class Recorder implements Trace {
        final List<Line> lines = new ArrayList<>();

        @Override
        public boolean on() {
            return true;
        }

        @Override
        public void line(String rule, double x, double y) {
            lines.add(new Line(rule, new double[] {x, y}, ""));
        }

        @Override
        public void line(String rule, double value) {
            lines.add(new Line(rule, new double[] {value}, ""));
        }

        @Override
        public void line(String rule, double[] values) {
            lines.add(new Line(rule, values, ""));
        }

        @Override
        public void state(String rule, String part, double x, double y) {
            lines.add(new Line(rule, new double[] {x, y}, part));
        }

        @Override
        public void state(String rule, String part, double value) {
            lines.add(new Line(rule, new double[] {value}, part));
        }
    }
}
