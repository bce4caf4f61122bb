package org.descentlab.core.optim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.descentlab.core.expr.CompiledFunction;
import org.descentlab.core.expr.Expressions;
import org.descentlab.core.expr.ParseResult;
import org.descentlab.core.field.ScalarField;
import org.descentlab.core.run.RunConfig;
import org.descentlab.core.run.Runner;
import org.descentlab.core.run.Trajectory;

import org.junit.jupiter.api.Test;

/**
 * L-BFGS, one torch.optim.LBFGS iteration per update, pinned by hand on f = x² + 2y² (∇f = (2x, 4y), along a
 * line φ(t) = f(x + t·d) a parabola, so every number is a fraction).
 */
class LbfgsTest {

    private static final ScalarField QUADRATIC = (x, y) -> x * x + 2 * y * y;

    /** A context that keeps the trial points an update reports, as x, y, f triples. */
    private static StepContext context(int step, List<double[]> trials, List<String> notes) {
        return new StepContext() {
            @Override
            public ScalarField field() {
                return QUADRATIC;
            }

            @Override
            public int step() {
                return step;
            }

            @Override
            public void note(String message) {
                notes.add(message);
            }

            @Override
            public void trial(double x, double y, double f) {
                trials.add(new double[] {x, y, f});
            }
        };
    }

    @Test
    void withoutALineSearchTheFirstTwoStepsAreTorchsByHand() {
        Stepper s = new Lbfgs(1, false).start();
        List<double[]> trials = new ArrayList<>();
        double[] x = {1, 1};
        // step 1: g = (2, 4), d = −g, t = min(1, 1/‖g‖₁)·lr = 1/6; x = (1 − 2/6, 1 − 4/6) = (2/3, 1/3)
        s.step(x, new double[] {2, 4}, context(1, trials, new ArrayList<>()));
        assertEquals(2.0 / 3, x[0], 1e-15);
        assertEquals(1.0 / 3, x[1], 1e-15);
        Lbfgs.State after1 = (Lbfgs.State) s.state();
        assertEquals(-2, after1.d().x(), 0);
        assertEquals(1.0 / 6, after1.t(), 1e-17);
        assertEquals(0, after1.history());
        assertEquals(1, after1.evaluations());
        // step 2: g = (4/3, 4/3); y = g − g_prev = (−2/3, −8/3), s = t·d = (−1/3, −2/3), yᵀs = 2 > 1e-10: kept,
        // ρ = 1/2, H_diag = yᵀs / yᵀy = 2 / (68/9) = 9/34.
        // Two loops: q = −g = (−4/3, −4/3); α = ρ·sᵀq = 2/3; q = q − α·y = (−8/9, 4/9); r = H_diag·q = (−4/17, 2/17);
        // β = ρ·yᵀr = −4/51; r = r + (α − β)·s = r + (38/51)·s = (−74/153, −58/153) = d. t = lr = 1.
        // x = (2/3, 1/3) + d = (28/153, −7/153)
        s.step(x, new double[] {4.0 / 3, 4.0 / 3}, context(2, trials, new ArrayList<>()));
        Lbfgs.State after2 = (Lbfgs.State) s.state();
        assertEquals(9.0 / 34, after2.hDiag(), 1e-15);
        assertEquals(1, after2.history());
        assertEquals(-74.0 / 153, after2.d().x(), 1e-15);
        assertEquals(-58.0 / 153, after2.d().y(), 1e-15);
        assertEquals(1, after2.t(), 0);
        assertEquals(28.0 / 153, x[0], 1e-15);
        assertEquals(-7.0 / 153, x[1], 1e-15);
        assertEquals(1, after2.evaluations());
        assertEquals(0, trials.size(), "without a line search torch evaluates nothing but the closure at x");
    }

    @Test
    void strongWolfeBracketsThenZoomsByCubicInterpolationToAPointMeetingBothConditions() {
        Stepper s = new Lbfgs(10, true).start();
        List<double[]> trials = new ArrayList<>();
        double[] x = {1, 1};
        // g = (2, 4), d = (−2, −4), gᵀd = −20, first trial t = min(1, 1/6)·10 = 5/3: φ(t) = 3 − 20t + 36t².
        // Trial 1, t = 5/3: x + t·d = (−7/3, −17/3), f = 627/9 > 3 + 1e-4·(5/3)·(−20): no sufficient decrease, so the
        // bracket is [0, 5/3] with f (3, 627/9) and slopes (−20, φ'(5/3) = 100).
        // Zoom: d1 = −20 + 100 − 3·(3 − 627/9)/(0 − 5/3) = −40, d2 = √(1600 + 2000) = 60,
        // t = 5/3 − (5/3)·(100 + 60 + 40)/(100 + 20 + 120) = 5/18 (the parabola's minimum), inside the bracket by more
        // than 10% of it. Trial 2, t = 5/18: (4/9, −1/9), f = 2/9 ≤ 3 + 1e-4·(5/18)·(−20) and |φ'(5/18)| = 0 ≤ 0.9·20.
        s.step(x, new double[] {2, 4}, context(1, trials, new ArrayList<>()));
        assertEquals(2, trials.size());
        assertEquals(-7.0 / 3, trials.get(0)[0], 1e-12);
        assertEquals(-17.0 / 3, trials.get(0)[1], 1e-12);
        assertEquals(627.0 / 9, trials.get(0)[2], 1e-11);
        assertEquals(4.0 / 9, trials.get(1)[0], 1e-9);
        assertEquals(-1.0 / 9, trials.get(1)[1], 1e-9);
        assertEquals(2.0 / 9, trials.get(1)[2], 1e-9);
        Lbfgs.State state = (Lbfgs.State) s.state();
        assertEquals(5.0 / 18, state.t(), 1e-9);
        assertEquals(3, state.evaluations(), "the closure at x and two trial points");
        assertEquals(4.0 / 9, x[0], 1e-9);
        assertEquals(-1.0 / 9, x[1], 1e-9);
        // the strong Wolfe conditions, checked from f and ∇f where the step ended
        double gtd = 2 * -2 + 4 * -4;
        double t = state.t();
        assertTrue(QUADRATIC.value(x[0], x[1]) <= QUADRATIC.value(1, 1) + 1e-4 * t * gtd);
        assertTrue(Math.abs(2 * x[0] * -2 + 4 * x[1] * -4) <= -0.9 * gtd);
    }

    @Test
    void theUpdateRuleShowsTheDirectionTheFirstStepLengthEachTrialAndTheSearchsOutcome() {
        RecordingTrace trace = new RecordingTrace();
        // the search worked out above, on the same parabola, replayed by the runner with its trace on
        Runner.trace(QUADRATIC, RunConfig.of(new Lbfgs(10, true), 1, 1), 1, trace);
        assertEquals(List.of("g = ∇f(x)", "f(x)   (the closure, evaluation 1)", "d = −g   (first iteration: no curvature pairs yet)",
                "t = min(1, 1/‖g‖₁)·lr", "gᵀd", "trial 1: t, f(x + t·d)", "trial 2: t, f(x + t·d)",
                "t = the lowest point of the bracket: strong Wolfe conditions met, 3 evaluations", "x ← x + t·d",
                "step taken  Δx = x_t − x_t−1"), trace.rules);
        RecordingTrace second = new RecordingTrace();
        Runner.trace(QUADRATIC, RunConfig.of(new Lbfgs(1, false), 1, 1), 2, second);
        assertTrue(second.rules.contains("H_diag = yᵀs / yᵀy"), second.rules.toString());
        assertTrue(second.rules.contains("d = −H·g   (two-loop recursion over 1 pair, H₀ = H_diag·I)"), second.rules.toString());
    }

    @Test
    void cubicInterpolationIsTorchsWithItsBoundsAndItsMiddleWhenTheCubicHasNoMinimum() {
        // the worked example above, and clamped to [1, 2] it is 1
        assertEquals(5.0 / 18, StrongWolfe.cubic(0, 3, -20, 5.0 / 3, 627.0 / 9, 100, Double.NaN, Double.NaN), 1e-15);
        assertEquals(1, StrongWolfe.cubic(0, 3, -20, 5.0 / 3, 627.0 / 9, 100, 1, 2), 0);
        // no minimum: g1 = g2 = 2, f1 = 0, f2 = 4/3 over [0, 1]: d1 = 4 − 3·(−4/3)/(−1) = 0, d1² − g1·g2 = −4 < 0,
        // so the middle of [0, 1]
        assertEquals(0.5, StrongWolfe.cubic(0, 0, 2, 1, 4.0 / 3, 2, Double.NaN, Double.NaN), 0);
    }

    @Test
    void aGradientBelowToleranceGradLeavesThePointAndTheIterationCountAlone() {
        Stepper s = new Lbfgs(1, 100, 1e-3, 1e-9, false, 25, Convention.PYTORCH).start();
        double[] x = {1e-4, 1e-4};
        s.step(x, new double[] {2e-4, 4e-4}, context(1, new ArrayList<>(), new ArrayList<>()));
        assertEquals(1e-4, x[0], 0);
        assertEquals(1e-4, x[1], 0);
        // the next update with a larger gradient is still the first iteration: d = −g, t = min(1, 1/‖g‖₁)·lr
        s.step(x, new double[] {0.5, 0.25}, context(2, new ArrayList<>(), new ArrayList<>()));
        assertEquals(1e-4 - 0.5, x[0], 1e-16);
        assertEquals(1e-4 - 0.25, x[1], 1e-16);
    }

    @Test
    void theRunKeepsEachStepsTrialPointsOnTheLineAlongItsDirection() {
        CompiledFunction f = ((ParseResult.Success) Expressions.parse("(1-x)^2 + 100*(y-x^2)^2")).function();
        RunConfig c = RunConfig.of(new Lbfgs(1, true), -1.5, 2).withMaxSteps(30);
        Trajectory t = Runner.run(f, c);
        int withTrials = 0;
        for (int k = 1; k <= t.lastStep(); k++) {
            List<Trajectory.Trial> trials = t.trials(k);
            withTrials += trials.isEmpty() ? 0 : 1;
            for (Trajectory.Trial p : trials) {
                assertEquals(f.value(p.x(), p.y()), p.f(), 0);
                // on the line from x_{k−1} through x_k (unless the step was 0)
                double ax = t.x(k) - t.x(k - 1);
                double ay = t.y(k) - t.y(k - 1);
                double cross = ax * (p.y() - t.y(k - 1)) - ay * (p.x() - t.x(k - 1));
                double scale = Math.hypot(ax, ay) * Math.hypot(p.x() - t.x(k - 1), p.y() - t.y(k - 1));
                assertTrue(scale == 0 || Math.abs(cross) <= 1e-9 * scale, "step " + k);
            }
        }
        assertEquals(t.lastStep(), withTrials, "every strong Wolfe step evaluates at least its first trial");
        assertEquals(List.of(), t.trials(0));
        assertEquals(List.of(), t.trials(t.lastStep() + 1));
        Trajectory plain = Runner.run(f, c.withOptimizer(new Lbfgs(1, false)));
        assertEquals(List.of(), plain.trials(1));
    }

    @Test
    void rosenbrockIsReachedInAHundredthOfTheStepsGradientDescentTakes() {
        CompiledFunction f = ((ParseResult.Success) Expressions.parse("(1-x)^2 + 100*(y-x^2)^2")).function();
        RunConfig lbfgs = new RunConfig(new Lbfgs(1, true), -1.2, 1, 20000, 0, 0, 0, 0);
        int fast = firstWithin(Runner.run(f, lbfgs), 1e-3);
        int slow = firstWithin(Runner.run(f, lbfgs.withOptimizer(new GradientDescent(0.001, 0))), 1e-3);
        // torch.optim.LBFGS with autograd's gradient is within 1e-3 at step 33 too, as this run is (to about 7 digits)
        assertTrue(fast > 0 && fast <= 40, "lbfgs at step " + fast);
        assertTrue(fast * 100 < slow, fast + " steps against gd's " + slow);
    }

    /** The first row within {@code distance} of Rosenbrock's minimum (1, 1); −1 if none is. */
    private static int firstWithin(Trajectory t, double distance) {
        for (int k = 0; k <= t.lastStep(); k++) {
            if (Math.hypot(t.x(k) - 1, t.y(k) - 1) < distance) {
                return k;
            }
        }
        return -1;
    }

    @Test
    void onceGtdIsAboveMinusToleranceChangeItStaysPutAsTorchDoes() {
        // near Rosenbrock's minimum gᵀd reaches −1e-9: torch takes no step and keeps d and t, so the next update has
        // y = 0, keeps no pair and finds the same d: the run stays where it is (torch's own path does the same)
        CompiledFunction f = ((ParseResult.Success) Expressions.parse("(1-x)^2 + 100*(y-x^2)^2")).function();
        Trajectory t = Runner.run(f, new RunConfig(new Lbfgs(1, true), -1.2, 1, 80, 0, 0, 0, 0));
        assertEquals(t.x(60), t.x(80), 0);
        assertEquals(t.y(60), t.y(80), 0);
        assertTrue(f.value(t.x(80), t.y(80)) < 1e-8);
    }

    @Test
    void underKerassConventionItIsTorchsRuleAndTheRunSaysSo() {
        Optimizer keras = Lbfgs.TYPE.defaults(Convention.KERAS);
        assertEquals(Lbfgs.TYPE.defaults().parameters().texts(), keras.parameters().texts());
        double[] a = {1, 1};
        double[] b = {1, 1};
        keras.start().step(a, new double[] {2, 4}, context(1, new ArrayList<>(), new ArrayList<>()));
        Lbfgs.TYPE.defaults().start().step(b, new double[] {2, 4}, context(1, new ArrayList<>(), new ArrayList<>()));
        assertEquals(b[0], a[0], 0);
        assertEquals(b[1], a[1], 0);
        assertEquals(Optional.of(Convention.PYTORCH), Lbfgs.TYPE.only());
        assertEquals(Optional.of("lbfgs is PyTorch's alone: PyTorch's rule and defaults, with defaults=keras too"),
                Lbfgs.TYPE.conventionNote(Convention.KERAS));
    }

    @Test
    void theLineSearchIsAChoiceOfTorchsWordsAndWholeNumbersAreWhole() {
        Optimizer o = Lbfgs.TYPE.create(Map.of("line_search_fn", "strong_wolfe", "history_size", "5"));
        assertEquals("strong_wolfe", o.parameters().choice("line_search_fn"));
        assertEquals("lbfgs{lr=1.0, history_size=5, tolerance_grad=1.0E-7, tolerance_change=1.0E-9,"
                + " line_search_fn=strong_wolfe, max_eval=25}", o.parameters().toString());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Lbfgs.TYPE.create(Map.of("line_search_fn", "wolfe")));
        assertEquals("lbfgs: line_search_fn must be none or strong_wolfe, got 'wolfe'", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Lbfgs.TYPE.create(Map.of("history_size", "2.5")));
        assertEquals("lbfgs: history_size must be a whole number >= 1, got 2.5", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Lbfgs.TYPE.create(Map.of("max_eval", "0")));
        assertEquals("lbfgs: max_eval must be a whole number >= 1, got 0", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> o.parameters().get("line_search_fn"));
    }
}
