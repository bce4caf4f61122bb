package org.descentlab.core.run;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.descentlab.core.expr.Expressions;
import org.descentlab.core.expr.ParseResult;
import org.descentlab.core.field.Derivatives;
import org.descentlab.core.field.Differences;
import org.descentlab.core.field.Differences.Scheme;
import org.descentlab.core.field.ScalarField;
import org.descentlab.core.optim.GradientDescent;
import org.descentlab.core.optim.Hyperparameters;
import org.descentlab.core.optim.Newton;
import org.descentlab.core.optim.Optimizer;
import org.descentlab.core.optim.OptimizerState;
import org.descentlab.core.optim.OptimizerType;
import org.descentlab.core.optim.StepContext;
import org.descentlab.core.optim.Stepper;
import org.descentlab.core.preset.FunctionPresets;
import org.descentlab.core.preset.Preset;
import org.descentlab.core.scenario.RunSettings;

import org.junit.jupiter.api.Test;

/** A run's gradient taken as its config says: every gradient it records and gives the optimizer. */
class RunnerDifferencesTest {

    private static final ScalarField BOWL = (x, y) -> x * x + y * y;
    private static final Differences FORWARD_HALF = Differences.fixed(Scheme.FORWARD, 0.5);

    @Test
    void forwardDifferencesWithHHalfByHand() {
        // gd lr=0.1 on x² + y² from (1, 1): g = ((1.5² − 1)/0.5, …) = (2.5, 2.5), x1 = 1 − 0.25 = 0.75;
        // at 0.75: (1.25² − 0.75²)/0.5 = 2, x2 = 0.55; the exact gradient would give 0.8 and 0.64
        RunConfig config = RunConfig.of(new GradientDescent(0.1, 0), 1, 1).withMaxSteps(2).withDifferences(FORWARD_HALF);
        Trajectory t = Runner.run(BOWL, config);
        assertEquals(2.5, t.gradX(0));
        assertEquals(2.5, t.gradY(0));
        assertEquals(0.75, t.x(1));
        assertEquals(0.75, t.y(1));
        assertEquals(2.0, t.gradX(1));
        assertEquals(0.55, t.x(2), 1e-15);
        Trajectory central = Runner.run(BOWL, config.withDifferences(Differences.DEFAULT));
        assertEquals(0.8, central.x(1), 1e-9);
        assertNotEquals(central.x(2), t.x(2));
    }

    @Test
    void aBiasedGradientMovesWhereTheRunEnds() {
        // forward with h: the gradient 2x + h is zero at x = −h/2, so that is where the run converges
        RunConfig config = RunConfig.of(new GradientDescent(0.1, 0), 1, 1).withDifferences(FORWARD_HALF);
        Trajectory t = Runner.run(BOWL, config);
        assertEquals(StopReason.CONVERGED, t.stop().reason());
        assertEquals(-0.25, t.x(t.lastStep()), 1e-6);
        assertEquals(-0.25, t.y(t.lastStep()), 1e-6);
    }

    @Test
    void centralWithTheAutomaticStepIsTodaysRunBitForBitOnEveryPreset() {
        for (Preset p : FunctionPresets.all()) {
            ScalarField f = ((ParseResult.Success) Expressions.parse(p.scenario().function())).function();
            for (RunSettings r : p.scenario().runs()) {
                RunConfig config = r.config(p.scenario());
                assertEquals(Differences.DEFAULT, config.differences(), "a preset's runs use the default");
                Trajectory t = Runner.run(f, config);
                for (int k = 0; k < t.size(); k++) {
                    double[] g = Derivatives.gradient(f, t.x(k), t.y(k));
                    assertEquals(Double.doubleToRawLongBits(g[0]), Double.doubleToRawLongBits(t.gradX(k)), p.id() + " row " + k);
                    assertEquals(Double.doubleToRawLongBits(g[1]), Double.doubleToRawLongBits(t.gradY(k)), p.id() + " row " + k);
                }
                // and the same path whether the default is said or not
                Trajectory said = Runner.run(f, new RunConfig(config.optimizer(), config.x0(), config.y0(), config.maxSteps(),
                        config.tolerance(), config.noise(), config.seed(), config.clip()).withDifferences(Differences.DEFAULT));
                assertEquals(t.size(), said.size());
                assertEquals(t.x(t.lastStep()), said.x(said.lastStep()));
            }
        }
    }

    @Test
    void theOptimizerIsGivenTheGradientTheRunRecordsAndTheMethodThatTookIt() {
        List<double[]> given = new ArrayList<>();
        List<Differences> told = new ArrayList<>();
        GradientDescent gd = new GradientDescent(0.1, 0);
        Optimizer watched = new Optimizer() {
            @Override
            public OptimizerType type() {
                return gd.type();
            }

            @Override
            public Hyperparameters parameters() {
                return gd.parameters();
            }

            @Override
            public Stepper start() {
                Stepper inner = gd.start();
                return new Stepper() {
                    @Override
                    public void step(double[] x, double[] grad, StepContext context) {
                        given.add(grad.clone());
                        told.add(context.differences());
                        inner.step(x, grad, context);
                    }

                    @Override
                    public OptimizerState state() {
                        return inner.state();
                    }

                    @Override
                    public double learningRate() {
                        return inner.learningRate();
                    }

                    @Override
                    public void setLearningRate(double lr) {
                        inner.setLearningRate(lr);
                    }
                };
            }
        };
        RunConfig config = new RunConfig(watched, 1, -2, 3, 0, 0, 0, 0, Differences.auto(Scheme.FORWARD));
        Trajectory t = Runner.run(BOWL, config);
        assertEquals(3, given.size());
        for (int k = 0; k < 3; k++) {
            assertArrayEquals(new double[] {t.gradX(k), t.gradY(k)}, given.get(k));
            assertArrayEquals(Differences.auto(Scheme.FORWARD).gradient(BOWL, t.x(k), t.y(k)), given.get(k));
            assertEquals(Differences.auto(Scheme.FORWARD), told.get(k));
        }
    }

    @Test
    void newtonsHessianKeepsItsOwnStepWhateverTheGradientsMethod() {
        // on a quadratic the Hessian is exact, so Newton with lr 1 lands on the point where the *run's*
        // gradient is zero: the minimum itself for central, −h/2 off it for forward with h (H·d = g = 2x + h)
        RunConfig config = RunConfig.of(new Newton(1), 1, 1).withMaxSteps(1);
        Trajectory central = Runner.run(BOWL, config);
        Trajectory forward = Runner.run(BOWL, config.withDifferences(FORWARD_HALF));
        assertEquals(0, central.x(1), 1e-9);
        assertEquals(-0.25, forward.x(1), 1e-6);
        assertEquals(-0.25, forward.y(1), 1e-6);
        assertTrue(Math.abs(forward.gradX(1)) < 1e-5, "where the forward gradient is zero: " + forward.gradX(1));
    }
}
