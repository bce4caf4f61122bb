package org.descentlab.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.descentlab.core.raster.GifFile;

import org.junit.jupiter.api.Test;

/** Drives {@code java -jar target/descentlab.jar} the way a user does, with no display. */
class PackagedJarIT {

    record Outcome(int code, String out, String err) {
    }

    static Outcome jar(String... args) throws IOException, InterruptedException {
        return java(List.of(), true, args);
    }

    /** The jar run with these JVM options; stdout kept, or thrown away (an empty {@code out}). */
    static Outcome java(List<String> options, boolean keepOut, String... args) throws IOException, InterruptedException {
        Path jar = Path.of(System.getProperty("descentlab.jar", "target/descentlab.jar"));
        assertTrue(Files.isRegularFile(jar), "packaged jar at " + jar);
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(options);
        command.addAll(List.of("-jar", jar.toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().remove("DISPLAY");
        Path out = Files.createTempFile("descentlab-out", ".txt");
        Path err = Files.createTempFile("descentlab-err", ".txt");
        pb.redirectOutput(keepOut ? ProcessBuilder.Redirect.to(out.toFile()) : ProcessBuilder.Redirect.DISCARD);
        pb.redirectError(err.toFile());
        Process p = pb.start();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "finished within a minute");
        Outcome o = new Outcome(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
        Files.delete(out);
        Files.delete(err);
        return o;
    }

    @Test
    void checkAcceptsAndRejectsLikeTheContractSays() throws Exception {
        assertEquals(new Outcome(0, "ok\n", ""), jar("check", "--function", "x^2 + 3*y^2"));
        Outcome bad = jar("check", "--function", "pow(x)");
        assertEquals(2, bad.code());
        assertEquals("", bad.out());
        assertEquals("error: pow takes 2 arguments, got 1, e.g. pow(x, 2) (column 1)\n", bad.err());
    }

    @Test
    void runWritesCsvAndTheStopLineWithoutADisplay() throws Exception {
        Outcome o = jar("run", "--function", "(1-x)^2 + 100*(y-x^2)^2", "--optimizer", "adam", "--start=-1.2,1",
                "--lr", "0.2", "--steps", "1000", "--tol", "1e-9");
        assertEquals(0, o.code(), o.err());
        String[] lines = o.out().split("\n");
        assertEquals("step,x,y,f,grad_x,grad_y", lines[0]);
        assertTrue(lines[1].startsWith("0,-1.2,1.0,24.199999999999996,"), lines[1]);
        String[] last = lines[lines.length - 1].split(",");
        assertEquals(1.0, Double.parseDouble(last[1]), 1e-3);
        assertEquals(1.0, Double.parseDouble(last[2]), 1e-3);
        assertTrue(o.err().matches("stop: (converged at step " + last[0] + "|max-steps at step " + last[0] + ": .+)\n"), o.err());
    }

    @Test
    void aScenarioSavedByRenderDrawsTheSamePictureAndABrokenOneIsRefused() throws Exception {
        Path dir = Files.createTempDirectory("descentlab-it");
        Path first = dir.resolve("first.png");
        Path saved = dir.resolve("bowl.descentlab.json");
        Outcome o = jar("render", "--preset", "elongated-bowl", "--size", "400x300", "--out", first.toString(),
                "--save-scenario", saved.toString());
        assertEquals(0, o.code(), o.err());
        Path second = dir.resolve("second.png");
        Outcome again = jar("render", "--scenario", saved.toString(), "--size", "400x300", "--out", second.toString());
        assertEquals(0, again.code(), again.err());
        assertTrue(java.util.Arrays.equals(Files.readAllBytes(first), Files.readAllBytes(second)), "byte-identical");
        Outcome run = jar("run", "--scenario", saved.toString(), "--run-index", "2", "--steps", "3");
        assertEquals(0, run.code(), run.err());
        assertEquals(5, run.out().split("\n").length, "the header and steps 0 to 3");
        Files.writeString(saved, "{\"format\": 1, \"function\": \"x^2\", \"steps\": -1}");
        Outcome bad = jar("compare", "--scenario", saved.toString());
        assertEquals(2, bad.code());
        assertEquals("", bad.out());
        assertEquals("error: " + saved + ": a value cannot be used as written (the app would open the file with it changed): line 1: steps -1 is out of range (0 to 100000); reset to 1000\n",
                bad.err());
    }

    @Test
    void badInputExitsWithTwoAndNothingOnStdout() throws Exception {
        Outcome o = jar("run", "--function", "x", "--optimizer", "sgd", "--start", "0,0");
        assertEquals(2, o.code());
        assertEquals("", o.out());
        assertTrue(o.err().startsWith("error: unknown optimizer 'sgd'; accepted: gd, momentum"), o.err());
    }

    @Test
    void renderDrawsAPresetWithNoDisplay() throws Exception {
        Path out = Files.createTempDirectory("descentlab-it").resolve("himmelblau.png");
        Outcome o = jar("render", "--preset", "himmelblau", "--out", out.toString(), "--size", "900x700");
        assertEquals(0, o.code(), o.err());
        assertEquals("", o.out());
        java.awt.image.BufferedImage image = javax.imageio.ImageIO.read(out.toFile());
        assertEquals(900, image.getWidth());
        assertEquals(700, image.getHeight());
        // the stop lines and nothing else: no word from JavaFX about how it was loaded
        assertTrue(o.err().lines().allMatch(l -> l.startsWith("stop: ")), o.err());
        assertEquals(4, o.err().lines().count(), o.err());
        Outcome bad = jar("render", "--preset", "himmelblau", "--out", out.getParent().resolve("x.png").toString(),
                "--scale", "cubic");
        assertEquals(2, bad.code());
        assertTrue(!Files.exists(out.getParent().resolve("x.png")));
    }

    @Test
    void runStreamsItsRowsInTheSameMemoryHoweverManyThereAre() throws Exception {
        // 1.5 million rows kept would take over 100 MB; the heap here is 16 MB
        Outcome o = java(List.of("-Xmx16m"), false, "run", "--function", "x^2 + y^2", "--optimizer", "gd", "--lr", "0.1",
                "--start", "1,1", "--tol", "0", "--steps", "1500000");
        assertEquals(new Outcome(0, "", "stop: max-steps at step 1500000: at a stationary point, |grad f| = 0\n"), o);
    }

    @Test
    void runningOutOfMemoryIsOneErrorLineNotAStackTrace() throws Exception {
        List<String> args = new ArrayList<>(List.of("compare", "--function", "x^2 + y^2", "--start", "1,1", "--tol", "0",
                "--steps", "100000"));
        for (int k = 0; k < 8; k++) {
            args.addAll(List.of("--run", "gd"));
        }
        // compare keeps its rows: eight runs of 100,000 steps do not fit in 24 MB
        Outcome o = java(List.of("-Xmx24m"), false, args.toArray(String[]::new));
        assertEquals(1, o.code());
        assertEquals("error: out of memory (Java heap space): ask for less, or give Java more memory, e.g. java -Xmx4g -jar"
                + " descentlab.jar ...\n", o.err());
    }

    @Test
    void aPictureTooLargeForTheMemoryIsRefusedBeforeAnyWorkAndTheOldFileStays() throws Exception {
        Path dir = Files.createTempDirectory("descentlab-it");
        Path old = Files.writeString(dir.resolve("old.png"), "the old picture");
        Outcome o = java(List.of("-Xmx256m"), true, "render", "--preset", "himmelblau", "--size", "8192x8192",
                "--out", old.toString());
        assertEquals(2, o.code());
        assertEquals("", o.out());
        assertEquals("error: --size 8192x8192 needs about 2.5 GB of memory to draw, and Java may use 256 MB here: ask for a"
                + " smaller picture, or give Java more memory (java -Xmx3g -jar descentlab.jar render ...)\n", o.err());
        assertEquals("the old picture", Files.readString(old));
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count(), "no temporary file");
        }
    }

    @Test
    void gifAnimatesAPresetWithNoDisplayAndRefusesAnAnimationTooLargeForTheMemory() throws Exception {
        Path dir = Files.createTempDirectory("descentlab-it");
        Path out = dir.resolve("himmelblau.gif");
        Outcome o = jar("gif", "--preset", "himmelblau", "--out", out.toString(), "--size", "400x300", "--frames", "5");
        assertEquals(0, o.code(), o.err());
        assertTrue(o.err().lines().allMatch(l -> l.startsWith("stop: ")), o.err());
        GifFile gif = GifFile.read(out);
        assertEquals(5, gif.frames().size());
        assertTrue(gif.frames().stream().allMatch(f -> f.width() == 400 && f.height() == 300), gif.frames().toString());
        // 4096² needs 32 MB and 88 bytes a pixel: about 1.4 GB
        Outcome big = java(List.of("-Xmx256m"), true, "gif", "--preset", "himmelblau", "--size", "4096x4096",
                "--out", out.toString());
        assertEquals(2, big.code());
        assertEquals("error: --size 4096x4096 needs about 1.4 GB of memory to draw, and Java may use 256 MB here: ask for a"
                + " smaller picture, or give Java more memory (java -Xmx2g -jar descentlab.jar gif ...)\n", big.err());
        assertEquals(5, GifFile.read(out).frames().size(), "the file written before stays");
    }

    @Test
    void compareRunsSeveralOptimizersUnderEitherConvention() throws Exception {
        Outcome o = jar("compare", "--function", "x^2 + 4*y^2", "--start=-2.5,1.5", "--defaults", "keras",
                "--run", "gd lr=0.1", "--run", "adam lr=0.1", "--run", "rmsprop defaults=pytorch lr=0.05");
        assertEquals(0, o.code(), o.err());
        assertTrue(o.out().startsWith("run,step,x,y,f,grad_x,grad_y\n1,0,-2.5,1.5,"), o.out());
        String[] stops = o.err().split("\n");
        assertEquals(3, stops.length, o.err());
        assertTrue(stops[0].startsWith("stop: 1 converged at step "), o.err());
    }

    @Test
    void optimizersAndHelpWork() throws Exception {
        Outcome o = jar("optimizers");
        assertEquals(0, o.code());
        assertTrue(o.out().contains("newton  Newton"), o.out());
        assertEquals(0, jar("run", "--help").code());
    }
}
