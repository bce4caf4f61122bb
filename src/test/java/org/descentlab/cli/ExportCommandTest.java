package org.descentlab.cli;

import static org.descentlab.cli.CliTest.cli;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportCommandTest {

    @Test
    void aPresetsFirstRunGoesToStandardOutput() {
        CliTest.Result r = cli("export", "--format", "pytorch", "--preset", "rosenbrock");
        assertEquals(0, r.code(), r.err());
        assertEquals("", r.err());
        assertEquals("# DescentLab 0.1: preset rosenbrock, run 1, as PyTorch code (float64).", r.outLines().get(0));
        assertTrue(r.out().contains("\noptimizer = torch.optim.SGD([p], lr=0.001, "), r.out());
        assertEquals(r, cli("export", "--format", "PyTorch", "--preset", "rosenbrock"), "the framework's name in any case");
    }

    @Test
    void aFunctionStartAndRunSpecAreExportedWithTheStepLimitOfSteps(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("run.py");
        CliTest.Result r = cli("export", "--format", "keras", "--function", "x^2 + y^2", "--start", "1,2", "--run",
                "adam defaults=keras lr=0.1", "--steps", "40", "--out", out.toString());
        assertEquals(new CliTest.Result(0, "", ""), r);
        String script = Files.readString(out, StandardCharsets.UTF_8);
        assertTrue(script.startsWith("# DescentLab 0.1: function, run 1, as Keras code (float64).\n"), script);
        assertTrue(script.contains("\nX0, Y0 = 1.0, 2.0  # the start\n"));
        assertTrue(script.contains("\nSTEPS = 40  # the step limit\n"));
        assertTrue(script.contains("\n    return x**2 + y**2\n"));
        assertTrue(script.contains("optimizer = keras.optimizers.Adam(learning_rate=0.1, "));
    }

    @Test
    void runIndexPicksOneOfTheRuns() {
        CliTest.Result r = cli("export", "--format", "pytorch", "--function", "x^2", "--start", "1,1", "--run", "gd", "--run",
                "adam lr=0.2", "--run-index", "2");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("# run: adam lr=0.2\n"), r.out());
        assertTrue(r.out().contains(", run 2, as PyTorch code"));
    }

    @Test
    void whatTheFrameworkLacksIsAnInputErrorNamingIt() {
        assertEquals(new CliTest.Result(2, "", "error: PyTorch has no newton optimizer; select or export a run of another optimizer\n"),
                cli("export", "--format", "pytorch", "--function", "x^2", "--start", "1,1", "--run", "newton"));
        assertEquals(new CliTest.Result(2, "", "error: Keras has no newton optimizer; select or export a run of another optimizer\n"),
                cli("export", "--format", "keras", "--function", "x^2", "--start", "1,1", "--run", "newton"));
        CliTest.Result keras = cli("export", "--format", "keras", "--function", "x^2", "--start", "1,1", "--run", "adam");
        assertEquals(2, keras.code());
        assertEquals(List.of("error: adam with defaults=pytorch has eps=1e-8, where Keras's rule differs (Keras: \"epsilon hat\":"
                + " eps added to √v before bias correction): set defaults=keras in the run (its path changes), or eps=0"),
                keras.errLines());
    }

    @Test
    void badInputIsOneErrorLine(@TempDir Path dir) {
        assertEquals(new CliTest.Result(2, "", "error: --format must be pytorch or keras, got 'jax'\n"),
                cli("export", "--format", "jax", "--preset", "rosenbrock"));
        assertEquals(new CliTest.Result(2, "", "error: --run-index must be between 1 and 4, got 5\n"),
                cli("export", "--format", "pytorch", "--preset", "rosenbrock", "--run-index", "5"));
        assertEquals(new CliTest.Result(2, "", "error: there is no run to export: give --run SPEC, e.g. --run \"adam lr=0.01\"\n"),
                cli("export", "--format", "pytorch", "--function", "x^2", "--start", "1,1"));
        CliTest.Result missing = cli("export", "--preset", "rosenbrock");
        assertEquals(2, missing.code());
        assertEquals(1, missing.errLines().size(), missing.err());
        assertTrue(missing.err().startsWith("error: Missing required option: '--format"), missing.err());
        Path folder = dir.resolve("no-such-folder").resolve("run.py");
        CliTest.Result unwritable = cli("export", "--format", "pytorch", "--preset", "rosenbrock", "--out", folder.toString());
        assertEquals(2, unwritable.code());
        assertEquals(1, unwritable.errLines().size(), unwritable.err());
        assertTrue(unwritable.err().startsWith("error: cannot write " + folder + " (--out)"), unwritable.err());
        assertFalse(Files.exists(folder));
    }
}
