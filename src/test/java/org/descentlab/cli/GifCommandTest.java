package org.descentlab.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.descentlab.core.raster.GifFile;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** gif writes exactly the frames asked for, at the size and rate asked for, and refuses what it cannot write. */
class GifCommandTest {

    @TempDir
    Path dir;

    @Test
    void writesExactlyNFramesOfWxHAtFpsAndPrintsTheStopLines() throws Exception {
        Path out = dir.resolve("sphere.gif");
        CliTest.Result r = CliTest.cli("gif", "--function", "x^2 + y^2", "--domain", "-2,2,-2,2", "--start", "-1.5,1",
                "--run", "gd lr=0.1", "--run", "adam lr=0.2", "--out", out.toString(), "--size", "320x200",
                "--frames", "12", "--fps", "8", "--loop", "3");
        assertEquals(0, r.code(), r.err());
        // gd at lr 0.1 shrinks the point by 0.8 a step: 2·‖x₀‖·0.8^k = 3.61·0.8^k <= 1e-6 first at k = 68
        assertEquals("stop: 1 converged at step 68", r.errLines().get(0));
        assertTrue(r.errLines().get(1).matches("stop: 2 converged at step \\d+"), r.err());
        GifFile gif = GifFile.read(out);
        assertEquals(12, gif.frames().size());
        assertTrue(gif.frames().stream().allMatch(f -> f.width() == 320 && f.height() == 200), gif.frames().toString());
        // 8 fps: 12.5 hundredths a frame, ends rounded half up: 13, 25, 38, 50, ...
        assertArrayEquals(new int[] {13, 12, 13, 12, 13, 12, 13, 12, 13, 12, 13, 12}, gif.delays());
        assertEquals(2, gif.repeats(), "plays 3 times: 2 repeats");
    }

    @Test
    void defaultsAre100FramesAt20FpsLoopingForeverAndNoLoopPlaysOnce() throws Exception {
        Path out = dir.resolve("defaults.gif");
        CliTest.Result r = CliTest.cli("gif", "--preset", "himmelblau", "--out", out.toString(), "--size", "240x160");
        assertEquals(0, r.code(), r.err());
        GifFile gif = GifFile.read(out);
        assertEquals(100, gif.frames().size());
        assertTrue(gif.frames().stream().allMatch(f -> f.delay() == 5));
        assertEquals(0, gif.repeats());
        Path once = dir.resolve("once.gif");
        assertEquals(0, CliTest.cli("gif", "--preset", "himmelblau", "--out", once.toString(), "--size", "240x160",
                "--frames", "2", "--no-loop").code());
        assertEquals(-1, GifFile.read(once).repeats(), "no NETSCAPE2.0 extension: plays once");
    }

    @Test
    void badValuesAreRefusedWithOneErrorLineBeforeAnyWork() throws Exception {
        Path out = dir.resolve("never.gif");
        String[][] refused = {
            {"--frames", "1"},
            {"--frames", "1001"},
            {"--frames", "many"},
            {"--fps", "0"},
            {"--fps", "51"},
            {"--loop", "0"},
            {"--loop", "sometimes"},
            {"--loop", "65537"},
            {"--loop", "2", "--no-loop"},
            {"--size", "100x100"},
            {"--size", "800"},
            {"--out", dir.resolve("no/such/folder/x.gif").toString()},
        };
        for (String[] extra : refused) {
            List<String> args = new ArrayList<>(List.of("gif", "--preset", "himmelblau", "--out", out.toString()));
            args.addAll(List.of(extra));
            CliTest.Result r = CliTest.cli(args.toArray(String[]::new));
            assertEquals(2, r.code(), String.join(" ", extra) + ": " + r.err());
            assertEquals(1, r.errLines().size(), r.err());
            assertTrue(r.errLines().get(0).startsWith("error: "), r.err());
            assertFalse(Files.exists(out), String.join(" ", extra));
        }
        CliTest.Result fps = CliTest.cli("gif", "--preset", "himmelblau", "--out", out.toString(), "--fps", "60");
        assertEquals("error: --fps must be from 1 to 50 (a GIF's delays are whole hundredths of a second), got 60",
                fps.errLines().get(0));
        CliTest.Result bare = CliTest.cli("gif", "--function", "x^2", "--out", out.toString());
        assertEquals("error: give --domain XMIN,XMAX,YMIN,YMAX, --scenario or --preset", bare.errLines().get(0));
    }
}
