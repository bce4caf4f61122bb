package org.descentlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatasetCliTest {

    static final String CSV = "sample-functions/linear-regression.csv";
    static final String LOSS = "(x*u + y - v)^2";

    private static CliTest.Result run(String... extra) {
        List<String> args = new java.util.ArrayList<>(List.of("run", "--data", CSV, "--loss", LOSS, "--optimizer", "gd",
                "--lr", "0.05", "--start", "-0.5,3.5", "--steps", "50"));
        args.addAll(List.of(extra));
        return CliTest.cli(args.toArray(String[]::new));
    }

    @Test
    void aBatchOfEveryRowPrintsExactlyTheFullLossRun() {
        CliTest.Result full = run();
        CliTest.Result batched = run("--batch", "200", "--seed", "5");
        assertEquals(0, full.code());
        assertEquals(full.out(), batched.out());
        assertEquals(51, full.out().lines().count() - 1);
    }

    @Test
    void theSameSeedPrintsTheSameRowsAndAnotherOthers() {
        assertEquals(run("--batch", "4", "--seed", "1").out(), run("--batch", "4", "--seed", "1").out());
        assertTrue(!run("--batch", "4", "--seed", "1").out().equals(run("--batch", "4", "--seed", "2").out()));
    }

    @Test
    void badCsvsExit2WithOneErrorLineNamingTheRowAndColumn(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, "u,v\n1,2\n3\n");
        CliTest.Result r = CliTest.cli("run", "--data", bad.toString(), "--loss", LOSS, "--optimizer", "gd", "--start", "0,0");
        assertEquals(2, r.code());
        assertEquals(List.of("error: data '" + bad.toAbsolutePath() + "': row 2 (line 3), column v: the value is missing"),
                r.errLines());
        CliTest.Result w = CliTest.cli("run", "--data", CSV, "--loss", "(x*u - w)^2", "--optimizer", "gd", "--start", "0,0");
        assertEquals(List.of("error: loss does not read: unknown name 'w': variables are x and y; the data's columns are u, v"
                + " (column 8)"), w.errLines());
        assertEquals(List.of("error: batch must be between 1 and 200 (the rows of the data), got 500"), run("--batch", "500").errLines());
        assertEquals(List.of("error: batch needs a dataset: give --data FILE.csv and --loss, or a dataset scenario"),
                CliTest.cli("run", "--function", "x^2", "--optimizer", "gd", "--start", "0,0", "--batch", "2").errLines());
    }

    @Test
    void datasetScenariosRunInRunCompareAndRender(@TempDir Path dir) {
        String scenario = "sample-functions/noisy-double-well.json";
        CliTest.Result one = CliTest.cli("run", "--scenario", scenario, "--steps", "5");
        assertEquals(0, one.code(), one.err());
        assertTrue(one.err().contains("note: scenario run: gd lr=0.1 seed=1 batch=1"), one.err());
        CliTest.Result compare = CliTest.cli("compare", "--scenario", scenario, "--steps", "20");
        assertEquals(0, compare.code(), compare.err());
        assertEquals(6 * 21 + 1, compare.out().lines().count());
        Path png = dir.resolve("wells.png");
        CliTest.Result render = CliTest.cli("render", "--scenario", scenario, "--steps", "50", "--size", "240x160", "--out",
                png.toString());
        assertEquals(0, render.code(), render.err());
        assertTrue(Files.exists(png));
        assertEquals(List.of("error: this command takes a function; a dataset scenario runs with run, compare, render and gif"),
                CliTest.cli("critical", "--scenario", scenario).errLines());
    }
}
