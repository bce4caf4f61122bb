package org.descentlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompareCommandTest {

    private static final String ROSENBROCK = "(1-x)^2 + 100*(y-x^2)^2";

    @TempDir
    Path dir;

    @Test
    void printsEveryRunGroupedWithItsStopLine() {
        CliTest.Result r = CliTest.cli("compare", "--function", ROSENBROCK, "--start", "-1.2,1", "--steps", "300",
                "--run", "gd lr=0.001", "--run", "adam lr=0.05", "--run", "newton start=0,0");
        assertEquals(0, r.code(), r.err());
        List<String> lines = r.outLines();
        assertEquals("run,step,x,y,f,grad_x,grad_y", lines.get(0));
        assertTrue(lines.get(1).startsWith("1,0,-1.2,1.0,"), lines.get(1));
        int previousRun = 1;
        for (String line : lines.subList(1, lines.size())) {
            int run = Integer.parseInt(line.split(",")[0]);
            assertTrue(run == previousRun || run == previousRun + 1, "grouped run by run");
            previousRun = run;
        }
        assertEquals(3, previousRun);
        assertEquals(3, r.errLines().size());
        assertTrue(r.errLines().get(0).startsWith("stop: 1 max-steps at step 300: still moving, |grad f| = "), r.err());
        assertTrue(r.errLines().get(2).matches("stop: 3 converged at step \\d+"), r.err());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("3,0,0.0,0.0,1.0,")), "newton starts at its own start");
    }

    @Test
    void eachRunAgreesWithASingleRunOfTheSameSettings() {
        CliTest.Result compare = CliTest.cli("compare", "--function", ROSENBROCK, "--start", "-1.2,1", "--seed", "4",
                "--run", "adam lr=0.05 noise=0.5", "--run", "rmsprop lr=0.01 defaults=keras", "--run", "momentum lr=0.001");
        CliTest.Result adam = CliTest.cli("run", "--function", ROSENBROCK, "--start", "-1.2,1", "--seed", "4",
                "--optimizer", "adam", "--lr", "0.05", "--noise", "0.5");
        CliTest.Result rms = CliTest.cli("run", "--function", ROSENBROCK, "--start", "-1.2,1", "--optimizer", "rmsprop",
                "--lr", "0.01", "--defaults", "keras");
        CliTest.Result momentum = CliTest.cli("run", "--function", ROSENBROCK, "--start", "-1.2,1", "--optimizer", "momentum",
                "--lr", "0.001");
        List<CliTest.Result> singles = List.of(adam, rms, momentum);
        for (int run = 1; run <= 3; run++) {
            String prefix = run + ",";
            List<String> rows = compare.outLines().stream().filter(l -> l.startsWith(prefix))
                    .map(l -> l.substring(prefix.length())).toList();
            CliTest.Result single = singles.get(run - 1);
            assertEquals(single.outLines().subList(1, single.outLines().size()), rows, "run " + run);
            String stop = single.errLines().get(single.errLines().size() - 1).replace("stop: ", "stop: " + run + " ");
            assertEquals(stop, compare.errLines().get(run - 1));
        }
    }

    @Test
    void kerasDefaultsChangeTheNumbers() {
        CliTest.Result torch = CliTest.cli("compare", "--function", "x^2 + y^2", "--start", "1,1", "--steps", "3",
                "--run", "rmsprop");
        CliTest.Result keras = CliTest.cli("compare", "--function", "x^2 + y^2", "--start", "1,1", "--steps", "3",
                "--run", "rmsprop", "--defaults", "keras");
        CliTest.Result inSpec = CliTest.cli("compare", "--function", "x^2 + y^2", "--start", "1,1", "--steps", "3",
                "--run", "rmsprop defaults=keras");
        assertNotEquals(torch.out(), keras.out());
        assertEquals(keras.out(), inSpec.out());
        // Keras: lr 0.001, rho 0.9, eps inside the root: 1 − 0.001·2/√(0.1·4 + 1e-7)
        double x1 = Double.parseDouble(keras.outLines().get(2).split(",")[2]);
        assertEquals(1 - 0.001 * 2 / Math.sqrt(0.1 * 4 + 1e-7), x1, 1e-9);
    }

    @Test
    void badInputSaysWhatIsAccepted() {
        assertEquals(new CliTest.Result(2, "", "error: give at least one --run SPEC, e.g. --run \"adam lr=0.05\"\n"),
                CliTest.cli("compare", "--function", "x", "--start", "0,0"));
        assertEquals(new CliTest.Result(2, "", "error: --defaults must be pytorch or keras, got 'jax'\n"),
                CliTest.cli("compare", "--function", "x", "--start", "0,0", "--run", "gd", "--defaults", "jax"));
        assertEquals(new CliTest.Result(2, "", "error: run 'gd defaults=jax': defaults must be pytorch or keras, got 'jax'\n"),
                CliTest.cli("compare", "--function", "x", "--start", "0,0", "--run", "gd defaults=jax"));
        assertEquals(new CliTest.Result(2, "", "error: run 'gd' has no start: give --start X,Y or start=X,Y in the run\n"),
                CliTest.cli("compare", "--function", "x", "--run", "gd"));
        assertEquals(2, CliTest.cli("compare", "--function", "x", "--start", "0,0", "--run", "momentum dampening=0.5",
                "--defaults", "keras").code());
        CliTest.Result preset = CliTest.cli("compare", "--preset", "learning-rate-story");
        assertEquals(0, preset.code(), preset.err());
        assertEquals(4, preset.errLines().size());
        assertTrue(preset.errLines().get(3).matches("stop: 4 diverged at step \\d+: overshoot"), preset.err());
    }

    @Test
    void forwardDifferencesWithALargeStepTakeAnotherPath() throws Exception {
        CliTest.Result r = CliTest.cli("compare", "--function", "x^2 + y^2", "--start", "1,1", "--steps", "2",
                "--run", "gd lr=0.1 diff=forward h=0.5", "--run", "gd lr=0.1");
        assertEquals(0, r.code(), r.err());
        // g = ((1.5² − 1) / 0.5, …) = (2.5, 2.5), then x = 1 − 0.1·2.5 = 0.75; at 0.75, g = 2 and x = 0.55
        assertEquals("1,0,1.0,1.0,2.0,2.5,2.5", r.outLines().get(1));
        assertEquals("1,1,0.75,0.75,1.125,2.0,2.0", r.outLines().get(2));
        assertTrue(r.outLines().get(3).startsWith("1,2,0.55"), r.outLines().get(3));
        assertTrue(r.outLines().get(5).startsWith("2,1,0.8000000000"), "central: " + r.outLines().get(5));
        // run takes it from a scenario's run spec, the same rows
        Path f = dir.resolve("forward.descentlab.json");
        Files.writeString(f, "{\"format\": 1, \"function\": \"x^2 + y^2\", \"start\": [1, 1], \"steps\": 2,"
                + " \"runs\": [\"gd lr=0.1 diff=forward h=0.5\"]}");
        CliTest.Result run = CliTest.cli("run", "--scenario", f.toString());
        assertEquals(0, run.code(), run.err());
        assertEquals(r.outLines().subList(1, 4).stream().map(l -> l.substring(2)).toList(), run.outLines().subList(1, 4));
        assertTrue(run.err().contains("note: scenario run: gd lr=0.1 diff=forward h=0.5"), run.err());
        assertEquals(new CliTest.Result(2, "", "error: run 'gd h=0': h must be auto or a finite number > 0, got '0'\n"),
                CliTest.cli("compare", "--function", "x", "--start", "0,0", "--run", "gd h=0"));
        assertEquals(new CliTest.Result(2, "", "error: run 'gd diff=back': diff must be central or forward, got 'back'\n"),
                CliTest.cli("compare", "--function", "x", "--start", "0,0", "--run", "gd diff=back"));
    }

    @Test
    void fullPrintsEveryRowWithTheOptimizersStateAndTheSameRowsAsWithout() {
        String[] common = {"compare", "--function", ROSENBROCK, "--start", "-1.2,1", "--steps", "40", "--seed", "2",
            "--run", "gd lr=0.001", "--run", "momentum lr=0.001 defaults=keras", "--run", "adam lr=0.05 noise=0.5 clip=5",
            "--run", "nadam lr=0.01"};
        CliTest.Result plain = CliTest.cli(common);
        List<String> args = new ArrayList<>(List.of(common));
        args.add("--full");
        CliTest.Result full = CliTest.cli(args.toArray(String[]::new));
        assertEquals(0, full.code(), full.err());
        assertEquals("run,step,x,y,f,grad_x,grad_y,g_x,g_y,lr,m_x,m_y,v_x,v_y,mu_product", full.outLines().get(0));
        assertEquals(plain.err(), full.err(), "the same stop lines");
        assertEquals(plain.outLines().size(), full.outLines().size(), "a row per step per run");
        for (int k = 1; k < plain.outLines().size(); k++) {
            String[] cells = full.outLines().get(k).split(",", -1);
            assertEquals(15, cells.length, full.outLines().get(k));
            assertEquals(plain.outLines().get(k), String.join(",", List.of(cells).subList(0, 7)));
        }
        // gd keeps no state; momentum under Keras keeps m; at step 0 no gradient was given and no rate used
        assertEquals(List.of("", "", "", "", "", "", "", ""), List.of(full.outLines().get(1).split(",", -1)).subList(7, 15));
        List<String> gd = List.of(full.outLines().get(2).split(",", -1));
        assertEquals("0.001", gd.get(9));
        assertEquals(full.outLines().get(1).split(",")[5], gd.get(7), "g of step 1 is ∇f at the start");
        assertEquals(List.of("", "", "", "", ""), gd.subList(10, 15));
        String[] momentum = full.outLines().get(43).split(",", -1);
        assertEquals("2", momentum[0]);
        assertEquals("1", momentum[1]);
        assertEquals("0.001", momentum[9]);
        // m = μ·0 − lr·g
        assertEquals(-0.001 * Double.parseDouble(momentum[7]), Double.parseDouble(momentum[10]), 1e-18);
        assertEquals("", momentum[12]);
    }

    @Test
    void fullRefusesWhatCompareRefuses() {
        assertEquals(new CliTest.Result(2, "", "error: give at least one --run SPEC, e.g. --run \"adam lr=0.05\"\n"),
                CliTest.cli("compare", "--full", "--function", "x", "--start", "0,0"));
        CliTest.Result tooLong = CliTest.cli("compare", "--full", "--function", "x^2", "--start", "1,1", "--run", "gd",
                "--steps", "250000");
        assertEquals(2, tooLong.code());
        assertEquals("", tooLong.out());
        assertEquals(1, tooLong.errLines().size(), tooLong.err());
        assertTrue(tooLong.err().startsWith("error: --steps must be between 0 and 100000"), tooLong.err());
        CliTest.Result value = CliTest.cli("compare", "--full=maybe", "--function", "x^2", "--start", "1,1", "--run", "gd");
        assertEquals(2, value.code());
        assertEquals(1, value.errLines().size(), value.err());
        assertTrue(value.err().startsWith("error: "), value.err());
    }

    @Test
    void fullStopsQuietlyWhenTheReaderClosesThePipeAndWithOneErrorLineWhenTheOutputFails() {
        String[] many = {"compare", "--full", "--function", "x^2 + y^2", "--start", "1,1", "--tol", "0", "--steps", "100000",
            "--run", "adam lr=0.0001", "--run", "adam lr=0.0001", "--run", "adam lr=0.0001"};
        StringWriter err = new StringWriter();
        assertEquals(0, Cli.run(StandardOutput.over(failsAfter(1 << 20, "Broken pipe")), new PrintWriter(err), many));
        assertEquals("", err.toString());
        StringWriter full = new StringWriter();
        assertEquals(1, Cli.run(StandardOutput.over(failsAfter(1 << 20, "No space left on device")), new PrintWriter(full), many));
        assertEquals(List.of("error: could not write the CSV: the output is closed or full; the runs stopped there"),
                List.of(full.toString().split("\n")));
    }

    /** An output that takes {@code bytes}, then fails as {@code message} says. */
    private static OutputStream failsAfter(int bytes, String message) {
        int[] written = {0};
        return new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                if (written[0] > bytes) {
                    throw new IOException(message);
                }
                written[0] += len;
            }
        };
    }
}
