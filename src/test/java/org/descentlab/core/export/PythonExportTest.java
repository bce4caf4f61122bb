package org.descentlab.core.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Random;

import org.descentlab.core.Vec2;
import org.descentlab.core.expr.CompiledFunction;
import org.descentlab.core.expr.Expressions;
import org.descentlab.core.expr.ParseResult;
import org.descentlab.core.field.Derivatives;
import org.descentlab.core.field.Differences;
import org.descentlab.core.optim.Convention;
import org.descentlab.core.optim.OptimizerType;
import org.descentlab.core.optim.Optimizers;
import org.descentlab.core.run.RunConfig;
import org.descentlab.core.run.Runner;
import org.descentlab.core.scenario.RunGrammar;
import org.descentlab.core.scenario.RunSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PythonExportTest {

    static final String ROSENBROCK = "(1-x)^2 + 100*(y-x^2)^2";

    static CompiledFunction compile(String text) {
        return ((ParseResult.Success) Expressions.parse(text)).function();
    }

    static RunConfig config(String spec) {
        return RunGrammar.parse(spec).config(new Vec2(-1.5, 2), 1000, 1e-6);
    }

    static String script(Framework framework, String function, String spec) {
        return PythonExport.script(new PythonExport.Request(framework, "preset test, run 1", compile(function), spec, config(spec)));
    }

    static List<String> lines(Framework framework, String spec) {
        return script(framework, ROSENBROCK, spec).lines().toList();
    }

    static String optimizerLine(Framework framework, String spec) {
        return lines(framework, spec).stream().filter(l -> l.startsWith("optimizer = ")).findFirst().orElseThrow();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "gd lr=0.01 | SGD([p], lr=0.01, momentum=0, dampening=0, weight_decay=0, nesterov=False)",
        "gd weight_decay=0.1 | SGD([p], lr=0.001, momentum=0, dampening=0, weight_decay=0.1, nesterov=False)",
        "momentum lr=0.01 momentum=0.8 dampening=0.1 weight_decay=0.001"
                + " | SGD([p], lr=0.01, momentum=0.8, dampening=0.1, weight_decay=0.001, nesterov=False)",
        "nesterov | SGD([p], lr=0.001, momentum=0.9, dampening=0, weight_decay=0, nesterov=True)",
        "adagrad lr_decay=0.01 initial_accumulator_value=0.5"
                + " | Adagrad([p], lr=0.01, lr_decay=0.01, weight_decay=0, initial_accumulator_value=0.5, eps=1e-10)",
        "adadelta | Adadelta([p], lr=1.0, rho=0.9, eps=1e-6, weight_decay=0)",
        "rmsprop centered=true momentum=0.5"
                + " | RMSprop([p], lr=0.01, alpha=0.99, eps=1e-8, weight_decay=0, momentum=0.5, centered=True)",
        "adam amsgrad=true | Adam([p], lr=0.001, betas=(0.9, 0.999), eps=1e-8, weight_decay=0, amsgrad=True)",
        "adam beta1=0.5 beta2=0.9 weight_decay=0.01 | Adam([p], lr=0.001, betas=(0.5, 0.9), eps=1e-8, weight_decay=0.01, amsgrad=False)",
        "adamw | AdamW([p], lr=0.001, betas=(0.9, 0.999), eps=1e-8, weight_decay=0.01, amsgrad=False)",
        "adamax | Adamax([p], lr=0.002, betas=(0.9, 0.999), eps=1e-8, weight_decay=0)",
        "nadam momentum_decay=0.01 | NAdam([p], lr=0.002, betas=(0.9, 0.999), eps=1e-8, weight_decay=0, momentum_decay=0.01)",
        // another convention, where the two rules are the same path
        "nesterov defaults=keras | SGD([p], lr=0.01, momentum=0.9, dampening=0, weight_decay=0, nesterov=True)",
        "adadelta defaults=keras | Adadelta([p], lr=0.001, rho=0.95, eps=1e-7, weight_decay=0)",
        "nadam defaults=keras | NAdam([p], lr=0.001, betas=(0.9, 0.999), eps=1e-7, weight_decay=0, momentum_decay=1)",
        "adamw defaults=keras eps=0 | AdamW([p], lr=0.001, betas=(0.9, 0.999), eps=0, weight_decay=0.004, amsgrad=False)",
    })
    void pytorchScriptsNameEveryHyperParameterByTorchsOwnNames(String spec, String constructor) {
        assertEquals("optimizer = torch.optim." + constructor, optimizerLine(Framework.PYTORCH, spec));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "gd defaults=keras | SGD(learning_rate=0.01, momentum=0.0, nesterov=False, weight_decay=None)",
        "momentum defaults=keras weight_decay=0.001 | SGD(learning_rate=0.01, momentum=0.9, nesterov=False, weight_decay=0.001)",
        "nesterov defaults=keras | SGD(learning_rate=0.01, momentum=0.9, nesterov=True, weight_decay=None)",
        "adagrad defaults=keras | Adagrad(learning_rate=0.001, initial_accumulator_value=0.1, epsilon=1e-7, weight_decay=None)",
        "adadelta defaults=keras | Adadelta(learning_rate=0.001, rho=0.95, epsilon=1e-7, weight_decay=None)",
        // the rate a float: Keras 3 refuses learning_rate=1
        "adadelta defaults=keras lr=1 | Adadelta(learning_rate=1.0, rho=0.95, epsilon=1e-7, weight_decay=None)",
        "rmsprop defaults=keras centered=true momentum=0.5"
                + " | RMSprop(learning_rate=0.001, rho=0.9, momentum=0.5, epsilon=1e-7, centered=True, weight_decay=None)",
        "adam defaults=keras amsgrad=true"
                + " | Adam(learning_rate=0.001, beta_1=0.9, beta_2=0.999, epsilon=1e-7, amsgrad=True, weight_decay=None)",
        "adamw defaults=keras | AdamW(learning_rate=0.001, weight_decay=0.004, beta_1=0.9, beta_2=0.999, epsilon=1e-7, amsgrad=False)",
        "adamax defaults=keras beta2=0.99 | Adamax(learning_rate=0.001, beta_1=0.9, beta_2=0.99, epsilon=1e-7, weight_decay=None)",
        "nadam defaults=keras | Nadam(learning_rate=0.001, beta_1=0.9, beta_2=0.999, epsilon=1e-7, weight_decay=None)",
        // PyTorch's convention, where the two rules are the same path
        "gd lr=0.01 weight_decay=0.1 | SGD(learning_rate=0.01, momentum=0.0, nesterov=False, weight_decay=0.1)",
        "momentum | SGD(learning_rate=0.001, momentum=0.9, nesterov=False, weight_decay=None)",
        "adam eps=0 | Adam(learning_rate=0.001, beta_1=0.9, beta_2=0.999, epsilon=0, amsgrad=False, weight_decay=None)",
        "adamw eps=0 | AdamW(learning_rate=0.001, weight_decay=0.01, beta_1=0.9, beta_2=0.999, epsilon=0, amsgrad=False)",
    })
    void kerasScriptsNameEveryHyperParameterByKerassOwnNames(String spec, String constructor) {
        assertEquals("optimizer = keras.optimizers." + constructor, optimizerLine(Framework.KERAS, spec));
    }

    @ParameterizedTest(name = "{0} as {1}")
    @CsvSource(delimiter = '|', value = {
        "adam | KERAS | adam with defaults=pytorch has eps=1e-8, where Keras's rule differs (Keras: \"epsilon hat\": eps added to √v"
                + " before bias correction): set defaults=keras in the run (its path changes), or eps=0",
        "rmsprop defaults=keras | PYTORCH | rmsprop with defaults=keras has eps=1e-7, where PyTorch's rule differs (Keras: eps"
                + " inside the square root): set defaults=pytorch in the run (its path changes), or eps=0",
        "momentum dampening=0.5 | KERAS | momentum with defaults=pytorch has dampening=0.5, where Keras's rule differs (Keras has"
                + " no dampening): set defaults=keras in the run (its path changes), or dampening=0",
        "adagrad eps=0 lr_decay=0.1 | KERAS | adagrad with defaults=pytorch has lr_decay=0.1, where Keras's rule differs (Keras"
                + " has no lr_decay): set defaults=keras in the run (its path changes), or lr_decay=0",
        "nesterov weight_decay=0.01 | KERAS | nesterov with defaults=pytorch has weight_decay=0.01, where Keras's rule differs"
                + " (PyTorch adds weight_decay·x to the gradient, Keras decouples it): set defaults=keras in the run (its path"
                + " changes), or weight_decay=0",
        "adamax defaults=keras | PYTORCH | adamax with defaults=keras has eps=1e-7, where PyTorch's rule differs (Keras: eps added"
                + " after the maximum): set defaults=pytorch in the run (its path changes), or eps=0",
        "nadam | KERAS | Keras's Nadam has no momentum_decay (its momentum schedule is 0.96^t, momentum_decay=1), and this run has"
                + " momentum_decay=0.004: set momentum_decay=1 in the run",
        "nadam defaults=keras momentum_decay=0.5 | KERAS | Keras's Nadam has no momentum_decay (its momentum schedule is 0.96^t,"
                + " momentum_decay=1), and this run has momentum_decay=0.5: set momentum_decay=1 in the run",
        "newton | PYTORCH | PyTorch has no newton optimizer; select or export a run of another optimizer",
        "newton | KERAS | Keras has no newton optimizer; select or export a run of another optimizer",
    })
    void aRunTheFrameworkWouldWalkDifferentlyIsRefusedSayingWhatToChange(String spec, Framework framework, String message) {
        RunSettings run = RunGrammar.parse(spec);
        assertEquals(Optional.of(message), PythonExport.refusal(run.optimizer(), framework));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> script(framework, ROSENBROCK, spec));
        assertEquals(message, e.getMessage());
    }

    @Test
    void everyOptimizerIsExportedToEachFrameworkThatHasItUnderEitherConvention() {
        for (OptimizerType type : Optimizers.all()) {
            for (Framework framework : Framework.values()) {
                // both frameworks' optimizers under the framework's own convention; one framework's under either
                List<Convention> conventions = type.only().isPresent() ? List.of(Convention.values()) : List.of(framework.convention());
                boolean has = type.hasConventions() && type.only().map(only -> only == framework.convention()).orElse(true);
                for (Convention c : conventions) {
                    Optional<String> refusal = PythonExport.refusal(type.defaults(c), framework);
                    assertEquals(!has, refusal.isPresent(), type.name() + " " + c + " to " + framework + " " + refusal);
                }
            }
        }
        assertEquals(Optional.of("PyTorch has no lion optimizer; select or export a run of another optimizer"),
                PythonExport.refusal(Optimizers.require("lion").defaults(), Framework.PYTORCH));
        assertEquals(Optional.of("Keras has no rprop optimizer; select or export a run of another optimizer"),
                PythonExport.refusal(Optimizers.require("rprop").defaults(Convention.KERAS), Framework.KERAS));
        assertEquals(Optional.of("Keras has no lbfgs optimizer; select or export a run of another optimizer"),
                PythonExport.refusal(Optimizers.require("lbfgs").defaults(), Framework.KERAS));
        assertEquals(Convention.KERAS, Framework.KERAS.convention());
    }

    @Test
    void lbfgsIsTorchsLbfgsWithOneIterationAStepThroughAClosureGivingTheStepsGradientFirst() {
        String spec = "lbfgs history_size=7 line_search_fn=strong_wolfe clip=2";
        assertEquals("optimizer = torch.optim.LBFGS([p], lr=1.0, max_iter=1, max_eval=25, tolerance_grad=1e-7, tolerance_change=1e-9,"
                + " history_size=7, line_search_fn='strong_wolfe')", optimizerLine(Framework.PYTORCH, spec));
        assertTrue(optimizerLine(Framework.PYTORCH, "lbfgs").endsWith("line_search_fn=None)"));
        String script = script(Framework.PYTORCH, ROSENBROCK, spec);
        // inside the loop: a closure torch calls at p and at each trial, the step's gradient (clipped) the first time
        assertTrue(script.contains("\n    calls = []\n\n    def closure():\n        # LBFGS calls this at p, then at each line-search"),
                script);
        assertTrue(script.contains("\n        p.grad = torch.tensor(grad if first else gradient(*calls[-1]), dtype=torch.float64)"
                + "\n        if first:\n            torch.nn.utils.clip_grad_norm_([p], CLIP)"), script);
        assertTrue(script.contains("\n        return torch.tensor(value(*calls[-1]), dtype=torch.float64)\n\n"
                + "    optimizer.step(closure)\n    x, y = p.tolist()\n"), script);
        assertTrue(!script.contains("optimizer.step()"), script);
        assertTrue(script.lines().noneMatch(line -> !line.isEmpty() && line.isBlank()), "no line of spaces alone");
    }

    @Test
    void theHeaderSaysWhereTheRunComesFromAndTheFunctionIsWrittenFromItsTree() {
        List<String> lines = lines(Framework.PYTORCH, "gd lr=0.01");
        assertEquals("# DescentLab 0.1: preset test, run 1, as PyTorch code (float64).", lines.get(0));
        assertEquals("# f(x, y) = (1-x)^2 + 100*(y-x^2)^2", lines.get(1));
        assertEquals("# run: gd lr=0.01", lines.get(2));
        assertTrue(lines.contains("    return (1 - x)**2 + 100*(y - x**2)**2"));
        assertTrue(lines.contains("import torch"));
        assertTrue(lines.contains("    return float(f(torch.tensor(x, dtype=torch.float64), torch.tensor(y, dtype=torch.float64)))"));
        assertTrue(lines.contains("p = torch.tensor([X0, Y0], dtype=torch.float64, requires_grad=True)"));
        List<String> keras = lines(Framework.KERAS, "gd lr=0.01");
        assertTrue(keras.contains("keras.config.set_floatx(\"float64\")  # float64 throughout, as DescentLab"));
        assertTrue(keras.contains("    return float(f(np.float64(x), np.float64(y)))"));
        assertTrue(keras.contains("p = keras.Variable(np.array([X0, Y0]), dtype=\"float64\")"));
        assertTrue(keras.contains("    optimizer.apply_gradients([(keras.ops.convert_to_tensor(grad), p)])"));
    }

    @Test
    void theStopRulesAreTheRunsOwnNumbers() {
        List<String> lines = lines(Framework.PYTORCH, "gd lr=0.01 steps=250 tol=1e-4 start=3,4");
        assertTrue(lines.contains("X0, Y0 = 3.0, 4.0  # the start"), String.join("\n", lines));
        assertTrue(lines.contains("STEPS = 250  # the step limit"));
        assertTrue(lines.contains("TOL = 1e-4  # converged once |grad f| <= TOL; 0 never stops early"));
        // 1e8 times |(3, 4)| = 5
        assertTrue(lines.contains("TRAVEL = 500000000.0  # diverged once further than this from the start: 1e8*max(1, |start|)"));
    }

    @Test
    void theLearningRateIsConstantWithoutASchedule() {
        assertTrue(lines(Framework.PYTORCH, "adam lr=0.05").contains("# learning-rate schedule: none, the rate stays 0.05"));
        assertTrue(lines(Framework.KERAS, "adam defaults=keras").contains("# learning-rate schedule: none, the rate stays 0.001"));
    }

    @Test
    void theGradientIsTakenByTheRunsOwnDifferencesWithTheSameStep() {
        List<String> central = lines(Framework.PYTORCH, "gd");
        assertEquals(Derivatives.GRADIENT_STEP, step(central));
        assertTrue(central.contains("    hx, hy = H * max(1.0, abs(x)), H * max(1.0, abs(y))"));
        assertTrue(central.contains("    return (value(xp, y) - value(xm, y)) / (xp - xm), (value(x, yp) - value(x, ym)) / (yp - ym)"));
        List<String> forward = lines(Framework.PYTORCH, "gd diff=forward");
        assertEquals(Differences.FORWARD_STEP, step(forward));
        assertTrue(forward.contains("    f0, xp, yp = value(x, y), x + hx, y + hy"));
        assertTrue(forward.contains("    return (value(xp, y) - f0) / (xp - x), (value(x, yp) - f0) / (yp - y)"));
        List<String> fixed = lines(Framework.KERAS, "gd defaults=keras diff=central h=0.001");
        assertEquals(0.001, step(fixed));
        assertTrue(fixed.contains("    hx = hy = H"));
        assertTrue(fixed.contains("    xp, xm, yp, ym = x + hx, x - hx, y + hy, y - hy"));
    }

    private static double step(List<String> lines) {
        String h = lines.stream().filter(l -> l.startsWith("H = ")).findFirst().orElseThrow();
        return Double.parseDouble(h.substring(4, h.indexOf(' ', 4)));
    }

    @Test
    void theNoiseOfEveryUpdateTheRunMadeIsWrittenOut() {
        String spec = "gd lr=0.001 noise=0.5 seed=7 steps=20";
        List<String> lines = lines(Framework.PYTORCH, spec);
        int updates = Runner.run(compile(ROSENBROCK), config(spec)).lastStep();
        assertEquals(20, updates);
        int first = lines.indexOf("NOISE = [") + 1;
        Random random = new Random(7);
        for (int k = 0; k < updates; k++) {
            String[] pair = lines.get(first + k).replaceAll("[ (),]+", " ").strip().split(" ");
            assertEquals(0.5 * random.nextGaussian(), Double.parseDouble(pair[0]), "x at update " + (k + 1));
            assertEquals(0.5 * random.nextGaussian(), Double.parseDouble(pair[1]), "y at update " + (k + 1));
        }
        assertEquals("]", lines.get(first + updates));
        assertTrue(lines.contains("    grad = (g[0] + NOISE[step - 1][0], g[1] + NOISE[step - 1][1])"));
        assertTrue(lines.contains("    p.grad = torch.tensor(grad, dtype=torch.float64)"));
        List<String> quiet = lines(Framework.PYTORCH, "gd lr=0.01");
        assertFalse(quiet.stream().anyMatch(l -> l.contains("NOISE")));
        assertTrue(quiet.contains("    grad = g"));
    }

    @Test
    void clippingIsTheAppsInBothFrameworks() {
        List<String> torch = lines(Framework.PYTORCH, "adam clip=2");
        assertTrue(torch.contains("CLIP = 2.0  # the gradient's norm is clipped to this before each update"));
        assertTrue(torch.contains("    torch.nn.utils.clip_grad_norm_([p], CLIP)  # grad*CLIP/(|grad| + 1e-6) when that is shorter,"
                + " as DescentLab"));
        List<String> keras = lines(Framework.KERAS, "adam defaults=keras clip=0.5");
        assertTrue(keras.contains("CLIP = 0.5  # the gradient's norm is clipped to this before each update"));
        assertTrue(keras.contains("    grad = grad * min(1.0, CLIP / (float(np.linalg.norm(grad)) + 1e-6))  # as DescentLab and"
                + " clip_grad_norm_"));
        assertFalse(lines(Framework.PYTORCH, "adam").stream().anyMatch(l -> l.contains("CLIP")));
    }

    @Test
    void helpersAreDefinedOnlyWhereTheFunctionNeedsThem() {
        String torch = script(Framework.PYTORCH, "cbrt(x) + signum(y)", "gd");
        assertTrue(torch.contains("def cbrt(a):"));
        assertTrue(torch.contains("def signum(a):"));
        assertTrue(torch.contains("    return cbrt(x) + signum(y)"));
        assertFalse(script(Framework.PYTORCH, ROSENBROCK, "gd").contains("def cbrt"));
        assertTrue(script(Framework.KERAS, "cbrt(x) + signum(y)", "gd defaults=keras").contains("    return np.cbrt(x) + np.sign(y)"));
    }

    @Test
    void nadamsScriptSaysHowOldPyTorchWalksIt() {
        assertTrue(script(Framework.PYTORCH, ROSENBROCK, "nadam").contains("pytorch/pytorch#92699"));
        assertFalse(script(Framework.PYTORCH, ROSENBROCK, "adam").contains("#92699"));
    }

    @Test
    void theLoopPrintsRunsCsvAndItsStopLine() {
        List<String> lines = lines(Framework.PYTORCH, "gd");
        assertTrue(lines.contains("print(\"step,x,y,f,grad_x,grad_y\")"));
        assertEquals(2, lines.stream().filter(l -> l.strip().equals("print(step, *map(java, (x, y, fx, *g)), sep=\",\")")).count());
        assertEquals("print(f\"stop: {reason} at step {step}\", file=sys.stderr)", lines.get(lines.size() - 1));
    }
}
