package org.descentlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.descentlab.core.expr.CompiledFunction;
import org.descentlab.core.expr.Expressions;
import org.descentlab.core.expr.ParseResult;
import org.descentlab.core.optim.Optimizers;
import org.descentlab.core.run.RunConfig;
import org.descentlab.core.run.Runner;
import org.descentlab.core.run.Trajectory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** run streams its CSV: the same text as writing the kept run, for any number of steps. */
class RunStreamingTest {

    @TempDir
    java.nio.file.Path dir;

    private static CompiledFunction function(String text) {
        return ((ParseResult.Success) Expressions.parse(text)).function();
    }

    /** The CSV and notes of a kept run, as run printed them before it streamed. */
    private static String kept(String function, String optimizer, Map<String, String> params, double x0, double y0,
            int steps) {
        Trajectory t = Runner.run(function(function), new RunConfig(Optimizers.require(optimizer).create(params), x0, y0, steps,
                1e-6, 0, 0, 0));
        StringWriter csv = new StringWriter();
        TrajectoryCsv.write(t, csv);
        return csv.toString();
    }

    @Test
    void theStreamedCsvIsTheKeptRunsCsv() {
        record Case(String function, String optimizer, Map<String, String> params, double x0, double y0, int steps) {
        }
        List<Case> cases = List.of(new Case("(1-x)^2 + 100*(y-x^2)^2", "adam", Map.of("lr", "0.05"), -1.2, 1, 3000),
                new Case("x^2 - y^2", "newton", Map.of(), 1, 1, 40), new Case("x^2 + y^2", "gd", Map.of("lr", "1.5"), -4, 3, 1000),
                new Case("log(x)", "gd", Map.of("lr", "0.1"), -1, 0, 1000),
                new Case("sin(x)*cos(y)", "momentum", Map.of("lr", "0.1", "momentum", "0.9"), 0.5, 0.5, 100_000));
        for (Case c : cases) {
            List<String> args = new ArrayList<>(List.of("run", "--function", c.function(), "--optimizer", c.optimizer(),
                    "--start=" + c.x0() + "," + c.y0(), "--steps", String.valueOf(c.steps())));
            c.params().forEach((k, v) -> args.addAll(List.of("--param", k + "=" + v)));
            CliTest.Result r = CliTest.cli(args.toArray(String[]::new));
            assertEquals(0, r.code(), r.err());
            assertEquals(kept(c.function(), c.optimizer(), c.params(), c.x0(), c.y0(), c.steps()), r.out(), c.toString());
        }
    }

    @Test
    void notesAreGroupedAsBefore() {
        Trajectory t = Runner.run(function("x^2 - y^2"), RunConfig.of(Optimizers.require("newton").create(Map.of()), 1, 1)
                .withMaxSteps(40));
        Map<String, List<Integer>> byMessage = new LinkedHashMap<>();
        t.notes().forEach(n -> byMessage.computeIfAbsent(n.message(), m -> new ArrayList<>()).add(n.step()));
        assertEquals(1, byMessage.size());
        CliTest.Result r = CliTest.cli("run", "--function", "x^2 - y^2", "--optimizer", "newton", "--start", "1,1", "--steps", "40");
        assertEquals("note: Hessian not positive definite: took a gradient step (" + byMessage.values().iterator().next().size()
                + " steps, first at step 1)", r.errLines().get(0));
    }

    @Test
    void runTakesMoreStepsThanARunThatKeepsItsRowsAndCompareRefusesThemUpFront() {
        CliTest.Result r = CliTest.cli("run", "--function", "x^2 + y^2", "--optimizer", "gd", "--lr", "0.1", "--start", "1,1",
                "--tol", "0", "--steps", "250000");
        assertEquals(0, r.code(), r.err());
        assertEquals(250_002, r.outLines().size());
        // 0.8^k underflows to 0 long before: the point rests at the minimum
        assertEquals(List.of("stop: max-steps at step 250000: at a stationary point, |grad f| = 0"), r.errLines());
        assertEquals(new CliTest.Result(2, "", "error: --steps must be between 0 and 2000000000, got 2000000001\n"),
                CliTest.cli("run", "--function", "x", "--optimizer", "gd", "--start", "1,1", "--steps", "2000000001"));
        String refused = "error: --steps must be between 0 and 100000 (every row of every run is kept; 'run' streams its rows"
                + " and takes more), got 250000\n";
        assertEquals(new CliTest.Result(2, "", refused),
                CliTest.cli("compare", "--function", "x^2", "--start", "1,1", "--run", "gd", "--steps", "250000"));
        assertEquals(new CliTest.Result(2, "", refused), CliTest.cli("render", "--function", "x^2", "--domain", "-1,1,-1,1",
                "--out", dir.resolve("never.png").toString(), "--run", "gd", "--start", "1,1", "--steps", "250000"));
    }

    /** An output that takes a megabyte, then fails as {@code message} says. */
    private static OutputStream failsAfterAMegabyte(String message) {
        int[] written = {0};
        return new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                if (written[0] > 1 << 20) {
                    throw new IOException(message);
                }
                written[0] += len;
            }
        };
    }

    private static final String[] ENDLESS_RUN = {"run", "--function", "x^2 + y^2", "--optimizer", "gd", "--start", "1,1",
        "--tol", "0", "--steps", "2000000000"};

    @Test
    void aReaderThatClosesThePipeStopsTheRunQuietly() {
        StringWriter err = new StringWriter();
        int code = Cli.run(StandardOutput.over(failsAfterAMegabyte("Broken pipe")), new PrintWriter(err), ENDLESS_RUN);
        assertEquals(0, code, err.toString());
        assertEquals("", err.toString());
    }

    @Test
    void anOutputThatFailsOtherwiseStopsTheRunWithOneErrorLine() {
        StringWriter err = new StringWriter();
        int code = Cli.run(StandardOutput.over(failsAfterAMegabyte("No space left on device")), new PrintWriter(err),
                ENDLESS_RUN);
        assertEquals(1, code);
        String[] lines = err.toString().split("\n");
        assertEquals(1, lines.length, err.toString());
        assertTrue(lines[0].matches("error: could not write the CSV past step \\d+: the output is closed or full; the run"
                + " stopped there"), lines[0]);
        long step = Long.parseLong(lines[0].replaceAll("\\D+", " ").trim().split(" ")[0]);
        assertTrue(step < 100_000, "stopped soon after the output closed: " + step);
    }
}
