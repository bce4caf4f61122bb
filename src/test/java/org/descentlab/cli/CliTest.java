package org.descentlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

import org.descentlab.core.NumberText;
import org.descentlab.core.expr.Expressions;
import org.descentlab.core.expr.ParseResult;
import org.descentlab.core.optim.Optimizers;
import org.descentlab.core.run.RunConfig;
import org.descentlab.core.run.Runner;
import org.descentlab.core.run.Trajectory;

import org.junit.jupiter.api.Test;

class CliTest {

    record Result(int code, String out, String err) {
        List<String> outLines() {
            return out.isEmpty() ? List.of() : List.of(out.split("\n"));
        }

        List<String> errLines() {
            return err.isEmpty() ? List.of() : List.of(err.split("\n"));
        }
    }

    static Result cli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Result(code, out.toString(), err.toString());
    }

    @Test
    void checkPrintsOkAndWarnings() {
        Result r = cli("check", "--function", "x^2 + y^2");
        assertEquals(new Result(0, "ok\n", ""), r);
        r = cli("check", "--function", "sin x*cos y");
        assertEquals(0, r.code());
        assertEquals("ok", r.outLines().get(0));
        assertTrue(r.outLines().stream().skip(1).allMatch(l -> l.startsWith("warning: ")), r.out());
        assertTrue(r.out().contains("warning: read as: sin(x*cos(y))"), r.out());
    }

    @Test
    void anyUnicodeSpaceInTheInputIsWhitespace() {
        assertEquals(new Result(0, "ok\n", ""), cli("check", "--function", "x^2 + y^2\u2009"));
        assertEquals(new Result(0, "ok\n", ""), cli("check", "--function", "\u3000x^2\u00A0+\u202Fy^2\u3000"));
        Result run = cli("run", "--function", "x^2 + y^2\u2009", "--optimizer", "gd", "--start", "\u00A0-1.5,\u20092\u3000",
                "--param", "lr\u2009=0.4", "--steps", "2");
        assertEquals(0, run.code(), run.err());
        assertEquals("0,-1.5,2.0,6.25,-2.999999999975554,3.9999999999633316", run.outLines().get(1));
        Result compare = cli("compare", "--function", "x^2", "--start", "1,1", "--run", "gd\u2009lr=0.1\u3000steps=1\u00A0");
        // x ← 0.8·x: ∇f = 2·0.8
        assertEquals(List.of("stop: 1 max-steps at step 1: still moving, |grad f| = 1.6"), compare.errLines());
    }

    @Test
    void controlCharactersInAMessageAreShownEscapedOnOneLine() {
        assertEquals(new Result(2, "", "error: unknown optimizer 'ad\\u001B[2Jam'; accepted: " + Optimizers.names() + "\n"),
                cli("run", "--function", "x", "--optimizer", "ad\u001B[2Jam", "--start", "0,0"));
        assertEquals(new Result(2, "", "error: --start must be X,Y (two finite numbers), got '1\\n2\\r'\n"),
                cli("run", "--function", "x", "--optimizer", "gd", "--start", "1\n2\r"));
        assertEquals(new Result(2, "", "error: unexpected character '\\u0007' (column 2)\n"), cli("check", "--function", "x\u0007"));
        assertEquals(new Result(2, "", "error: run 'adam be\\u202Eta1=0.5': adam has no parameter 'be\\u202Eta1'; accepted: lr,"
                + " beta1, beta2, eps, weight_decay, amsgrad, maximize (and the run settings start, steps, tol, noise, clip, seed, defaults, diff, h, schedule, warmup, warmup_start, batch)\n"),
                cli("compare", "--function", "x", "--start", "0,0", "--run", "adam be\u202Eta1=0.5"));
        Result unknown = cli("frobnicate\u001B");
        assertEquals(2, unknown.code());
        assertEquals(1, unknown.errLines().size(), unknown.err());
        assertTrue(unknown.err().contains("frobnicate\\u001B"), unknown.err());
    }

    @Test
    void checkRejectsABadFunctionWithColumnOnStderr() {
        assertEquals(new Result(2, "", "error: unknown name 'sinn': did you mean sin? (column 1)\n"),
                cli("check", "--function", "sinn(x)"));
        assertEquals(new Result(2, "", "error: the function is empty: type an expression in x and y, e.g. x^2 + y^2\n"),
                cli("check", "--function="));
        Result missing = cli("check");
        assertEquals(2, missing.code());
        assertTrue(missing.err().startsWith("error: Missing required option: '--function=EXPR'"), missing.err());
    }

    @Test
    void runPrintsTheTrajectoryAsCsvAndTheStopOnStderr() {
        Result r = cli("run", "--function", "x^2 + y^2", "--optimizer", "gd", "--start", "-1.5,2", "--lr", "0.1",
                "--steps", "5");
        assertEquals(0, r.code());
        assertEquals("step,x,y,f,grad_x,grad_y", r.outLines().get(0));
        assertEquals(7, r.outLines().size());
        // 0.8⁵·(−1.5, 2): ‖∇f‖ = 2·2.5·0.32768 = 1.6384
        assertEquals(List.of("stop: max-steps at step 5: still moving, |grad f| = 1.64"), r.errLines());
        String[] row0 = r.outLines().get(1).split(",");
        assertEquals("0", row0[0]);
        assertEquals("-1.5", row0[1]);
        assertEquals("2.0", row0[2]);
        assertEquals("6.25", row0[3]);
    }

    @Test
    void runAgreesWithTheEngineRowForRow() {
        Result r = cli("run", "--function=(1-x)^2+100*(y-x^2)^2", "--optimizer=adam", "--start=-1.2,1",
                "--param", "lr=0.05", "--param", "amsgrad=true", "--noise", "0.1", "--seed", "7", "--clip", "5");
        var f = ((ParseResult.Success) Expressions.parse("(1-x)^2+100*(y-x^2)^2")).function();
        var adam = Optimizers.require("adam").create(java.util.Map.of("lr", "0.05", "amsgrad", "true"));
        Trajectory t = Runner.run(f, new RunConfig(adam, -1.2, 1, 1000, 1e-6, 0.1, 7, 5));
        List<String> lines = r.outLines();
        assertEquals(t.size() + 1, lines.size());
        for (int k = 0; k < t.size(); k++) {
            assertEquals(k + "," + t.x(k) + "," + t.y(k) + "," + t.f(k) + "," + t.gradX(k) + "," + t.gradY(k),
                    lines.get(k + 1));
        }
        assertEquals("stop: " + t.stop().reason().id() + " at step " + t.stop().step() + ": still moving, |grad f| = "
                + NumberText.rounded(t.gradNorm(t.lastStep()), 3), r.errLines().get(r.errLines().size() - 1));
    }

    @Test
    void aDivergedRunIsACompletedRun() {
        Result r = cli("run", "--function", "x^2", "--optimizer", "gd", "--start", "1,0", "--lr", "5");
        assertEquals(0, r.code());
        List<String> err = r.errLines();
        assertTrue(err.get(err.size() - 1).matches("stop: diverged at step \\d+: overshoot"), r.err());
        assertTrue(err.stream().anyMatch(l -> l.startsWith("note: diverged at step")), r.err());
    }

    @Test
    void aDivergenceNamesItsCauseAndTheAdviceFitsIt() {
        Result overshoot = cli("run", "--function", "x^2+y^2", "--optimizer", "gd", "--lr", "1.5", "--start", "-4,3");
        assertEquals(List.of("note: diverged at step 27 (overshoot): moved more than 5e8 from the start; f grew, or the point"
                + " swung back and forth ever wider, as it ran away: the steps are too large; try a smaller learning rate",
                "stop: diverged at step 27: overshoot"), overshoot.errLines());
        Result saddle = cli("run", "--function", "x^2 - y^2", "--optimizer", "gd", "--lr", "0.05", "--start=-1.8,0.05",
                "--steps", "100000");
        assertEquals(List.of("note: diverged at step 231 (unbounded): moved more than 1.8e8 from the start; f fell"
                + " as the point ran away: f has no minimum in that direction, so running off is correct",
                "stop: diverged at step 231: unbounded"), saddle.errLines());
        Result swing = cli("run", "--function", "x^2 - y^2", "--optimizer", "gd", "--lr", "1.5", "--start=-1.8,0.05");
        assertEquals("stop: diverged at step 16: overshoot", swing.errLines().get(1));
        Result start = cli("run", "--function", "log(x)", "--optimizer", "gd", "--start=-1,0");
        assertEquals(List.of("note: diverged at step 0 (undefined): f is undefined (NaN) at (-1, 0); f is not defined at the"
                + " start, whatever the learning rate: pick another start", "stop: diverged at step 0: undefined"),
                start.errLines());
        Result walked = cli("run", "--function", "log(x)", "--optimizer", "gd", "--lr", "0.1", "--start=0.5,0");
        assertEquals("stop: diverged at step 2: undefined", walked.errLines().get(1));
        String steppedOut = "it stepped out of where f is defined: a smaller learning rate may keep it inside, unless f keeps"
                + " falling towards that edge (as log x does towards 0), where there is no minimum to find";
        assertTrue(walked.errLines().get(0).endsWith("; " + steppedOut), walked.err());
        Result across = cli("run", "--function", "sqrt(x) + y^2", "--optimizer", "gd", "--lr", "1", "--start=1,0");
        assertEquals("stop: diverged at step 2: undefined", across.errLines().get(1));
        assertTrue(across.errLines().get(0).endsWith("; " + steppedOut), across.err());
        for (String command : List.of("run", "compare", "render")) {
            assertTrue(cli(command, "--help").out().replaceAll("\\s+", " ").contains("diverged at step K: CAUSE"), command);
        }
    }

    @Test
    void convergenceAndWarningsGoToStderr() {
        Result r = cli("run", "--function", "sin x^2 + y^2", "--optimizer", "newton", "--start", "0.5,0.5");
        assertEquals(0, r.code());
        assertTrue(r.errLines().stream().allMatch(l -> l.startsWith("warning: ") || l.startsWith("note: ")
                || l.startsWith("stop: ")), r.err());
        assertTrue(r.err().endsWith("stop: converged at step " + (r.outLines().size() - 2) + "\n"), r.err());
    }

    @Test
    void badRunInputsExitWithTwoAndSayWhatIsAccepted() {
        assertEquals(new Result(2, "", "error: unknown optimizer 'adan'; accepted: " + Optimizers.names() + "\n"),
                cli("run", "--function", "x", "--optimizer", "adan", "--start", "0,0"));
        assertEquals(new Result(2, "", "error: adam has no parameter 'beta3'; accepted: lr, beta1, beta2, eps, weight_decay, amsgrad, maximize\n"),
                cli("run", "--function", "x", "--optimizer", "adam", "--start", "0,0", "--param", "beta3=1"));
        assertEquals(new Result(2, "", "error: adam: beta1 must be a number in [0, 1), got 1.5\n"),
                cli("run", "--function", "x", "--optimizer", "adam", "--start", "0,0", "--param", "beta1=1.5"));
        assertEquals(new Result(2, "", "error: adam: amsgrad must be true or false, got 'yes'\n"),
                cli("run", "--function", "x", "--optimizer", "adam", "--start", "0,0", "--param", "amsgrad=yes"));
        assertEquals(new Result(2, "", "error: give the learning rate once: --lr or --param lr=..., not both\n"),
                cli("run", "--function", "x", "--optimizer", "gd", "--start", "0,0", "--lr", "1", "--param", "lr=2"));
        assertEquals(new Result(2, "", "error: --start must be X,Y (two finite numbers), got '1'\n"),
                cli("run", "--function", "x", "--optimizer", "gd", "--start", "1"));
        assertEquals(new Result(2, "", "error: --steps must be between 0 and 2000000000, got -1\n"),
                cli("run", "--function", "x", "--optimizer", "gd", "--start", "1,1", "--steps", "-1"));
        assertEquals(new Result(2, "", "error: ')' has no matching opening bracket (column 2)\n"),
                cli("run", "--function", "x)", "--optimizer", "gd", "--start", "1,1"));
        assertEquals(2, cli("run", "--function", "x", "--optimizer", "gd", "--start", "1,1", "--tol", "abc").code());
        // numbers in messages as the user writes them: -1, not -1.0
        assertEquals(new Result(2, "", "error: tol must be >= 0, got -1\n"),
                cli("run", "--function", "x", "--optimizer", "gd", "--start", "1,1", "--tol", "-1"));
        assertEquals(new Result(2, "", "error: --noise must be a finite number >= 0, got -0.5\n"),
                cli("run", "--function", "x", "--optimizer", "gd", "--start", "1,1", "--noise", "-0.5"));
        assertEquals(2, cli("frobnicate").code());
        assertEquals(2, cli().code());
    }

    @Test
    void optimizersListsEveryOptimizerWithItsParameters() {
        Result r = cli("optimizers");
        assertEquals(0, r.code());
        for (var type : Optimizers.all()) {
            assertTrue(r.out().contains(type.name() + "  " + type.description()), type.name());
            for (var p : type.parameters()) {
                assertTrue(r.out().contains(p.name()), p.name());
            }
        }
        assertTrue(r.out().contains("initial_accumulator_value  default 0"), r.out());
        assertTrue(r.out().contains("  (Keras only: its rule under either --defaults)\n"), "lion and lamb say whose they are");
        assertEquals(2, r.out().split("Keras only", -1).length - 1, r.out());
        assertEquals(4, r.out().split("PyTorch only: its rule", -1).length - 1, "radam, rprop, asgd and lbfgs");
        // torch.optim.SGD's lr is 1e-3, keras.optimizers.SGD's 0.01: gd, momentum and nesterov each say both
        String sgdLr = "    lr                         default 0.001 (keras 0.01) ";
        assertEquals(3, r.out().split(java.util.regex.Pattern.quote(sgdLr), -1).length - 1, r.out());
    }

    @Test
    void everyCommandHasHelp() {
        for (String command : List.of("check", "run", "compare", "render", "optimizers", "presets")) {
            Result r = cli(command, "--help");
            assertEquals(0, r.code());
            assertTrue(r.out().startsWith("Usage: descentlab " + command), r.out());
        }
        assertEquals(0, cli("--help").code());
    }
}
