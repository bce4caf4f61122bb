package org.descentlab.core.optim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.descentlab.core.field.ScalarField;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The first two updates of every optimizer from x = (1, −2) with the gradients (2, −4) then (1, 3),
 * against values worked out by hand from PyTorch's update equations (computed independently, in the
 * equations' own order, and pasted here).
 */
class OptimizerRulesTest {

    static final double[] G1 = {2.0, -4.0};
    static final double[] G2 = {1.0, 3.0};

    static Stream<Arguments> firstTwoSteps() {
        return Stream.of(
                // gd: x1 = 1 − 0.1·2 = 0.8, y1 = −2 − 0.1·(−4) = −1.6; x2 = 0.8 − 0.1·1, y2 = −1.6 − 0.1·3
                row("gd", "lr=0.1", 0.8, -1.6, 0.7000000000000001, -1.9000000000000001),
                // with L2: g ← g + 0.5·x: x1 = 1 − 0.1·(2 + 0.5) = 0.75
                row("gd", "lr=0.1 weight_decay=0.5", 0.75, -1.5, 0.6125, -1.725),
                // v1 = g1; v2 = 0.9·v1 + g2 = (2.8, −0.6): x2 = 0.8 − 0.28 = 0.52
                row("momentum", "lr=0.1", 0.8, -1.6, 0.52, -1.54),
                row("momentum", "lr=0.1 dampening=0.5 weight_decay=0.1", 0.79, -1.58, 0.54705, -1.3441),
                // step direction g + 0.9·v: at t=1, 2 + 1.8 = 3.8 → x1 = 1 − 0.38 = 0.62
                row("nesterov", "lr=0.1", 0.62, -1.24, 0.26799999999999996, -1.486),
                // sum = 4 → x1 = 1 − 0.1·2/(2 + 1e-10)
                row("adagrad", "lr=0.1", 0.900000000005, -1.9000000000025, 0.8552786404570042, -1.9600000000012998),
                row("adagrad", "lr=0.1 lr_decay=0.5 initial_accumulator_value=0.1 weight_decay=0.1",
                        0.901114862041574, -1.9002822472488825, 0.8706706063304162, -1.9372809130774151),
                // v = 0.01·4 = 0.04 → x1 = 1 − 0.01·2/(0.2 + 1e-8)
                row("rmsprop", "lr=0.01", 0.9000000049999998, -1.9000000025, 0.855098681509435, -1.960192927835155),
                row("rmsprop", "lr=0.01 centered=true momentum=0.5 weight_decay=0.1",
                        0.8994962232840834, -1.899496220879081, 0.8025708712371848, -1.9050650280047925),
                // t=1: m̂ = g, v̂ = g² → x1 = 1 − 0.1·2/(2 + 1e-8)
                row("adam", "lr=0.1", 0.9000000005, -1.90000000025, 0.8067820372085104, -1.8910674995347354),
                row("adam", "lr=0.1 amsgrad=true weight_decay=0.1",
                        0.9000000004761904, -1.9000000002380952, 0.8062395121795095, -1.885711149544255),
                // decoupled: x ← x·(1 − 0.1·0.01) first: 0.999 − 0.1·(1 − 5e-9)
                row("adamw", "lr=0.1", 0.8990000005, -1.89800000025, 0.8048830372080104, -1.8871694995344854),
                row("adamax", "lr=0.1", 0.9000000005, -1.90000000025, 0.8262420323739792, -1.8920973607881697),
                row("nadam", "lr=0.1", 0.8943548226926871, -1.894354822428574, 0.8419624929870344, -1.952028951011688),
                // v = 0.1·4 = 0.4, Δ = √1e-6/√0.400001 · 2
                row("adadelta", "", 0.9968377262926713, -1.996837723328043, 0.9947525857217687, -1.9996112232831817));
    }

    /** The same two steps under Keras's defaults and rules (Keras 3's update_step, worked through by hand). */
    static Stream<Arguments> firstTwoKerasSteps() {
        return Stream.of(
                // decoupled decay first: 1 − 1·0.5·0.1 = 0.95, then − 0.1·2
                row("gd", "lr=0.1 weight_decay=0.5", 0.75, -1.5, 0.6125, -1.725),
                // m = −lr·g = (−0.2, 0.4); then m = 0.9·m − 0.1·g2
                row("momentum", "lr=0.1", 0.8, -1.6, 0.52, -1.54),
                row("nesterov", "lr=0.1 weight_decay=0.1", 0.61, -1.22, 0.2518999999999999, -1.4538),
                // accumulator starts at 0.1: 1 − 0.1·2/√(4.1 + 1e-7)
                row("adagrad", "lr=0.1", 0.9012270415395893, -1.9003110430537478, 0.8569462976967095, -1.960191401738649),
                // rho 0.9, eps inside the root: 1 − 0.01·2/√(0.4 + 1e-7)
                row("rmsprop", "lr=0.01", 0.9683772273511625, -1.9683772243865278, 0.9536330333383025, -1.9879888374812946),
                row("rmsprop", "lr=0.01 centered=true momentum=0.5 weight_decay=0.1",
                        0.9656666712962954, -1.964666667824074, 0.9318462446882739, -1.9656620514477379),
                // epsilon hat: α = 0.1·√0.001/0.1; 1 − α·0.2/(√0.004 + 1e-7)
                row("adam", "lr=0.1", 0.900000158113633, -1.900000079056879, 0.8067823261151786, -1.8910675839675624),
                row("adam", "lr=0.1 amsgrad=true weight_decay=0.1",
                        0.890000158113633, -1.880000079056879, 0.7878823245340423, -1.8522675831769935),
                // weight_decay 0.004 decoupled: 1 − 0.0004 first
                row("adamw", "lr=0.1", 0.899600158113633, -1.899200079056879, 0.8060224860519333, -1.8895079039359397),
                // eps outside the max: 1 − 0.1·0.2/(0.1·(2 + 1e-7))
                row("adamax", "lr=0.1", 0.9000000049999998, -1.9000000025, 0.826242040196779, -1.8920973632161768),
                // the 0.96ᵗ schedule
                row("nadam", "lr=0.1", 0.8937212249830617, -1.8937212223260924, 0.8415630501814935, -1.949273180881756),
                row("adadelta", "lr=1", 0.9985857867911802, -1.9985857865260153, 0.997672916166295, -1.9998054598797734));
    }

    @ParameterizedTest(name = "keras {0} {1}")
    @MethodSource("firstTwoKerasSteps")
    void firstTwoStepsMatchKerasRules(String name, String params, double[] expected) {
        Optimizer optimizer = Optimizers.require(name).create(parse(params), Convention.KERAS);
        assertEquals(Convention.KERAS, optimizer.convention());
        assertFirstTwoSteps(optimizer, expected);
    }

    @Test
    void eachFrameworkHasItsOwnDefaults() {
        assertEquals(new RmsProp(0.01, 0.99, 1e-8, 0, 0, false), Optimizers.require("rmsprop").defaults(Convention.PYTORCH));
        assertEquals(new RmsProp(1e-3, 0.9, 1e-7, 0, 0, false, Convention.KERAS),
                Optimizers.require("rmsprop").defaults(Convention.KERAS));
        assertEquals(new Adagrad(1e-3, 0, 0, 0.1, 1e-7, Convention.KERAS), Optimizers.require("adagrad").defaults(Convention.KERAS));
        assertEquals(new Adam(1e-3, 0.9, 0.999, 1e-7, 0, false, Convention.KERAS), Optimizers.require("adam").defaults(Convention.KERAS));
        assertEquals(new AdamW(1e-3, 0.9, 0.999, 1e-7, 0.004, false, Convention.KERAS),
                Optimizers.require("adamw").defaults(Convention.KERAS));
        assertEquals(new Adamax(1e-3, 0.9, 0.999, 1e-7, 0, Convention.KERAS), Optimizers.require("adamax").defaults(Convention.KERAS));
        assertEquals(new NAdam(1e-3, 0.9, 0.999, 1e-7, 0, 1, Convention.KERAS), Optimizers.require("nadam").defaults(Convention.KERAS));
        assertEquals(new Adadelta(1e-3, 0.95, 1e-7, 0, Convention.KERAS), Optimizers.require("adadelta").defaults(Convention.KERAS));
        assertEquals(new GradientDescent(0.01, 0, Convention.KERAS), Optimizers.require("gd").defaults(Convention.KERAS));
        assertEquals(new Momentum(0.01, 0.9, 0, 0, Convention.KERAS), Optimizers.require("momentum").defaults(Convention.KERAS));
        assertEquals(new Nesterov(0.01, 0.9, 0, Convention.KERAS), Optimizers.require("nesterov").defaults(Convention.KERAS));
        assertEquals(Convention.PYTORCH, Optimizers.require("newton").defaults(Convention.KERAS).convention());
    }

    @Test
    void pytorchOnlyParametersAreRefusedUnderKeras() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Optimizers.require("momentum").create(Map.of("dampening", "0.5"), Convention.KERAS));
        assertEquals("momentum: dampening is PyTorch's; Keras has none, so it must be 0 with defaults=keras, got 0.5",
                e.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> Optimizers.require("adagrad").create(Map.of("lr_decay", "0.1"), Convention.KERAS));
    }

    private static Arguments row(String name, String params, double... expected) {
        return Arguments.of(name, params, expected);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("firstTwoSteps")
    void firstTwoStepsMatchPyTorchsEquations(String name, String params, double[] expected) {
        assertFirstTwoSteps(Optimizers.require(name).create(parse(params)), expected);
    }

    static void assertFirstTwoSteps(Optimizer optimizer, double[] expected) {
        Stepper stepper = optimizer.start();
        double[] x = {1.0, -2.0};
        stepper.step(x, G1.clone(), context(1, (a, b) -> 0));
        assertEquals(expected[0], x[0], 1e-15 * Math.abs(expected[0]), "x after step 1");
        assertEquals(expected[1], x[1], 1e-15 * Math.abs(expected[1]), "y after step 1");
        stepper.step(x, G2.clone(), context(2, (a, b) -> 0));
        assertEquals(expected[2], x[0], 1e-15 * Math.abs(expected[2]), "x after step 2");
        assertEquals(expected[3], x[1], 1e-15 * Math.abs(expected[3]), "y after step 2");
    }

    /**
     * One part of the state after the same two steps, worked out from the rule: which parts each
     * optimizer keeps, in order, and the value of one of them.
     */
    static Stream<Arguments> stateAfterTwoSteps() {
        return Stream.of(
                state("gd", "lr=0.1", Convention.PYTORCH, List.of(), "", 0, 0),
                // v1 = g1 = (2, −4); v2 = 0.9·v1 + g2
                state("momentum", "lr=0.1", Convention.PYTORCH, List.of("v"), "v", 2.8, -0.6),
                state("nesterov", "lr=0.1", Convention.PYTORCH, List.of("v"), "v", 2.8, -0.6),
                // m1 = −0.1·g1 = (−0.2, 0.4); m2 = 0.9·m1 − 0.1·g2
                state("momentum", "lr=0.1", Convention.KERAS, List.of("m"), "m", -0.28, 0.06),
                // m1 = 0.1·g1 = (0.2, −0.4); m2 = 0.9·m1 + 0.1·g2
                state("adam", "lr=0.1", Convention.PYTORCH, List.of("m", "v"), "m", 0.28, -0.06),
                // v1 = 0.001·g1² = (0.004, 0.016); v2 = 0.999·v1 + 0.001·g2²
                state("adam", "lr=0.1", Convention.PYTORCH, List.of("m", "v"), "v", 0.004996, 0.024984),
                state("adam", "lr=0.1", Convention.KERAS, List.of("m", "v"), "v", 0.004996, 0.024984),
                // v only grows here, so v_max is v
                state("adam", "lr=0.1 amsgrad=true", Convention.PYTORCH, List.of("m", "v", "v_max"), "v_max", 0.004996, 0.024984),
                state("adamw", "lr=0.1", Convention.PYTORCH, List.of("m", "v"), "m", 0.28, -0.06),
                // sum = g1² + g2² = (4 + 1, 16 + 9)
                state("adagrad", "lr=0.1", Convention.PYTORCH, List.of("sum"), "sum", 5, 25),
                // Keras's accumulator starts at 0.1
                state("adagrad", "lr=0.1", Convention.KERAS, List.of("sum"), "sum", 5.1, 25.1),
                // v1 = 0.01·g1² = (0.04, 0.16); v2 = 0.99·v1 + 0.01·g2²
                state("rmsprop", "lr=0.01", Convention.PYTORCH, List.of("v"), "v", 0.0496, 0.2484),
                // g_avg1 = 0.01·g1 = (0.02, −0.04); g_avg2 = 0.99·g_avg1 + 0.01·g2
                state("rmsprop", "lr=0.01 centered=true momentum=0.5", Convention.PYTORCH, List.of("v", "g_avg", "b"),
                        "g_avg", 0.0298, -0.0096),
                // u1 = |g1| + eps; u2 = max(0.999·u1, |g2| + eps) = 0.999·u1
                state("adamax", "lr=0.1", Convention.PYTORCH, List.of("m", "u"), "u", 0.999 * (2 + 1e-8), 0.999 * (4 + 1e-8)),
                state("nadam", "lr=0.1", Convention.PYTORCH, List.of("m", "v", "mu_product"), "m", 0.28, -0.06),
                // Π = μ1·μ2, μ_t = 0.9·(1 − ½·0.96^(0.004·t)): 0.45007347359129607 · 0.4501469351862175
                state("nadam", "lr=0.1", Convention.PYTORCH, List.of("m", "v", "mu_product"), "mu_product", 0.20259919474573695),
                // Keras's schedule 0.96ᵗ: 0.9·(1 − ½·0.96) · 0.9·(1 − ½·0.9216)
                state("nadam", "lr=0.1", Convention.KERAS, List.of("m", "v", "mu_product"), "mu_product", 0.468 * 0.48528),
                // v1 = 0.1·g1² = (0.4, 1.6); v2 = 0.9·v1 + 0.1·g2²
                state("adadelta", "", Convention.PYTORCH, List.of("v", "u"), "v", 0.46, 2.34));
    }

    private static Arguments state(String name, String params, Convention convention, List<String> parts, String part,
            double... expected) {
        return Arguments.of(name, params, convention, parts, part, expected);
    }

    @ParameterizedTest(name = "{0} {1} {2}: {4}")
    @MethodSource("stateAfterTwoSteps")
    void theStateAfterTwoStepsHoldsWhatTheRuleGives(String name, String params, Convention convention, List<String> parts,
            String part, double[] expected) {
        Stepper stepper = Optimizers.require(name).create(parse(params), convention).start();
        double[] x = {1.0, -2.0};
        stepper.step(x, G1.clone(), context(1, (a, b) -> 0));
        stepper.step(x, G2.clone(), context(2, (a, b) -> 0));
        Map<String, double[]> state = stepper.state().parts();
        assertEquals(parts, List.copyOf(state.keySet()));
        if (!part.isEmpty()) {
            double[] actual = state.get(part);
            assertEquals(expected.length, actual.length, part);
            for (int i = 0; i < expected.length; i++) {
                // a few roundings and a cancellation (−0.36 + 0.3) away from the decimal values
                assertEquals(expected[i], actual[i], 1e-13 * Math.abs(expected[i]), part + "[" + i + "]");
            }
        }
    }

    @Test
    void aStateIsASnapshotThatCallersCannotChange() {
        Stepper stepper = new Adam(0.1, 0.9, 0.999, 1e-8, 0, false).start();
        double[] x = {1.0, -2.0};
        stepper.step(x, G1.clone(), context(1, (a, b) -> 0));
        OptimizerState first = stepper.state();
        first.parts().get("m")[0] = 99;
        assertEquals(0.2, first.parts().get("m")[0], 1e-15);
        stepper.step(x, G2.clone(), context(2, (a, b) -> 0));
        assertEquals(0.2, first.parts().get("m")[0], 1e-15);
        assertThrows(UnsupportedOperationException.class, () -> first.parts().remove("m"));
    }

    @Test
    void newtonStepsToTheMinimumOfAQuadraticInOneStep() {
        // f = x² + 3y² + xy: H = [[2, 1], [1, 6]], det 11. With g = (2, −4):
        // H⁻¹g = ((6·2 − 1·(−4))/11, (2·(−4) − 1·2)/11) = (16/11, −10/11)
        ScalarField f = (x, y) -> x * x + 3 * y * y + x * y;
        double[] x = {1.0, -2.0};
        List<String> notes = new ArrayList<>();
        Stepper stepper = new Newton(1.0).start();
        stepper.step(x, G1.clone(), context(1, f, notes));
        assertEquals(1 - 16.0 / 11, x[0], 1e-6);
        assertEquals(-2 + 10.0 / 11, x[1], 1e-6);
        assertTrue(notes.isEmpty());
    }

    @Test
    void newtonTakesAGradientStepOnASaddleAndSaysSo() {
        ScalarField saddle = (x, y) -> x * x - y * y;
        double[] x = {1.0, -2.0};
        List<String> notes = new ArrayList<>();
        new Newton(0.5).start().step(x, G1.clone(), context(1, saddle, notes));
        assertEquals(1 - 0.5 * 2, x[0], 1e-15);
        assertEquals(-2 + 0.5 * 4, x[1], 1e-15);
        assertEquals(List.of("Hessian not positive definite: took a gradient step"), notes);
    }

    @Test
    void defaultsArePyTorchsWithOurDocumentedChoices() {
        // torch.optim.SGD's lr default is 1e-3 (since PyTorch 2.2); Keras's SGD keeps 0.01
        assertEquals(Map.of("lr", "0.001", "weight_decay", "0.0", "maximize", "false"), Optimizers.require("gd").defaults().describe());
        assertEquals(new Momentum(1e-3, 0.9, 0, 0), Optimizers.require("momentum").defaults());
        assertEquals(new Nesterov(1e-3, 0.9, 0), Optimizers.require("nesterov").defaults());
        assertEquals("0.9", Optimizers.require("momentum").defaults().describe().get("momentum"));
        assertEquals("0.9", Optimizers.require("nesterov").defaults().describe().get("momentum"));
        assertEquals("1.0", Optimizers.require("newton").defaults().describe().get("lr"));
        assertEquals(new RmsProp(0.01, 0.99, 1e-8, 0, 0, false), Optimizers.require("rmsprop").defaults());
        assertEquals(new Adam(1e-3, 0.9, 0.999, 1e-8, 0, false), Optimizers.require("adam").defaults());
        assertEquals(new AdamW(1e-3, 0.9, 0.999, 1e-8, 1e-2, false), Optimizers.require("adamw").defaults());
        assertEquals(new Adagrad(0.01, 0, 0, 0, 1e-10), Optimizers.require("adagrad").defaults());
        assertEquals(new Adamax(2e-3, 0.9, 0.999, 1e-8, 0), Optimizers.require("adamax").defaults());
        assertEquals(new NAdam(2e-3, 0.9, 0.999, 1e-8, 0, 4e-3), Optimizers.require("nadam").defaults());
        assertEquals(new Adadelta(1.0, 0.9, 1e-6, 0), Optimizers.require("adadelta").defaults());
        // torch.optim.LBFGS's defaults; max_eval 25 where torch would compute max_iter*5//4 = 1 (it never binds at one iteration)
        assertEquals(new Lbfgs(1.0, 100, 1e-7, 1e-9, false, 25, Convention.PYTORCH), Optimizers.require("lbfgs").defaults());
        assertEquals(17, Optimizers.all().size());
    }

    @Test
    void invalidHyperParametersAreRejectedNamingTheParameterAndValue() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Adam(1e-3, 1.5, 0.999, 1e-8, 0, false));
        assertEquals("adam: beta1 must be a number in [0, 1), got 1.5", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Optimizers.require("gd").create(Map.of("lr", "-1")));
        assertEquals("gd: lr must be a number >= 0, got -1", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Optimizers.require("adam").create(Map.of("amsgrad", "yes")));
        assertEquals("adam: amsgrad must be true or false, got 'yes'", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Optimizers.require("adam").create(Map.of("beta3", "1")));
        assertEquals("adam has no parameter 'beta3'; accepted: lr, beta1, beta2, eps, weight_decay, amsgrad, maximize", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Optimizers.require("rmsprop").create(Map.of("alpha", "NaN")));
        assertTrue(e.getMessage().startsWith("rmsprop: alpha must be a number in [0, 1]"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Optimizers.require("nesterov").create(Map.of("momentum", "0")));
        assertEquals("nesterov: momentum must be a number > 0, got 0", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Optimizers.require("adan"));
        assertTrue(e.getMessage().startsWith("unknown optimizer 'adan'; accepted: gd, momentum"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Optimizers.require("gd").create(Map.of("lr", "abc")));
        assertEquals("gd: lr must be a number >= 0, got 'abc'", e.getMessage());
    }

    static Map<String, String> parse(String params) {
        Map<String, String> map = new java.util.LinkedHashMap<>();
        for (String pair : params.split(" ")) {
            if (!pair.isBlank()) {
                String[] kv = pair.split("=");
                map.put(kv[0], kv[1]);
            }
        }
        return map;
    }

    static StepContext context(int step, ScalarField field) {
        return context(step, field, new ArrayList<>());
    }

    static StepContext context(int step, ScalarField field, List<String> notes) {
        return new StepContext() {
            @Override
            public ScalarField field() {
                return field;
            }

            @Override
            public int step() {
                return step;
            }

            @Override
            public void note(String message) {
                notes.add(message);
            }
        };
    }
}
