package org.descentlab.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.descentlab.core.preset.PresetLibrary;
import org.descentlab.core.scenario.ScenarioJson;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** --scenario on run, compare and render; render --save-scenario; bad files refused whole. */
class ScenarioOptionTest {

    @TempDir
    Path dir;

    private Path himmelblau() throws Exception {
        Path f = dir.resolve("himmelblau" + ScenarioJson.EXTENSION);
        ScenarioJson.write(PresetLibrary.bundled().byId("himmelblau").orElseThrow().scenario(), f);
        return f;
    }

    @Test
    void aScenarioGivesRunItsFirstRunOrTheOneNamedAndCompareAllOfThem() throws Exception {
        Path f = himmelblau();
        CliTest.Result first = CliTest.cli("run", "--scenario", f.toString());
        assertEquals(0, first.code(), first.err());
        assertEquals(CliTest.cli("run", "--preset", "himmelblau").out(), first.out(), "the file is the preset, saved");
        assertTrue(first.err().startsWith("note: scenario run: gd lr=0.01\n"), first.err());
        CliTest.Result third = CliTest.cli("run", "--scenario", f.toString(), "--run-index", "3");
        assertEquals(0, third.code(), third.err());
        assertTrue(third.outLines().get(1).startsWith("0,-1.0,1.0,"), "run 3 starts at its own start");
        CliTest.Result compare = CliTest.cli("compare", "--scenario", f.toString());
        assertEquals(0, compare.code(), compare.err());
        assertEquals(4, compare.errLines().size());
        assertEquals(CliTest.cli("compare", "--preset", "himmelblau").out(), compare.out());
        assertEquals(2, CliTest.cli("run", "--scenario", f.toString(), "--run-index", "5").code());
    }

    @Test
    void optionsOverrideTheScenario() throws Exception {
        Path f = himmelblau();
        CliTest.Result replaced = CliTest.cli("compare", "--scenario", f.toString(), "--run", "adam lr=0.05");
        assertEquals(List.of("stop: 1 converged at step " + (replaced.outLines().size() - 2)), replaced.errLines());
        CliTest.Result limited = CliTest.cli("compare", "--scenario", f.toString(), "--steps", "3", "--tol", "0");
        assertEquals(4, limited.errLines().size());
        for (int k = 0; k < 4; k++) {
            assertTrue(limited.errLines().get(k).startsWith("stop: " + (k + 1) + " max-steps at step 3: still moving, |grad f| = "),
                    limited.err());
        }
        CliTest.Result moved = CliTest.cli("run", "--scenario", f.toString(), "--start", "1,2", "--steps", "1");
        assertTrue(moved.outLines().get(1).startsWith("0,1.0,2.0,"), moved.out());
        assertEquals(new CliTest.Result(2, "", "error: give --scenario or --preset, not both\n"),
                CliTest.cli("run", "--scenario", f.toString(), "--preset", "sphere"));
    }

    @Test
    void theScenarioRenderSavesDrawsTheIdenticalPicture() throws Exception {
        Path png = dir.resolve("a.png");
        Path saved = dir.resolve("a" + ScenarioJson.EXTENSION);
        CliTest.Result r = CliTest.cli("render", "--function", "x^2 + 25*y^2", "--domain", "-5,5,-2,2", "--start", "-4.5,1.5",
                "--run", "gd lr=0.035", "--run", "momentum lr=0.01 defaults=keras", "--run", "newton start=4,-1",
                "--colormap", "magma", "--scale", "log", "--contours", "9", "--size", "500x300", "--out", png.toString(),
                "--save-scenario", saved.toString());
        assertEquals(0, r.code(), r.err());
        Path again = dir.resolve("b.png");
        CliTest.Result s = CliTest.cli("render", "--scenario", saved.toString(), "--size", "500x300", "--out", again.toString());
        assertEquals(0, s.code(), s.err());
        assertEquals(r.err(), s.err());
        assertArrayEquals(Files.readAllBytes(png), Files.readAllBytes(again), "byte-identical PNGs");
        CliTest.Result preset = CliTest.cli("render", "--preset", "himmelblau", "--size", "400x300", "--out", png.toString(),
                "--save-scenario", saved.toString());
        assertEquals(0, preset.code(), preset.err());
        CliTest.Result back = CliTest.cli("render", "--scenario", saved.toString(), "--size", "400x300", "--out", again.toString());
        assertEquals(0, back.code(), back.err());
        assertArrayEquals(Files.readAllBytes(png), Files.readAllBytes(again), "a preset's picture, saved and drawn again");
    }

    @Test
    void aPresetFileGivenAsAScenarioDrawsWhatThePresetDraws() throws Exception {
        Path a = dir.resolve("a.png");
        Path b = dir.resolve("b.png");
        assertEquals(0, CliTest.cli("render", "--scenario", "sample-functions/rosenbrock.json", "--out", a.toString()).code());
        assertEquals(0, CliTest.cli("render", "--preset", "rosenbrock", "--out", b.toString()).code());
        assertArrayEquals(Files.readAllBytes(a), Files.readAllBytes(b));
    }

    @Test
    void aBadFileIsOneErrorLineNamingItAndNothingIsWritten() throws Exception {
        Map<String, String> bad = Map.of(
                "corrupt", "{\"format\": 1, \"function\": \"x\",, }",
                "truncated", "{\"format\": 1, \"function\": \"x^2\", \"runs\": [\"gd\"",
                "newer", "{\"format\": 4, \"function\": \"x\"}",
                "wrong-type", "{\"format\": 1, \"function\": \"x\", \"steps\": \"many\"}",
                "out-of-range", "{\"format\": 1, \"function\": \"x\", \"steps\": -1, \"view\": {\"contours\": -7}}");
        for (Map.Entry<String, String> e : bad.entrySet()) {
            Path f = dir.resolve(e.getKey() + ".json");
            Files.writeString(f, e.getValue());
            Path png = dir.resolve(e.getKey() + ".png");
            for (String[] args : List.of(new String[] {"run", "--scenario", f.toString()},
                    new String[] {"compare", "--scenario", f.toString()},
                    new String[] {"render", "--scenario", f.toString(), "--out", png.toString()})) {
                CliTest.Result r = CliTest.cli(args);
                assertEquals(2, r.code(), e.getKey() + " " + args[0]);
                assertEquals("", r.out(), e.getKey() + " " + args[0]);
                assertEquals(1, r.errLines().size(), r.err());
                assertTrue(r.err().startsWith("error: " + f + ": "), r.err());
                assertFalse(Files.exists(png), "no picture for " + e.getKey());
            }
        }
        Path big = dir.resolve("big.json");
        Files.write(big, new byte[(int) ScenarioJson.MAX_BYTES + 10]);
        assertEquals(new CliTest.Result(2, "", "error: " + big + ": it is 1,048,586 bytes; a scenario file is at most 1,048,576 bytes (1 MB)\n"),
                CliTest.cli("run", "--scenario", big.toString()));
        assertEquals(new CliTest.Result(2, "", "error: " + dir.resolve("none.json") + ": there is no such file\n"),
                CliTest.cli("compare", "--scenario", dir.resolve("none.json").toString()));
    }

    @Test
    void whatAFileSaysIsShownWithItsControlCharactersEscaped() throws Exception {
        Path f = dir.resolve("bell.json");
        Files.writeString(f, "{\"format\": 1, \"function\": \"x^2\", \"ti\\u0007tle\": \"t\"}");
        CliTest.Result r = CliTest.cli("run", "--scenario", f.toString());
        assertEquals(2, r.code());
        assertEquals(List.of("error: " + f + ": line 1: 'ti\\u0007tle' is not a field of a scenario (the fields are format,"
                + " title, notes, function, data, loss, view, start, steps, tol, runs, selected, playhead, layout, minima, analysis, lesson)"), r.errLines());
        Files.writeString(f, "{\"format\": 1, \"function\": \"x^2\", \"runs\": [{\"optimizer\": \"ad\\u001bam\"}]}");
        CliTest.Result reset = CliTest.cli("compare", "--scenario", f.toString());
        assertEquals(2, reset.code());
        assertEquals(1, reset.errLines().size(), reset.err());
        assertTrue(reset.err().contains("unknown optimizer 'ad\\u001Bam'"), reset.err());
    }

    @Test
    void aDomainWhoseWidthOverflowsIsRefusedLikeAnyBadDomain() throws Exception {
        Path f = dir.resolve("wide.json");
        for (String domain : List.of("[-1e308, 1e308, -1, 1]", "[-1, 1, -1.7e308, 1.7e308]", "[-1e300, 1e300, -1e300, 1e300]")) {
            Files.writeString(f, "{\"format\": 1, \"function\": \"x^2\", \"view\": {\"domain\": " + domain + "}}");
            CliTest.Result r = CliTest.cli("render", "--scenario", f.toString(), "--out", dir.resolve("wide.png").toString());
            assertEquals(2, r.code(), domain);
            assertTrue(r.err().contains("view.domain it is too small or too large to draw"), r.err());
        }
        for (String domain : List.of("-1e308,1e308,-1,1", "-1,1,-1e308,1e308", "-1.7976931348623157e308,1.7976931348623157e308,0,1")) {
            assertEquals(new CliTest.Result(2, "", "error: --domain: " + domain + " is too small or too large to draw\n"),
                    CliTest.cli("render", "--function", "x", "--domain", domain, "--out", dir.resolve("wide.png").toString()));
        }
        assertFalse(Files.exists(dir.resolve("wide.png")));
    }

    @Test
    void aPresetThatDidNotLoadSaysWhy() {
        PresetLibrary.Loaded loaded = PresetLibrary.load(name -> name.equals("index.txt")
                ? new ByteArrayInputStream("broken.json\n".getBytes(StandardCharsets.UTF_8))
                : new ByteArrayInputStream("{\"format\": 1".getBytes(StandardCharsets.UTF_8)));
        InputException e = assertThrows(InputException.class, () -> PresetsCommand.require("broken", loaded));
        assertEquals("preset 'broken' did not load: the file ends in the middle of the JSON: it may have been cut short",
                e.getMessage());
    }
}
