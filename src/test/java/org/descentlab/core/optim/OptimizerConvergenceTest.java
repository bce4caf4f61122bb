package org.descentlab.core.optim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.descentlab.core.expr.CompiledFunction;
import org.descentlab.core.expr.Expressions;
import org.descentlab.core.expr.ParseResult;
import org.descentlab.core.run.RunConfig;
import org.descentlab.core.run.Runner;
import org.descentlab.core.run.StopReason;
import org.descentlab.core.run.Trajectory;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every optimizer reaches the known minimum of three classic landscapes within a stated step budget:
 * the last row is within 1e-3 of the minimum. Learning rates are per landscape, as a user would tune
 * them. AdamW runs with weight_decay 0 here: decoupled decay moves the minimum towards the origin, by
 * design. Lion moves every coordinate by exactly lr, so it ends within about lr of the minimum: the quadratic's
 * rate is small enough for 1e-3. LAMB's trust ratio makes every step about lr·‖x‖ long (‖x*‖ = √5 here), so it
 * needs a rate that small too, and the steps to cover the way.
 */
class OptimizerConvergenceTest {

    private static final String QUADRATIC = "(x-1)^2 + 4*(y+2)^2";
    private static final String ROSENBROCK = "(1-x)^2 + 100*(y-x^2)^2";
    private static final String BEALE = "(1.5-x+x*y)^2 + (2.25-x+x*y^2)^2 + (2.625-x+x*y^3)^2";

    @ParameterizedTest(name = "{0} on {1} within {3} steps")
    @CsvSource({
        "gd,       quadratic,  lr=0.1,                    50",
        "momentum, quadratic,  lr=0.002,                  200",
        "nesterov, quadratic,  lr=0.1,                    100",
        "adagrad,  quadratic,  lr=1,                      50",
        "rmsprop,  quadratic,  lr=0.1,                    50",
        "adam,     quadratic,  lr=0.5,                    200",
        "adamw,    quadratic,  lr=0.5 weight_decay=0,     200",
        "adamax,   quadratic,  lr=1,                      200",
        "nadam,    quadratic,  lr=1,                      50",
        "adadelta, quadratic,  lr=1,                      1000",
        "radam,    quadratic,  lr=0.1,                    1000",
        "rprop,    quadratic,  lr=0.1,                    200",
        "asgd,     quadratic,  lr=0.1,                    200",
        "lion,     quadratic,  lr=0.01,                   1000",
        "lamb,     quadratic,  lr=0.0003,                 20000",
        "newton,   quadratic,  lr=1,                      2",
        "lbfgs,    quadratic,  lr=1,                      10",
        "lbfgs,    quadratic,  lr=1 line_search_fn=strong_wolfe, 10",
        "gd,       rosenbrock, lr=0.001,                  20000",
        "momentum, rosenbrock, lr=0.002,                  1000",
        "nesterov, rosenbrock, lr=0.001,                  2000",
        "adagrad,  rosenbrock, lr=0.5,                    10000",
        "rmsprop,  rosenbrock, lr=0.001,                  12000",
        "adam,     rosenbrock, lr=0.2,                    1000",
        "adamw,    rosenbrock, lr=0.2 weight_decay=0,     1000",
        "adamax,   rosenbrock, lr=0.5,                    2500",
        "nadam,    rosenbrock, lr=0.001,                  15000",
        "adadelta, rosenbrock, lr=0.005,                  35000",
        "newton,   rosenbrock, lr=1,                      10",
        "lbfgs,    rosenbrock, lr=1 line_search_fn=strong_wolfe, 60",
        "gd,       beale,      lr=0.02,                   1200",
        "momentum, beale,      lr=0.01,                   200",
        "nesterov, beale,      lr=0.01,                   250",
        "adagrad,  beale,      lr=0.5,                    500",
        "rmsprop,  beale,      lr=0.001,                  3000",
        "adam,     beale,      lr=0.2,                    200",
        "adamw,    beale,      lr=0.2 weight_decay=0,     200",
        "adamax,   beale,      lr=0.5,                    300",
        "nadam,    beale,      lr=0.1,                    300",
        "adadelta, beale,      lr=0.02,                   10000",
        "newton,   beale,      lr=0.05,                   250",
        "lbfgs,    beale,      lr=1 line_search_fn=strong_wolfe, 60",
    })
    void reachesTheKnownMinimumWithinTheBudget(String optimizer, String landscape, String params, int budget) {
        String text;
        double x0;
        double y0;
        double mx;
        double my;
        switch (landscape) {
            case "quadratic" -> {
                text = QUADRATIC;
                x0 = -2;
                y0 = 1;
                mx = 1;
                my = -2;
            }
            case "rosenbrock" -> {
                text = ROSENBROCK;
                x0 = -1.2;
                y0 = 1;
                mx = 1;
                my = 1;
            }
            default -> {
                text = BEALE;
                x0 = 1;
                y0 = 1;
                mx = 3;
                my = 0.5;
            }
        }
        CompiledFunction f = ((ParseResult.Success) Expressions.parse(text)).function();
        Optimizer o = Optimizers.require(optimizer).create(OptimizerRulesTest.parse(params));
        Trajectory t = Runner.run(f, new RunConfig(o, x0, y0, budget, 1e-9, 0, 0, 0));
        int k = t.lastStep();
        double distance = Math.hypot(t.x(k) - mx, t.y(k) - my);
        assertTrue(k <= budget);
        assertTrue(distance <= 1e-3, () -> optimizer + " ended " + distance + " from the minimum after " + k
                + " steps (" + t.stop().detail() + ")");
        assertTrue(t.stop().reason() != StopReason.DIVERGED, t.stop().detail());
        assertEquals(k, t.stop().step());
    }
}
