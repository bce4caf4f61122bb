package org.descentlab.core.optim;

import static org.descentlab.core.optim.OptimizerRulesTest.G1;
import static org.descentlab.core.optim.OptimizerRulesTest.G2;
import static org.descentlab.core.optim.OptimizerRulesTest.assertFirstTwoSteps;
import static org.descentlab.core.optim.OptimizerRulesTest.context;
import static org.descentlab.core.optim.OptimizerRulesTest.parse;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The optimizers only one framework has (RAdam, Rprop and ASGD torch.optim's, Lion and LAMB Keras's) and PyTorch's
 * maximize: the first two updates from x = (1, −2) with the gradients (2, −4) then (1, 3), worked out by hand from
 * each framework's single-tensor or update_step code. Each holds under either convention.
 */
class FrameworkOptimizerRulesTest {

    static Stream<Arguments> firstTwoSteps() {
        return Stream.of(
                // ρ∞ = 1999; ρ1 = 1999 − 2·0.999/0.001 = 1, ρ2 ≈ 1.9995: both ≤ 5, so x ← x − lr·m̂.
                // t=1: m = 0.1·2 = 0.2, m̂ = 2: x1 = 1 − 0.2 = 0.8. t=2: m = 0.2 + 0.1·(1 − 0.2) = 0.28,
                // m̂ = 0.28/0.19: x2 = 0.8 − 0.1·1.4736842 = 0.6526316
                row("radam", "lr=0.1", 0.8, -1.6, 0.6526315789473685, -1.568421052631579),
                // L2: g1 = (2 + 0.1, −4 − 0.2) → x1 = 1 − 0.1·2.1 = 0.79; g2 = (1 + 0.079, 3 − 0.158)
                row("radam", "lr=0.1 weight_decay=0.1", 0.79, -1.58, 0.6337368421052632, -1.5306315789473686),
                // decoupled: x ← x·(1 − 0.01) = 0.99, then − 0.1·2 = 0.79; then 0.79·0.99 − 0.1·m̂2
                row("radam", "lr=0.1 weight_decay=0.1 decoupled_weight_decay=true", 0.79, -1.58, 0.6347315789473684,
                        -1.5326210526315789),
                // η = lr at first, x1 = x − 0.1·sign(g1) = (0.9, −1.9). t=2: g·g_prev = (2, −12): η_x = 0.1·1.2,
                // η_y = 0.1·0.5 and g_y ← 0, so y stays: x2 = 0.9 − 0.12 = 0.78
                row("rprop", "lr=0.1", 0.9, -1.9, 0.78, -1.9),
                // the same, clamped: η_x = min(0.12, 0.11), η_y = max(0.05, 0.06) (y does not move)
                row("rprop", "lr=0.1 step_size_min=0.06 step_size_max=0.11", 0.9, -1.9, 0.79, -1.9),
                // t=1, η = 0.1: x·(1 − 0.01·0.1) = (0.999, −1.998), − 0.1·g1 = (0.799, −1.598);
                // η2 = 0.1/(1 + 0.01·0.1·1)^0.75 = 0.0998502620; x2 = x1·(1 − 0.01·η2) − η2·g2
                row("asgd", "lr=0.1 lambd=0.01", 0.7989999999999999, -1.5979999999999999, 0.6982765331612363,
                        -1.8961783941469732),
                // L2 first: g1 = (2.1, −4.2): 0.999 − 0.21 = 0.789
                row("asgd", "lr=0.1 lambd=0.01 weight_decay=0.1", 0.7889999999999999, -1.5779999999999998, 0.6804024379947222,
                        -1.8604302038139449),
                // c1 = 0.1·g1 → sign (1, −1): x1 = (0.9, −1.9); m1 = 0.01·g1 = (0.02, −0.04);
                // c2 = 0.9·m1 + 0.1·g2 = (0.118, 0.264) → sign (1, 1): x2 = (0.8, −2.0)
                row("lion", "lr=0.1", 0.9, -1.9, 0.8, -2.0),
                // decay first, x ← x − x·0.5·0.1 = 0.95·x, then the sign step: (0.85, −1.8); 0.95·(0.85, −1.8) − 0.1
                row("lion", "lr=0.1 weight_decay=0.5", 0.85, -1.7999999999999998, 0.7075, -1.8099999999999998),
                // momentum outweighs the gradient: m1 = 0.5·g1 = (1, −2); c2_y = 0.99·(−2) + 0.01·3 = −1.95 < 0,
                // so y goes up though g2_y = 3 says down: y2 = −1.9 + 0.1
                row("lion", "lr=0.1 beta1=0.99 beta2=0.5", 0.9, -1.9, 0.8, -1.7999999999999998),
                // t=1: m̂ = g1, v̂ = g1², r = (2/(2 + 1e-7), −4/(4 + 1e-7)) ≈ (1, −1); ratio = ‖x‖/‖r‖ = √5/√2 = 1.5811389;
                // x1 = x − 0.15811389·r. t=2: ratio = ‖x1‖/‖r2‖ = 2.1626054
                row("lamb", "lr=0.1", 0.8418861189680045, -1.8418861150151575, 0.6402924628226527, -1.8225686415282836),
                // decay first: x ← 0.99·x; ratio = ‖(0.99, −1.98)‖/‖r‖ = 1.5653275
                row("lamb", "lr=0.1 weight_decay=0.1", 0.8334672577783244, -1.823467253865006, 0.627550642812482,
                        -1.786299525561871));
    }

    private static Arguments row(String name, String params, double... expected) {
        return Arguments.of(name, params, expected);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("firstTwoSteps")
    void firstTwoStepsFollowTheirFrameworksRuleUnderEitherConvention(String name, String params, double[] expected) {
        for (Convention c : Convention.values()) {
            Optimizer o = Optimizers.require(name).create(parse(params), c);
            assertEquals(c, o.convention());
            assertFirstTwoSteps(o, expected);
        }
    }

    @Test
    void radamRectifiesOnceRhoPassesFive() {
        // β2 = 0.9: ρ∞ = 19, ρ6 = 19 − 12·0.9⁶/(1 − 0.9⁶) = 5.3896 > 5, so update 6 (from zero moments) is rectified:
        // m = 0.1·2 = 0.2, m̂ = 0.2/(1 − 0.9⁶); v = 0.1·4 = 0.4;
        // r6 = √((ρ6 − 4)(ρ6 − 2)·19 / (15·17·ρ6)) = 0.16697; x ← 1 − m̂·0.1·(√(1 − 0.9⁶)/(√0.4 + 1e-8))·r6
        Stepper s = Optimizers.require("radam").create(parse("lr=0.1 beta2=0.9")).start();
        double[] x = {1.0, -2.0};
        s.step(x, G1.clone(), context(6, (a, b) -> 0));
        assertEquals(0.9882114863924238, x[0], 1e-15);
        assertEquals(-1.9882114862992275, x[1], 1e-15);
        s.step(x, G2.clone(), context(7, (a, b) -> 0));
        assertEquals(0.9693436475003728, x[0], 1e-15);
        assertEquals(-1.9864188740116602, x[1], 1e-15);
    }

    @Test
    void lambAtTheOriginUsesATrustRatioOfOne() {
        // ‖x‖ = 0: ratio 1, x1 = −0.1·r1 = (−0.1·2/(2 + 1e-7), 0.1·4/(4 + 1e-7)); then ratio = ‖x1‖/‖r2‖ = 0.15102
        Stepper s = Optimizers.require("lamb").create(parse("lr=0.1")).start();
        double[] x = {0.0, 0.0};
        s.step(x, G1.clone(), context(1, (a, b) -> 0));
        assertArrayEquals(new double[] {-0.09999999500000027, 0.09999999750000006}, x, 1e-17);
        s.step(x, G2.clone(), context(2, (a, b) -> 0));
        assertArrayEquals(new double[] {-0.11407764585255355, 0.1013489717301494}, x, 1e-16);
    }

    @Test
    void asgdAveragesThePointsOnceT0UpdatesHavePassed() {
        // t0 = 0: μ after update t is 1/max(1, t), so updates 1 and 2 copy x into ax and update 3 averages:
        // ax3 = ax2 + (x3 − ax2)·½ with x2 = (0.6982765, −1.8961784), x3 = (0.7974296, −1.9442102) after g3 = (−1, 0.5)
        Stepper s = Optimizers.require("asgd").create(parse("lr=0.1 lambd=0.01 t0=0")).start();
        double[] x = {1.0, -2.0};
        assertEquals(0.1, s.learningRate());
        s.step(x, G1.clone(), context(1, (a, b) -> 0));
        s.step(x, G2.clone(), context(2, (a, b) -> 0));
        assertArrayEquals(new double[] {0.6982765331612363, -1.8961783941469732}, s.state().parts().get("ax"));
        s.step(x, new double[] {-1.0, 0.5}, context(3, (a, b) -> 0));
        assertArrayEquals(new double[] {0.7974295642329037, -1.9442101860618828}, x, 1e-15);
        Map<String, double[]> state = s.state().parts();
        assertEquals(List.of("eta", "mu", "ax"), List.copyOf(state.keySet()));
        assertArrayEquals(new double[] {0.74785304869707, -1.920194290104428}, state.get("ax"), 1e-15);
        // η for update 4 = 0.1/(1 + 0.001·3)^0.75; μ = 1/3
        assertEquals(0.0997755890053364, state.get("eta")[0], 1e-17);
        assertEquals(1.0 / 3, state.get("mu")[0], 1e-17);
        // update 3 used η3 = 0.1/1.002^0.75
        assertEquals(0.1 / Math.pow(1.002, 0.75), s.learningRate(), 1e-17);
    }

    @Test
    void rpropRemembersTheGradientWithFlipsZeroedAndItsStepSizes() {
        Stepper s = Optimizers.require("rprop").create(parse("lr=0.1")).start();
        double[] x = {1.0, -2.0};
        s.step(x, G1.clone(), context(1, (a, b) -> 0));
        s.step(x, G2.clone(), context(2, (a, b) -> 0));
        Map<String, double[]> state = s.state().parts();
        assertEquals(List.of("prev", "step_size"), List.copyOf(state.keySet()));
        assertArrayEquals(new double[] {1, 0}, state.get("prev"));
        assertArrayEquals(new double[] {0.12, 0.05}, state.get("step_size"), 1e-17);
    }

    @Test
    void maximizeClimbsAHandComputedStep() {
        // gd: x ← x + lr·g: (1 + 0.2, −2 − 0.4), then + 0.1·(1, 3)
        assertFirstTwoSteps(Optimizers.require("gd").create(parse("lr=0.1 maximize=true")),
                new double[] {1.2, -2.4, 1.3, -2.0999999999999996});
        // adam with −g: x1 = 1 + 0.1·2/(2 + 1e-8)
        assertFirstTwoSteps(Optimizers.require("adam").create(parse("lr=0.1 maximize=true")),
                new double[] {1.0999999995, -2.09999999975, 1.1932179627914896, -2.1089325004652646});
        // rprop: the signs of −g; the second step's flip in y is seen all the same (−g·−g_prev = g·g_prev)
        assertFirstTwoSteps(Optimizers.require("rprop").create(parse("lr=0.1 maximize=true")),
                new double[] {1.1, -2.1, 1.2200000000000002, -2.1});
        // asgd: x·(1 − λη) + η·g: 0.999 + 0.2 = 1.199
        assertFirstTwoSteps(Optimizers.require("asgd").create(parse("lr=0.1 lambd=0.01 maximize=true")),
                new double[] {1.199, -2.398, 1.2977269640287772, -2.0958286002330535});
        // radam: x1 = 1 + 0.1·2, x2 = 1.2 + 0.1·(−0.28/0.19)·(−1)
        assertFirstTwoSteps(Optimizers.require("radam").create(parse("lr=0.1 maximize=true")),
                new double[] {1.2, -2.4, 1.3473684210526315, -2.431578947368421});
    }

    @Test
    void maximizeIsTheSameRuleGivenTheNegatedGradient() {
        for (OptimizerType type : Optimizers.all()) {
            if (type.parameter("maximize").isEmpty()) {
                continue;
            }
            Map<String, String> plain = weightDecayed(type);
            Map<String, String> climbing = new java.util.LinkedHashMap<>(plain);
            climbing.put("maximize", "true");
            Stepper up = type.create(climbing).start();
            Stepper down = type.create(plain).start();
            double[] a = {1.0, -2.0};
            double[] b = {1.0, -2.0};
            List<double[]> gradients = List.of(G1, G2);
            for (int t = 1; t <= 2; t++) {
                double[] g = gradients.get(t - 1);
                up.step(a, g.clone(), context(t, (p, q) -> 0));
                down.step(b, new double[] {-g[0], -g[1]}, context(t, (p, q) -> 0));
            }
            assertArrayEquals(b, a, type.name());
            assertTrue(a[0] != 1.0, type.name());
        }
    }

    private static Map<String, String> weightDecayed(OptimizerType type) {
        // with weight decay where there is one: PyTorch negates g before adding weight_decay·x
        return type.parameter("weight_decay").isPresent() ? Map.of("weight_decay", "0.1") : Map.of();
    }

    @Test
    void maximizeIsPyTorchsAndRefusedUnderKerasWhereKerasHasTheOptimizer() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Optimizers.require("adam").create(Map.of("maximize", "true"), Convention.KERAS));
        assertEquals("adam: maximize is PyTorch's; Keras has none, so it must be false with defaults=keras, got true", e.getMessage());
        assertTrue(Adam.TYPE.pytorchOnly(Adam.TYPE.parameter("maximize").orElseThrow()));
        // torch-only optimizers keep it under either convention; Keras-only ones have none
        assertTrue(Optimizers.require("rprop").create(Map.of("maximize", "true"), Convention.KERAS).parameters().flag("maximize"));
        assertEquals(Optional.empty(), Lion.TYPE.parameter("maximize"));
        assertEquals(Optional.empty(), Lamb.TYPE.parameter("maximize"));
    }

    @Test
    void anOptimizerOfOneFrameworkSaysSoUnderTheOther() {
        assertEquals(Optional.of("rprop is PyTorch's alone: PyTorch's rule and defaults, with defaults=keras too"),
                Rprop.TYPE.conventionNote(Convention.KERAS));
        assertEquals(Optional.empty(), Rprop.TYPE.conventionNote(Convention.PYTORCH));
        assertEquals(Optional.of("lion is Keras's alone: Keras's rule and defaults, with defaults=pytorch too"),
                Lion.TYPE.conventionNote(Convention.PYTORCH));
        assertEquals(Optional.empty(), Adam.TYPE.conventionNote(Convention.KERAS));
        assertEquals(Optional.of(Convention.KERAS), Lamb.TYPE.only());
        assertEquals(Optional.empty(), Newton.TYPE.only());
    }

    @Test
    void defaultsAreTheFrameworksOwn() {
        // torch.optim: RAdam lr 1e-3, betas (0.9, 0.999), eps 1e-8; Rprop lr 1e-2, etas (0.5, 1.2), step_sizes (1e-6, 50);
        // ASGD lr 1e-2, lambd 1e-4, alpha 0.75, t0 1e6. Keras: Lion 1e-3, 0.9, 0.99; Lamb 1e-3, 0.9, 0.999, epsilon 1e-7
        for (Convention c : Convention.values()) {
            assertEquals(new RAdam(1e-3, 0.9, 0.999, 1e-8, 0, false, false, c), RAdam.TYPE.defaults(c));
            assertEquals(new Rprop(1e-2, 0.5, 1.2, 1e-6, 50, false, c), Rprop.TYPE.defaults(c));
            assertEquals(new Asgd(1e-2, 1e-4, 0.75, 1e6, 0, false, c), Asgd.TYPE.defaults(c));
            assertEquals(new Lion(1e-3, 0.9, 0.99, 0, c), Lion.TYPE.defaults(c));
            assertEquals(new Lamb(1e-3, 0.9, 0.999, 1e-7, 0, c), Lamb.TYPE.defaults(c));
        }
        assertEquals("rprop: eta_minus must be a number in (0, 1), got 1",
                assertThrows(IllegalArgumentException.class, () -> new Rprop(0.01, 1, 1.2, 1e-6, 50)).getMessage());
        assertEquals("rprop: eta_plus must be a number > 1, got 1",
                assertThrows(IllegalArgumentException.class, () -> new Rprop(0.01, 0.5, 1, 1e-6, 50)).getMessage());
        assertEquals("lion: beta1 must be a number in (0, 1], got 0",
                assertThrows(IllegalArgumentException.class, () -> new Lion(1e-3, 0, 0.99, 0)).getMessage());
    }
}
