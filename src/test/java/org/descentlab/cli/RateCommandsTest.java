package org.descentlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** sweep, stability and lrfind: their CSV, their lines on stderr, and bad input as one error line. */
class RateCommandsTest {

    @TempDir
    Path dir;

    @Test
    void sweepPrintsARowPerRateWithItsRegionAndTheTheoryOfAQuadratic() {
        CliTest.Result r = CliTest.cli("sweep", "--function", "x^2 + y^2", "--run", "gd start=-4,3", "--lr-min", "0.01", "--lr-max",
                "100", "--count", "5");
        assertEquals(0, r.code(), r.err());
        List<String> lines = r.outLines();
        assertEquals(SweepCommand.HEADER, lines.get(0));
        assertEquals(6, lines.size());
        // 0.01: (0.98)^k·10 ≤ 1e-6 at k = 798; 0.1: k = 73; 1: bounces for ever; 10 and 100: run away
        assertTrue(lines.get(1).matches("0\\.01,[^,]+,798,converged,,converges"), lines.get(1));
        assertTrue(lines.get(2).matches("0\\.1,[^,]+,73,converged,,converges"), lines.get(2));
        assertTrue(lines.get(3).matches("1\\.0,[^,]+,1000,max-steps,,oscillates"), lines.get(3));
        assertTrue(lines.get(4).startsWith("10.0,") && lines.get(4).endsWith(",diverged,overshoot,diverges"), lines.get(4));
        assertTrue(lines.get(5).endsWith(",diverged,overshoot,diverges"), lines.get(5));
        assertEquals("theory: 2/L = 1 (f is a quadratic on the view, L = 2)", r.errLines().get(r.errLines().size() - 1));
    }

    @Test
    void sweepTakesAPresetsRunAndSaysWhichAndNoTheoryWhereFIsNoQuadratic() {
        CliTest.Result r = CliTest.cli("sweep", "--preset", "rosenbrock", "--lr-min", "1e-4", "--lr-max", "1e-2", "--count", "3",
                "--steps", "200");
        assertEquals(0, r.code(), r.err());
        assertEquals(4, r.outLines().size());
        assertTrue(r.errLines().get(0).startsWith("note: preset run 1: "), r.err());
        assertFalse(r.err().contains("theory:"), r.err());
    }

    @Test
    void stabilityDrawsTheMapAndWritesACellPerRow() throws Exception {
        Path png = dir.resolve("map.png");
        Path csv = dir.resolve("map.csv");
        CliTest.Result r = CliTest.cli("stability", "--function", "x^2 + y^2", "--run", "momentum start=-4,3", "--x", "lr:0.1:3:4",
                "--y", "momentum:0:0.9:2", "--out", png.toString(), "--csv", csv.toString(), "--size", "500x400");
        assertEquals(0, r.code(), r.err());
        assertEquals("", r.out());
        List<String> rows = Files.readAllLines(csv);
        assertEquals(StabilityCommand.HEADER, rows.get(0));
        assertEquals(9, rows.size());
        // momentum 0: lr < 1 converges, above diverges; momentum 0.9: lr < 1.9 converges
        assertTrue(rows.get(1).startsWith("0.1,0.0,") && rows.get(1).contains(",converged,"), rows.get(1));
        assertTrue(rows.get(3).startsWith("2.033333333333333,0.0,") && rows.get(3).endsWith(",diverged,overshoot"), rows.get(3));
        assertTrue(rows.get(6).startsWith("1.0666666666666667,0.9,") && rows.get(6).contains(",converged,"), rows.get(6));
        assertTrue(rows.get(8).startsWith("3.0,0.9,") && rows.get(8).endsWith(",diverged,overshoot"), rows.get(8));
        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(500, image.getWidth());
        assertEquals(400, image.getHeight());
    }

    @Test
    void lrfindPrintsItsRowsAndFastaisThreeSuggestions() {
        CliTest.Result r = CliTest.cli("lrfind", "--function", "x^2 + y^2", "--run", "gd start=-4,3");
        assertEquals(0, r.code(), r.err());
        List<String> lines = r.outLines();
        assertEquals(LrFindCommand.HEADER, lines.get(0));
        assertTrue(lines.get(1).startsWith("0,1.0E-7,25.0,24.99999999999"), lines.get(1));
        List<String> err = r.errLines();
        assertEquals(3, err.stream().filter(l -> l.startsWith("suggestion: ")).count(), r.err());
        for (String name : List.of("valley", "minimum", "steep")) {
            String line = err.stream().filter(l -> l.startsWith("suggestion: " + name + " ")).findFirst().orElseThrow();
            double lr = Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
            assertTrue(lr > 0 && lr < 1, line);
        }
        CliTest.Result few = CliTest.cli("lrfind", "--function", "x^2 + y^2", "--run", "gd start=-4,3", "--num-it", "3");
        assertEquals(0, few.code(), few.err());
        assertEquals(7, few.outLines().size(), "raised to 6 iterations");
        assertTrue(few.err().contains("suggestion: steep none"), few.err());
        assertTrue(few.err().contains("note: no suggestion: the smoothed loss never falls over the rows fastai suggests from (iteration"
                + " 0 alone)\nsuggestion: valley none\n"), few.err());
    }

    @Test
    void badInputIsOneErrorLine() {
        Path png = dir.resolve("never.png");
        for (String[] bad : new String[][] {
            {"sweep", "--function", "x^2", "--run", "gd start=1,1", "--lr-min", "0", "--lr-max", "1", "--count", "3"},
            {"sweep", "--function", "x^2", "--run", "gd start=1,1", "--lr-min", "1", "--lr-max", "0.5", "--count", "3"},
            {"sweep", "--function", "x^2", "--run", "gd start=1,1", "--lr-min", "0.1", "--lr-max", "1", "--count", "0"},
            {"sweep", "--function", "x^2", "--run", "gd", "--lr-min", "0.1", "--lr-max", "1", "--count", "3"},
            {"sweep", "--function", "x^", "--run", "gd start=1,1", "--lr-min", "0.1", "--lr-max", "1", "--count", "3"},
            {"stability", "--function", "x^2", "--run", "gd start=1,1", "--x", "lr:0.1:1:4", "--y", "momentum:0:1:3", "--out",
                png.toString()},
            {"stability", "--function", "x^2", "--run", "adam start=1,1", "--x", "lr:0.1:1:4", "--y", "beta1:0:1:3", "--out",
                png.toString()},
            {"stability", "--function", "x^2", "--run", "momentum start=1,1", "--x", "lr:0.1", "--y", "momentum:0:1:3", "--out",
                png.toString()},
            {"stability", "--function", "x^2", "--run", "momentum start=1,1", "--x", "lr:0.1:1:4", "--y", "lr:0:1:3", "--out",
                png.toString()},
            {"stability", "--function", "x^2", "--run", "momentum start=1,1", "--x", "lr:0.1:1:4", "--y", "momentum:0:1:3", "--out",
                dir.resolve("no/such/x.png").toString()},
            {"lrfind", "--function", "x^2", "--run", "gd start=1,1", "--start-lr", "-1"},
            {"lrfind", "--function", "x^2", "--run", "gd start=1,1", "--num-it", "0"},
            {"lrfind", "--function", "x^2", "--run", "momentum start=1,1", "--defaults", "keras"}}) {
            CliTest.Result r = CliTest.cli(bad);
            assertEquals(2, r.code(), String.join(" ", bad) + ": " + r.err());
            assertEquals(1, r.errLines().size(), r.err());
            assertTrue(r.errLines().get(0).startsWith("error: "), r.err());
        }
        assertFalse(Files.exists(png));
    }

    @Test
    void sweepRefusesWhatItCannotSweepQuotingWhatWasTyped() {
        String[] base = {"sweep", "--function", "x^2", "--run", "gd start=1,1", "--lr-max", "1"};
        assertEquals(new CliTest.Result(2, "", "error: --lr-min '1e-400' is too small for a double (it reads as 0): it must be a positive"
                + " normal number, at least 2.2250738585072014e-308\n"), CliTest.cli(with(base, "--lr-min", "1e-400", "--count", "3")));
        assertEquals(new CliTest.Result(2, "", "error: --lr-min '1e-310' is too small for a double (it reads as 1e-310): it must be a"
                + " positive normal number, at least 2.2250738585072014e-308\n"), CliTest.cli(with(base, "--lr-min", "1e-310", "--count", "3")));
        assertEquals(new CliTest.Result(2, "", "error: --lr-min must be a finite number > 0, got '0'\n"),
                CliTest.cli(with(base, "--lr-min", "0", "--count", "3")));
        assertEquals(new CliTest.Result(2, "", "error: --steps must be at least 1, got 0: a run of no steps never moves, so every value"
                + " would be too slow\n"), CliTest.cli(with(base, "--lr-min", "0.1", "--count", "3", "--steps", "0")));
        assertEquals(new CliTest.Result(2, "", "error: --count must be at least 2 for a range of rates, one at each end, got 1; for one"
                + " rate give --lr-min and --lr-max the same\n"), CliTest.cli(with(base, "--lr-min", "0.1", "--count", "1")));
        CliTest.Result one = CliTest.cli(with(base, "--lr-min", "1", "--count", "1"));
        assertEquals(0, one.code(), one.err());
        assertEquals(2, one.outLines().size());
    }

    private static String[] with(String[] base, String... more) {
        List<String> all = new java.util.ArrayList<>(List.of(base));
        all.addAll(List.of(more));
        return all.toArray(String[]::new);
    }

    @Test
    void theTheoryIsWrittenAsTheCsvWritesItsRates() {
        // f = x² + 1.5·y²: L = 3, 2/L = 2/3 as the shortest text that reads back as the double
        CliTest.Result r = CliTest.cli("sweep", "--function", "x^2 + 1.5*y^2", "--run", "gd start=1,1", "--lr-min", "0.1", "--lr-max",
                "1", "--count", "2");
        assertEquals("theory: 2/L = 0.6666666666666666 (f is a quadratic on the view, L = 3)", r.errLines().get(r.errLines().size() - 1));
    }

    @Test
    void anErrorIsTheOnlyLineEvenWhereReadingTheRunHadSomethingToSay() {
        Path png = dir.resolve("never.png");
        for (String[] bad : new String[][] {
            {"sweep", "--preset", "rosenbrock", "--lr-min", "0.1", "--lr-max", "1", "--count", "2", "--domain", "1,2"},
            {"sweep", "--function", "sin x", "--run", "gd start=1,1", "--lr-min", "0.1", "--lr-max", "1", "--count", "2", "--domain",
                "1,2"},
            {"stability", "--preset", "rosenbrock", "--x", "foo:0:1:3", "--y", "lr:0.1:1:3", "--out", png.toString()},
            {"stability", "--preset", "rosenbrock", "--x", "lr:0.1:1:1", "--y", "lr:0.1:1:3", "--out", png.toString()},
            {"lrfind", "--preset", "rosenbrock", "--start-lr", "1", "--end-lr", "0.5"},
            {"lrfind", "--preset", "rosenbrock", "--num-it", "3", "--end-lr", "1e-9"},
            {"multistart", "--preset", "rosenbrock", "--grid", "3", "--domain", "1,2"},
            {"basins", "--preset", "rosenbrock", "--grid", "16", "--domain", "1,2", "--out", png.toString()}}) {
            CliTest.Result r = CliTest.cli(bad);
            assertEquals(2, r.code(), String.join(" ", bad) + ": " + r.err());
            assertEquals(1, r.errLines().size(), String.join(" ", bad) + ": " + r.err());
            assertTrue(r.errLines().get(0).startsWith("error: "), r.err());
        }
        assertFalse(Files.exists(png));
    }

    @Test
    void lrfindOffersNoOptionItDoesNotUse() {
        String help = CliTest.cli("lrfind", "--help").out();
        assertFalse(help.contains("--tol"), help);
        assertFalse(help.contains("--steps"), help);
        CliTest.Result tol = CliTest.cli("lrfind", "--function", "x^2", "--run", "gd start=1,1", "--tol", "1");
        assertEquals(2, tol.code());
        assertEquals(List.of("error: Unknown options: '--tol', '1'"), tol.errLines());
        assertTrue(CliTest.cli("sweep", "--help").out().contains("--tol"), "the others keep it");
    }
}
