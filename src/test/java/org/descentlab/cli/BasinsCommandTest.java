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

class BasinsCommandTest {

    @TempDir
    Path dir;

    @Test
    void theMapsCellsAreTheStartsOfMultistartsGridAndItsPictureIsDrawn() throws Exception {
        Path png = dir.resolve("basins.png");
        Path csv = dir.resolve("basins.csv");
        CliTest.Result r = CliTest.cli("basins", "--preset", "himmelblau", "--grid", "16", "--out", png.toString(), "--csv", csv.toString(),
                "--size", "400x300");
        assertEquals(0, r.code(), r.err());
        assertEquals("", r.out(), "the CSV went to its file");
        CliTest.Result grid = CliTest.cli("multistart", "--preset", "himmelblau", "--grid", "16");
        assertEquals(grid.out(), Files.readString(csv), "each cell is the run multistart makes from its centre");
        List<String> rows = Files.readAllLines(csv);
        assertEquals(257, rows.size());
        // four basins, each holding a quarter or so of the cells
        for (int m = 1; m <= 4; m++) {
            String index = Integer.toString(m);
            long n = rows.stream().skip(1).filter(l -> l.endsWith("," + index)).count();
            assertTrue(n > 40 && n < 90, "minimum " + m + ": " + n + " cells");
        }
        assertTrue(r.err().contains("lowest found by: 100.0% of 256 runs"), r.err());
        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(400, image.getWidth());
        assertEquals(300, image.getHeight());
    }

    @Test
    void withNoiseEachCellRunsItsSeedsAndWithoutItOne() throws Exception {
        Path png = dir.resolve("noisy.png");
        CliTest.Result r = CliTest.cli("basins", "--function", "(x^2+y-11)^2 + (x+y^2-7)^2", "--domain", "-1,1,-1,1", "--run",
                "gd lr=0.01 noise=20 seed=3", "--grid", "16", "--seeds", "3", "--steps", "200", "--out", png.toString());
        assertEquals(0, r.code(), r.err());
        List<String> lines = r.outLines();
        assertEquals(ManyStartsOptions.HEADER + ",seed", lines.get(0));
        assertEquals(1 + 16 * 16 * 3, lines.size());
        assertEquals(List.of("3", "4", "5", "3"), lines.subList(1, 5).stream().map(l -> l.substring(l.lastIndexOf(',') + 1)).toList());
        assertEquals(r.out(), CliTest.cli("basins", "--function", "(x^2+y-11)^2 + (x+y^2-7)^2", "--domain", "-1,1,-1,1", "--run",
                "gd lr=0.01 noise=20 seed=3", "--grid", "16", "--seeds", "3", "--steps", "200", "--out", png.toString()).out(),
                "the same seeds give the same map");
        CliTest.Result plain = CliTest.cli("basins", "--preset", "himmelblau", "--grid", "16", "--seeds", "4", "--out", png.toString());
        assertEquals(0, plain.code(), plain.err());
        assertEquals(257, plain.outLines().size());
        assertTrue(plain.err().contains("note: the run has no gradient noise, so every seed would run alike: one per cell"), plain.err());
    }

    @Test
    void badInputIsOneErrorLineAndWritesNothing() {
        Path png = dir.resolve("never.png");
        for (String[] bad : new String[][] {{"basins", "--preset", "himmelblau", "--grid", "8", "--out", png.toString()},
            {"basins", "--preset", "himmelblau", "--grid", "16", "--seeds", "0", "--out", png.toString()},
            {"basins", "--preset", "himmelblau", "--grid", "512", "--seeds", "64", "--run", "gd noise=1", "--out", png.toString()},
            {"basins", "--preset", "himmelblau", "--grid", "16", "--out", dir.resolve("no/such/folder/x.png").toString()},
            {"basins", "--preset", "himmelblau", "--grid", "16", "--out", png.toString(), "--csv", png.toString()},
            {"basins", "--function", "x^2", "--grid", "16", "--out", png.toString()},
            {"basins", "--preset", "himmelblau", "--out", png.toString()}}) {
            CliTest.Result r = CliTest.cli(bad);
            assertEquals(2, r.code(), String.join(" ", bad) + ": " + r.err());
            assertEquals(1, r.errLines().size(), r.err());
            assertTrue(r.errLines().get(0).startsWith("error: "), r.err());
        }
        assertFalse(Files.exists(png));
    }
}
