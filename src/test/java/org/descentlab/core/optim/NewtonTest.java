package org.descentlab.core.optim;

import static org.descentlab.core.optim.OptimizerRulesTest.context;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.descentlab.core.field.ScalarField;
import org.descentlab.core.scenario.RunGrammar;

import org.junit.jupiter.api.Test;

/**
 * Newton's two rules: the safeguarded default (a gradient step where H is not positive definite) and
 * {@code pure=true} (the Newton step wherever H can be inverted). Steps worked out by hand with the
 * numerical Hessian's exact value on quadratics; tolerance 1e-6 for its differencing error.
 */
class NewtonTest {

    /** H = [[2, 4], [4, 2]], det −12: indefinite, with a saddle at the origin. */
    private static final ScalarField INDEFINITE = (x, y) -> x * x + 4 * x * y + y * y;

    @Test
    void pureNewtonStepsWithTheInverseHessianWhereItIsNotPositiveDefinite() {
        // given g = (2, −4) at (1, −2): H⁻¹ = 1/−12·[[2, −4], [−4, 2]], so H⁻¹g = 1/−12·(4 + 16, −8 − 8) = (−5/3, 4/3)
        double[] x = {1.0, -2.0};
        List<String> notes = new ArrayList<>();
        new Newton(1.0, true).start().step(x, new double[] {2, -4}, context(1, INDEFINITE, notes));
        // then x ← x − H⁻¹g = (1 + 5/3, −2 − 4/3)
        assertEquals(8.0 / 3, x[0], 1e-6);
        assertEquals(-10.0 / 3, x[1], 1e-6);
        assertEquals(List.of("Hessian not positive definite: a pure Newton step, towards a saddle or a maximum"), notes);
    }

    @Test
    void pureNewtonLandsOnTheSaddleOfAQuadraticInOneStepScaledByLr() {
        // f = x² − y² at (1, −2): g = (2, 4), H = diag(2, −2), H⁻¹g = (1, −2): the full step is the saddle (0, 0)
        ScalarField saddle = (x, y) -> x * x - y * y;
        double[] full = {1.0, -2.0};
        new Newton(1.0, true).start().step(full, new double[] {2, 4}, context(1, saddle));
        assertEquals(0, full[0], 1e-6);
        assertEquals(0, full[1], 1e-6);
        double[] half = {1.0, -2.0};
        new Newton(0.5, true).start().step(half, new double[] {2, 4}, context(1, saddle));
        assertEquals(0.5, half[0], 1e-6);
        assertEquals(-1, half[1], 1e-6);
    }

    @Test
    void theSafeguardedDefaultTakesAGradientStepThereInstead() {
        double[] x = {1.0, -2.0};
        List<String> notes = new ArrayList<>();
        Optimizer newton = Optimizers.require("newton").defaults();
        assertFalse(newton.parameters().flag("pure"), "the safeguard is the default");
        newton.start().step(x, new double[] {2, -4}, context(1, INDEFINITE, notes));
        assertEquals(1 - 2, x[0], 1e-15);
        assertEquals(-2 + 4, x[1], 1e-15);
        assertEquals(List.of("Hessian not positive definite: took a gradient step"), notes);
    }

    @Test
    void bothRulesTakeTheSameStepWhereHIsPositiveDefinite() {
        // f = x² + 3y² + xy: H = [[2, 1], [1, 6]], det 11; H⁻¹g = ((6·2 + 4)/11, (2·(−4) − 2)/11) = (16/11, −10/11)
        ScalarField bowl = (x, y) -> x * x + 3 * y * y + x * y;
        for (boolean pure : new boolean[] {false, true}) {
            double[] x = {1.0, -2.0};
            List<String> notes = new ArrayList<>();
            new Newton(1.0, pure).start().step(x, new double[] {2, -4}, context(1, bowl, notes));
            assertEquals(1 - 16.0 / 11, x[0], 1e-6, "pure=" + pure);
            assertEquals(-2 + 10.0 / 11, x[1], 1e-6, "pure=" + pure);
            assertTrue(notes.isEmpty(), "pure=" + pure);
        }
    }

    @Test
    void pureNewtonTakesAGradientStepWhereHIsSingularAndSaysSo() {
        // f = x²: H = diag(2, 0), det 0 exactly: there is no Newton step
        ScalarField valley = (x, y) -> x * x;
        double[] x = {1.0, -2.0};
        List<String> notes = new ArrayList<>();
        new Newton(0.5, true).start().step(x, new double[] {2, 0}, context(1, valley, notes));
        assertEquals(1 - 0.5 * 2, x[0], 1e-15);
        assertEquals(-2, x[1], 1e-15);
        assertEquals(List.of("Hessian singular: took a gradient step"), notes);
    }

    @Test
    void pureIsAFlagInTheRunGrammarAndShownOnlyWhenSet() {
        assertEquals(new Newton(1.0, true), RunGrammar.parse("newton pure=true").optimizer());
        assertEquals("newton lr=1 pure=true", RunGrammar.print(RunGrammar.parse("newton pure=true")));
        assertEquals("newton lr=0.5", RunGrammar.print(RunGrammar.parse("newton lr=0.5 pure=false")));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Optimizers.require("newton").create(Map.of("pure", "yes")));
        assertEquals("newton: pure must be true or false, got 'yes'", e.getMessage());
        assertEquals(Map.of("lr", "1.0", "pure", "false"), Optimizers.require("newton").defaults().describe());
    }
}
