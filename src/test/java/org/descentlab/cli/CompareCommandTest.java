package org.descentlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class CompareCommandTest {

    private static final String ROSENBROCK = "(1-x)^2 + 100*(y-x^2)^2";

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
        assertEquals("stop: 1 max-steps at step 300", r.errLines().get(0));
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
}
