package org.descentlab.core.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.descentlab.core.field.ScalarField;
import org.descentlab.core.optim.Adagrad;
import org.descentlab.core.optim.Adam;
import org.descentlab.core.optim.GradientDescent;
import org.descentlab.core.optim.Momentum;
import org.descentlab.core.optim.schedule.Schedule;

import org.junit.jupiter.api.Test;

/** Runs with a learning-rate schedule: each update at the scheduled rate, momentum cycled, the end of a schedule. */
class ScheduledRunTest {

    /** f = x²/2 along x only: ∇f = (x, 0), so a gd step is x ← x·(1 − lr). */
    private static final ScalarField HALF_SQUARE = (x, y) -> x * x / 2;

    private static List<StateRow> rows(RunConfig c) {
        List<StateRow> out = new ArrayList<>();
        Runner.streamStates(HALF_SQUARE, c, new StateListener() {
            @Override
            public void row(StateRow row) {
                out.add(row);
            }
        });
        return out;
    }

    @Test
    void eachUpdateUsesTheScheduledRateAndReportsIt() {
        RunConfig c = RunConfig.of(new GradientDescent(0.5, 0), 1, 0).withTolerance(0).withMaxSteps(3)
                .withSchedule(Schedule.parse("exponential(gamma=0.5)"));
        Trajectory t = Runner.run(HALF_SQUARE, c);
        // x₁ = 1·(1 − 0.5), x₂ = 0.5·(1 − 0.25), x₃ = 0.375·(1 − 0.125)
        assertEquals(0.5, t.x(1), 1e-9);
        assertEquals(0.375, t.x(2), 1e-9);
        assertEquals(0.328125, t.x(3), 1e-9);
        List<StateRow> rows = rows(c);
        assertEquals(List.of(0.5, 0.25, 0.125), rows.subList(1, 4).stream().map(StateRow::learningRate).toList());
        assertEquals(List.of(), t.notes(), "no note for a schedule that cycles nothing");
    }

    @Test
    void adagradsLrDecayDividesTheScheduledRate() {
        RunConfig c = RunConfig.of(new Adagrad(1, 1, 0, 0, 1e-10), 1, 0).withTolerance(0).withMaxSteps(2)
                .withSchedule(Schedule.parse("exponential(gamma=0.5)"));
        // lr_t = lr_e / (1 + (t − 1)·lr_decay): 1/1, then 0.5/2
        assertEquals(List.of(1.0, 0.25), rows(c).subList(1, 3).stream().map(StateRow::learningRate).toList());
    }

    @Test
    void aScheduleThatCyclesMomentumMakesGdSgdWithMomentumAndSaysSo() {
        // cyclic 0.1 → 0.5 over 2 updates, momentum 0.9 → 0.8: v₁ = g₁ = 1, x₁ = 1 − 0.1 = 0.9;
        // v₂ = 0.85·1 + 0.9 = 1.75, x₂ = 0.9 − 0.3·1.75 = 0.375
        RunConfig c = RunConfig.of(new GradientDescent(0.1, 0), 1, 0).withTolerance(0).withMaxSteps(2)
                .withSchedule(Schedule.parse("cyclic(max_lr=0.5,step_size_up=2)"));
        Trajectory t = Runner.run(HALF_SQUARE, c);
        assertEquals(0.9, t.x(1), 1e-9);
        assertEquals(0.375, t.x(2), 1e-9);
        assertEquals(List.of(new Trajectory.Note(1, "cyclic cycles momentum between base_momentum=0.8 and max_momentum=0.9"
                + " (cycle_momentum=true, PyTorch's default), so plain descent runs as SGD with momentum; cycle_momentum=false"
                + " turns it off")), t.notes());
        assertEquals(0.9 - 0.3 * 1.75, t.x(2), 1e-9);
        assertEquals(rows(c).get(2).state().parts().get("v")[0], 1.75, 1e-9);
        RunConfig off = c.withSchedule(Schedule.parse("cyclic(max_lr=0.5,step_size_up=2,cycle_momentum=false)"));
        assertEquals(0.9 * (1 - 0.3), Runner.run(HALF_SQUARE, off).x(2), 1e-9, "plain descent again");
    }

    @Test
    void theSameScheduleOnMomentumSetsItsMomentumAndOnAdamItsBeta1() {
        Schedule cyclic = Schedule.parse("cyclic(max_lr=0.5,step_size_up=2)");
        RunConfig m = RunConfig.of(new Momentum(0.1, 0.5, 0, 0), 1, 0).withTolerance(0).withMaxSteps(2).withSchedule(cyclic);
        RunConfig g = RunConfig.of(new GradientDescent(0.1, 0), 1, 0).withTolerance(0).withMaxSteps(2).withSchedule(cyclic);
        assertEquals(Runner.run(HALF_SQUARE, g).x(2), Runner.run(HALF_SQUARE, m).x(2), 0, "the momentum of 0.5 is replaced");
        // Adam's first step is lr·sign(g) whatever beta1; the second shows beta1 = 0.85: m₂ = 0.85·0.1·1 + 0.15·g₂ ...
        RunConfig adam = RunConfig.of(new Adam(0.1, 0.9, 0.999, 1e-8, 0, false), 1, 0).withTolerance(0).withMaxSteps(2);
        double plain = Runner.run(HALF_SQUARE, adam.withSchedule(Schedule.parse("cyclic(max_lr=0.5,step_size_up=2,"
                + "cycle_momentum=false)"))).x(2);
        double cycled = Runner.run(HALF_SQUARE, adam.withSchedule(cyclic)).x(2);
        double g1 = 1;
        double x1 = 1 - 0.1;
        double m2 = 0.85 * 0.1 * g1 + 0.15 * x1;
        double v2 = 0.999 * 0.001 * g1 + 0.001 * x1 * x1;
        double expected = x1 - 0.3 / (1 - 0.85 * 0.85) * m2 / (Math.sqrt(v2) / Math.sqrt(1 - 0.999 * 0.999) + 1e-8);
        assertEquals(expected, cycled, 1e-7);
        assertEquals(true, plain != cycled);
    }

    @Test
    void theTraceOfAStepSaysTheScheduledRateAndMomentum() {
        RunConfig c = RunConfig.of(new GradientDescent(0.1, 0), 1, 0).withTolerance(0).withMaxSteps(3)
                .withSchedule(Schedule.parse("cyclic(max_lr=0.5,step_size_up=2)"));
        List<String> lines = new ArrayList<>();
        Runner.trace(HALF_SQUARE, c, 2, new org.descentlab.core.optim.Trace() {
            @Override
            public boolean on() {
                return true;
            }

            @Override
            public void line(String rule, double x, double y) {
                lines.add(rule);
            }

            @Override
            public void line(String rule, double value) {
                lines.add(rule + " = " + value);
            }

            @Override
            public void line(String rule, double[] values) {
                lines.add(rule);
            }

            @Override
            public void state(String rule, String part, double x, double y) {
                lines.add(rule);
            }

            @Override
            public void state(String rule, String part, double value) {
                lines.add(rule);
            }
        });
        // 0.1 + 0.4·0.5 and 0.9 − (0.9 − 0.8)·0.5, as doubles (and Python's floats) give them
        assertEquals(List.of("g = ∇f(x)", "lr at e = t − 1 = 1: cyclic(max_lr=0.5,step_size_up=2) = 0.30000000000000004",
                "μ at e = t − 1 = 1: the schedule's momentum = 0.8500000000000001"), lines.subList(0, 3));
    }

    @Test
    void aOneCycleRunEndsWhereTorchWouldRaise() {
        RunConfig c = RunConfig.of(new Momentum(0.1, 0.9, 0, 0), 1, 0).withTolerance(0).withMaxSteps(10)
                .withSchedule(Schedule.parse("onecycle(max_lr=0.1,total_steps=4)"));
        Trajectory t = Runner.run(HALF_SQUARE, c);
        assertEquals(StopReason.MAX_STEPS, t.stop().reason());
        assertEquals("the schedule ends: Tried to step 5 times. The specified number of total steps is 4", t.stop().detail());
        assertTrue(t.stop().scheduleEnded());
        // the fifth update ran at e = 4 = total_steps, which PyTorch allows: past the end of the anneal (from e = 0.2 to 3),
        // its cosine turns back up, 4e-7 + (0.1 − 4e-7)/2·(cos(π·3.8/2.8) + 1)
        assertEquals(4e-7 + (0.1 - 4e-7) / 2 * (Math.cos(Math.PI * 3.8 / 2.8) + 1), t.stop().standing().learningRate(), 1e-15);
        assertEquals(Standing.Kind.MOVING, t.stop().standing().kind());
    }

    @Test
    void plateauIsSteppedWithTheLossWhereTheGradientWasTaken() {
        // on f = 1 (flat) every loss is 1: after patience=1 bad updates beyond the first the rate halves
        RunConfig c = RunConfig.of(new GradientDescent(1, 0), 1, 0).withTolerance(0).withMaxSteps(5)
                .withSchedule(Schedule.parse("plateau(factor=0.5,patience=1)"));
        List<Double> rates = new ArrayList<>();
        Runner.streamStates((x, y) -> 1, c, new StateListener() {
            @Override
            public void row(StateRow row) {
                rates.add(row.learningRate());
            }
        });
        assertEquals(List.of(1.0, 1.0, 1.0, 0.5, 0.5), rates.subList(1, 6));
    }
}
