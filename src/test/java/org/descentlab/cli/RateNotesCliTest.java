package org.descentlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.descentlab.core.analysis.Progress;
import org.descentlab.core.analysis.StabilityMap;
import org.descentlab.core.expr.Expressions;
import org.descentlab.core.expr.ParseResult;
import org.descentlab.core.optim.Momentum;
import org.descentlab.core.run.RunConfig;
import org.descentlab.ui.analysis.StabilityPicture;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The notes sweep and lrfind print beside their CSV, and their CSV's numbers written as run's are. */
class RateNotesCliTest {

    @Test
    void aSweepOnASaddleSaysItHasNoMinimumAndPrintsNoTheory() {
        CliTest.Result r = CliTest.cli("sweep", "--function", "x^2 - y^2", "--run", "gd start=-4,3", "--lr-min", "0.01", "--lr-max", "1",
                "--count", "2");
        assertEquals(0, r.code(), r.err());
        assertEquals(List.of("note: f is a quadratic with no minimum on the view (eigenvalues 2, -2): descent cannot converge to a"
                + " minimum"), r.errLines());
        assertFalse(r.err().contains("theory:"), r.err());
    }

    @Test
    void aSweepOfARunWhoseScheduleSetsTheRatesSaysTheSweptLrChangesNothing() {
        CliTest.Result r = CliTest.cli("sweep", "--function", "x^2 + y^2", "--run", "gd start=-4,3 schedule=onecycle(max_lr=0.5)",
                "--lr-min", "0.01", "--lr-max", "1", "--count", "2");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.errLines().contains("note: onecycle takes its rates from max_lr=0.5: the swept lr changes nothing"), r.err());
    }

    @Test
    void theSweepCsvWritesNumbersAsRunsCsvDoes() {
        CliTest.Result r = CliTest.cli("sweep", "--function", "x^2 + y^2", "--run", "gd start=-4,3", "--lr-min", "1e-5", "--lr-max",
                "1e-5", "--count", "1", "--steps", "3");
        List<String> run = CliTest.cli("run", "--function", "x^2 + y^2", "--start", "-4,3", "--optimizer", "gd", "--lr", "1e-5",
                "--steps", "3").outLines();
        String lastF = run.get(run.size() - 1).split(",")[3];
        // the rate and f as Double.toString writes them, f digit for digit run's
        assertEquals(SweepCommand.HEADER + "\n1.0E-5," + lastF + ",3,max-steps,,too-slow\n", r.out());
    }

    @Test
    void lrfindWritesALossBelowZeroAsFPlusAndSaysItReplacesTheSchedule() {
        CliTest.Result r = CliTest.cli("lrfind", "--function", "x^2 + y^2 - 3", "--run", "gd start=-4,3 schedule=cosine(t_max=10)");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.errLines().get(0).startsWith("note: the loss is f + 3 (the least f over the view and the run); stopped: "),
                r.err());
        assertEquals("note: the finder replaces the run's schedule (cosine(t_max=10)) by its own exponential rates, as fastai's"
                + " lr_find does", r.errLines().get(1));
    }

    @Test
    void stabilityPrintsTheTheorysEdgeAndDashesItOnThePicture(@TempDir Path dir) throws Exception {
        Path png = dir.resolve("map.png");
        CliTest.Result r = CliTest.cli("stability", "--function", "x^2 + y^2", "--run", "momentum start=-4,3", "--x", "lr:0.1:3:8",
                "--y", "momentum:0:0.9:4", "--out", png.toString(), "--size", "500x400", "--csv", dir.resolve("m.csv").toString());
        assertEquals(0, r.code(), r.err());
        // 2(1 + μ)/L with L = 2: 1 at μ = 0, 1.9 at μ = 0.9
        assertEquals(List.of("theory: lr = 2(1+μ)/L, from 1 at momentum=0 to 1.9 at momentum=0.9 (f is a quadratic on the view,"
                + " L = 2)"), r.errLines());
        // the same map without the quadratic has no dashed edge: the pictures differ
        StabilityMap map = StabilityMap.compute(((ParseResult.Success) Expressions.parse("x^2 + y^2")).function(),
                RunConfig.of(new Momentum(0.01, 0.9, 0, 0), -4, 3), StabilityMap.Axis.parse("lr:0.1:3:8"),
                StabilityMap.Axis.parse("momentum:0:0.9:4"), Progress.NONE);
        Path bare = dir.resolve("bare.png");
        StabilityPicture.write(map, null, 500, 400, bare);
        assertFalse(Arrays.equals(Files.readAllBytes(png), Files.readAllBytes(bare)));
        CliTest.Result saddle = CliTest.cli("stability", "--function", "x^2 - y^2", "--run", "momentum start=-4,3", "--x",
                "lr:0.1:3:2", "--y", "momentum:0:0.9:2", "--out", png.toString(), "--csv", dir.resolve("m.csv").toString());
        assertEquals(List.of("note: f is a quadratic with no minimum on the view (eigenvalues 2, -2): descent cannot converge to a"
                + " minimum"), saddle.errLines());
    }
}
